import { didYouMean } from '../did-you-mean.js';
import { FactgateError } from '../errors.js';
import { messages } from '../error-messages.js';
import { allPaths, lookupPath, type Shape } from '../snapshot/fact-shape.js';
import type { YamlPath } from '../rule/condition.js';
import type { Row } from '../rule/types.js';
import { compilePath } from '../evaluate/fact-path.js';
import type { CompileContext } from './compile-context.js';

const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

/** How a fact reads inside a sentence: lists comma-separated, null as "(none)". */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(formatValue).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Compiles a `{{fact.path}}` / `{{params.name}}` template. Every placeholder is checked at load time,
 * so a rendered message can never contain an unfilled `{{…}}`.
 */
export function compileTemplate(
  text: string,
  at: YamlPath,
  shape: Shape,
  kindLabel: string,
  ctx: CompileContext,
): (row: Row) => string {
  const parts: ((row: Row) => string)[] = [];
  let last = 0;
  for (const found of text.matchAll(PLACEHOLDER)) {
    const literal = text.slice(last, found.index);
    parts.push(() => literal);
    last = found.index + found[0].length;
    const name = found[1]!;
    if (name.startsWith('params.')) {
      const param = name.slice('params.'.length);
      if (!Object.hasOwn(ctx.parameters, param)) {
        ctx.errors.push(new FactgateError('unknown-placeholder', messages.unknownPlaceholder(name, kindLabel, didYouMean(name, Object.keys(ctx.parameters).map((p) => `params.${p}`))), { location: ctx.yaml.locate(at) }));
        continue;
      }
      const rendered = formatValue(ctx.parameters[param]);
      parts.push(() => rendered);
      continue;
    }
    if (!lookupPath(shape, name).ok) {
      const known = [...allPaths(shape), ...Object.keys(ctx.parameters).map((p) => `params.${p}`)];
      ctx.errors.push(new FactgateError('unknown-placeholder', messages.unknownPlaceholder(name, kindLabel, didYouMean(name, known)), { location: ctx.yaml.locate(at) }));
      continue;
    }
    const read = compilePath(name);
    parts.push((row) => formatValue(read(row)));
  }
  const tail = text.slice(last);
  parts.push(() => tail);
  return (row) => parts.map((part) => part(row)).join('');
}
