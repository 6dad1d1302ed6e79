import { describe, expect, it } from 'vitest';
import { junit } from '../../../cli/reporters/junit.js';
import { xmlAttribute, xmlText } from '../../../cli/reporters/xml.js';
import { sampleContext, sampleReport } from './sample-report.js';
import { xmlProblems } from './xml-well-formed.js';

describe('xml escaping', () => {
  it('given markup characters, should escape them in text and, with quotes and whitespace, in attributes', () => {
    expect(xmlText('a <b> & "c" \'d\'\n')).toBe('a &lt;b&gt; &amp; "c" \'d\'\n');
    expect(xmlAttribute('a <b> & "c" \'d\'\n\t')).toBe('a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;&#10;&#9;');
  });

  it('given characters XML 1.0 cannot carry, should replace them', () => {
    expect(xmlText('bell\u0007 nul\u0000 ok\u00e9 \u{1F600}')).toBe('bell\uFFFD nul\uFFFD ok\u00e9 \u{1F600}');
  });
});

describe('the junit format', () => {
  const xml = junit(sampleReport(), sampleContext());

  it('given the sample report, should be well-formed XML', () => {
    expect(xmlProblems(xml)).toEqual([]);
  });

  it('given the well-formedness check, should catch a broken document (the check is not vacuous)', () => {
    expect(xmlProblems(xml.replace('</testsuites>', '</testsuite>'))).toContain('unbalanced </testsuite>');
    expect(xmlProblems(xml.replace('&amp;', '&'))).toHaveLength(1);
  });

  it('given the sample report, should give suites per pack with exact totals', () => {
    expect(xml.split('\n').filter((line) => line.includes('<testsuite'))).toEqual([
      '<testsuites name="factgate" tests="8" failures="3" errors="1" skipped="3">',
      '  <testsuite name="acme" tests="2" failures="1" errors="0" skipped="1">',
      '  <testsuite name="postgres" tests="1" failures="0" errors="1" skipped="0">',
      '  <testsuite name="source" tests="4" failures="2" errors="0" skipped="1">',
      '  <testsuite name="waivers" tests="1" failures="0" errors="0" skipped="1">',
    ]);
  });

  it('given a counted violation, should fail its case with the message, severity and remediation, escaped', () => {
    expect(xml).toContain(
      '    <testcase classname="acme/custom-check" name="cloudRun.service p/r/api">\n' +
        '      <failure message="a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; 50% done, x:y | *z* [l](u)&#10;::error::injected" type="high">' +
        'a &lt;b&gt; &amp; "c" \'d\' 50% done, x:y | *z* [l](u)\n::error::injected\n\nResource: cloudRun.service p/r/api\n' +
        'Remediation: gcloud run services update api --min-instances 1\nFingerprint: f002</failure>\n    </testcase>\n',
    );
  });

  it('given a source finding whose waiver expired, should fail it and say the waiver expired', () => {
    expect(xml).toContain(
      '      <failure message="message of app/later.py:3 (waiver expired on 2026-02-28: Not now)" type="medium">message of app/later.py:3\n\n' +
        'Resource: source.todo app/later.py:3\nLocation: src/app/later.py:3\nRemediation: fix app/later.py:3\nNote: waiver expired on 2026-02-28: Not now\nFingerprint: f003</failure>',
    );
  });

  it('given waived, baselined, erroring, passing rules and a stale waiver, should skip, error and pass them', () => {
    expect(xml).toContain('<testcase classname="source/open-todo" name="source.todo app/other.py:7">\n      <skipped message="waived: Deferred to Q3 until 2026-09-30"/>');
    expect(xml).toContain('<testcase classname="acme/custom-check" name="cloudRun.service p/r/old">\n      <skipped message="baselined: message of p/r/old"/>');
    expect(xml).toContain('<testcase classname="postgres/rls-enabled" name="all resources">\n      <error message="rule &apos;postgres/rls-enabled&apos; could not be evaluated');
    expect(xml).toContain('<testcase classname="source/spec-open-tasks" name="all resources"/>');
    expect(xml).toContain('<testcase classname="factgate/stale-waiver" name="source/open-todo app/removed.py:*">\n      <skipped message="stale waiver: it matches no violation (Old; until 2026-12-31; factgate.yaml:9:5)"/>');
  });
});
