// Sums the vitest JSON reports (unit + e2e) into the one line CI reads: `N passed, N failed`.
// A non-zero exit of `npm test` with no failing test counted (typecheck or lint failed, or a
// suite crashed) still counts as one failure, so a red run never prints `0 failed`.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of ['test-results/vitest-unit.json', 'test-results/vitest-e2e.json']) {
  if (!existsSync(file)) continue;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    if (report.numFailedTestSuites && !report.numFailedTests) failed += report.numFailedTestSuites;
  } catch {
    failed += 1;
  }
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
