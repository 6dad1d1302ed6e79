import { main } from '../../cli/main.js';
import { memoryIo } from '../../cli/io.js';

/** Runs the CLI in-process: argv in, exact stdout, stderr and exit code out. */
export async function runCli(argv: string[], cwd = process.cwd(), env: Record<string, string> = {}) {
  const io = memoryIo({ cwd, env });
  const code = await main(argv, io);
  return { code, stdout: io.out, stderr: io.err };
}
