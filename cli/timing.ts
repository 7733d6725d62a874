/**
 * Where a command's time goes, for `npm run bench` and anyone profiling: with SELARAS_TIMING=1 in
 * the environment, `check` and `align` print one line on stderr after their work,
 *   timing {"startup":{"wall":41.2,"cpu":38.1},"stages":{"read":{…},"segment":{…},…},"work":{…}}
 * in milliseconds: `startup` from the process start to the command's first line of work, each
 * stage (wall and CPU time of the process, all threads), and `work` from the start of the
 * command to its result. Without the variable nothing is measured or printed.
 */

export interface Times {
  wall: number;
  cpu: number;
}

export class StageTimer {
  readonly stages: Record<string, Times> = {};
  readonly startup: Times;
  private readonly start: Times;
  private last: Times;

  constructor() {
    this.start = StageTimer.now();
    this.startup = this.start;
    this.last = this.start;
  }

  /** Process wall time since its start (performance.now) and CPU time (user + system), in ms. */
  static now(): Times {
    const c = process.cpuUsage();
    return { wall: performance.now(), cpu: (c.user + c.system) / 1000 };
  }

  /** Charges the time since the previous mark to `stage` (summed when a stage recurs). */
  readonly mark = (stage: string): void => {
    const t = StageTimer.now();
    const s = (this.stages[stage] ??= { wall: 0, cpu: 0 });
    s.wall += t.wall - this.last.wall;
    s.cpu += t.cpu - this.last.cpu;
    this.last = t;
  };

  /** Time since the timer was made. */
  work(): Times {
    const t = StageTimer.now();
    return { wall: t.wall - this.start.wall, cpu: t.cpu - this.start.cpu };
  }

  /** The JSON of the timing line (values rounded to 0.1 ms). */
  json(): { startup: Times; stages: Record<string, Times>; work: Times } {
    const r = (t: Times): Times => ({ wall: Math.round(t.wall * 10) / 10, cpu: Math.round(t.cpu * 10) / 10 });
    return { startup: r(this.startup), stages: Object.fromEntries(Object.entries(this.stages).map(([k, v]) => [k, r(v)])), work: r(this.work()) };
  }
}

/** A timer when SELARAS_TIMING is set, else null (nothing measured). */
export function timerFromEnv(): StageTimer | null {
  return process.env.SELARAS_TIMING ? new StageTimer() : null;
}

/** Prints the timing line on stderr (see the module comment). */
export function printTiming(timer: StageTimer | null): void {
  if (timer) process.stderr.write(`timing ${JSON.stringify(timer.json())}\n`);
}
