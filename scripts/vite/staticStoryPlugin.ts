/**
 * Vite plugin: the story for readers without JavaScript and for link previews, and the first
 * screen of index.html, rendered at build time by the app's own components with `svelte/server`.
 *
 * - index.html's `#app` holds the app's first screen in the default language (the App component
 *   on a plain address, first step only; src/static/firstScreen.ts), so the title and the first
 *   step paint before any script runs; `first-screen.js`, in the head, hides it when the address
 *   or the browser's language will start the app elsewhere.
 * - index.html gets the `og:` / `twitter:` tags of the default story (its title image from
 *   public/stills/) and a `<noscript>` with the whole story in its default language, its maps as
 *   the still images; a reader with JavaScript never parses it (a `<noscript>` is raw text then)
 *   and downloads nothing for it.
 * - Each other language of the story becomes a static page of its own, `index.<lang>.html`, linked
 *   from the `<noscript>`: both languages in index.html would double its size for every reader.
 * - `noscript.css`: the design tokens as CSS variables (the app sets them from script) and the
 *   article's layout over the app's (scripts/vite/noscriptCss.ts), linked from the static HTML only.
 *
 * How the components run at build time: through Vite's module runner (`runnerImport`), in a
 * server environment of its own with only the Svelte plugin and `virtual:stills`, so they are
 * compiled for the server exactly as the app's build compiles them for the browser, from the same
 * files, and nothing is written to disk or bundled twice. The dev server loads the same entry with
 * its own `ssrLoadModule`, so an edit shows on reload. (A second `vite build --ssr` would give the
 * same HTML, but needs a second build step, an output folder and an import of its result.)
 *
 * `SITE_URL` (e.g. `https://korean-war.example.org/`) at build time makes `og:image` absolute, as
 * link previews want; without it the image's address is relative to the site.
 */
import path from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { runnerImport, type Plugin, type ViteDevServer } from 'vite';
import { DEFAULT_STORY } from '../../src/identity.ts';
import { firstScreenScript } from '../../src/static/firstScreen.ts';
import type { Story } from '../../src/story/schema.ts';
import { readStory } from '../storyFiles.ts';
import { labelFontPlugin } from './labelFontPlugin.ts';
import { NOSCRIPT_CSS, noscriptCss } from './noscriptCss.ts';
import { readManifests, stillsPlugin } from './stillsPlugin.ts';

type Renderer = typeof import('../../src/static/renderStatic.ts');
const ENTRY = 'src/static/renderStatic.ts';
const staticPageName = (lang: string) => `index.${lang}.html`;
const FIRST_SCREEN_JS = 'first-screen.js';
/** What index.html's `#app` is before the app mounts. */
const APP_ROOT = '<div id="app"></div>';

/**
 * The module runner loads CSS as nothing: the HTML rendered here links the app's stylesheets, and
 * Vite's CSS plugins need a build around them (`vite:css-post` throws without one).
 */
const cssAsNothing: Plugin = {
  name: 'story:static-css',
  enforce: 'pre',
  resolveId: (id) => (/\.css(\?|$)/.test(id) ? '\0static-css' : null),
  load: (id) => (id === '\0static-css' ? 'export default ""' : null),
};

