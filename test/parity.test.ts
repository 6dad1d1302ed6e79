import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reporterNames } from '../cli/reporters/index.js';
import { findFiles, isRuleFileName } from '../engine/load/find-files.js';
import { operatorNames } from '../engine/operators/index.js';
import type { RuleDefinition } from '../engine/rule/types.js';
import { resourceKindNames } from '../engine/snapshot/kinds.js';
import { renderFactsReference, renderRulesReference } from '../scripts/docs/render-reference.js';
import { runCli } from './helpers/run-cli.js';

// A parity test replaces reviewer memory. Kept elsewhere, in one place each:
// - every operator has a section with a runnable example: test/docs/rule-language-examples.test.ts;
// - schema/rules.schema.json equals buildRulesSchema(): test/engine/registries.test.ts;
// - every built-in rule passes its tests: test/rules/builtin-rules.test.ts.

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const ruleFiles = await findFiles([path.join(root, 'rules')], isRuleFileName);
const builtins = ruleFiles.map((file) => ({ file, rule: parse(readFileSync(file, 'utf8')) as RuleDefinition }));

describe('operators and docs/rule-language.md', () => {
  it('given the operator sections of the language docs, should document exactly the operators of the registry', () => {
    const operatorsPart = read('docs/rule-language.md').split(/^## Operators$/m)[1]!.split(/^## /m)[0]!;
    const documented = [...operatorsPart.matchAll(/^### `([^`]+)`$/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...operatorNames].sort());
  });
});

describe('built-in rules', () => {
  const reference = read('docs/reference/rules.md');
  it.each(builtins.map((b) => [b.rule.id, b] as const))('given %s, should have its metadata, a test file and a reference entry', (id, { file, rule }) => {
    for (const key of ['id', 'title', 'severity', 'rationale', 'remediation'] as const) expect(String(rule[key] ?? '').trim(), key).not.toBe('');
    expect(path.relative(path.join(root, 'rules'), file)).toBe(`${id}.yaml`);
    expect(existsSync(file.replace(/\.yaml$/, '.test.yaml'))).toBe(true);
    expect(reference).toContain(`\n## ${id}\n`);
  });
});

describe('generated references (npm run docs)', () => {
  it('given docs/reference/facts.md, should equal what npm run docs generates now', () => {
    expect(read('docs/reference/facts.md')).toBe(renderFactsReference());
  });

  it('given docs/reference/rules.md, should equal what npm run docs generates now', async () => {
    expect(read('docs/reference/rules.md')).toBe(await renderRulesReference());
  });

  it.each(resourceKindNames)('given resource kind %s, should have a section in docs/reference/facts.md', (kind) => {
    expect(read('docs/reference/facts.md')).toContain(`\n## \`${kind}\`\n`);
  });
});

describe('docs/cli.md', () => {
  it.each(reporterNames)('given reporter %s, should name it', (name) => {
    expect(read('docs/cli.md')).toContain(`\`${name}\``);
  });
});

// docs/authoring.md as a script: ```yaml file=PATH blocks write files into a fresh workspace, and
// ```console blocks run their `$ npx factgate …` command there and must print exactly what follows.
type Step = { kind: 'file'; file: string; content: string } | { kind: 'run'; command: string; exit: number; output: string };

function tutorialSteps(doc: string): Step[] {
  return [...doc.matchAll(/^```(\w+)([^\n]*)\n([\s\S]*?)^```$/gm)].flatMap((m): Step[] => {
    const [, language, info = '', body = ''] = m;
    const file = /\bfile=(\S+)/.exec(info)?.[1];
    if (language === 'yaml' && file) return [{ kind: 'file', file, content: body }];
    if (language !== 'console') return [];
    const [first = '', ...output] = body.split('\n');
    expect(first.startsWith('$ npx factgate ')).toBe(true);
    return [{ kind: 'run', command: first.slice(2), exit: Number(/\bexit=(\d)/.exec(info)?.[1] ?? 0), output: output.join('\n') }];
  });
}

/** Splits a command line as a shell would for these commands: spaces, and 'single quotes'. */
const argvOf = (command: string): string[] => [...command.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!);

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]).sort();
}

describe('the tutorial (docs/authoring.md), followed in a fresh directory', () => {
  const steps = tutorialSteps(read('docs/authoring.md'));
  let workspace = '';
  beforeAll(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'factgate-tutorial-'));
    symlinkSync(path.join(root, 'fixtures'), path.join(workspace, 'fixtures'));
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));
  const write = (step: Extract<Step, { kind: 'file' }>) => {
    mkdirSync(path.dirname(path.join(workspace, step.file)), { recursive: true });
    writeFileSync(path.join(workspace, step.file), step.content);
  };

  const runs = steps.flatMap((step, index) => (step.kind === 'run' ? [{ step, index }] : []));
  it.each(runs.map(({ step, index }) => [step.command, step, index] as const))('given `%s`, should print what the tutorial shows', async (_c, step, index) => {
    const previous = runs.filter((r) => r.index < index).at(-1)?.index ?? -1;
    for (const s of steps.slice(previous + 1, index)) if (s.kind === 'file') write(s);
    const [npx, factgate, ...argv] = argvOf(step.command);
    expect([npx, factgate]).toEqual(['npx', 'factgate']);
    const { code, stdout, stderr } = await runCli(argv, workspace);
    expect((stdout + stderr).replaceAll(`${workspace}/`, '')).toBe(step.output);
    expect(code).toBe(step.exit);
  });

  it('given every step done, should leave exactly the files of examples/', () => {
    for (const s of steps) if (s.kind === 'file' && steps.indexOf(s) > (runs.at(-1)?.index ?? -1)) write(s);
    const mine = path.join(workspace, 'my-project');
    const examples = path.join(root, 'examples');
    expect(filesUnder(mine)).toEqual(filesUnder(examples));
    for (const file of filesUnder(examples)) expect(readFileSync(path.join(mine, file), 'utf8'), file).toBe(readFileSync(path.join(examples, file), 'utf8'));
  });
});

describe('the tutorial examples (examples/)', () => {
  it('given factgate test examples/rules, should pass every case', async () => {
    expect(await runCli(['test', 'examples/rules'], root)).toEqual({
      code: 0,
      stdout: '✓ team/cron-jobs-named  2 cases\n✓ team/no-anon-insert  3 cases\n\n2 rules: 2 passed, 0 failed. 5 cases: 5 passed, 0 failed.\n',
      stderr: '',
    });
  });

  it('given the nikita snapshot and examples/rules, should find the one grant of INSERT to anon on a table without RLS', async () => {
    expect(await runCli(['check', '--snapshot', 'fixtures/nikita/snapshot.json', '--rules', 'examples/rules'], root)).toEqual({
      code: 1,
      stdout: [
        'HIGH (1)',
        '  team/no-anon-insert  postgres.grant public.audit_logs to anon',
        '    anon can INSERT into public.audit_logs, which has no row level security.',
        '    fix: REVOKE INSERT ON public.audit_logs FROM anon; or ALTER TABLE public.audit_logs ENABLE ROW LEVEL SECURITY and add the policies the application needs.',
        '',
        '1 violation (0 critical, 1 high, 0 medium, 0 low, 0 info); 0 waived, 0 baselined. Gate at high: fail.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });
});
