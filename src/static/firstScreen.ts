/**
 * The first screen in index.html: the app as it starts on a plain address (web mode, the first
 * step, the story's default language), rendered at build time from the app's own components
 * (./renderStatic.ts) so that the title and the first step paint before any script runs. main.ts
 * replaces it with the live app, which renders the same markup.
 *
 * On any other start (a deep link, another mode or language) it would be the wrong page for the
 * moment the script takes: `first-screen.js`, a small classic script in the head that runs before
 * the body is parsed, marks it stale (`<html data-prerender="stale">`) and app.css hides it.
 */

/** The attribute on `<html>` that hides a stale first screen, and its value. */
export const STALE = { attribute: 'data-prerender', value: 'stale' } as const;

/**
 * Whether the app will start on the prerendered first screen: no query and no fragment (so web
 * mode, the default story, the first step), and the browser's languages pick the default
 * language, as src/i18n/pickLanguage.ts does. Self-contained (no outer names): it is serialised
 * into `first-screen.js`.
 * @example prerenderFits('', '', ['ko-KR', 'en'], ['en', 'ko'], 'en') === false
 */
export function prerenderFits(
  search: string,
  hash: string,
  browser: readonly string[],
  languages: readonly string[],
  defaultLanguage: string,
): boolean {
  if (search.length > 1 || hash.length > 1) return false;
  for (const tag of browser) {
    const primary = tag.split(/[-_]/)[0]!.toLowerCase();
    if (languages.includes(primary)) return primary === defaultLanguage;
  }
  return true;
}

/**
 * The source of `first-screen.js` for a story in `languages`, by default `defaultLanguage`.
 * `prerenderFits` comes as the compiled function's own source.
 */
export function firstScreenScript(languages: readonly string[], defaultLanguage: string): string {
  const args = [
    'location.search',
    'location.hash',
    'navigator.languages || []',
    JSON.stringify(languages),
    JSON.stringify(defaultLanguage),
  ].join(', ');
  return `// Marks the prerendered first screen stale when the app will not start on it (src/static/firstScreen.ts).
if (!(${prerenderFits.toString()})(${args}))
  document.documentElement.setAttribute(${JSON.stringify(STALE.attribute)}, ${JSON.stringify(STALE.value)});
`;
}
