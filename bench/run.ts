/**
 * `npm run bench [-- engine|postgres|source]`: speed measured in one run, reported as ratios against a
 * baseline measured in the same run (JSON.parse, a hand-written loop, git grep), never as a timed test.
 */
import { benchEngine } from './engine.js';

const sections = {
  engine: benchEngine,
  postgres: async (log: (line: string) => void) => (await import('./postgres.js')).benchPostgres(log),
  source: async (log: (line: string) => void) => (await import('./source.js')).benchSource(log),
} as const;

const wanted = process.argv.slice(2).filter((a) => a in sections) as (keyof typeof sections)[];
const log = (line: string) => process.stdout.write(`${line}\n`);
for (const name of wanted.length ? wanted : (Object.keys(sections) as (keyof typeof sections)[])) {
  log(`\n== ${name} ==`);
  await sections[name](log);
}
