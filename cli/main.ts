import { didYouMean } from '../engine/did-you-mean.js';
import { FactgateError, FactgateErrors } from '../engine/errors.js';
import { messages } from '../engine/error-messages.js';
import type { ExitCode } from '../engine/gate/exit-code.js';
import { commands, commandNames } from './commands/index.js';
import type { Io } from './io.js';

/**
 * The whole CLI as a function: argv in, exit code out, output through `io`. Bad input is printed as
 * one paragraph per error (file:line:col first) and gives 2; nothing ever prints a stack trace
 * unless FACTGATE_DEBUG is set.
 */
export async function main(argv: string[], io: Io): Promise<ExitCode> {
  const [name = 'help', ...rest] = argv;
  const command = name === '--help' || name === '-h' ? 'help' : name === '--version' ? 'version' : name;
  try {
    if (!Object.hasOwn(commands, command)) {
      throw new FactgateError('usage', messages.usage(`unknown command '${name}'.${didYouMean(name, commandNames)}`));
    }
    return await commands[command as keyof typeof commands](rest, io);
  } catch (error) {
    const errors = error instanceof FactgateErrors ? error.errors : error instanceof FactgateError ? [error] : undefined;
    if (errors) {
      for (const e of errors) io.stderr(`${e.format(io.cwd)}\n`);
      if (errors.length > 1) io.stderr(`${errors.length} errors.\n`);
      return 2;
    }
    io.stderr(`factgate: internal error: ${error instanceof Error ? error.message : String(error)}. Please report it with the command you ran.\n`);
    if (io.env.FACTGATE_DEBUG && error instanceof Error) io.stderr(`${error.stack ?? ''}\n`);
    return 2;
  }
}
