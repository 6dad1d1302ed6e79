import { describe, expect, it } from 'vitest';
import { markdown } from '../../../cli/reporters/markdown.js';
import { mdCode, mdTable, mdText } from '../../../cli/reporters/markdown-table.js';
import { sampleContext, sampleReport } from './sample-report.js';

describe('markdown escaping', () => {
  it('given text with markup, should escape what would open HTML, links, emphasis, code or a new column', () => {
    expect(mdText('a <b> | *c* [d](e) `f` \\ g\nh')).toBe('a \\<b\\> \\| \\*c\\* \\[d\\](e) \\`f\\` \\\\ g h');
  });

  it('given underscores, should escape only those that could start or end emphasis', () => {
    expect(mdText('public.memory_facts _x_ __init__.py')).toBe('public.memory_facts \\_x\\_ \\_\\_init\\_\\_.py');
  });

  it('given code with backticks or pipes, should fence it so that it stays one code span in a table', () => {
    expect(mdCode('public.users')).toBe('`public.users`');
    expect(mdCode('a`b|c')).toBe('`` a`b\\|c ``');
  });

  it('given headers and rows, should build a GFM table', () => {
    expect(mdTable(['A', 'B'], [['1', '2']])).toEqual(['| A | B |', '|---|---|', '| 1 | 2 |']);
  });
});

describe('the markdown format', () => {
  const out = markdown(sampleReport(), sampleContext());

  it('given the sample report, should date the title by the snapshot and state the verdict', () => {
    expect(out.startsWith('# factgate Audit Report: 2026-03-01\n\n**Date**: 2026-03-01 (snapshot collected 2026-03-01T08:30:00.000Z)  \n**Tool**: factgate 9.9.9, 5 rules  \n')).toBe(true);
    expect(out).toContain('**Scope**: Rule pack acme, RLS / Postgres, Source: TODOs, webhook probes, specs\n');
    expect(out).toContain(
      'The gate verdict is **FAIL** at `high`: 2 counted violations at or above the threshold. Counted violations: 1 critical (P0), 1 high (P1), 1 medium (P2), 0 low, 0 info. ' +
        'Also 1 waived, 1 baselined, 1 stale waiver, 1 error. **1 of 2 sources failed**: rules that need their facts are reported as errors, not as passes.\n',
    );
  });

  it('given a rule pack without a known area, should give it a section of its own, with escaped findings', () => {
    expect(out).toContain(
      '## Rule pack acme\n\n| Resource | Finding | Severity | Action |\n|---|---|---|---|\n' +
        '| `p/r/api` | a \\<b\\> & "c" \'d\' 50% done, x:y \\| \\*z\\* \\[l\\](u) ::error::injected | high | gcloud run services update api --min-instances 1 |\n' +
        '| `p/r/old` | message of p/r/old | high, baselined | fix p/r/old |\n\n**Passed**: 0 of 1 rules found nothing.\n',
    );
  });

  it('given an error, should list it in its area and never as passed', () => {
    expect(out).toContain(
      "## RLS / Postgres\n\n| Resource | Finding | Severity | Action |\n|---|---|---|---|\n| all resources | rule 'postgres/rls-enabled' could not be evaluated: the postgres collector failed for postgres://app@db/app, so its facts are missing. | **error** | Fix the failed collector and run again; until then this rule proves nothing. |\n\n**Passed**: 0 of 1 rules found nothing.\n",
    );
  });

  it('given counted violations, should number them across the P0, P1 and P2 tables, with expired waivers said', () => {
    expect(out).toContain(
      '### P0 (Critical -- Fix Now)\n\n| # | Issue | Resource | Action |\n|---|---|---|---|\n| 1 | message of app/pay flow.py:12 | `app/pay flow.py:12` | fix app/pay flow.py:12 |\n\n' +
        '### P1 (High -- Fix This Sprint)\n\n| # | Issue | Resource | Action |\n|---|---|---|---|\n| 2 | a \\<b\\> & "c" \'d\' 50% done, x:y \\| \\*z\\* \\[l\\](u) ::error::injected | `p/r/api` | gcloud run services update api --min-instances 1 |\n\n' +
        '### P2 (Medium -- Backlog)\n\n| # | Issue | Resource | Action |\n|---|---|---|---|\n| 3 | message of app/later.py:3 (waiver expired on 2026-02-28: Not now) | `app/later.py:3` | fix app/later.py:3 |\n\n' +
        '### Low and info\n\nNone.\n',
    );
  });

  it('given waived, baselined, fixed, stale and erroring items, should end with a table for each', () => {
    expect(out.slice(out.indexOf('## Waived'))).toBe(
      '## Waived\n\n| Rule | Resource | Reason | Owner | Expires |\n|---|---|---|---|---|\n| `source/open-todo` | `app/other.py:7` | Deferred to Q3 | — | 2026-09-30 |\n\n' +
        '## Baselined\n\n| Rule | Resource | Severity | Finding |\n|---|---|---|---|\n| `acme/custom-check` | `p/r/old` | high | message of p/r/old |\n\n' +
        '## Fixed since the baseline\n\n| Rule | Resource |\n|---|---|\n| `acme/custom-check` | cloudRun.service `p/r/gone` |\n\n' +
        '## Stale waivers\n\n| Rule | Resource | Reason | Expires | Defined at |\n|---|---|---|---|---|\n| `source/open-todo` | `app/removed.py:*` | Old | 2026-12-31 | `factgate.yaml:9:5` |\n\n' +
        "## Errors\n\n| Rule | Resource | Error |\n|---|---|---|\n| `postgres/rls-enabled` | all resources | rule 'postgres/rls-enabled' could not be evaluated: the postgres collector failed for postgres://app@db/app, so its facts are missing. |\n",
    );
  });

  it('given exit code 0 or 2, should say PASS or ERROR', () => {
    expect(markdown(sampleReport(), sampleContext(0))).toContain('The gate verdict is **PASS** at `high`');
    expect(markdown(sampleReport(), sampleContext(2))).toContain('The gate verdict is **ERROR (the run cannot be trusted)** at `high`');
  });
});
