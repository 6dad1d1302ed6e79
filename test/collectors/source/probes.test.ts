import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectSource } from '../../../collectors/source/index.js';
import { parseSourceConfig, type SourceCollectorConfig } from '../../../collectors/source/config.js';
import { FactgateError } from '../../../engine/errors.js';
import { factsOf, tempDir, writeTree } from './helpers.js';

const GUARDED = ['def webhook(token):', '    secret = settings.secret', '    if secret:', '        if not hmac.compare_digest(token, secret):', '            raise Forbidden()', ''].join('\n');
const FAR = ['def other(secret):', '    if secret:', '        pass', '', '', '', '', '    hmac.compare_digest(a, b)', ''].join('\n');

describe('probes', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    await writeTree(dir, {
      'app/webhook.py': GUARDED,
      'app/other.py': FAR,
      'tests/test_webhook.py': GUARDED,
      'README.md': 'if secret:\n',
    });
  });
  afterEach(() => cleanup());

  const probesOf = async (raw: unknown) => factsOf(await collectSource(dir, parseSourceConfig(raw), { label: 'src' })).probes;

  it('given within, should keep only matches near a match of the other probe in the same file', async () => {
    const probes = await probesOf({
      probes: [
        { id: 'guard', pattern: '^\\s*if\\s+secret\\s*:', include: ['**/*.py'], exclude: ['tests/**'], within: { probe: 'compare', lines: 2 } },
        { id: 'compare', pattern: 'hmac\\.compare_digest\\(', include: ['**/*.py'], exclude: ['tests/**'] },
      ],
    });
    expect(probes).toEqual([
      {
        root: 'src',
        id: 'compare',
        description: null,
        matchCount: 2,
        matches: [
          { file: 'app/other.py', line: 8, text: 'hmac.compare_digest(a, b)' },
          { file: 'app/webhook.py', line: 4, text: 'if not hmac.compare_digest(token, secret):' },
        ],
      },
      { root: 'src', id: 'guard', description: null, matchCount: 1, matches: [{ file: 'app/webhook.py', line: 3, text: 'if secret:' }] },
    ]);
  });

  it('given within lines: 0, should keep only matches on the same line as the other probe', async () => {
    const probes = await probesOf({
      probes: [
        { id: 'not-compare', pattern: 'if not', within: { probe: 'compare', lines: 0 } },
        { id: 'compare', pattern: 'compare_digest' },
      ],
    });
    expect(probes.find((p) => p.id === 'not-compare')!.matches.map((m) => `${m.file}:${m.line}`)).toEqual(['app/webhook.py:4', 'tests/test_webhook.py:4']);
  });

  it('given a chain of within, should filter against the final matches of the probe named', async () => {
    const probes = await probesOf({
      probes: [
        { id: 'raise', pattern: 'raise', within: { probe: 'guard', lines: 2 } },
        { id: 'guard', pattern: 'if secret:', include: ['app/**'], within: { probe: 'compare', lines: 1 } },
        { id: 'compare', pattern: 'compare_digest' },
      ],
    });
    expect(probes.find((p) => p.id === 'raise')!.matches).toEqual([{ file: 'app/webhook.py', line: 5, text: 'raise Forbidden()' }]);
  });

  it('given a probe that matches nothing, should still report it with matchCount 0', async () => {
    expect(await probesOf({ probes: [{ id: 'assert-secret', description: 'startup check', pattern: 'assert .*secret' }] })).toEqual([
      { root: 'src', id: 'assert-secret', description: 'startup check', matchCount: 0, matches: [] },
    ]);
  });

  it('given (?i), should match case-insensitively; given no include, should read every file', async () => {
    const probes = await probesOf({ probes: [{ id: 'ci', pattern: '(?i)IF SECRET:' }] });
    expect(probes[0]!.matches.map((m) => `${m.file}:${m.line}`)).toEqual(['README.md:1', 'app/other.py:2', 'app/webhook.py:3', 'tests/test_webhook.py:3']);
  });

  it('given a matched line longer than 200 characters, should keep its first 200', async () => {
    await writeTree(dir, { 'long.txt': `   needle ${'x'.repeat(400)}   \n` });
    const probes = await probesOf({ probes: [{ id: 'long', pattern: 'needle', include: ['long.txt'] }] });
    expect(probes[0]!.matches[0]!.text).toBe(`needle ${'x'.repeat(193)}`);
  });

  it('given a config that skipped validation and holds a bad regex, should throw bad-regex naming the probe id', async () => {
    const config: SourceCollectorConfig = {
      ...parseSourceConfig(undefined),
      probes: [{ id: 'broken-probe', description: null, include: ['**'], exclude: [], pattern: 'a[', within: null }],
    };
    const error = await collectSource(dir, config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactgateError);
    expect((error as FactgateError).code).toBe('bad-regex');
    expect((error as FactgateError).message).toBe(
      "probe 'broken-probe' has an invalid regular expression 'a[': missing closing ]. Probes use RE2 syntax (linear time: no backreferences or lookaround; (?i) for case-insensitive).",
    );
  });
});
