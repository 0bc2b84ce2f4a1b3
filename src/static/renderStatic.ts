/**
 * The story for readers without JavaScript, rendered to HTML by the app's own components
 * ({@link StaticStory}). Run at build time only, through Vite's module runner
 * (scripts/vite/staticStoryPlugin.ts): never part of the app's bundle.
 */
import type { ComponentProps } from 'svelte';
import { render } from 'svelte/server';
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
