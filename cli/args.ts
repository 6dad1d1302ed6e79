import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../engine/did-you-mean.js';
import { FactgateError } from '../engine/errors.js';
import { messages } from '../engine/error-messages.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, strict, with its errors turned into one-paragraph usage errors. */
export function parseCommandArgs<T extends Options>(
  command: string,
  argv: string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const text = (error as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(text)?.[1];
    if (unknown) {
      const known = Object.keys(options).map((o) => `--${o}`);
      throw new FactgateError('usage', messages.usage(`'factgate ${command}' has no option '${unknown}'.${didYouMean(unknown, known)}`));
    }
    throw new FactgateError('usage', messages.usage(`factgate ${command}: ${text.split('. ')[0]}.`));
  }
}

/** Checks a value against a fixed set of choices, e.g. --format or --fail-on. */
export function choice<T extends string>(option: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new FactgateError('usage', messages.usage(`--${option} must be one of ${choices.join(', ')}, got '${value}'.${didYouMean(value, choices)}`));
}
