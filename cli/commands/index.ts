import type { ExitCode } from '../../engine/gate/exit-code.js';
import type { Io } from '../io.js';
import { baseline } from './baseline.js';
import { check } from './check.js';
import { collect } from './collect.js';
import { diff } from './diff.js';
import { explain } from './explain.js';
import { help, version } from './help.js';
import { test } from './test.js';
import { validate } from './validate.js';

export type Command = (argv: string[], io: Io) => Promise<ExitCode>;

/** Every command, sorted; `factgate <name>`. */
export const commands = {
  baseline,
  check,
  collect,
  diff,
  explain,
  help,
  test,
  validate,
  version,
} as const satisfies Record<string, Command>;

export const commandNames = Object.keys(commands);
