import 'virtual:page-fonts.css';
import 'virtual:tokens.css';
import './app.css';
import { mount, unmount } from 'svelte';
import App from './App.svelte';
import { pickLanguage } from './i18n/pickLanguage.ts';
import { retryKioskStart } from './kiosk/retryStart.ts';
import { resolveConfig, type AppConfig } from './modes/config.ts';
import { fixtureStories } from './story/fixtureStories.ts';
import { storyLoader, type StoryIndex } from './story/storyModules.ts';
import { identity } from './identity.ts';
import { STALE } from './static/firstScreen.ts';
import { loadMapLibre } from './map/createMap.ts';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// Every story in stories/ is validated and compiled at build time (scripts/vite/storyPlugin.ts),
// with its `<id>.events.yaml` read into it: an events file is not a story of its own. A story
// module is an index; the story itself is a JSON file per language, the reader's loaded first.
// A test build adds the engine's test story on other geography (./story/fixtureStories.ts).
const stories = {
  ...import.meta.glob<StoryIndex>(['/stories/*.yaml', '!/stories/*.events.yaml']),
  ...fixtureStories,
};
/** The story's id: its file name. */
const storyName = (file: string) => file.replace(/^.*\/stories\/|\.yaml$/g, '');

const target = document.getElementById('app')!;

const config = readConfig();
for (const warning of config.warnings) console.warn(warning);
// The map's code and worker load while the story does (a figure starts its map only when seen).
// A failure shows where the map is made (MapView), which falls back to the SVG map.
if (config.mode !== 'figure') loadMapLibre(workerUrl).catch(() => undefined);

/**
 * The config from the address. resolveConfig cannot throw on any address (property-tested), but
 * this runs before any error handler: should it ever throw, the story opens at its beginning
 * rather than as an empty page.
 */
function readConfig(): AppConfig {
  try {
    return resolveConfig(location.search, location.hash, navigator.languages);
  } catch (error) {
    console.warn('the address could not be read; opening the story at its beginning:', error);
    return resolveConfig('', '', navigator.languages);
  }
}

/**
 * Empties the app's element of what it holds: the first screen index.html was built with
 * (src/static/firstScreen.ts), or the app on show. The live app renders the same first screen, in
 * the same task, so a reader sees no change where it fitted.
 */
function clearTarget(): void {
  target.replaceChildren();
  target.removeAttribute('data-prerendered');
  document.documentElement.removeAttribute(STALE.attribute);
}

/** Replaces the page with one line saying why there is no story. */
function fatal(message: string): void {
  const p = document.createElement('p');
  p.className = 'fatal';
  p.textContent = message;
  clearTarget();
  target.append(p);
}

/**
 * Loads the story and the reader's language, then mounts the app. Not a top-level await: the
 * story's chunks import Vite's preload helper from this chunk, which must finish evaluating first.
 */
async function start(): Promise<void> {
  const load = Object.entries(stories).find(([file]) => storyName(file) === config.storyId)?.[1];
  if (!load) {
    const known = Object.keys(stories).map(storyName);
    // Not the name itself on the page: the address would choose what the page says.
    console.warn(`unknown story "${config.storyId}" (known: ${known.join(', ')})`);
    fatal(`There is no story by the name in this address. Available: ${known.join(', ')}.`);
    return;
  }
  await show(await load(), config);
}

let app: ReturnType<typeof mount> | undefined;

/** Mounts the app on the story `index` names, in place of the one on show. */
async function show(index: StoryIndex, settings: AppConfig): Promise<void> {
  const loadStory = storyLoader(index);
  // The same choice App makes (src/story/initialState.ts), which also reports a bad `lang`.
  const { lang } = pickLanguage({
    requested: settings.lang,
    browser: settings.browserLanguages,
    languages: index.languages,
    defaultLanguage: index.defaultLanguage,
  });
  const story = await loadStory(lang);
  if (app) await unmount(app);
  clearTarget();
  app = mount(App, { target, props: { story, config: settings, loadStory } });
}

// Live preview (dev server): an edited story comes back here (scripts/vite/storyPlugin.ts) and
// the app starts again on the step and in the language on show, without reloading the page.
if (import.meta.hot) {
  addEventListener(identity.event('story-update'), (event) => {
    const root = document.documentElement;
    const settings = { ...config, stepId: root.dataset.step, lang: root.lang || config.lang, progress: 0 };
    show((event as CustomEvent<StoryIndex>).detail, settings).catch((error: unknown) =>
      console.error('the edited story could not be shown:', error),
    );
  });
}

start().catch((error: unknown) => {
  console.error('the story could not be loaded:', error);
  if (config.mode === 'kiosk') {
    // A kiosk has no one to press reload: it tries again by itself, less and less often.
    const delay = retryKioskStart(sessionStorage, () => location.reload());
    fatal(`The story could not be loaded. Trying again in ${delay / 1000} s.`);
    return;
  }
  fatal('The story could not be loaded. Please reload the page.');
});
