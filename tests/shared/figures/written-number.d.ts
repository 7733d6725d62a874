// Types for the `written-number` dev dependency (it ships none), as used by the property tests.
declare module 'written-number' {
  interface WrittenNumberOptions {
    lang?: string;
    noAnd?: boolean;
  }
  function writtenNumber(n: number, options?: WrittenNumberOptions): string;
  export default writtenNumber;
}
