/**
 * Orders ids by code unit: deterministic, like `localeCompare`, but without building a
 * collation per call, which made sorting the map's labels the slowest step of its layout.
 * Names shown to readers are sorted with the reader's collation instead.
 */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
