/** The widget's feed parser: the zod schema's JSON Schema (made at build time) checked by the small validator. */
import feedSchema from 'virtual:rapi-feed-schema';
import { createLiteFeedParser } from '../shared/feed/lite';

export const { parseFeed, parseFeedText } = createLiteFeedParser(feedSchema);
