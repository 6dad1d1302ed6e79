import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from 'node:fs';

/** Why a listed path was not scanned; each reason is a counter in the source's stats. */
export type SkipReason = 'binary' | 'tooLarge' | 'notUtf8' | 'unreadable' | 'symlink' | 'special';

export type SourceFile =
  | { kind: 'text'; text: string }
  | { kind: 'skipped'; reason: SkipReason }
  /** A directory (a git submodule): not a file at all, so not counted. */
  | { kind: 'directory' };

/** Git and grep use the same test: a NUL byte near the start means binary. */
const BINARY_PROBE_BYTES = 8192;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * O_NOFOLLOW: a symbolic link fails to open (ELOOP) instead of being followed, even if it replaced
 * the file after listing. O_NONBLOCK: a FIFO opens at once instead of waiting for a writer.
 * Both are missing on Windows, where an lstat first does the symlink part.
 */
const NOFOLLOW = constants.O_NOFOLLOW as number | undefined;
const FLAGS = constants.O_RDONLY | (NOFOLLOW ?? 0) | ((constants.O_NONBLOCK as number | undefined) ?? 0);

const skipped = (reason: SkipReason): SourceFile => ({ kind: 'skipped', reason });

function openError(abs: string, error: unknown): SourceFile {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP' || code === 'EMLINK') return skipped('symlink');
  if (code === 'ENXIO' || code === 'EOPNOTSUPP') return skipped('special'); // a socket
  try {
    if (lstatSync(abs).isSymbolicLink()) return skipped('symlink');
  } catch {
    // gone as well: unreadable
  }
  return skipped('unreadable');
}

/**
 * Reads one listed path as UTF-8 text, or says why it will not be scanned. Never throws. Symbolic
 * links are never followed (a target inside the root is scanned at its own path; one outside is none
 * of our business; a loop cannot happen). The size is checked before reading, so a huge sparse file
 * costs an open and an fstat. Synchronous on purpose: for many small files it is several times
 * faster than fs/promises, and the caller yields to the event loop between batches.
 */
export function readSourceFile(abs: string, maxBytes: number): SourceFile {
  if (NOFOLLOW === undefined) {
    try {
      if (lstatSync(abs).isSymbolicLink()) return skipped('symlink');
    } catch {
      return skipped('unreadable');
    }
  }
  let fd: number;
  try {
    fd = openSync(abs, FLAGS);
  } catch (error) {
    return openError(abs, error);
  }
  let bytes: Buffer;
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { kind: 'directory' };
    if (!stats.isFile()) return skipped('special');
    if (stats.size > maxBytes) return skipped('tooLarge');
    bytes = readFileSync(fd);
  } catch {
    return skipped('unreadable');
  } finally {
    closeSync(fd);
  }
  if (bytes.length > maxBytes) return skipped('tooLarge');
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) return skipped('binary');
  try {
    return { kind: 'text', text: utf8.decode(bytes) };
  } catch {
    return skipped('notUtf8');
  }
}
