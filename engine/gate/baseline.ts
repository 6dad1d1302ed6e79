import { readFile } from 'node:fs/promises';
import { FactgateError } from '../errors.js';
import { messages } from '../error-messages.js';
import type { Report } from '../report/report.js';

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  resource: { kind: string; id: string };
}

/** `baseline/v1`: the fingerprints of accepted violations, with what they were about, sorted. */
export interface Baseline {
  factgate: 'baseline/v1';
  violations: BaselineEntry[];
}

/** Records every counted violation of a report (waived ones are already accounted for by their waiver). */
export function baselineFrom(report: Report): Baseline {
  const entries = [...report.violations, ...report.baselined].map(({ fingerprint, rule, resource }) => ({ fingerprint, rule, resource }));
  return { factgate: 'baseline/v1', violations: entries.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)) };
}

export async function loadBaseline(file: string): Promise<BaselineEntry[]> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = error instanceof SyntaxError ? 'json-syntax' : 'file-unreadable';
    throw new FactgateError(code, code === 'json-syntax' ? messages.jsonSyntax((error as Error).message) : messages.fileUnreadable(file, error), { target: file });
  }
  const baseline = value as Partial<Baseline> | null;
  if (baseline?.factgate !== 'baseline/v1' || !Array.isArray(baseline.violations)) {
    throw new FactgateError('config-invalid', `this is not a factgate baseline/v1 file (write one with 'factgate baseline --snapshot FILE -o ${file}').`, { target: file });
  }
  return baseline.violations;
}
