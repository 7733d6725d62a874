/** The help of `selaras batch`, apart from the command (worker threads, streams) so that start-up loads only this. */
export const BATCH_HELP = `Usage: selaras batch [FILE.jsonl | -] [--jobs N]

Checks many pairs of versions, on every core. Reads JSON Lines from FILE (or stdin when FILE is
absent or -), one job per line:
  {"id":"j1","a":"path/a.txt","b":"path/b.txt"}   or   {"id":"j2","aText":"…","bText":"…"}
with optional "langA", "langB" (id|en|auto), "mode" (parallel|comparable), "lines" (true) and
"glossary" (a termbase file: TBX, CSV or TSV).
Writes one JSON line per job as it finishes: {"id":"j1", …the JSON of selaras check --json…},
or {"id":"j1","error":"…"}; a failed job never stops the batch. Progress goes to stderr.
  --jobs N   worker threads (default: one per core)
Exit code 0 when every job ran and found no drift, 1 when a job found a drift, 2 when a
job failed or the input could not be read.
`;
