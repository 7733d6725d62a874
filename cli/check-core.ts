/**
 * The code `selaras check` and `selaras align` run once a file is read: the analysis, the aligner,
 * the drift engine, the lexicon and the JSON of the result. Pure functions and data only cross
 * from it to the rest of the command line (texts in; analysed versions, alignments, comparisons
 * out): files are read, and their errors raised, by ./io.
 *
 * The build (scripts/build-node.mjs) also bundles it on its own as a CommonJS script,
 * dist/cli/check-core.cjs, with V8's code cache of a check beside it (dist/cli/check-core.cache):
 * loaded through ./code-cache, a check skips compiling this code (about 40 ms of a cold check of
 * 40 sentences: the bytecode of every function it runs comes from the cache). Under tsx, and when
 * the script is missing, it is imported as an ordinary module.
 */
export { analyse, alignVersions, checkVersions } from '../shared/pipeline';
export { confidenceOf, levelOf } from '../shared/drift';
export { loadLexiconFor } from './resources';
export { beadJson, checkResultJson, detachedReviews, dismissedByUser, modeSuggested, withReviews } from './check-json';
