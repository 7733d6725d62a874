/** A small, strict argument parser for the `selaras` command line (unknown options are errors). */

export class UsageError extends Error {}

export interface OptionSpec {
  /** Takes a value (`--lang id`, `--lang=id`). */
  value?: boolean;
  /** Allowed values. */
  choices?: readonly string[];
}

export interface Parsed {
  positional: string[];
  options: Record<string, string | true>;
}

export function parseArgs(argv: string[], spec: Record<string, OptionSpec>): Parsed {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const def = spec[name];
    if (!def) throw new UsageError(`unknown option --${name}`);
    if (!def.value) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      options[name] = true;
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    if (def.choices && !def.choices.includes(value)) {
      throw new UsageError(`--${name} must be one of ${def.choices.join(', ')}, not "${value}"`);
    }
    options[name] = value;
  }
  return { positional, options };
}
