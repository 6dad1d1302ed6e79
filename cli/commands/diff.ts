import { FactgateError } from '../../engine/errors.js';
import type { Io } from '../io.js';

/** `factgate diff`: being built; see the issue tracker. */
export async function diff(_argv: string[], _io: Io): Promise<2> {
  throw new FactgateError('usage', "'factgate diff' is not available in this build yet.");
}
