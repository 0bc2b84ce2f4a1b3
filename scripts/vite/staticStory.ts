/**
 * A story as plain HTML, for readers without JavaScript (the `<noscript>` of index.html and the
 * page of each other language, `index.<lang>.html`): title, every step with its date, title, text,
 * still image of the map (alt: what the map shows), figures the sources give differently and
 * cites, then the sources list. Also the `og:` and `twitter:` meta tags for link previews.
 *
 * Text comes from the compiled story: titles and descriptions are escaped here; step text is the
 * HTML micromark made at build time (raw HTML escaped, unsafe links dropped).
 */
import { ui } from '../../src/i18n/ui.ts';
import { sourceOrder } from '../../src/story/citation.ts';
import { formatDate } from '../../src/story/formatDate.ts';
import type { CompiledSource, Story } from '../../src/story/schema.ts';

/** What the static page says about itself, by language (English for any other). */
const WORDS: Record<string, { note: string; readIn: string; interactive: string }> = {
  en: {
    note: 'The story with its maps as pictures. With JavaScript on, the map moves with the text.',
    readIn: 'Read in English',
    interactive: 'The interactive story',
  },
  ko: {
    note: '지도를 그림으로 넣은 이야기입니다. 자바스크립트를 켜면 글을 따라 지도가 움직입니다.',
    readIn: '한국어로 읽기',
    interactive: '움직이는 지도로 보기',
  },
};
const words = (lang: string) => WORDS[lang] ?? WORDS.en!;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export interface StaticOptions {
  /** The story's file name in stories/ (its `?story=` and its folder in public/stills/). */
  storyName: string;
  lang: string;
  /** URL of a step's still in `lang` (undefined: the step has none). */
  still: (stepId: string, lang: string) => string | undefined;
  /** Where the same story is in each other language, and the interactive page in this one. */
  links: { lang: string; href: string }[];
  interactive: string;
}

function cites(keys: readonly string[], sources: Record<string, CompiledSource>): string {
  const items = keys.map((key) => {
    const s = sources[key]!;
    return `<li><cite><a href="#source-${escapeHtml(key)}" title="${escapeHtml(`${s.author}, ${s.title}`)}">${escapeHtml(s.short)}</a></cite></li>`;
  });
  return `<ul class="cites">${items.join('')}</ul>`;
}

/** The whole story in `lang` as one `<article>`. */
export function staticArticle(story: Story, options: StaticOptions): string {
  const { lang } = options;
  const t = ui(lang);
  const w = words(lang);
  const text = (value: Record<string, string> | undefined) => escapeHtml(value?.[lang] ?? '');
  const parts: string[] = [];
  parts.push(`<article class="static-story" lang="${escapeHtml(lang)}">`);
  parts.push('<header class="static-header">');
  parts.push(`<h1>${text(story.title)}</h1>`);
  if (story.subtitle) parts.push(`<p class="subtitle">${text(story.subtitle)}</p>`);
  if (story.byline) parts.push(`<p class="byline">${text(story.byline)}</p>`);
  const links = options.links.map(
    (l) =>
      `<a href="${escapeHtml(l.href)}" lang="${escapeHtml(l.lang)}" hreflang="${escapeHtml(l.lang)}">${escapeHtml(words(l.lang).readIn)}</a>`,
  );
  parts.push(
    `<p class="static-note">${escapeHtml(w.note)} <a href="${escapeHtml(options.interactive)}">${escapeHtml(w.interactive)}</a>${links.length ? ` · ${links.join(' · ')}` : ''}</p>`,
  );
  parts.push('</header>');
  for (const step of story.steps) {
    const date = typeof step.date === 'string' ? step.date : step.date.start;
    parts.push(
      `<section class="static-step" id="${escapeHtml(step.id)}" aria-labelledby="${escapeHtml(step.id)}-title">`,
    );
    parts.push(
      `<p class="step-meta"><time datetime="${escapeHtml(date)}">${escapeHtml(step.dateLabel?.[lang] ?? formatDate(step.date, lang))}</time></p>`,
    );
    parts.push(`<h2 id="${escapeHtml(step.id)}-title">${text(step.title)}</h2>`);
    const still = options.still(step.id, lang);
    if (still) {
      parts.push(
        `<img class="static-still" src="${escapeHtml(still)}" alt="${text(step.description)}" width="1200" height="800" loading="lazy">`,
      );
    }
    parts.push(`<div class="step-text">${step.html[lang] ?? ''}</div>`);
    for (const figure of step.contested ?? []) {
      parts.push('<aside class="contested">');
      parts.push(`<p class="contested-badge">${escapeHtml(t.sourcesDiffer)}</p>`);
      parts.push(`<p><strong>${text(figure.what)}</strong>: ${text(figure.range)}</p>`);
      if (figure.note) parts.push(`<p class="contested-note">${text(figure.note)}</p>`);
      parts.push(cites(figure.sources, story.sources), '</aside>');
    }
    if (!still)
      parts.push(
        `<p class="map-description"><strong>${escapeHtml(t.mapDescription)}:</strong> ${text(step.description)}</p>`,
      );
    parts.push(
      `<footer class="static-cites"><strong>${escapeHtml(t.sources)}:</strong> ${cites(step.sources, story.sources)}</footer>`,
    );
    parts.push('</section>');
  }
  parts.push(
    `<section class="static-sources" id="sources" aria-labelledby="sources-title"><h2 id="sources-title">${escapeHtml(t.sources)}</h2><ul>`,
  );
  for (const key of sourceOrder(story.sources)) {
    const s = story.sources[key]!;
    const rest = [s.publisher, s.year === undefined ? undefined : String(s.year)]
      .filter(Boolean)
      .map((x) => `, ${escapeHtml(x!)}`);
    const url = s.url
      ? ` <a href="${escapeHtml(s.url)}" rel="noopener external">${escapeHtml(s.url)}</a>`
      : '';
    const note = s.note ? ` <span class="source-note">${escapeHtml(s.note)}</span>` : '';
    parts.push(
      `<li id="source-${escapeHtml(key)}"><cite>${escapeHtml(s.author)}, <span class="source-title">${escapeHtml(s.title)}</span>${rest.join('')}.${url}${note}</cite></li>`,
    );
  }
  parts.push('</ul></section></article>');
  return parts.join('\n');
}

/** `og:` and `twitter:` tags for a story's link preview in `lang`, with its title image. */
export function previewMeta(
  story: Story,
  lang: string,
  image: { url: string; width: number; height: number } | undefined,
): { property?: string; name?: string; content: string }[] {
  const title = story.title[lang] ?? '';
  const description = story.subtitle?.[lang] ?? '';
  const tags: { property?: string; name?: string; content: string }[] = [
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { property: 'og:locale', content: lang === 'ko' ? 'ko_KR' : lang === 'en' ? 'en_GB' : lang },
    { name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: description },
  ];
  if (image) {
    tags.push(
      { property: 'og:image', content: image.url },
      { property: 'og:image:width', content: String(image.width) },
      { property: 'og:image:height', content: String(image.height) },
      { property: 'og:image:alt', content: title },
      { name: 'twitter:image', content: image.url },
    );
  }
  return tags;
}
