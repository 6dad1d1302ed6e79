import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

const dir = path.resolve(import.meta.dirname, '..', 'golden');

/** Compares with test/golden/<name>; `UPDATE_GOLDEN=1 npm test` rewrites the files (review the diff!). */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(dir, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
