/**
 * Vite plugin: `virtual:tokens.css`, the design tokens (src/tokens/tokens.ts) as CSS variables
 * on `:root`, in the page's stylesheet: the first screen prerendered into index.html paints in the
 * story's colours and type before any script runs, and the page without JavaScript has them too.
 */
import type { Plugin } from 'vite';
import { cssVariables } from '../../src/tokens/tokens.ts';

const ID = 'virtual:tokens.css';
// Ends in `.css`: Vite's CSS pipeline takes it (a `\0` id would be left to the plugin).
const RESOLVED = '/@story/tokens.css';

/** `:root { --name: value; … }` */
export function tokensCss(): string {
  const vars = Object.entries(cssVariables()).map(([k, v]) => `  ${k}: ${v};`);
  return `:root {\n${vars.join('\n')}\n}\n`;
}

export function tokensCssPlugin(): Plugin {
  return {
    name: 'story:tokens-css',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? tokensCss() : null),
  };
}
