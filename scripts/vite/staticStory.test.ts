import { describe, expect, it } from 'vitest';
import { readStory } from '../storyFiles.ts';
import { escapeHtml, previewMeta, staticArticle } from './staticStory.ts';

const story = readStory('stories/korean-war.yaml');
const options = {
  storyName: 'korean-war',
  still: (step: string, lang: string) => `/stills/korean-war/${step}.${lang}.webp`,
  links: [{ lang: 'ko', href: '/index.ko.html' }],
  interactive: '/?lang=en',
};

describe('the story without JavaScript', () => {
  it('escapes text for content and attributes', () => {
    expect(escapeHtml(`<b title="x">Tom & Jerry's</b>`)).toBe(
      '&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;',
    );
  });

  it('has every step with its date, title, still (alt: the map description) and cites, then the sources', () => {
    const html = staticArticle(story, { ...options, lang: 'en' });
    expect(html).toContain(`<h1>${escapeHtml(story.title.en!)}</h1>`);
    for (const step of story.steps) {
      expect(html).toContain(`<h2 id="${step.id}-title">${escapeHtml(step.title.en!)}</h2>`);
      expect(html).toContain(
        `src="/stills/korean-war/${step.id}.en.webp" alt="${escapeHtml(step.description.en!)}" width="1200" height="800"`,
      );
      expect(html).toContain(step.html.en!);
    }
    for (const key of Object.keys(story.sources)) expect(html).toContain(`<li id="source-${key}">`);
    expect(html.match(/class="contested"/g)?.length).toBe(
      story.steps.reduce((n, s) => n + (s.contested?.length ?? 0), 0),
    );
    expect(html).toContain('<a href="/index.ko.html" lang="ko" hreflang="ko">한국어로 읽기</a>');
  });

  it('says what the map shows in words where a step has no still', () => {
    const html = staticArticle(story, { ...options, lang: 'ko', still: () => undefined });
    expect(html).not.toContain('<img');
    expect(html).toContain(`<strong>지도 설명:</strong> ${escapeHtml(story.steps[0]!.description.ko!)}`);
  });

  it('gives link previews the title image, or a small card without one', () => {
    const image = { url: 'https://example.org/stills/korean-war/title.ko.jpg', width: 1200, height: 630 };
    const tags = previewMeta(story, 'ko', image);
    const get = (key: string) => tags.find((t) => t.property === key || t.name === key)?.content;
    expect(get('og:title')).toBe(story.title.ko);
    expect(get('og:image')).toBe(image.url);
    expect(get('og:locale')).toBe('ko_KR');
    expect(get('twitter:card')).toBe('summary_large_image');
    expect(previewMeta(story, 'en', undefined).find((t) => t.name === 'twitter:card')?.content).toBe(
      'summary',
    );
  });
});
