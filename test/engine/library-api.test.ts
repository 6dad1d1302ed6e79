import { describe, expect, it } from 'vitest';
import { applyGate, builtinRulesDir, evaluate, exitCodeFor, loadConfig, loadRules, loadSnapshot, configuredFacts, triageWaivers } from '../../engine/index.js';

describe('the library API (import from "factgate")', () => {
  it('given the nikita scenario, should give the same verdict as the CLI through loadRules, evaluate and applyGate', async () => {
    const config = await loadConfig('fixtures/nikita/factgate.yaml');
    const disabled = new Set(config.disable.map((d) => d.rule));
    const rules = (await loadRules([builtinRulesDir], { parameters: config.parameters })).filter((r) => !disabled.has(r.id));
    const snapshot = await loadSnapshot('fixtures/nikita/snapshot.json');
    const evaluation = evaluate(rules, snapshot, configuredFacts(config.triage));
    const report = applyGate(evaluation, snapshot, { severity: config.severity, waivers: [...config.waivers, ...triageWaivers(snapshot, config.triage)] });
    expect(report.summary).toEqual({ critical: 5, high: 12, medium: 6, low: 5, info: 0, waived: 9, baselined: 0, errors: 0 });
    expect(exitCodeFor(report, 'high')).toBe(1);
    expect(exitCodeFor(report, 'none')).toBe(0);
  });
});
