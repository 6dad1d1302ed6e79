import { FactgateError } from '../../engine/errors.js';
import type { Io } from '../io.js';

/** `factgate collect`: being built; see the issue tracker. */
export async function collect(_argv: string[], _io: Io): Promise<2> {
  throw new FactgateError('usage', "'factgate collect' is not available in this build yet.");
}
