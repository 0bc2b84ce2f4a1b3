/**
 * Vite plugin: builds the host script `src/embed/host.ts` on its own (one classic IIFE, no
 * imports, no hash) and adds it to the app's build as `embed.js`, so that `vite build` makes both
 * and a host page can keep one stable address. The dev server serves it at `/embed.js` too.
 *
 * A nested build rather than another Rollup input: an input of the app's build would share chunks
 * with the app and load them with `import`, which a classic `<script>` cannot. The message schema
 * goes in as JSON Schema (zod would be most of the file).
 */
import path from 'node:path';
import { build, type Plugin } from 'vite';
import * as z from 'zod/mini';
import { StoryMessageSchema } from '../../src/embed/messages.ts';

const EMBED_FILE = 'embed.js';

/** The host script, minified, as one self-contained IIFE. */
async function buildEmbedHost(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    // The schema the host checks the story's messages against, without shipping zod.
    define: { __STORY_MESSAGE_SCHEMA__: JSON.stringify(storyMessageJsonSchema()) },
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      sourcemap: false,
      lib: {
        entry: path.join(root, 'src/embed/host.ts'),
        formats: ['iife'],
        name: 'storyEmbed',
        fileName: () => EMBED_FILE,
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('embed host build produced no script');
  return chunk.code;
}

/** messages.ts's `StoryMessageSchema` as JSON Schema (embed.js checks with jsonSchemaCheck.ts). */
export function storyMessageJsonSchema(): Record<string, unknown> {
  const { $schema: _, ...schema } = z.toJSONSchema(StoryMessageSchema);
  return schema;
}

export function embedHostPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'story:embed-host',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: EMBED_FILE, source: await buildEmbedHost(root) });
    },
    configureServer(server) {
      server.middlewares.use(`/${EMBED_FILE}`, (_req, res, next) => {
        buildEmbedHost(root).then((code) => {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(code);
        }, next);
      });
    },
  };
}
