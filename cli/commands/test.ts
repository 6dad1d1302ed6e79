import path from 'node:path';
import { builtinRulesDir } from '../../engine/package-root.js';
import { runRuleTests } from '../../engine/testing/run-rule-tests.js';
import { parseCommandArgs } from '../args.js';
import type { Io } from '../io.js';
import { styler } from '../reporters/style.js';

/** `factgate test [PATH…]`: run the *.test.yaml beside each rule; 0 all pass, 1 a failure, 2 bad files. */
export async function test(argv: string[], io: Io): Promise<0 | 1> {
  const { positionals } = parseCommandArgs('test', argv, {});
  const paths = positionals.length ? positionals.map((p) => path.resolve(io.cwd, p)) : [builtinRulesDir];
  const results = await runRuleTests(paths);
  const paint = styler(io.stdoutIsTTY && !io.env.NO_COLOR);
  for (const r of results) {
    if (r.passed) continue;
    io.stdout(`${paint('red', '✗')} ${r.rule} › ${r.name}\n    ${path.relative(io.cwd, r.file)}\n${r.failure!.split('\n').map((l) => `    ${l}`).join('\n')}\n`);
  }
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed;
  const rules = new Set(results.map((r) => r.rule)).size;
  io.stdout(`${rules} rules, ${results.length} checks: ${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}
