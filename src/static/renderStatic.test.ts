import { describe, expect, it } from 'vitest';
import { readStory } from '../../scripts/storyFiles.ts';
import type { Story } from '../story/schema.ts';
import { FIRST_SCREEN_ID, renderFirstScreen, renderStaticStory, scopeIds } from './renderStatic.ts';

const story = readStory('stories/korean-war.yaml');
const image = { url: 'https://example.org/stills/korean-war/title.ko.jpg', width: 1200, height: 630 };
const options = {
  story,
  storyName: 'korean-war',
  interactive: '/?lang=en',
  links: [{ lang: 'ko', href: '/index.ko.html' }],
  image,
};

/** The text of `s` as HTML content and quoted attribute (the way Svelte escapes it). */
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

describe('the story without JavaScript', () => {
  it('has every step with its date, title, text, still (alt: the map description) and cites, then the sources', () => {
    const { body } = renderStaticStory({ ...options, lang: 'en' });
    expect(body).toContain(`<h1>${escaped(story.title.en!)}</h1>`);
    for (const step of story.steps) {
      expect(body).toContain(`<h2 id="${step.id}-title">${escaped(step.title.en!)}</h2>`);
      expect(body).toContain(
        `<img class="print-still static-still" src="/stills/korean-war/${step.id}.en.webp?v=`,
      );
      expect(body).toContain(`alt="${escaped(step.description.en!)}" width="1200" height="800"/>`);
      expect(body).toContain(step.html.en!);
    }
    for (const key of Object.keys(story.sources)) expect(body).toContain(`<li id="source-${key}">`);
    expect(body.match(/class="contested"/g)?.length).toBe(
      story.steps.reduce((n, s) => n + (s.contested?.length ?? 0), 0),
    );
    expect(body).toContain(
      '<a href="/?lang=en">The interactive story</a> · <a href="/index.ko.html" lang="ko" hreflang="ko">한국어로 읽기</a>',
    );
  });

  it('keeps the space before a source’s link and note', () => {
    const { body } = renderStaticStory({ ...options, lang: 'en' });
    const notes = Object.values(story.sources).filter((s) => s.note || s.url).length;
    expect(notes).toBeGreaterThan(0);
    expect(body.match(/ <(span class="source-note"|a href="[^"]*" rel="noopener external")>/g)?.length).toBe(
      Object.values(story.sources).reduce((n, s) => n + (s.note ? 1 : 0) + (s.url ? 1 : 0), 0),
    );
  });

  it('is never hydrated, so carries none of Svelte’s hydration markers', () => {
    const { head, body } = renderStaticStory({ ...options, lang: 'ko' });
    expect(`${head}${body}`).not.toMatch(/<!--/);
  });

  it('escapes the story’s text', () => {
    const tricky: Story = { ...story, title: { ...story.title, en: 'Tom & <Jerry> "quoted"' } };
    const { head, body } = renderStaticStory({ ...options, story: tricky, lang: 'en', standalone: true });
    expect(body).toContain('<h1>Tom &amp; &lt;Jerry> "quoted"</h1>');
    expect(head).toContain('<title>Tom &amp; &lt;Jerry> "quoted"</title>');
    expect(head).toContain('<meta property="og:title" content="Tom &amp; &lt;Jerry> &quot;quoted&quot;"/>');
  });

  it('has a title and description of its own only as a page of its own', () => {
    const description = `<meta name="description" content="${escaped(story.subtitle!.ko!)}"/>`;
    const page = renderStaticStory({ ...options, lang: 'ko', standalone: true }).head;
    expect(page).toContain(`<title>${escaped(story.title.ko!)}</title>`);
    expect(page).toContain(description);
    const noscript = renderStaticStory({ ...options, lang: 'en' }).head;
    expect(noscript).not.toContain('<title>');
    expect(noscript).not.toContain('name="description"');
  });

  it('gives link previews the title image, or a small card without one', () => {
    const tags = (head: string) =>
      Object.fromEntries(
        [...head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"\/>/g)].map((m) => [
          m[1],
          m[2],
        ]),
      );
    const ko = tags(renderStaticStory({ ...options, lang: 'ko' }).head);
    expect(ko['og:title']).toBe(escaped(story.title.ko!));
    expect(ko['og:image']).toBe(image.url);
    expect(ko['og:locale']).toBe('ko_KR');
    expect(ko['twitter:card']).toBe('summary_large_image');
    const en = tags(renderStaticStory({ ...options, lang: 'en', image: undefined }).head);
    expect(en['twitter:card']).toBe('summary');
    expect(en['og:image']).toBeUndefined();
  });
});

describe('scopeIds', () => {
  it('prefixes every id and every reference to one, and nothing else', () => {
    const html =
      '<section id="a" aria-labelledby="a-title b"><h2 id="a-title">A</h2>' +
      '<a href="#a">a</a> <a href="#elsewhere">x</a> <label for="a">l</label></section>';
    expect(scopeIds(html, 'p-')).toBe(
      '<section id="p-a" aria-labelledby="p-a-title b"><h2 id="p-a-title">A</h2>' +
        '<a href="#p-a">a</a> <a href="#elsewhere">x</a> <label for="p-a">l</label></section>',
    );
  });
});

describe('the first screen', () => {
  const html = renderFirstScreen(story, 'en');
  const first = story.steps[0]!;

  it("is the app's page on its first step: the title, that step's text and its sources", () => {
    expect(html).toContain(`<h1`);
    expect(html).toContain(escaped(story.title.en!));
    expect(html).toContain(escaped(first.title.en!));
    expect(html).not.toContain(escaped(story.steps[1]!.title.en!));
    expect(html.match(/ data-step-id="/g)).toHaveLength(1);
    expect(html.match(/<li id="first-screen-source-/g)?.length).toBe(first.sources.length);
  });

  it('has no id the article without JavaScript has, and no inline style', () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(2);
    expect(ids.filter((id) => !id.startsWith(FIRST_SCREEN_ID))).toEqual([]);
    expect(html).not.toContain(' style="');
  });
});
