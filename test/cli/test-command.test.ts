import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSeq, parse, parseDocument, type YAMLMap } from 'yaml';
import { main } from '../../cli/main.js';
import { memoryIo } from '../../cli/io.js';
import { findFiles, isRuleFileName } from '../../engine/load/find-files.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFiles } from '../helpers/temp-files.js';

const rulesDir = path.resolve('rules');
const builtinFiles = await findFiles([rulesDir], isRuleFileName);
const builtins = builtinFiles.map((file) => {
  const id = (parse(readFileSync(file, 'utf8')) as { id: string }).id;
  const testFile = file.replace(/\.yaml$/, '.test.yaml');
  const cases = (parse(readFileSync(testFile, 'utf8')) as { cases: { expect: unknown[] }[] }).cases;
  return { id, file, testFile, cases };
});
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const rule = (extra: string) => `id: demo/rule
title: Demo
severity: medium
rationale: Demo.
remediation: Fix {{name}}.
resource: pgCron.jobs
${extra}message: "job {{name}} is wrong"
`;
const testFile = (cases: string) => `rule: demo/rule\ncases:\n${cases}`;
const violatingCase = `  - name: given an inactive job, should report it
    facts: { pgCron: { jobs: [{ name: a, active: false }] } }
    expect:
      - { resource: a, message: job a is wrong }
`;
const passingCase = `  - name: given an active job, should pass
    facts: { pgCron: { jobs: [{ name: b, active: true }] } }
    expect: []
`;

describe('factgate test on the built-in packs', () => {
  it('given rules/, should pass every rule with one line each and exit 0', async () => {
    const cases = builtins.reduce((n, b) => n + b.cases.length, 0);
    const lines = builtins.map((b) => `✓ ${b.id}  ${plural(b.cases.length, 'case')}`);
    expect(await runCli(['test', 'rules/'])).toEqual({
      code: 0,
      stdout: `${lines.join('\n')}\n\n${builtins.length} rules: ${builtins.length} passed, 0 failed. ${cases} cases: ${cases} passed, 0 failed.\n`,
      stderr: '',
    });
  });

  it.each(builtins.map((b) => [b.id, b] as const))('given %s without its violating cases, should fail saying it needs one', async (id, b) => {
    const doc = parseDocument(readFileSync(b.testFile, 'utf8'));
    const cases = doc.get('cases');
    if (!isSeq(cases)) throw new Error('cases is not a list');
    cases.items = cases.items.filter((item) => ((item as YAMLMap).toJSON() as { expect: unknown[] }).expect.length === 0);
    const name = path.basename(b.file);
    const dir = tempFiles({ [name]: readFileSync(b.file, 'utf8'), [name.replace(/\.yaml$/, '.test.yaml')]: doc.toString() });
    const left = cases.items.length;
    expect(await runCli(['test', '.'], dir)).toEqual({
      code: 1,
      stdout: [
        `✗ ${id}  ${plural(left, 'case')}`,
        '    ✗ has a violating case',
        `        ${name.replace(/\.yaml$/, '.test.yaml')}`,
        '        every rule needs at least one case that expects a violation (a non-empty expect:), so that the test proves the rule can fail.',
        '',
        `1 rule: 0 passed, 1 failed. ${plural(left, 'case')}: ${left} passed, 0 failed.`,
        '',
      ].join('\n'),
      stderr: '',
    });
  });
});

