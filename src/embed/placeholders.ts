/**
 * Placeholders for pages that cannot write a custom element (a CMS that strips unknown tags):
 * `<div data-<id>-story data-mode=… data-step=… data-lang=… data-src=…>` gets the element inside.
 */
import { identity } from '../identity.ts';
import { storyAddress } from './hostScript.ts';

/**
 * Puts a story element into each placeholder that has none yet, its `data-*` as its attributes.
 * A placeholder naming an address embed.js may not frame stays as it is, its fallback readable.
 */
export function upgradePlaceholders(attributes: readonly string[]): void {
  for (const div of document.querySelectorAll<HTMLElement>(`[${identity.placeholder}]`)) {
    if (div.querySelector(identity.element) || !storyAddress(div.dataset.src ?? null).ok) continue;
    const el = document.createElement(identity.element);
    for (const name of attributes) {
      const value = div.dataset[name];
      if (value) el.setAttribute(name, value);
    }
    div.append(el);
  }
}
