// Imported first: zod compiles validators with `new Function` unless told not to, which our CSP
// (no 'unsafe-eval') forbids and reports as a violation.
import { config } from 'zod';

config({ jitless: true });