describe('factgate test on a user rule', () => {
  it('given a rule whose where selects nothing, should fail its passing case as vacuous', async () => {
    const dir = tempFiles({
      'rules/demo/rule.yaml': rule('where: { path: name, equals: never-there }\nassert: { path: active, equals: true }\n'),
      'rules/demo/rule.test.yaml': testFile(passingCase),
    });
    expect(await runCli(['test', 'rules'], dir)).toEqual({
      code: 1,
      stdout: [
        '✗ demo/rule  1 case',
        '    ✗ given an active job, should pass',
        '        rules/demo/rule.test.yaml:3:5',
        "        vacuous pass: the rule checked no resource, so this case proves nothing. Give it facts its 'where' selects.",
        '    ✗ has a violating case',
        '        rules/demo/rule.test.yaml',
        '        every rule needs at least one case that expects a violation (a non-empty expect:), so that the test proves the rule can fail.',
        '',
        '1 rule: 0 passed, 1 failed. 1 case: 0 passed, 1 failed.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('given a wrong expectation, should print expected against actual as a diff', async () => {
    const dir = tempFiles({
      'rules/demo/rule.yaml': rule('assert: { path: active, equals: true }\n'),
      'rules/demo/rule.test.yaml': testFile(`${violatingCase.replace('job a is wrong', 'job a is broken')}${passingCase}`),
    });
    expect(await runCli(['test', 'rules'], dir)).toEqual({
      code: 1,
      stdout: [
        '✗ demo/rule  2 cases',
        '    ✗ given an inactive job, should report it',
        '        rules/demo/rule.test.yaml:3:5',
        '        - expected',
        '        + actual',
        '          - resource: a',
        '        -   message: job a is broken',
        '        +   message: job a is wrong',
        '            severity: medium',
        '',
        '1 rule: 0 passed, 1 failed. 2 cases: 1 passed, 1 failed.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('given a missing violation, should show it as expected and not actual, and give both lists in --format json', async () => {
    const dir = tempFiles({
      'rules/demo/rule.yaml': rule('assert: { path: active, equals: true }\n'),
      'rules/demo/rule.test.yaml': testFile(`${violatingCase.replace('active: false', 'active: true')}${passingCase}`),
    });
    const { code, stdout } = await runCli(['test', 'rules', '--format', 'json'], dir);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      factgate: 'rule-tests/v1',
      summary: { rules: 1, rulesFailed: 1, cases: 2, casesFailed: 1 },
      rules: [{
        rule: 'demo/rule', passed: false, cases: 2,
        results: [
          {
            rule: 'demo/rule', file: 'rules/demo/rule.test.yaml', name: 'given an inactive job, should report it', passed: false,
            location: { file: 'rules/demo/rule.test.yaml', line: 3, col: 5 },
            failure: '- expected\n+ actual\n- - resource: a\n-   message: job a is wrong\n-   severity: medium\n+ []',
            expected: [{ resource: 'a', message: 'job a is wrong', severity: 'medium' }],
            actual: [],
          },
          { rule: 'demo/rule', file: 'rules/demo/rule.test.yaml', name: 'given an active job, should pass', passed: true, location: { file: 'rules/demo/rule.test.yaml', line: 7, col: 5 } },
          { rule: 'demo/rule', file: 'rules/demo/rule.test.yaml', name: 'has a violating case', passed: true, check: true },
          { rule: 'demo/rule', file: 'rules/demo/rule.test.yaml', name: 'has a passing case', passed: true, check: true },
        ],
      }],
    });
  });

  it('given a passing rule and its test file as the path, should run that rule and exit 0', async () => {
    const dir = tempFiles({
      'rules/demo/rule.yaml': rule('assert: { path: active, equals: true }\n'),
      'rules/demo/rule.test.yaml': testFile(violatingCase + passingCase),
    });
    expect(await runCli(['test', 'rules/demo/rule.test.yaml'], dir)).toEqual({
      code: 0, stdout: '✓ demo/rule  2 cases\n\n1 rule: 1 passed, 0 failed. 2 cases: 2 passed, 0 failed.\n', stderr: '',
    });
  });

  it('given a rule without a test file, should fail it', async () => {
    const dir = tempFiles({ 'rules/demo/rule.yaml': rule('assert: { path: active, equals: true }\n') });
    const { code, stdout } = await runCli(['test', 'rules'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('✗ demo/rule  no case\n    ✗ has a test file\n        rules/demo/rule.test.yaml\n        no test file: write rule.test.yaml beside rule.yaml (see docs/authoring.md).\n\n1 rule: 0 passed, 1 failed. 0 cases: 0 passed, 0 failed.\n');
  });

  it('given a terminal, should colour the marks, and otherwise not', async () => {
    const dir = tempFiles({ 'rules/demo/rule.yaml': rule('assert: { path: active, equals: true }\n'), 'rules/demo/rule.test.yaml': testFile(violatingCase + passingCase) });
    const tty = memoryIo({ cwd: dir, stdoutIsTTY: true });
    expect(await main(['test', 'rules'], tty)).toBe(0);
    expect(tty.out.startsWith('\u001b[32m✓\u001b[39m demo/rule')).toBe(true);
    const pipe = memoryIo({ cwd: dir });
    await main(['test', 'rules'], pipe);
    expect(pipe.out).not.toContain('\u001b[');
  });
});

describe('factgate test, bad files (exit 2)', () => {
  const run = async (files: Record<string, string>, argv = ['test', 'rules']) => {
    const dir = tempFiles(files);
    const result = await runCli(argv, dir);
    return { ...result, stderr: result.stderr.replaceAll(`${dir}/`, '') };
  };

  it('given a test file with an unknown key and a case without expect, should point at both', async () => {
    expect(await run({
      'rules/demo/rule.yaml': rule('assert: { path: active, equals: true }\n'),
      'rules/demo/rule.test.yaml': testFile(`${violatingCase}${passingCase.replace('expect: []', 'expct: []')}`),
    })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "rules/demo/rule.test.yaml:7:5: 'cases.1' is missing the required key 'expect'.\n" +
        "rules/demo/rule.test.yaml:9:5: 'cases.1' has unknown key 'expct'. Did you mean 'expect'?\n2 errors.\n",
    });
  });

  it('given a test file naming another rule, should say which rule the file beside it defines', async () => {
    expect(await run({
      'rules/demo/rule.yaml': rule('assert: { path: active, equals: true }\n'),
      'rules/demo/rule.test.yaml': testFile(violatingCase + passingCase).replace('rule: demo/rule', 'rule: demo/other'),
    })).toEqual({
      code: 2,
      stdout: '',
      stderr: "rules/demo/rule.test.yaml:1:7: this test file names rule 'demo/other' but rule.yaml defines 'demo/rule'; fix 'rule:' or move the test beside its rule.\n",
    });
  });

  it('given a test file without a rule beside it, should report it', async () => {
    expect(await run({
      'rules/demo/rule.yaml': rule('assert: { path: active, equals: true }\n'),
      'rules/demo/rule.test.yaml': testFile(violatingCase + passingCase),
      'rules/demo/renamed.test.yaml': testFile(violatingCase + passingCase),
    })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'rules/demo/renamed.test.yaml: there is no rule file beside this test: renamed.yaml should hold the rule it tests (rename the test with its rule).\n',
    });
  });

  it('given a directory without rule files, should say what a rule file is', async () => {
    expect(await run({ 'rules/README.md': 'nothing' })).toEqual({
      code: 2, stdout: '', stderr: 'no rule files found in rules. Rule files end in .yaml or .yml (and not .test.yaml).\n',
    });
  });
});

describe('factgate validate on a user rule directory', () => {
  it('given misspelt fact paths inside a join, in its where and in its on, should point at each with the right suggestion', async () => {
    const dir = tempFiles({
      'rules/team/anon-insert.yaml': `id: team/anon-insert
title: Demo
severity: high
rationale: Demo.
remediation: Demo.
resource: postgres.grants
where:
  join: postgres.tables
  on: { database: database, schema: schema, name: nmae }
  where: { path: rlsEnable, equals: false }
message: "{{grantee}} on {{name}}"
`,
    });
    const { code, stdout, stderr } = await runCli(['validate', 'rules'], dir);
    expect({ code, stdout, stderr: stderr.replaceAll(`${dir}/`, '') }).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "rules/team/anon-insert.yaml:9:51: 'nmae' is not a fact of postgres.grants. Did you mean 'name'? See schema/snapshot.schema.json or docs/snapshot.md for the facts of each kind.\n" +
        "rules/team/anon-insert.yaml:10:18: 'rlsEnable' is not a fact of postgres.tables. Did you mean 'rlsEnabled'? See schema/snapshot.schema.json or docs/snapshot.md for the facts of each kind.\n" +
        '2 errors.\n',
    });
  });
});
