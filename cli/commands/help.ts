import type { Io } from '../io.js';
import { toolVersion } from '../version.js';

export const usageText = `factgate ${toolVersion}: policy-as-code gate for Cloud Run + Supabase Postgres

Usage: factgate <command> [options]

Commands:
  check      evaluate rules against a snapshot (--snapshot FILE) or live collectors, exit by threshold
  collect    run collectors and write a snapshot (-o FILE)
  validate   check rule files without evaluating them
  test       run rule tests (*.test.yaml): test [PATH…] [--format text|json]
  explain    show, clause by clause, why each resource passes or fails a rule:
             explain RULE --snapshot FILE [--resource ID] [--format text|json]
  baseline   record current violations so that only new ones fail the gate
  diff       compare two snapshots: resources and violations added, removed, changed

Common options:
  --rules PATH          rule file or directory (repeatable; 'builtin' = the built-in packs)
  --config FILE         project configuration (default ./factgate.yaml when present)
  --format FORMAT       text, json, sarif, junit, github or markdown
  --output, -o FILE     write the report to FILE
  --fail-on SEVERITY    critical, high (default), medium, low, info or none
  --waivers FILE        extra waivers;  --baseline FILE  only new violations count
Collectors:
  --postgres URL  --cloud-run PROJECT/REGION  --cloud-run-export FILE  --source DIR  --allow-partial

Exit codes: 0 pass, 1 violations at or above the threshold, 2 the run cannot be trusted.
Docs: docs/cli.md
`;

export async function help(_argv: string[], io: Io): Promise<0> {
  io.stdout(usageText);
  return 0;
}

export async function version(_argv: string[], io: Io): Promise<0> {
  io.stdout(`${toolVersion}\n`);
  return 0;
}
