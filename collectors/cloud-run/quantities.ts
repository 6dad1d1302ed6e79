import type { Findings } from './findings.js';
import { isAbsent, unreadable } from './scalars.js';

/**
 * Kubernetes resource quantities as Cloud Run limits use them: `1`, `1000m`, `.08` vCPU; `512Mi`,
 * `1.5Gi`, `512M`, `128974848` bytes. Binary suffixes are powers of 1024, decimal ones of 1000.
 */
const MULTIPLIERS: Record<string, number> = {
  '': 1,
  m: 1e-3,
  k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};
const QUANTITY = /^([+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;

/** The value of a quantity string or number, or undefined when it is not one. */
export function parseQuantity(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const match = QUANTITY.exec(value.trim());
  if (!match) return undefined;
  const [, mantissa = '', suffix = ''] = match;
  const multiplier = MULTIPLIERS[suffix] ?? 1;
  // Divide for milli so that 80m is exactly 0.08, not 0.08000000000000002.
  return suffix === 'm' ? Number(mantissa) / 1000 : Number(mantissa) * multiplier;
}

/** vCPU as a number, rounded to nanocores so float noise never reaches a snapshot. */
export function parseCpu(value: unknown, field: string, findings: Findings): number | null {
  const quantity = readQuantity(value, field, 'a CPU quantity such as 1, 1000m or 0.5', findings);
  return quantity === undefined ? null : Math.round(quantity * 1e9) / 1e9;
}

/** Bytes as an integer; a fractional byte count rounds up, as Kubernetes does. */
export function parseMemory(value: unknown, field: string, findings: Findings): number | null {
  const quantity = readQuantity(value, field, 'a memory quantity such as 512Mi or 1Gi', findings);
  return quantity === undefined ? null : Math.ceil(Number(quantity.toPrecision(15)));
}

function readQuantity(value: unknown, field: string, expected: string, findings: Findings): number | undefined {
  if (isAbsent(value)) return undefined;
  const quantity = typeof value === 'string' || typeof value === 'number' ? parseQuantity(value) : undefined;
  return quantity ?? unreadable(value, field, expected, findings);
}
