import { describe, expect, it } from 'vitest';
import { specFacts } from '../../../collectors/source/specs.js';

const FILE = 'specs/037-x/spec.md';
const facts = (text: string, file = FILE) => {
  const { title, superseded, supersededBy, tasksDone, tasksTotal } = specFacts('r', file, text);
  return { title, superseded, supersededBy, tasksDone, tasksTotal };
};

describe('spec documents', () => {
  it.each([
    ['a bold label', '> **SUPERSEDED**: replaced by [Spec 042](../042-y/spec.md)\n\n# T', 'specs/042-y/spec.md'],
    ['"Superseded by" in prose', '# T\n\nThis spec is superseded by [the new one](../042-y/spec.md#design).', 'specs/042-y/spec.md'],
    ['a status line', '# T\n\n**Status**: Superseded\n', null],
    ['a status table row', '# T\n\n| Status | Superseded |\n|---|---|', null],
    ['a lower-case label with the link on the next line', '# T\n\n> superseded: see\n> [042](../042-y/spec.md)', 'specs/042-y/spec.md'],
    ['a GitHub alert', '> [!WARNING]\n> Superseded\n> [042](/specs/042-y/spec.md)\n\n# T', 'specs/042-y/spec.md'],
    ['a URL', '# T\nSuperseded by <https://example.com/specs/42>', 'https://example.com/specs/42'],
    ['a reference-style link', '# T\nSuperseded by [Spec 042][s42].\n\n[s42]: ../042-y/spec.md', 'specs/042-y/spec.md'],
    ['a link that leaves the root', '# T\nSuperseded by [x](../../../elsewhere.md)', '../../../elsewhere.md'],
  ])('given a notice as %s, should report superseded and the link target', (_, text, by) => {
    expect(facts(text)).toMatchObject({ superseded: true, supersededBy: by });
  });

  it.each([
    ['a "Supersedes" field (the other direction)', '# Spec 042\n\n**Supersedes**: [Spec 037](../037-x/spec.md)'],
    ['"superseded" below line 20', `# T\n${'text\n'.repeat(25)}This was superseded by [x](../x.md).`],
    ['"superseded" in a code block', '# T\n\n```\nSuperseded by x\n```'],
    ['"superseded" mid-sentence without "by"', '# T\n\nThe superseded design used queues.'],
  ])('given %s, should not report superseded', (_, text) => {
    expect(facts(text)).toMatchObject({ superseded: false, supersededBy: null });
  });

  it('given task boxes in lists, numbered lists and code, should count the real ones', () => {
    const text = [
      '# Tasks',
      '- [x] one',
      '* [X] two',
      '+ [ ] three',
      '1. [x] four',
      '  - [ ] nested five',
      '- [ ]',
      '- [x]not a box',
      '```md',
      '- [x] in code',
      '```',
      '[x] no bullet',
    ].join('\n');
    expect(facts(text)).toEqual({ title: 'Tasks', superseded: false, supersededBy: null, tasksDone: 3, tasksTotal: 6 });
  });

  it('given front matter and a heading with closing hashes, should take the first real heading as title', () => {
    expect(facts('---\ntitle: x\n# not a heading\n---\n\nintro\n\n## Spec 9: Thing ##\n# Later').title).toBe('Spec 9: Thing');
  });

  it('given no heading, should report a null title', () => {
    expect(facts('just text\n- [ ] a').title).toBeNull();
  });

  it('given CRLF line endings, should read the same facts', () => {
    expect(facts('# T\r\n> **SUPERSEDED**: see [a](../a/spec.md)\r\n- [x] a\r\n- [ ] b\r\n')).toEqual({
      title: 'T',
      superseded: true,
      supersededBy: 'specs/a/spec.md',
      tasksDone: 1,
      tasksTotal: 2,
    });
  });
});
