import { describe, expect, it } from 'vitest';
import { checkSourceConfig, parseSourceConfig, SourceConfigError } from '../../../collectors/source/config.js';
import { FactgateError } from '../../../engine/errors.js';

const issuesOf = (raw: unknown) => {
  const result = checkSourceConfig(raw);
  if (result.ok) throw new Error('expected issues');
  return result.issues.map(({ pointer, code, message }) => ({ pointer, code, message }));
};

describe('parseSourceConfig', () => {
  it('given no source block, should fill every default', () => {
    expect(parseSourceConfig(undefined)).toEqual({
      probes: [],
      specs: ['specs/**/spec.md'],
      todoTags: ['TODO', 'FIXME', 'XXX', 'HACK'],
      maxFileBytes: 1048576,
      exclude: [],
    });
    expect(parseSourceConfig(null)).toEqual(parseSourceConfig({}));
  });

  it('given a probe with only id and pattern, should default include to every file and the rest to none', () => {
    expect(parseSourceConfig({ probes: [{ id: 'p', pattern: 'x' }] }).probes).toEqual([
      { id: 'p', description: null, include: ['**'], exclude: [], pattern: 'x', within: null },
    ]);
  });

  it('given a config object, should not modify it', () => {
    const raw = { probes: [{ id: 'p', pattern: 'x' }] };
    parseSourceConfig(raw);
    expect(raw).toEqual({ probes: [{ id: 'p', pattern: 'x' }] });
  });

  it('given misspelt keys, should report each as unknown-key with a suggestion and its path', () => {
    const result = checkSourceConfig({ probes: [{ id: 'a', patern: 'x', pattern: 'y' }], todoTag: ['TODO'] });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: ['todoTag'], pointer: '/todoTag', code: 'unknown-key', message: "unknown key 'todoTag'. Did you mean 'todoTags'?" },
        { path: ['probes', 0, 'patern'], pointer: '/probes/0/patern', code: 'unknown-key', message: "unknown key 'patern'. Did you mean 'pattern'?" },
      ],
    });
  });

  it('given a probe id that is not kebab-case, should say what an id looks like', () => {
    expect(issuesOf({ probes: [{ id: 'Bad_Id', pattern: 'x' }] })).toEqual([
      {
        pointer: '/probes/0/id',
        code: 'config-invalid',
        message: "probe id 'Bad_Id' must be lower-case kebab-case (letters, digits and single hyphens), e.g. 'webhook-secret-guard'.",
      },
    ]);
  });

  it('given a bad regex, should throw a bad-regex error naming the probe id, the pattern and its path', () => {
    const thrown = (() => {
      try {
        parseSourceConfig({ probes: [{ id: 'webhook-guard', pattern: 'if (' }] });
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(SourceConfigError);
    expect(thrown).toBeInstanceOf(FactgateError);
    const error = thrown as SourceConfigError;
    expect(error.code).toBe('bad-regex');
    expect(error.message).toBe(
      "invalid source config at /probes/0/pattern: probe 'webhook-guard' has an invalid regular expression 'if (': missing closing ). Probes use RE2 syntax (linear time: no backreferences or lookaround; (?i) for case-insensitive).",
    );
    expect(error.issues.map((i) => i.path)).toEqual([['probes', 0, 'pattern']]);
  });

  it('given a lookbehind (not RE2), should reject it as a bad regex', () => {
    expect(issuesOf({ probes: [{ id: 'lb', pattern: '(?<=a)b' }] })).toEqual([
      {
        pointer: '/probes/0/pattern',
        code: 'bad-regex',
        message:
          "probe 'lb' has an invalid regular expression '(?<=a)b': invalid named capture. Probes use RE2 syntax (linear time: no backreferences or lookaround; (?i) for case-insensitive).",
      },
    ]);
  });

  it('given duplicate ids, should report the second one', () => {
    expect(issuesOf({ probes: [{ id: 'a', pattern: 'x' }, { id: 'a', pattern: 'y' }] })).toEqual([
      { pointer: '/probes/1/id', code: 'config-invalid', message: "probe id 'a' is already used by probes[0]; probe ids must be unique." },
    ]);
  });

  it('given within naming an undefined probe, should suggest the close one', () => {
    expect(issuesOf({ probes: [{ id: 'a', pattern: 'x', within: { probe: 'bb', lines: 1 } }, { id: 'ba', pattern: 'x' }] })).toEqual([
      { pointer: '/probes/0/within/probe', code: 'config-invalid', message: "probe 'a' is 'within' probe 'bb', which is not defined. Did you mean 'ba'?" },
    ]);
  });

  it('given probes that are within each other, should report the cycle once', () => {
    const probes = [
      { id: 'a', pattern: 'x', within: { probe: 'b', lines: 1 } },
      { id: 'b', pattern: 'x', within: { probe: 'a', lines: 2 } },
    ];
    expect(issuesOf({ probes })).toEqual([
      { pointer: '/probes/0/within/probe', code: 'config-invalid', message: "probes 'a' → 'b' → 'a' refer to each other through 'within'; a probe cannot depend on itself." },
    ]);
    expect(issuesOf({ probes: [{ id: 'self', pattern: 'x', within: { probe: 'self', lines: 0 } }] })).toEqual([
      { pointer: '/probes/0/within/probe', code: 'config-invalid', message: "probes 'self' → 'self' refer to each other through 'within'; a probe cannot depend on itself." },
    ]);
  });

  it('given wrong types, an unknown tag, a repeated tag and a zero size, should report one issue per path', () => {
    expect(issuesOf({ todoTags: ['TODO', 'NOTE', 'TODO'], maxFileBytes: 0, specs: 'x' })).toEqual([
      { pointer: '/specs', code: 'config-invalid', message: "must be array, got 'x'." },
      { pointer: '/todoTags/1', code: 'config-invalid', message: "must be one of 'TODO', 'FIXME', 'XXX', 'HACK', got 'NOTE'." },
      { pointer: '/todoTags', code: 'config-invalid', message: "lists 'TODO' more than once." },
      { pointer: '/maxFileBytes', code: 'config-invalid', message: 'must be >= 1.' },
    ]);
  });

  it('given a probe without a pattern, should name the missing key', () => {
    expect(issuesOf({ probes: [{ id: 'a' }] })).toEqual([
      { pointer: '/probes/0', code: 'config-invalid', message: "the required key 'pattern' is missing." },
    ]);
  });

  it('given a source block that is not a mapping, should report it at the block itself', () => {
    expect(issuesOf(['TODO'])).toEqual([{ pointer: '', code: 'config-invalid', message: 'must be object, got ["TODO"].' }]);
  });
});
