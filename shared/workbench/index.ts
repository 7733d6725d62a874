/** The headless workbench: state, intents, the rules (`step`) and what the UI shows (selectors). */
export * from './state';
export { step, isDirty } from './model';
export * from './select';
export { realignAnchors, restoreAnchors } from './realign';
export { swapKeySides } from './pivot';
export { analysePair, analysisAsked, pairRequests, sameAnalysisAsked, type AnalysisAsked, type PairRequest, type PairOptions } from './analyse';
export { applyGridOp } from './grid-ops';
export { countsLine, type Translate } from './words';
