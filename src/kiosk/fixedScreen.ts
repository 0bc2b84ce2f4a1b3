/**
 * The kiosk's page as a fixed screen: no pinch-zoom of the page (the viewport meta tag) and no
 * context menu on a long press. The map and the card take the gestures they need themselves.
 * @returns the undo, restoring the page as it was
 */
export function fixScreen(win: Window): () => void {
  const viewport = win.document.querySelector<HTMLMetaElement>('meta[name="viewport"]');
  const before = viewport?.content;
  viewport?.setAttribute('content', 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no');
  const noMenu = (event: Event) => event.preventDefault();
  win.addEventListener('contextmenu', noMenu);
  return () => {
    if (before !== undefined) viewport?.setAttribute('content', before);
    win.removeEventListener('contextmenu', noMenu);
  };
}
