import { didYouMean } from '../did-you-mean.js';
import { FactgateError } from '../errors.js';
import { messages } from '../error-messages.js';
import { validatorFor } from '../load/ajv.js';
import { OperandError, type Operator } from '../operators/define-operator.js';
import type { YamlPath } from '../rule/condition.js';
import type { CompileContext } from './compile-context.js';

const isParamRef = (value: unknown): value is { param: string } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as { param?: unknown }).param === 'string';

/**
 * Substitutes a `{param: name}` operand, validates it against the operator's operand schema and
 * prepares it (regexes compiled, durations parsed): every operand error surfaces at load time.
 */
export function resolveOperand(
  operator: Operator<unknown>,
  name: string,
  raw: unknown,
  at: YamlPath,
  ctx: CompileContext,
): { ok: true; value: unknown; prepared: unknown } | { ok: false } {
  const fail = (code: FactgateError['code'], message: string) => {
    ctx.errors.push(new FactgateError(code, message, { location: ctx.yaml.locate(at) }));
    return { ok: false } as const;
  };
  const used: string[] = [];
  const missing: string[] = [];
  // `{param: name}` may stand for the whole operand or for any value inside it.
  const substitute = (value: unknown): unknown => {
    if (isParamRef(value)) {
      if (!Object.hasOwn(ctx.parameters, value.param)) {
        missing.push(value.param);
        return undefined;
      }
      used.push(value.param);
      return ctx.parameters[value.param];
    }
    if (Array.isArray(value)) return value.map(substitute);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v)]));
    return value;
  };
  const operand = substitute(raw);
  if (missing.length > 0) {
    const known = Object.keys(ctx.parameters);
    return fail('unknown-parameter', messages.unknownParameter(missing[0]!, ctx.ruleId, didYouMean(missing[0]!, known), known));
  }
  const origin = used.length > 0 ? ` (from parameter${used.length > 1 ? 's' : ''} ${used.map((u) => `'${u}'`).join(', ')})` : '';
  const validate = validatorFor(operator.operand);
  if (!validate(operand)) {
    const detail = validate.errors?.map((e) => `${e.instancePath || 'the operand'} ${e.message}`).join('; ') ?? 'invalid';
    return fail('invalid-operand', messages.invalidOperand(name, `${detail}, got ${JSON.stringify(operand)}${origin}`, `see '${name}' in docs/rule-language.md`));
  }
  try {
    return { ok: true, value: operand, prepared: operator.prepare(operand) };
  } catch (error) {
    if (!(error instanceof OperandError)) throw error;
    const message = error.code === 'bad-regex' ? messages.badRegex(String(operand), error.message) : messages.invalidOperand(name, error.message + origin, `see '${name}' in docs/rule-language.md`);
    return fail(error.code, message);
  }
}
