import { FactgateError } from '../../engine/errors.js';
import type { Io } from '../io.js';

/** `factgate baseline`: being built; see the issue tracker. */
export async function baseline(_argv: string[], _io: Io): Promise<2> {
  throw new FactgateError('usage', "'factgate baseline' is not available in this build yet.");
}
