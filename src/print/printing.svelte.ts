/**
 * Whether the page is being printed, or has been: the steps' still images are rendered from then
 * on (and hidden again on screen by CSS), so a reader who never prints never downloads them.
 *
 * Two signals, whichever comes first: `beforeprint` (Ctrl+P, `window.print()`, printing to PDF),
 * flushed at once so the images are in the page before the browser lays it out for paper (Chromium
 * then waits for images that are loading); and the `print` media query turning true (print
 * emulation in the browser tests, and browsers that switch media before the event).
 */
import { flushSync } from 'svelte';

class Printing {
  /** True from the first print on. */
  active = $state(false);
}

export const printing = new Printing();

if (typeof window !== 'undefined' && typeof matchMedia === 'function') {
  const query = matchMedia('print');
  const start = () => {
    flushSync(() => (printing.active = true));
    removeEventListener('beforeprint', start);
    query.removeEventListener('change', onChange);
  };
  const onChange = () => {
    if (query.matches) start();
  };
  if (query.matches) printing.active = true;
  else {
    addEventListener('beforeprint', start);
    query.addEventListener('change', onChange);
  }
}
