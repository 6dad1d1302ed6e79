import { FactgateError } from '../../engine/errors.js';
import type { Io } from '../io.js';

/** `factgate explain`: being built; see the issue tracker. */
export async function explain(_argv: string[], _io: Io): Promise<2> {
  throw new FactgateError('usage', "'factgate explain' is not available in this build yet.");
}
