import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { FactgateError } from '../errors.js';
import { messages } from '../error-messages.js';

/** Files under `paths` (files as given, directories walked) whose name passes `accept`, sorted. */
export async function findFiles(paths: readonly string[], accept: (name: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) await walk(full);
      else if (entry.isFile() && accept(entry.name)) found.push(full);
    }
  };
  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch (error) {
      throw new FactgateError('file-unreadable', messages.fileUnreadable(given, error), { target: given });
    }
    if (info.isDirectory()) await walk(given);
    else found.push(given);
  }
  return [...new Set(found)].sort();
}

export const isRuleFileName = (name: string): boolean => /\.ya?ml$/.test(name) && !/\.test\.ya?ml$/.test(name);
export const isRuleTestFileName = (name: string): boolean => /\.test\.ya?ml$/.test(name);
