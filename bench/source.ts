/**
 * Source collector speed: a generated tree of 50,000 small files in a git work tree, scanned by the
 * collector (todos, two probes, specs) and by `git grep -n -E 'TODO|FIXME'` in the same run.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { collectSource } from '../collectors/source/index.js';
import { parseSourceConfig } from '../collectors/source/config.js';

const run = promisify(execFile);
const FILES = 50_000;
const PER_DIR = 100;

/** A small module; every 40th file has a TODO and every 150th a FIXME, so both tools find something. */
function fileContent(i: number): string {
  const lines = [
    `"""Module ${i} of the generated benchmark tree."""`,
    '',
    'import logging',
    '',
    'logger = logging.getLogger(__name__)',
    '',
    '',
    `def handler_${i}(event: dict) -> dict:`,
    `    """Handle one event of kind ${i % 17}."""`,
    "    if not event.get('id'):",
    "        raise ValueError('event without id')",
    ...(i % 40 === 0 ? ['    # TODO: retry on transient errors'] : []),
    ...(i % 150 === 0 ? ['    # FIXME: the timeout is hard-coded'] : []),
    `    logger.info('handled %s', event['id'])`,
    "    return {'ok': True, 'id': event['id']}",
    '',
  ];
  return lines.join('\n');
}

async function generate(root: string): Promise<void> {
  for (let d = 0; d < FILES / PER_DIR; d++) {
    const dir = path.join(root, `pkg${String(d).padStart(3, '0')}`);
    await mkdir(dir, { recursive: true });
    await Promise.all(
      Array.from({ length: PER_DIR }, (_, f) => {
        const i = d * PER_DIR + f;
        return writeFile(path.join(dir, `mod_${String(f).padStart(2, '0')}.py`), fileContent(i));
      }),
    );
  }
}

/** gc.auto=0: 50,000 loose objects would start a background gc that races the clean-up. */
const git = (cwd: string, ...args: string[]) =>
  run('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'gc.auto=0', '-c', 'maintenance.auto=false', ...args], {
    cwd,
    maxBuffer: 1 << 28,
  });

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export async function benchSource(log: (line: string) => void): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'factgate-bench-source-'));
  try {
    log(`source: generating ${FILES.toLocaleString('en')} files in a git work tree…`);
    await generate(root);
    await git(root, 'init', '-q');
    await git(root, 'add', '.');
    await git(root, 'commit', '-q', '-m', 'generated');

    const config = parseSourceConfig({
      probes: [
        { id: 'bare-raise', pattern: '^\\s*raise\\s+ValueError\\(' },
        { id: 'info-near-raise', pattern: 'logger\\.info\\(', within: { probe: 'bare-raise', lines: 3 } },
      ],
    });
    let started = performance.now();
    const result = await collectSource(root, config);
    const collectorMs = performance.now() - started;
    if (result.status !== 'ok') throw new Error(result.source.error ?? 'source collection failed');

    started = performance.now();
    const { stdout } = await git(root, 'grep', '-n', '-E', 'TODO|FIXME');
    const grepMs = performance.now() - started;
    const grepLines = stdout.split('\n').filter(Boolean).length;

    const facts = result.facts.source!;
    log(`source: collectSource  ${seconds(collectorMs)}  (${result.source.stats?.['files']} files, ${facts.todos.length} todos, 2 probes)`);
    log(`source: git grep -n -E 'TODO|FIXME'  ${seconds(grepMs)}  (${grepLines} lines)`);
    log(`source: ratio collector / git grep = ${(collectorMs / grepMs).toFixed(1)}×`);
  } finally {
    await rm(root, { recursive: true, force: true, maxRetries: 3 });
  }
}
