/**
 * Where the fast scroll's settle goes. The budget (issue 11) is on the time from the last scroll to
 * the map ready on the final step: once the page has stopped moving, how long the reader waits for
 * the map. Also reported: the time from the reader's last input, cut into the browser delivering
 * that input to the page, the page scrolling to where it ends (the browser's smooth scroll of a
 * key or a wheel fling, ours for a timeline click), and the map getting there from the page's last
 * scroll.
 */
export interface Settle {
  /** The page's last scroll event → the map ready: the figure with the budget. */
  fromScrollMs: number;
  /** Last input's time stamp → the map ready. */
  totalMs: number;
  /** Time stamp → the page's listener running (the browser routing the input to the page). */
  deliveryMs: number;
  /**
   * The page receiving the last input → its last scroll event; undefined when the last input did
   * not scroll the page (a key at the end of the story, a click on the step already under the line).
   */
  scrollMs: number | undefined;
  /** The last scroll event after the input (or the input, when it did not scroll) → the map ready. */
  mapMs: number;
}

/**
 * @param input the last input: its `timeStamp` and the `performance.now()` its listener ran at
 * @param scrolls `performance.now()` of every scroll event the page saw, in order
 * @param ready when `data-map-ready` last turned true
 * @example settle({ stamped: 0, seen: 300 }, [500, 700], 1200) // { fromScrollMs: 500, totalMs: 1200, deliveryMs: 300, scrollMs: 400, mapMs: 500 }
 */
export function settle(input: { stamped: number; seen: number }, scrolls: number[], ready: number): Settle {
  const lastScroll = scrolls.filter((t) => t >= input.seen).at(-1);
  const start = lastScroll ?? input.seen;
  // The last scroll of all, even an earlier input's when the last input did not move the page.
  const stopped = scrolls.at(-1) ?? input.seen;
  return {
    fromScrollMs: Math.max(0, ready - stopped),
    totalMs: Math.max(0, ready - input.stamped),
    deliveryMs: Math.max(0, input.seen - input.stamped),
    scrollMs: lastScroll === undefined ? undefined : lastScroll - input.seen,
    mapMs: Math.max(0, ready - start),
  };
}
