/**
 * Which of V8's compilers a one-off command uses. A command reads its input once and exits: on
 * inputs of a few pages the optimizing compiler (TurboFan) costs more than it saves. It starts
 * compiling the hot functions of the aligner, the figure reader and the drift engine a few
 * milliseconds into the work, on threads that compete with the work itself for the machine's
 * cores, and its code is ready when the work is nearly done (and is sometimes thrown away again
 * when a function meets a new shape of argument). Measured on a 40-sentence Indonesian–English
 * pair, `check` spent about half as much CPU time and 25–50 % less wall time with the interpreter
 * and the baseline compiler (Sparkplug) alone; on 1,000 and 2,000-line pairs the wall time was the
 * same or lower; only from about 2 MB of text on did the optimizing compiler win. So a command
 * whose input is smaller than {@link ONE_SHOT_LIMIT} asks V8 for no tier above the baseline
 * (`--max-opt=1`), and a larger input restores the default. The results are the same whichever
 * compiler runs the code (JavaScript's semantics do not depend on it); only the time changes.
 *
 * `selaras batch` does not use this: its workers run many jobs, where optimized code pays off
 * (V8's flags are shared by all threads of the process). SELARAS_JIT=full in the environment
 * keeps the default compilers (for comparisons); SELARAS_JIT_LIMIT=N sets the limit to N characters
 * (tests reach the switch with small inputs).
 *
 * A one-shot command also compiles each regular expression to machine code at its first use
 * (`--no-regexp-tier-up`): by default V8 first interprets a regular expression's bytecode and
 * compiles it only when it runs again, and the figure reader and the drift engine run hundreds of
 * long patterns a few times each over a short text. On the 40-sentence pair this cut `check`'s work
 * from about 133 to 95 ms. The flag is never turned back: turning regexp tier-up on again in a
 * running process crashed V8 (a segmentation fault in `check` of a first input under the limit and
 * a second past it).
 */
import { setFlagsFromString } from 'node:v8';

/** Input size (UTF-16 code units, all input texts of the command together) up to which the optimizing compiler is left off. */
export const ONE_SHOT_LIMIT = 768 * 1024;

/** V8's flags for a one-shot command, and its defaults restored. */
export const ONE_SHOT_FLAGS = '--max-opt=1 --no-regexp-tier-up';
const DEFAULT_FLAGS = '--max-opt=999';

/** Characters of input read so far by this process's command. */
let seen = 0;
/** Whether the optimizing compiler is currently off (by {@link noteInput}). */
let limited = false;

/**
 * Tells the tuner that the command read an input text of `chars` code units (call before its
 * analysis). While the texts read so far total at most {@link ONE_SHOT_LIMIT}, V8 runs without its
 * optimizing compiler; past it, with the default tiers again. Returns whether it is off now.
 */
export function noteInput(chars: number, env: Record<string, string | undefined> = process.env): boolean {
  if (env.SELARAS_JIT === 'full') return false;
  seen += chars;
  const limit = seen <= (Number(env.SELARAS_JIT_LIMIT) || ONE_SHOT_LIMIT);
  if (limit !== limited) {
    setFlagsFromString(limit ? ONE_SHOT_FLAGS : DEFAULT_FLAGS);
    limited = limit;
  }
  return limited;
}
