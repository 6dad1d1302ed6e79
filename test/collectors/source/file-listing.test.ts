import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { collectSource } from '../../../collectors/source/index.js';
import { parseSourceConfig } from '../../../collectors/source/config.js';
import { factsOf, git, statsOf, tempDir, writeTree } from './helpers.js';

/** Every file holds a TODO naming itself, so the todos list which files were read. */
const todoFile = (name: string) => `# TODO: ${name}\n`;
const tree = (...names: string[]) => Object.fromEntries(names.map((n) => [n, todoFile(n)]));
const readFiles = async (dir: string, raw: unknown = undefined) => {
  const result = await collectSource(dir, parseSourceConfig(raw));
  return { files: factsOf(result).todos.map((t) => t.file), stats: statsOf(result) };
};

describe('which files are scanned', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('given a directory outside git, should walk it honouring nested .gitignore files and skipping node_modules', async () => {
    await writeTree(dir, {
      ...tree('a.py', 'debug.log', 'build/out.js', 'sub/keep.log', 'sub/secret.txt', 'sub/deep/x.ts', 'node_modules/lib/index.js', '.github/workflows/ci.yml'),
      '.gitignore': '*.log\nbuild/\n',
      'sub/.gitignore': '!keep.log\nsecret.txt\n',
    });
    const { files, stats } = await readFiles(dir);
    expect(files).toEqual(['.github/workflows/ci.yml', 'a.py', 'sub/deep/x.ts', 'sub/keep.log']);
    expect(stats).toMatchObject({ lister: 'walk', files: 6 });
  });

  it('given a git work tree, should scan tracked files and untracked ones git does not ignore, never ignored ones', async () => {
    await writeTree(dir, { ...tree('tracked.py', 'vendor/forced.js'), '.gitignore': 'vendor/\n*.tmp\n' });
    git(dir, 'init', '-q');
    git(dir, 'add', '.gitignore', 'tracked.py');
    git(dir, 'add', '-f', 'vendor/forced.js');
    git(dir, 'commit', '-q', '-m', 'init');
    await writeTree(dir, tree('new.py', 'scratch.tmp', 'vendor/untracked.js'));
    const { files, stats } = await readFiles(dir);
    expect(files).toEqual(['new.py', 'tracked.py', 'vendor/forced.js']);
    expect(stats).toMatchObject({ lister: 'git', files: 4 });
  });

  it('given a subdirectory of a git work tree, should scan only its files, with paths relative to it', async () => {
    await writeTree(dir, tree('top.py', 'pkg/a.py', 'pkg/inner/b.py', 'pkgx/c.py'));
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'init');
    const result = await collectSource(path.join(dir, 'pkg'), parseSourceConfig(undefined), { label: 'pkg' });
    expect(factsOf(result).todos.map((t) => `${t.root}:${t.file}:${t.text}`)).toEqual(['pkg:a.py:pkg/a.py', 'pkg:inner/b.py:pkg/inner/b.py']);
    expect(result.source).toMatchObject({ target: 'pkg', stats: { lister: 'git', files: 2 } });
  });

  it('given GIT_DIR and GIT_INDEX_FILE set by a git hook elsewhere, should still find the repository from the directory', async () => {
    await writeTree(dir, tree('sub/a.py'));
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    const saved = { GIT_DIR: process.env['GIT_DIR'], GIT_INDEX_FILE: process.env['GIT_INDEX_FILE'] };
    process.env['GIT_DIR'] = '.git';
    process.env['GIT_INDEX_FILE'] = '.git/index';
    try {
      // Relative to the hook's directory (the top), not to sub/.
      const result = await collectSource(path.join(dir, 'sub'), parseSourceConfig(undefined), { label: 'sub' });
      expect(statsOf(result)).toMatchObject({ lister: 'git', files: 1 });
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('given a tracked file deleted from the work tree, should count it as unreadable', async () => {
    await writeTree(dir, tree('kept.py', 'gone.py'));
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'init');
    await rm(path.join(dir, 'gone.py'));
    const { files, stats } = await readFiles(dir);
    expect(files).toEqual(['kept.py']);
    expect(stats).toMatchObject({ lister: 'git', files: 1, skippedUnreadable: 1 });
  });

  it('given exclude globs, should not read the excluded files and count them', async () => {
    await writeTree(dir, tree('src/a.py', 'vendor/b.py', 'gen/c.pb.go'));
    const { files, stats } = await readFiles(dir, { exclude: ['vendor/**', '**/*.pb.go'] });
    expect(files).toEqual(['src/a.py']);
    expect(stats).toMatchObject({ files: 1, skippedExcluded: 2 });
  });

  it('given a path that does not exist or is a file, should return a failed result naming it', async () => {
    const missing = await collectSource(path.join(dir, 'nope'), parseSourceConfig(undefined), { label: 'nope' });
    expect(missing).toEqual({
      status: 'failed',
      source: {
        collector: 'source',
        target: 'nope',
        status: 'failed',
        error: 'cannot scan the source directory nope: it does not exist. Pass an existing directory to --source.',
        durationMs: missing.source.durationMs,
      },
    });
    await writeTree(dir, { 'file.txt': 'x' });
    const file = await collectSource(path.join(dir, 'file.txt'), parseSourceConfig(undefined), { label: 'file.txt' });
    expect(file.source.error).toBe('cannot scan the source directory file.txt: it is not a directory. Pass an existing directory to --source.');
  });

  it('given 2,500 files, should report progress after every 1,000', async () => {
    await writeTree(dir, Object.fromEntries(Array.from({ length: 2500 }, (_, i) => [`f/${String(i).padStart(4, '0')}.txt`, 'x\n'])));
    const lines: string[] = [];
    await collectSource(dir, parseSourceConfig(undefined), { label: 'big', progress: (line) => lines.push(line) });
    expect(lines).toEqual(['source big: 1000 of 2500 files read', 'source big: 2000 of 2500 files read']);
  });
});
