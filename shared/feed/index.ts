/** The showcase feed: schema, parsers, and the formatting and link helpers the widget and the extension share. */
export * from './schema';
export * from './parse';
export { describeSkipped, type FeedResult, type SkippedItem } from './parse-core';
export { describeIssues } from './reasons';
export * from './format';
export * from './urls';
export * from './whatsapp';
