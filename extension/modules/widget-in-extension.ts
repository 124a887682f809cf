/**
 * Lets extension pages import the widget's own element (widget/main.ts) for the "Etalase saya" preview. The
 * widget's build provides `virtual:rapi-feed-schema` with a Vite plugin; the extension build points that name
 * at extension/showcase/widget-feed-schema.ts, which makes the same JSON Schema from the same zod schema.
 */
import path from 'node:path';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

export default defineWxtModule({
  name: 'rapi:widget-in-extension',
  setup(wxt) {
    const schemaModule = path.resolve(wxt.config.srcDir, 'showcase/widget-feed-schema.ts');
    addViteConfig(wxt, () => ({ resolve: { alias: { 'virtual:rapi-feed-schema': schemaModule } } }));
  },
});
