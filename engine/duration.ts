/** Durations in rule files: a number and a unit, e.g. `90s`, `5m`, `26h`, `7d`, `2w`. */
const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const FORM = /^(\d+(?:\.\d+)?)\s*(s|m|h|d|w)$/;

/** Milliseconds, or undefined when `text` is not a duration. */
export function parseDuration(text: string): number | undefined {
  const match = FORM.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * UNITS[match[2]!]!;
}

export const DURATION_PATTERN = '^\\d+(\\.\\d+)?\\s*(s|m|h|d|w)$';
