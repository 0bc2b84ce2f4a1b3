/**
 * Keeps the address shareable: writes one query parameter with `history.replaceState` (no reload,
 * no history entry per step). A `#step` hash is dropped once `step` is in the query.
 */
export function replaceParam(name: string, value: string): void {
  const url = new URL(location.href);
  if (url.searchParams.get(name) === value) return;
  url.searchParams.set(name, value);
  if (name === 'step') url.hash = '';
  history.replaceState(history.state, '', url);
}

/** Drops a query parameter (`history.replaceState`), e.g. `step` when the kiosk is back at its title. */
export function removeParam(name: string): void {
  const url = new URL(location.href);
  if (!url.searchParams.has(name)) return;
  url.searchParams.delete(name);
  history.replaceState(history.state, '', url);
}
