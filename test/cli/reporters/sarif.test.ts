import { describe, expect, it } from 'vitest';
import { sarif } from '../../../cli/reporters/sarif.js';
import type { Report } from '../../../engine/report/report.js';
import { sampleContext, sampleReport } from './sample-report.js';
import { sarifSchemaErrors } from './sarif-schema.js';

interface Log {
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, unknown>[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: unknown[]; toolConfigurationNotifications: unknown[] }[];
    results: Record<string, unknown>[];
  }[];
}
const render = (report: Report = sampleReport(), exitCode: 0 | 1 | 2 = 1) => JSON.parse(sarif(report, sampleContext(exitCode))) as Log;

describe('the sarif format', () => {
  it('given the sample report, should validate against the SARIF 2.1.0 schema', () => {
    expect(sarifSchemaErrors(render())).toEqual([]);
  });

  it('given a document that breaks the schema, should fail validation (the check is not vacuous)', () => {
    const log = render();
    (log.runs[0]!.results[0] as { level: string }).level = 'fatal';
    expect(sarifSchemaErrors(log)).toContain('/runs/0/results/0/level must be equal to one of the allowed values');
  });

  it('given the rules, should describe each with title, rationale, help, level and security severity', () => {
    const { driver } = render().runs[0]!.tool;
    expect([driver.name, driver.version, driver.informationUri]).toEqual(['factgate', '9.9.9', 'https://factgate.dev']);
    expect(driver.rules.map((r) => [r.id, r.name, (r.defaultConfiguration as { level: string }).level, (r.properties as Record<string, string>)['security-severity']])).toEqual([
      ['acme/custom-check', 'CustomCheck', 'error', '8.0'],
      ['postgres/rls-enabled', 'RlsEnabled', 'error', '8.0'],
      ['source/open-todo', 'OpenTodo', 'note', '3.0'],
      ['source/spec-open-tasks', 'SpecOpenTasks', 'note', '0.0'],
      ['source/todo-in-critical-path', 'TodoInCriticalPath', 'error', '9.5'],
    ]);
    expect(driver.rules[0]).toEqual({
      id: 'acme/custom-check',
      name: 'CustomCheck',
      shortDescription: { text: 'Custom check holds' },
      fullDescription: { text: 'Why: Custom check holds.' },
      help: { text: 'Fix <name>.' },
      helpUri: 'https://example.com/custom',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['t'], severity: 'high', 'security-severity': '8.0', references: ['https://example.com/custom'] },
    });
    // Help is rule-level: the remediation template, placeholders shown as <fact>, with or without findings.
    expect(driver.rules[3]!.help).toEqual({ text: 'Fix <name>.' });
  });

  it('given a source finding, should point at its file and line, with its fingerprint and baseline state', () => {
    const [first] = render().runs[0]!.results;
    expect(first).toEqual({
      ruleId: 'source/todo-in-critical-path',
      ruleIndex: 4,
      level: 'error',
      message: { text: 'message of app/pay flow.py:12' },
      locations: [{
        physicalLocation: { artifactLocation: { uri: 'src/app/pay%20flow.py' }, region: { startLine: 12 } },
        logicalLocations: [{ name: 'app/pay flow.py:12', kind: 'source.todo', fullyQualifiedName: 'source.todo:app/pay flow.py:12' }],
      }],
      partialFingerprints: { 'factgate/v1': 'f001' },
      baselineState: 'new',
      properties: { severity: 'critical', resource: { kind: 'source.todo', id: 'app/pay flow.py:12' }, remediation: 'fix app/pay flow.py:12', evidence: {} },
    });
  });

  it('given a cloud finding, should name it as a logical location (anchored at kind/id for code scanning)', () => {
    const result = render().runs[0]!.results[1]!;
    expect(result.locations).toEqual([{
      physicalLocation: { artifactLocation: { uri: 'cloudRun.service/p/r/api' }, region: { startLine: 1 } },
      logicalLocations: [{ name: 'p/r/api', kind: 'cloudRun.service', fullyQualifiedName: 'cloudRun.service:p/r/api' }],
    }]);
    expect(result.level).toBe('error');
  });

  it('given an expired waiver, should count the finding and say the waiver expired', () => {
    const result = render().runs[0]!.results[2]!;
    expect([result.level, (result.message as { text: string }).text, result.suppressions]).toEqual(['warning', 'message of app/later.py:3 (waiver expired on 2026-02-28: Not now)', undefined]);
    expect((result.properties as Record<string, unknown>).waiverExpired).toEqual({ reason: 'Not now', owner: 'team-a', expires: '2026-02-28' });
  });

  it('given baselined and waived findings, should mark them unchanged and suppressed', () => {
    const [, , , baselined, waived] = render().runs[0]!.results;
    expect([baselined!.ruleId, baselined!.baselineState]).toEqual(['acme/custom-check', 'unchanged']);
    expect(waived!.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'Deferred to Q3', properties: { owner: null, expires: '2026-09-30', origin: 'triage' } }]);
    expect(waived!.level).toBe('note');
  });

  it('given no baseline, should leave baselineState out', () => {
    const report = { ...sampleReport(), baselined: [], fixed: [] };
    expect(render(report).runs[0]!.results.map((r) => r.baselineState)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('given an error and a stale waiver, should report them as notifications, and exit 2 as an unsuccessful execution', () => {
    const [invocation] = render(sampleReport(), 2).runs[0]!.invocations;
    expect(invocation).toEqual({
      executionSuccessful: false,
      exitCode: 2,
      toolExecutionNotifications: [{
        level: 'error',
        message: { text: "rule 'postgres/rls-enabled' could not be evaluated: the postgres collector failed for postgres://app@db/app, so its facts are missing." },
        associatedRule: { id: 'postgres/rls-enabled', index: 1 },
        properties: { code: 'missing-facts' },
      }],
      toolConfigurationNotifications: [{
        level: 'warning',
        message: { text: 'Stale waiver: it matches no violation (rule source/open-todo, resource app/removed.py:*; Old; until 2026-12-31).' },
        properties: { location: 'factgate.yaml:9:5' },
      }],
    });
    expect(render(sampleReport(), 1).runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
  });
});
