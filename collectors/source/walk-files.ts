import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Never descended into, whatever the ignore files say. */
const ALWAYS_SKIPPED_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules']);

interface IgnoreLevel {
  /** Directory of the .gitignore, relative to the root ('' for the root). */
  base: string;
  rules: Ignore;
}

/** Git's precedence: the deepest .gitignore that has an opinion about the path wins. */
function isIgnored(levels: readonly IgnoreLevel[], rel: string, isDir: boolean): boolean {
  let ignored = false;
  for (const { base, rules } of levels) {
    const local = (base ? rel.slice(base.length + 1) : rel) + (isDir ? '/' : '');
    let result;
    try {
      result = rules.test(local);
    } catch {
      continue; // a name the ignore package refuses (e.g. '...'); git would not match it either
    }
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

async function levelFor(absDir: string, base: string): Promise<IgnoreLevel | null> {
  try {
    return { base, rules: ignore().add(await readFile(path.join(absDir, '.gitignore'), 'utf8')) };
  } catch {
    return null; // no .gitignore here (or unreadable: then it cannot ignore anything either)
  }
}

/**
 * Files under `root` outside git: a depth-first walk honouring every .gitignore on the way, never
 * following symbolic links (they are listed, and the reader counts them as skipped).
 * @returns candidate paths relative to root with '/' separators, and the count of directories it could not read.
 */
export async function walkFiles(root: string): Promise<{ files: string[]; unreadableDirs: number }> {
  const files: string[] = [];
  let unreadableDirs = 0;
  async function visit(rel: string, levels: IgnoreLevel[]): Promise<void> {
    const abs = rel ? path.join(root, rel) : root;
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch {
      unreadableDirs++;
      return;
    }
    const level = await levelFor(abs, rel);
    const here = level ? [...levels, level] : levels;
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      const isDir = entry.isDirectory();
      if (isDir && ALWAYS_SKIPPED_DIRS.has(entry.name)) continue;
      if (isIgnored(here, child, isDir)) continue;
      if (isDir) await visit(child, here);
      else files.push(child);
    }
  }
  await visit('', []);
  return { files, unreadableDirs };
}
