import type { ExplanationVerdict, ResourceExplanation, RuleExplanation } from '../../engine/explain/explain-rule.js';
import { styler, type Style } from '../reporters/style.js';
import { renderClause, type Paint } from './render-clause.js';
import { showValue } from './show-value.js';

const verdictStyle: Record<ExplanationVerdict, Style> = { pass: 'green', violation: 'red', 'not selected': 'dim', error: 'red' };
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function renderResource(r: ResourceExplanation, kind: string, paint: Paint): string[] {
  const lines = [`${paint('bold', paint(verdictStyle[r.verdict], r.verdict))}: ${r.resource.kind} ${showValue(r.resource.id)}`];
  if (r.error !== undefined) return [...lines, `  ${r.error}`];
  if (r.where === null) lines.push(`  where: none, so every ${kind} resource is selected`);
  else lines.push(`  where: ${r.selected ? 'selected' : 'not selected'}`, ...renderClause(r.where, '    ', paint));
  if (!r.selected) lines.push('  assert: not evaluated');
  else if (r.assert === null) lines.push('  assert: none, so every selected resource is a violation');
  else lines.push(`  assert: ${r.assert.verdict ? 'holds' : 'does not hold'}`, ...renderClause(r.assert, '    ', paint));
  return lines;
}

/**
 * `factgate explain` as text: a header, then per resource its verdict and the clause tree of `where`
 * and `assert`, then the counts. A pure function of the explanation (colour only when asked).
 */
export function renderExplanation(explanation: RuleExplanation, color: boolean): string {
  const paint = styler(color);
  const { summary } = explanation;
  const lines = [
    `${paint('bold', explanation.rule)}: ${explanation.title}`,
    `Resource kind ${explanation.resource}, snapshot collected at ${explanation.collectedAt}.`,
    ...explanation.notes.map((note) => paint('yellow', `note: ${note}`)),
    '',
  ];
  for (const r of explanation.resources) lines.push(...renderResource(r, explanation.resource, paint), '');
  const counts = [plural(summary.violation, 'violation'), `${summary.pass} pass`, `${summary.notSelected} not selected`, ...(summary.error > 0 ? [plural(summary.error, 'error')] : [])];
  lines.push(explanation.resources.length === 0 ? `The snapshot has no ${explanation.resource} resource.` : `${plural(explanation.resources.length, 'resource')}: ${counts.join(', ')}.`);
  return `${lines.join('\n')}\n`;
}
