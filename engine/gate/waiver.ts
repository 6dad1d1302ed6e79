import type { SourceLocation } from '../errors.js';

/** An accepted violation: silences what it matches until the end of its expiry day (UTC, snapshot clock). */
export interface Waiver {
  rule: string;
  resource?: string;
  /** Restricts the waiver to one resource kind (triage waivers apply to source.todo only). */
  kind?: string;
  reason: string;
  owner?: string;
  /** YYYY-MM-DD. */
  expires: string;
  origin: 'config' | 'waivers-file' | 'triage';
  location?: SourceLocation;
}

/** The instant a waiver stops waiving: the day after its `expires` date, 00:00 UTC. */
export const waiverEnd = (waiver: Pick<Waiver, 'expires'>): number => Date.parse(`${waiver.expires}T00:00:00Z`) + 86_400_000;
