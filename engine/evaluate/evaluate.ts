import { messages } from '../error-messages.js';
import { derivedFacts } from '../snapshot/derived-facts.js';
import { resourceKinds, rowsOf, type ResourceKindName } from '../snapshot/kinds.js';
import type { Snapshot } from '../snapshot/types.js';
import type { CompiledRule, EvalContext, Row } from '../rule/types.js';
import { readPath } from './fact-path.js';
import { fingerprint } from './fingerprint.js';
import { compareViolations } from './order.js';
import type { EvaluationError, Violation } from './violation.js';

export interface EvaluateOptions {
  /** Facts the project config adds to rows before rules see them (e.g. TODO triage verdicts). */
  derive?: Partial<Record<ResourceKindName, (row: Row) => Row>>;
}

export interface Evaluation {
  violations: Violation[];
  errors: EvaluationError[];
  /** Rules evaluated and resources each rule selected, for `factgate test`'s vacuity check and stats. */
  selected: Record<string, number>;
}

/** Creates the per-evaluation context: "now" from the snapshot, derived rows and join indexes cached. */
export function createContext(snapshot: Snapshot, options: EvaluateOptions = {}): EvalContext {
  const rowCache = new Map<ResourceKindName, Row[]>();
  const indexes = new WeakMap<object, Map<string, Row[]>>();
  return {
    now: Date.parse(snapshot.collectedAt),
    rows(kind) {
      let rows = rowCache.get(kind);
      if (!rows) {
        const builtin = derivedFacts[kind]?.derive;
        const configured = options.derive?.[kind];
        rows = rowsOf(snapshot.facts, kind);
        if (builtin) rows = rows.map(builtin);
        if (configured) rows = rows.map(configured);
        rowCache.set(kind, rows);
      }
      return rows;
    },
    joinIndex(node, build) {
      let index = indexes.get(node);
      if (!index) {
        index = build();
        indexes.set(node, index);
      }
      return index;
    },
  };
}

/**
 * Runs compiled rules over a snapshot. Violations come back sorted; a rule whose collector failed
 * reports an error (its facts are missing, so it must not look like a pass).
 */
export function evaluate(rules: readonly CompiledRule[], snapshot: Snapshot, options: EvaluateOptions = {}): Evaluation {
  const context = createContext(snapshot, options);
  const violations: Violation[] = [];
  const errors: EvaluationError[] = [];
  const selected: Record<string, number> = {};
  for (const rule of rules) {
    const kind = resourceKinds[rule.resource];
    const failed = snapshot.sources.filter((s) => s.collector === kind.collector && s.status === 'failed').map((s) => s.target);
    if (failed.length > 0) errors.push({ code: 'missing-facts', rule: rule.id, message: messages.missingFacts(rule.id, kind.collector, failed) });
    let count = 0;
    for (const row of context.rows(rule.resource)) {
      const resource = { kind: kind.reportKind, id: kind.id(row) };
      try {
        if (rule.where && !rule.where.test(row, context)) continue;
        count++;
        if (rule.assert && rule.assert.test(row, context)) continue;
        const evidence = Object.fromEntries(rule.evidencePaths.map((p) => [p, readPath(row, p) ?? null]));
        const location = kind.location?.(row);
        violations.push({
          rule: rule.id,
          severity: rule.severity,
          title: rule.title,
          resource,
          message: rule.message(row),
          remediation: rule.remediation(row),
          evidence,
          fingerprint: fingerprint(rule.id, kind.reportKind, kind.identity(row)),
          ...(location ? { location } : {}),
        });
      } catch (error) {
        errors.push({ code: 'operator-threw', rule: rule.id, resource, message: messages.operatorThrew(rule.id, `${resource.kind} ${resource.id}`, error) });
      }
    }
    selected[rule.id] = count;
  }
  return { violations: violations.sort(compareViolations), errors, selected };
}
