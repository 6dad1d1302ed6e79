import { createHash } from 'node:crypto';

/** Depends only on what the finding is about, so a baseline survives rewording, reordering and time. */
export const fingerprint = (ruleId: string, kind: string, identity: string): string =>
  createHash('sha256').update(`${ruleId}\u0000${kind}\u0000${identity}`).digest('hex').slice(0, 16);
