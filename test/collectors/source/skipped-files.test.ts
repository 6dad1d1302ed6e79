import { execFileSync } from 'node:child_process';
import { chmod, mkdir, open, symlink, truncate } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectSource } from '../../../collectors/source/index.js';
import { parseSourceConfig } from '../../../collectors/source/config.js';
import { factsOf, statsOf, tempDir, writeTree } from './helpers.js';

/** Root reads any file whatever its mode, so a chmod 000 file is unreadable only for other users. */
const isRoot = process.getuid?.() === 0;

describe('files that cannot be scanned', () => {
  let dir: string;
  let outside: string;
  let cleanups: (() => Promise<void>)[];
  beforeEach(async () => {
    const root = await tempDir();
    const other = await tempDir();
    ({ dir } = root);
    outside = other.dir;
    cleanups = [root.cleanup, other.cleanup];
  });
  afterEach(async () => {
    await chmod(path.join(dir, 'locked'), 0o755).catch(() => {});
    for (const cleanup of cleanups) await cleanup();
  });

  it('given every kind of unscannable file, should skip and count each without crashing and scan the rest', async () => {
    await writeTree(dir, {
      'ok.py': '# TODO: the only real one\n',
      'bom.md': '\uFEFF<!-- TODO: after a byte order mark -->\n',
      'empty.txt': '',
      'latin1.py': Buffer.from('# TODO: caf\xe9\n', 'latin1'),
      'bad-utf8.txt': Buffer.from([0x23, 0x20, 0x54, 0x4f, 0x44, 0x4f, 0x20, 0xc3, 0x28, 0x0a]),
      'image.png': Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(16), Buffer.from('# TODO: in binary\n')]),
    });
    await writeTree(outside, { 'secret.py': '# TODO: outside the root\n' });
    await symlink('loop', path.join(dir, 'loop'));
    await symlink('pong', path.join(dir, 'ping'));
    await symlink('ping', path.join(dir, 'pong'));
    await mkdir(path.join(dir, 'sub'));
    await symlink('..', path.join(dir, 'sub', 'up'));
    await symlink(path.join(outside, 'secret.py'), path.join(dir, 'escape.py'));
    await symlink(outside, path.join(dir, 'escape-dir'));
    await symlink('ok.py', path.join(dir, 'alias.py'));
    // 100 MiB without writing 100 MiB: a sparse file.
    await (await open(path.join(dir, 'huge.log'), 'w')).close();
    await truncate(path.join(dir, 'huge.log'), 100 * 1024 * 1024);
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);

    const result = await collectSource(dir, parseSourceConfig(undefined));
    expect(factsOf(result).todos.map((t) => `${t.file}:${t.line}:${t.text}`)).toEqual(['bom.md:1:after a byte order mark', 'ok.py:1:the only real one']);
    expect(statsOf(result)).toEqual({
      lister: 'walk',
      files: 3,
      skippedBinary: 1,
      skippedTooLarge: 1,
      skippedNotUtf8: 2,
      skippedUnreadable: 0,
      skippedSymlink: 7,
      skippedSpecial: 1,
      skippedExcluded: 0,
    });
  });

  it('given maxFileBytes, should read a file of exactly that size and skip a larger one', async () => {
    await writeTree(dir, { 'fits.txt': '# TODO: 12345\n', 'over.txt': '# TODO: 123456\n' });
    const result = await collectSource(dir, parseSourceConfig({ maxFileBytes: 14 }));
    expect(factsOf(result).todos.map((t) => t.file)).toEqual(['fits.txt']);
    expect(statsOf(result)).toMatchObject({ files: 1, skippedTooLarge: 1 });
  });

  it.skipIf(isRoot)('given a file and a directory without read permission (non-root only), should count both as unreadable', async () => {
    await writeTree(dir, { 'ok.py': '# TODO: x\n', 'locked/inner.py': '# TODO: y\n', 'no-read.py': '# TODO: z\n' });
    await chmod(path.join(dir, 'no-read.py'), 0o000);
    await chmod(path.join(dir, 'locked'), 0o000);
    const result = await collectSource(dir, parseSourceConfig(undefined));
    expect(factsOf(result).todos.map((t) => t.file)).toEqual(['ok.py']);
    expect(statsOf(result)).toMatchObject({ files: 1, skippedUnreadable: 2 });
  });
});
