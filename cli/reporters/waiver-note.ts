import type { ReportedViolation } from '../../engine/report/report.js';

/**
 * The words every format uses for a violation that counts again because its waiver expired
 * (the text format says the same), so that a reader of any report learns why it came back.
 */
export const expiredWaiverNote = (v: ReportedViolation): string | undefined =>
  v.waiver?.expired ? `waiver expired on ${v.waiver.expires}: ${v.waiver.reason}` : undefined;

/** `until 2026-05-31 (owner nikita-voice)`: how waived findings are dated in every format. */
export const waiverTerms = (waiver: NonNullable<ReportedViolation['waiver']>): string =>
  `until ${waiver.expires}${waiver.owner ? ` (owner ${waiver.owner})` : ''}`;
