/**
 * The `selaras` command line: the public contract in ../shared/contracts/cli.md (commands, JSON
 * shapes, exit codes 0 / 1 for `check` with mismatches / 2 for errors). Bundled to
 * dist/cli/selaras.mjs; `npx selaras` runs it through cli/bin.mjs.
 */
import { UsageError } from './args';
import { COMMANDS, GENERAL_HELP } from './commands';
import { CliError } from './io';
import { removeTempsInFlight } from '../electron/services/atomic';

// Interrupted while writing: remove the half-written temporary files, then exit as killed by the
// signal would. (A SIGKILL cannot be caught: the next run removes what it left, see writeOutputs.)
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, () => {
    removeTempsInFlight();
    process.exit(code);
  });
}

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
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`selaras: unknown command "${name}" (try selaras --help)\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError || err instanceof CliError) {
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
