/**
 * The iframe that shows the story, and the track it sits in, styled through the CSSOM (no
 * stylesheet, no inline `style` attribute parsed as CSS) so that a strict host CSP is no obstacle.
 *
 * - scrolly: a track one viewport tall per step (plus one), the iframe sticky at its top.
 * - figure: the iframe alone; its height follows the story's `height` messages.
 */
export type EmbedMode = 'scrolly' | 'figure';

export interface StoryFrame {
  iframe: HTMLIFrameElement;
  track: HTMLDivElement;
}

/** A new iframe for the story at `url`, in its track (not yet in the page). */
export function createStoryFrame(url: URL, mode: EmbedMode): StoryFrame {
  const iframe = document.createElement('iframe');
  iframe.src = url.href;
  iframe.title = 'Map story';
  iframe.loading = 'lazy';
  // The embedder's origin (never its path) even under a no-referrer page policy: the story
  // accepts messages from that origin only.
  iframe.referrerPolicy = 'origin';
  // Cannot navigate the article; its links open new tabs. (On the story's own origin a sandbox
  // with scripts and same-origin would be no wall, and Chromium warns of it: none there.)
  if (url.origin !== location.origin) {
    iframe.setAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
  }
  setStyles(iframe, { display: 'block', width: '100%', border: '0', margin: '0' });

  const track = document.createElement('div');
  track.append(iframe);
  if (mode === 'scrolly') {
    setStyles(track, { position: 'relative' });
    // The small viewport (svh) stays fully visible whatever a phone's toolbars do.
    setStyles(iframe, { position: 'sticky', top: '0' });
    setHeight(iframe, 1);
    setHeight(track, 1);
  } else {
    setStyles(iframe, { height: '28rem' });
  }
  return { iframe, track };
}

function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value);
}

/** `viewports` × the viewport's height: svh where the browser has it, else vh. */
export function setHeight(el: HTMLElement, viewports: number): void {
  el.style.height = `${viewports * 100}vh`;
  el.style.height = `${viewports * 100}svh`;
}
