import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/600.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { resolveConfig } from './modes/config.ts';
import type { Story } from './story/schema.ts';
import { cssVariables } from './tokens/tokens.ts';

// Every story in stories/ is validated and compiled at build time (scripts/vite/storyPlugin.ts),
// with its `<id>.events.yaml` read into it: an events file is not a story of its own.
const stories = import.meta.glob<{ default: Story }>(['/stories/*.yaml', '!/stories/*.events.yaml']);

const target = document.getElementById('app')!;
for (const [name, value] of Object.entries(cssVariables())) {
  document.documentElement.style.setProperty(name, value);
}

const config = resolveConfig(location.search, location.hash, navigator.languages);
for (const warning of config.warnings) console.warn(warning);

const load = stories[`/stories/${config.storyId}.yaml`];
if (load) {
  const { default: story } = await load();
  mount(App, { target, props: { story, config } });
} else {
  const known = Object.keys(stories).map((p) => p.replace(/^\/stories\/|\.yaml$/g, ''));
  console.warn(`unknown story "${config.storyId}" (known: ${known.join(', ')})`);
  const p = document.createElement('p');
  p.className = 'fatal';
  p.textContent = `No story called “${config.storyId}”. Available: ${known.join(', ')}.`;
  target.replaceChildren(p);
}
