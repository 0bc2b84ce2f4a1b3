/**
 * When a figure should start its live map: not on load (an article with five figures would start
 * five WebGL maps, past what browsers allow at once and what a phone's memory holds), but the
 * first time the reader may look at it or reaches for it.
 */

/** The reader reaching for the figure: a press, a key, the focus coming in, the wheel over it. */
export const WANTED_ON = ['pointerdown', 'keydown', 'focusin', 'wheel'] as const;

type ObserverClass = new (
  callback: IntersectionObserverCallback,
) => Pick<IntersectionObserver, 'observe' | 'disconnect'>;

/**
 * Calls `start` once: when `target` comes into view, or at the reader's first {@link WANTED_ON}
 * event on the page (`window`; a test passes its own `page` and `Observer`), whichever is first.
 * Returns the cleanup; after `start` nothing is left observing or listening.
 *
 * The observer has no root: in an iframe that is the top-level viewport (across origins too), so
 * a figure far down an article stays still until the reader scrolls to it, whatever the iframe's
 * own lazy loading (Chromium loads a lazy iframe 1250–2500 px before it comes into view). It has
 * no margin either, which a cross-origin iframe would ignore. Without IntersectionObserver,
 * `start` is called at once.
 * @example $effect(() => whenWanted(mapBox, () => (live = true)));
 */
export function whenWanted(
  target: Element,
  start: () => void,
  {
    page = window,
    Observer = globalThis.IntersectionObserver,
  }: { page?: EventTarget; Observer?: ObserverClass } = {},
): () => void {
  if (!Observer) {
    start();
    return () => {};
  }
  let done = false;
  const observer = new Observer((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) wanted();
  });
  const options = { capture: true, passive: true };
  const stop = () => {
    observer.disconnect();
    for (const type of WANTED_ON) page.removeEventListener(type, wanted, options);
  };
  function wanted() {
    if (done) return;
    done = true;
    stop();
    start();
  }
  for (const type of WANTED_ON) page.addEventListener(type, wanted, options);
  observer.observe(target);
  return () => {
    done = true;
    stop();
  };
}
