// CI runs the property tests with a fixed seed so that a landing never depends on luck;
// local runs keep random seeds to keep finding new cases (fast-check prints the seed of a failure).
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: 20261121 });
