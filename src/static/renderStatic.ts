/**
 * The story rendered to HTML by the app's own components at build time, through Vite's module
 * runner (scripts/vite/staticStoryPlugin.ts), never part of the app's bundle: for readers without
 * JavaScript ({@link StaticStory}), and the first screen of index.html (./firstScreen.ts).
 */
import type { ComponentProps } from 'svelte';
import { render } from 'svelte/server';
import App from '../App.svelte';
import { resolveConfig } from '../modes/config.ts';
import type { Story } from '../story/schema.ts';
import StaticStory from './StaticStory.svelte';

/**
 * Svelte's hydration markers (`<!--[0-->`, `<!--[-1-->`, `<!--[-->`, `<!--]-->`, `<!--[!-->`,
 * `<!---->`, and the hashes around `<svelte:head>` content). This HTML is never hydrated: they would be bytes for nothing.
 * Micromark escapes raw HTML in the story's text, so no comment of the story's own is lost.
 */
const MARKERS = /<!--(?:\[-?\d*!?|\]|[0-9a-z]*)-->/g;

/**
 * @returns `head`: the link-preview tags (and, `standalone`, the title and description);
 *   `body`: the article.
 */
export function renderStaticStory(props: ComponentProps<typeof StaticStory>): { head: string; body: string } {
  const { head, body } = render(StaticStory, { props });
  return { head: head.replace(MARKERS, ''), body: body.replace(MARKERS, '') };
}

/**
 * Inline `style` attributes: the site's Content-Security-Policy (`style-src 'self'`) has the
 * browser drop them from HTML, with an error each (the app sets such styles through the CSSOM).
 * The first screen's are the timeline's marks, which wait for the timeline's width anyway.
 */
const STYLE_ATTRIBUTES = / style="[^"]*"/g;

/** What the first screen's ids begin with: see {@link scopeIds}. */
export const FIRST_SCREEN_ID = 'first-screen-';

/**
 * Every id in `html`, and every reference to one (`href="#…"`, `for`, `aria-labelledby`,
 * `aria-describedby`, `aria-controls`), prefixed. Without JavaScript a browser parses index.html's
 * `<noscript>` article too, which has the same steps with the same ids: one id, one element.
 */
export function scopeIds(html: string, prefix: string): string {
  const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!));
  const scope = (id: string) => (ids.has(id) ? prefix + id : id);
  return html
    .replace(/ id="([^"]+)"/g, (_, id: string) => ` id="${scope(id)}"`)
    .replace(/ href="#([^"]+)"/g, (_, id: string) => ` href="#${scope(id)}"`)
    .replace(
      / (for|aria-labelledby|aria-describedby|aria-controls)="([^"]+)"/g,
      (_, name: string, list: string) => ` ${name}="${list.split(' ').map(scope).join(' ')}"`,
    );
}

/**
 * The app as it starts on a plain address, in `lang`: its markup, to paint before the script runs.
 * Only the first step and its sources: the rest is below the first screen, and laying out its
 * text would delay the first paint. The app replaces the whole of it when it starts.
 */
export function renderFirstScreen(story: Story, lang: string): string {
  const config = resolveConfig('', '', [lang]);
  const first = story.steps[0]!;
  const cited = new Set([...first.sources, ...(first.contested ?? []).flatMap((c) => c.sources)]);
  const opening: Story = {
    ...story,
    steps: [first],
    sources: Object.fromEntries(Object.entries(story.sources).filter(([id]) => cited.has(id))),
  };
  const { body } = render(App, { props: { story: opening, config } });
  return scopeIds(body.replace(MARKERS, '').replace(STYLE_ATTRIBUTES, ''), FIRST_SCREEN_ID);
}
