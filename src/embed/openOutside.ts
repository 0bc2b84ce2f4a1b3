/**
 * Links inside an embedded story or figure open in a new tab, never inside the iframe: a cite's
 * `#source-…` link (the sources list is not in the embed) opens the full story at the step,
 * any other link its own address. For a click handler on the element around the links.
 */
export function openOutside(event: MouseEvent, fullStory: () => string): void {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
  if (!link || link.target === '_blank') return;
  event.preventDefault();
  const href = link.getAttribute('href') ?? '';
  window.open(href.startsWith('#') ? fullStory() : link.href, '_blank', 'noopener');
}