export function staticStoryPlugin(): Plugin[] {
  let root = process.cwd();
  let publicDir = path.join(root, 'public');
  let base = '/';
  /** The build's renderer, loaded once per build (again on each rebuild of `vite build --watch`). */
  let built: Promise<Renderer> | undefined;

  const site = () => process.env.SITE_URL?.replace(/\/?$/, '/');
  const readDefaultStory = () => readStory(path.join('stories', `${DEFAULT_STORY}.yaml`), { root });

  function renderer(server: ViteDevServer | undefined): Promise<Renderer> {
    if (server) return server.ssrLoadModule(`/${ENTRY}`) as Promise<Renderer>;
    built ??= runnerImport<Renderer>(path.join(root, ENTRY), {
      root,
      base,
      publicDir,
      logLevel: 'warn',
      plugins: [cssAsNothing, svelte({ emitCss: false }), stillsPlugin(), labelFontPlugin()],
    }).then((r) => r.module);
    return built;
  }

  /** The default story in `lang` as `{ head, body }` HTML. */
  async function render(story: Story, lang: string, standalone: boolean, server?: ViteDevServer) {
    const title = readManifests(publicDir)
      .get(DEFAULT_STORY)
      ?.titles.find((e) => e.lang === lang);
    const { renderStaticStory } = await renderer(server);
    return renderStaticStory({
      story,
      storyName: DEFAULT_STORY,
      lang,
      interactive: `${base}?lang=${lang}`,
      links: story.languages
        .filter((l) => l !== lang)
        .map((l) => ({
          lang: l,
          href: l === story.defaultLanguage ? `${base}?lang=${l}` : `${base}${staticPageName(l)}`,
        })),
      image: title && {
        url: `${site() ?? base}stills/${DEFAULT_STORY}/${title.file}?v=${title.inputs.slice(0, 8)}`,
        width: title.width,
        height: title.height,
      },
      standalone,
    });
  }

  /**
   * A whole page for readers of `lang`: the article alone, no app. `lang` is two letters (the
   * story schema checks) and `base` is the build's own: nothing here needs escaping.
   * @param styles the app's stylesheet links (its type, fonts and colours), as index.html has them
   */
  async function staticPage(
    story: Story,
    lang: string,
    styles: string[],
    server?: ViteDevServer,
  ): Promise<string> {
    const { head, body } = await render(story, lang, true, server);
    return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">
${head}
<link rel="alternate" hreflang="${story.defaultLanguage}" href="${base}">
${styles.join('\n')}
<link rel="stylesheet" href="${base}${NOSCRIPT_CSS}">
</head>
<body>
${body}
</body>
</html>
`;
  }

  const firstScreen = (story: Story) => firstScreenScript(story.languages, story.defaultLanguage);

  const plugin: Plugin = {
    name: 'story:static-story',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
      base = config.base;
    },
    buildStart() {
      built = undefined;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { server }) {
        const story = readDefaultStory();
        const { head, body } = await render(story, story.defaultLanguage, false, server);
        const { renderFirstScreen } = await renderer(server);
        const first = renderFirstScreen(story, story.defaultLanguage);
        if (!html.includes(APP_ROOT)) throw new Error(`index.html has no ${APP_ROOT} for the first screen`);
        return {
          html: html
            .replace('</head>', `${head}\n</head>`)
            .replace(APP_ROOT, `<div id="app" data-prerendered>${first}</div>`),
          tags: [
            { tag: 'script', attrs: { src: `${base}${FIRST_SCREEN_JS}` }, injectTo: 'head-prepend' },
            {
              tag: 'noscript',
              children: `<link rel="stylesheet" href="${base}${NOSCRIPT_CSS}">\n${body}`,
              injectTo: 'body-prepend',
            },
          ],
        };
      },
    },
    generateBundle: {
      // After Vite has written index.html into the bundle: the static pages link its stylesheets.
      order: 'post',
      async handler(_, bundle) {
        const story = readDefaultStory();
        const index = bundle['index.html'];
        const html = index?.type === 'asset' ? String(index.source) : '';
        const styles = html.split('</head>')[0]!.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
        this.emitFile({ type: 'asset', fileName: NOSCRIPT_CSS, source: noscriptCss() });
        this.emitFile({ type: 'asset', fileName: FIRST_SCREEN_JS, source: firstScreen(story) });
        for (const lang of story.languages.filter((l) => l !== story.defaultLanguage)) {
          this.emitFile({
            type: 'asset',
            fileName: staticPageName(lang),
            source: await staticPage(story, lang, styles),
          });
        }
      },
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0]!;
        if (url === `${base}${NOSCRIPT_CSS}`) {
          res.setHeader('Content-Type', 'text/css');
          res.end(noscriptCss());
          return;
        }
        if (url === `${base}${FIRST_SCREEN_JS}`) {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(firstScreen(readDefaultStory()));
          return;
        }
        const lang = new RegExp(`^${base}index\\.([a-z-]+)\\.html$`).exec(url)?.[1];
        if (!lang) return next();
        const story = readDefaultStory();
        if (!story.languages.includes(lang) || lang === story.defaultLanguage) return next();
        staticPage(story, lang, [], server).then(
          (page) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(page);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
  return [stillsPlugin(), plugin];
}
