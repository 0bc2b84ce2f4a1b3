/**
 * embed.js: puts the story into someone else's page. Framework-free, built on its own into an
 * unhashed `dist/embed.js` (scripts/vite/embedHostPlugin.ts), a few KB.
 *
 *   <script src="https://stories.example/<id>/embed.js" defer></script>
 *   <<id>-story mode="scrolly" lang="en"></<id>-story>
 *   <<id>-story mode="figure" step="inchon"></<id>-story>
 *   <div data-<id>-story data-mode="figure" data-step="inchon"></div>   (same, as a placeholder)
 *
 * where `<id>` is the deployment's id in app.config.json (src/identity.ts).
 *
 * The story's address defaults to the folder embed.js was loaded from (`document.currentScript`),
 * so a snippet works on any page once the script's address is right. Only that origin is framed,
 * plus origins the publisher allows (frameOrigin.ts, hostScript.ts): a placeholder naming any
 * other is left as it is, its fallback content readable, with a console warning.
 *
 * - StoryElement.ts: the element, in scrolly or figure mode, with its properties and events
 * - storyFrame.ts: the iframe in its shadow root, and its sizing
 * - frameBridge.ts: the messages to and from the story, checked against the shared schema
 * - placeholders.ts: `data-<id>-story` placeholders upgraded to the element
 */
import { identity } from '../identity.ts';
import { upgradePlaceholders } from './placeholders.ts';
import { StoryElement } from './StoryElement.ts';

if (!customElements.get(identity.element)) {
  customElements.define(identity.element, StoryElement);
  const upgrade = () => upgradePlaceholders(StoryElement.observedAttributes);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', upgrade);
  else upgrade();
}
