import path from 'node:path';
import { builtinRulesDir } from '../../engine/package-root.js';
import { groupRuleTestResults, type RuleTestGroup, type RuleTestSummary } from '../../engine/testing/group-results.js';
import type { RuleTestResult } from '../../engine/testing/rule-test-result.js';
import { runRuleTests } from '../../engine/testing/run-rule-tests.js';
import { choice, parseCommandArgs } from '../args.js';
import type { Io } from '../io.js';
import { styler, type Style } from '../reporters/style.js';

const FORMATS = ['json', 'text'] as const;
type Paint = (style: Style, text: string) => string;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function renderGroup(group: RuleTestGroup, relative: (file: string) => string, paint: Paint): string[] {
  const cases = group.cases === 0 ? 'no case' : plural(group.cases, 'case');
  if (group.passed) return [`${paint('green', '✓')} ${group.rule}  ${paint('dim', cases)}`];
  const lines = [`${paint('red', '✗')} ${paint('bold', group.rule)}  ${paint('dim', cases)}`];
  for (const r of group.results.filter((result) => !result.passed)) {
    const where = r.location ? `${relative(r.location.file)}:${r.location.line}:${r.location.col}` : relative(r.file);
    lines.push(`    ${paint('red', '✗')} ${r.name}`, `        ${paint('dim', where)}`);
    for (const line of (r.failure ?? '').split('\n')) {
      const style = line.startsWith('- ') ? 'red' : line.startsWith('+ ') ? 'green' : undefined;
      lines.push(`        ${style ? paint(style, line) : line}`);
    }
  }
  return lines;
}

const summaryLine = (s: RuleTestSummary): string =>
  `${plural(s.rules, 'rule')}: ${s.rules - s.rulesFailed} passed, ${s.rulesFailed} failed. ` +
  `${plural(s.cases, 'case')}: ${s.cases - s.casesFailed} passed, ${s.casesFailed} failed.`;

/** Result files relative to the working directory, so that output is the same on every machine. */
function relativeResult(r: RuleTestResult, relative: (file: string) => string): RuleTestResult {
  return { ...r, file: relative(r.file), ...(r.location ? { location: { ...r.location, file: relative(r.location.file) } } : {}) };
}

/**
 * `factgate test [PATH…]` (default: the built-in packs): run the `<rule>.test.yaml` beside each rule.
 * One line per rule, details for failures only; 0 all pass, 1 a failure, 2 a bad rule or test file.
 */
export async function test(argv: string[], io: Io): Promise<0 | 1> {
  const { values, positionals } = parseCommandArgs('test', argv, { format: { type: 'string' } });
  const format = choice('format', values.format, FORMATS, 'text');
  const paths = positionals.length ? positionals.map((p) => path.resolve(io.cwd, p)) : [builtinRulesDir];
  const { groups, summary } = groupRuleTestResults(await runRuleTests(paths));
  const relative = (file: string) => {
    const rel = path.relative(io.cwd, file);
    return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
  };
  if (format === 'json') {
    const rules = groups.map((g) => ({ ...g, results: g.results.map((r) => relativeResult(r, relative)) }));
    io.stdout(`${JSON.stringify({ factgate: 'rule-tests/v1', summary, rules }, null, 2)}\n`);
  } else {
    const paint = styler(io.stdoutIsTTY && !io.env.NO_COLOR);
    io.stdout(`${[...groups.flatMap((g) => renderGroup(g, relative, paint)), '', summaryLine(summary)].join('\n')}\n`);
  }
  return summary.rulesFailed > 0 ? 1 : 0;
}
