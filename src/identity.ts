/**
 * This deployment's identity: every name the app leaves outside itself, in a page (the embed
 * element, its placeholder attribute, the message type, the debug global), in storage and in its
 * own events. All of them come from `app.config.json`, the one place that names the deployment;
 * nothing in `src/` is named after one story. docs/contract.md lists the names that are public.
 *
 * The names are the deployment's own rather than one engine-wide name, so that two deployments'
 * stories can be embedded in the same page: a custom element name and a message type can each
 * belong to only one of them.
 */
import config from '../app.config.json' with { type: 'json' };

/** `shandong-1948` → `shandong1948`, `a-b` → `aB`. */
const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The deployment's names, derived from an id (lower-case letters, digits, hyphens). */
export function identityOf(id: string) {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) {
    throw new Error(`app.config.json: id "${id}" must be lower-case letters and digits joined by hyphens`);
  }
  return {
    id,
    /** The embed's custom element, `<id>-story`. */
    element: `${id}-story`,
    /** The placeholder attribute embed.js upgrades, `data-<id>-story`. */
    placeholder: `data-${id}-story`,
    /** The `type` of every message between the story and embed.js. */
    messageType: `${id}-story`,
    /** A key in localStorage or sessionStorage, `<id>:<name>`. */
    storageKey: (name: string) => `${id}:${name}`,
    /** A DOM event of the app's own (dev-server live preview), `<id>:<name>`. */
    event: (name: string) => `${id}:${name}`,
    /** The global the old debug tools read (`?debug`), kept as an alias of `window.storyDebug`. */
    legacyDebugGlobal: `${camel(id)}Debug`,
  } as const;
}

export const identity = identityOf(config.id);

/** The story `?story=` falls back to, and the one the no-JavaScript pages show. */
export const DEFAULT_STORY: string = config.defaultStory;
