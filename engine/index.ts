/**
 * factgate as a library: the same engine the CLI uses.
 *
 *   import { loadRules, loadSnapshot, evaluate, applyGate, exitCodeFor } from 'factgate';
 *   const rules = await loadRules([builtinRulesDir]);
 *   const snapshot = await loadSnapshot('snapshot.json');
 *   const report = applyGate(evaluate(rules, snapshot), snapshot);
 */
export { loadRules, type LoadRulesOptions } from './load/load-rules.js';
export { loadSnapshot, parseSnapshot } from './snapshot/load-snapshot.js';
export { loadConfig, loadWaiversFile } from './config/load-config.js';
export type { ProjectConfig, SeverityOverride, TodoTriage } from './config/project-config.js';
export { evaluate, type Evaluation, type EvaluateOptions } from './evaluate/evaluate.js';
export type { Violation, EvaluationError } from './evaluate/violation.js';
export { applyGate, type GateInput } from './gate/apply-gate.js';
export { exitCodeFor, EXIT, type ExitCode } from './gate/exit-code.js';
export { baselineFrom, loadBaseline, type Baseline, type BaselineEntry } from './gate/baseline.js';
export { configuredFacts, deriveTriage, triageWaivers } from './gate/triage.js';
export type { Waiver } from './gate/waiver.js';
export type { Report, ReportContext, ReportedViolation } from './report/report.js';
export { explainRule, type RuleExplanation } from './explain/explain-rule.js';
export type { ClauseTrace, ItemTrace } from './explain/clause-trace.js';
export { runRuleTests } from './testing/run-rule-tests.js';
export type { RuleTestResult } from './testing/rule-test-result.js';
export { FactgateError, FactgateErrors, type ErrorCode, type SourceLocation } from './errors.js';
export { SEVERITIES, THRESHOLDS, type Severity, type Threshold } from './severity.js';
export { resourceKinds, resourceKindNames, type ResourceKindName } from './snapshot/kinds.js';
export { operators, operatorNames, type OperatorName } from './operators/index.js';
export { builtinRulesDir } from './package-root.js';
export type { CompiledRule, RuleDefinition } from './rule/types.js';
export type * from './snapshot/types.js';
