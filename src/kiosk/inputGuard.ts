/**
 * Who is at the kiosk, from every touch, click and key, caught before anything else sees it. A
 * touch that wakes the kiosk from the attract loop does nothing else (not even the click that
 * follows it); and no link leaves the story: cites and links in the text are read, not followed.
 */
const INPUTS = ['pointerdown', 'keydown', 'wheel'];

/**
 * @param input told of each input; true when it woke the kiosk (the input then stops there)
 * @returns the undo, removing the listeners
 */
export function guardInput(win: Window, input: () => boolean): () => void {
  let swallowClick = false;
  const onInput = (event: Event) => {
    if (!input()) return;
    if (event.type === 'pointerdown') swallowClick = true;
    if (event.type === 'keydown') event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onClick = (event: Event) => {
    if (swallowClick) {
      swallowClick = false;
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if ((event.target as Element | null)?.closest?.('a[href]')) event.preventDefault();
  };
  for (const type of INPUTS) win.addEventListener(type, onInput, true);
  win.addEventListener('click', onClick, true);
  return () => {
    for (const type of INPUTS) win.removeEventListener(type, onInput, true);
    win.removeEventListener('click', onClick, true);
  };
}
