/**
 * The kiosk's page as a fixed screen: no context menu on a long press. Page zoom is stopped by the
 * kiosk's `touch-action` (KioskStory.svelte) and Chromium's `--disable-pinch`
 * (scripts/kiosk/start-kiosk.sh), never by the viewport meta tag: `user-scalable=no` or a
 * `maximum-scale` there would take zoom from every reader of the page (WCAG 1.4.4, axe's
 * `meta-viewport`), and the kiosk offers a "Larger text" switch instead.
 * @returns the undo, restoring the page as it was
 */
export function fixScreen(win: Window): () => void {
  const noMenu = (event: Event) => event.preventDefault();
  win.addEventListener('contextmenu', noMenu);
  return () => win.removeEventListener('contextmenu', noMenu);
}
