/** The feed format version this code reads and writes. A feed from a newer Rapi says so instead of half-rendering. */
export const FEED_VERSION = 1;
