import { describe, expect, it } from 'vitest';
import { isPlaceholder, quoteTemplates } from '../../../collectors/cloud-run/templates.js';

describe('isPlaceholder', () => {
  it.each(['${MAX}', '${ max_scale }', '__MAX_SCALE__', '{{ .Values.max }}', '{{max}}', ' ${X} '])('given %j, should be a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each(['10', 'gen2', '$MAX', '__x', 'a${X}', '{{ a }} b', '', 5, null])('given %j, should not be a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });
});

describe('quoteTemplates', () => {
  it('given unquoted {{ }} values, should single-quote them and keep comments and line count', () => {
    const text = [
      'image: {{ .Values.image }}',
      '  - {{ .Values.first }}',
      "    periodSeconds: {{ .Values.period }}   # per env",
      "    name: {{ it's }}",
      'already: "{{ quoted }}"',
      'plain: value',
    ].join('\n');
    expect(quoteTemplates(text)).toBe([
      "image: '{{ .Values.image }}'",
      "  - '{{ .Values.first }}'",
      "    periodSeconds: '{{ .Values.period }}'   # per env",
      "    name: '{{ it''s }}'",
      'already: "{{ quoted }}"',
      'plain: value',
    ].join('\n'));
  });
});
