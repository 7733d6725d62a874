/**
 * The `selaras` command line: the public contract in ../shared/contracts/cli.md (commands, JSON
 * shapes, exit codes 0 / 1 for `check` with mismatches / 2 for errors). Bundled to
 * dist/cli/selaras.mjs; `npx selaras` runs it through cli/bin.mjs.
 *
 * Start-up stays fast: this module loads only the argument parser and the help texts; the
 * commands (and whatever each needs) load when one runs.
 */
import { UsageError } from './args';
import { GENERAL_HELP, HELP, isCommandName } from './help';

/** Removes the temporary files of writes in progress: set once the commands are loaded (none before). */
let removeTempsInFlight: (() => void) | null = null;

// Interrupted while writing: remove the half-written temporary files, then exit as killed by the
// signal would. (A SIGKILL cannot be caught: the next run removes what it left, see writeOutputs.)
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, () => {
    removeTempsInFlight?.();
    process.exit(code);
  });
}

// A reader that stops early (`selaras check … | head`) closes the pipe: end quietly, not with a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  if (!name) {
    process.stderr.write('selaras: no command given (try selaras --help)\n');
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(GENERAL_HELP);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${typeof __SELARAS_VERSION__ === 'string' ? __SELARAS_VERSION__ : 'dev'}\n`);
    return 0;
  }
  if (!isCommandName(name)) {
    process.stderr.write(`selaras: unknown command "${name}" (try selaras --help)\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(HELP[name]);
    return 0;
  }
  const commands = await import('./commands');
  removeTempsInFlight = commands.removeTempsInFlight;
  try {
    return await commands.COMMANDS[name].run(rest);
  } catch (err) {
    if (err instanceof UsageError || err instanceof commands.CliError) {
      process.stderr.write(`selaras ${name}: ${err.message}\n`);
    } else {
      process.stderr.write(`selaras ${name}: internal error: ${(err as Error).message}\n`);
    }
    if (debug) process.stderr.write(`${(err as Error).stack}\n`);
    return 2;
  }
}

declare const __SELARAS_VERSION__: string;

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    process.stderr.write(`selaras: ${err.message}\n`);
    process.exitCode = 2;
  },
);
