import type { JsonSchemaNode } from '../../shared/feed/lite';
import { feedJsonSchema } from '../../shared/feed/schema';

/**
 * What `virtual:rapi-feed-schema` gives the widget inside the extension (the "Etalase saya" preview runs the real
 * widget element). The widget's own build writes this JSON Schema at build time (widget/vite.config.ts); here
 * the same function makes it when the page starts, so the preview checks feeds exactly as the widget does.
 */
const { $schema: _draftUrl, ...schema } = feedJsonSchema();
export default schema as JsonSchemaNode;
