declare module 'virtual:rapi-feed-schema' {
  import type { JsonSchemaNode } from '../shared/feed/lite';
  const schema: JsonSchemaNode;
  export default schema;
}
