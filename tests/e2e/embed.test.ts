/**
 * Embedding in an article (docs/embedding.md), from a host page on another origin
 * (a second server on 127.0.0.1, another port) that pastes the manual's first snippet as it
 * stands, with only the story's address changed, plus a figure. The app's pages are served with
 * the documented Content-Security-Policy throughout.
 *
 * One host page holds both embeds: a figure sized to its content, and the scrolly story that the
 * article's scroll drives forwards and back. Then messages that are wrong in origin, shape,
 * version or size change nothing and log no error, and the web page runs under the CSP. No request
 * leaves the two local origins.
 *
 * Then what an author may not do: a placeholder naming another origin is not framed. And what a
 * publisher may: allow one on the script tag, on a host page under a strict CSP of its own.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targetState, visibleLayerIds } from '../../src/story/targetState.ts';
import { baseUrl, loadStory, PHONE, settled, useBrowser } from './harness.ts';

const story = loadStory();
const ids = story.steps.map((s) => s.id);
const getBrowser = useBrowser();

/** The embedding manual, whose snippet and policy an editor copies as they are. */
const section = readFileSync('docs/embedding.md', 'utf8');
/** The manual's first HTML snippet, as an editor pastes it: only the story's address changes. */
const snippet = () =>
  /```html\n([\s\S]*?)```/.exec(section)![1]!.replaceAll('https://korean-war.example.org/', baseUrl());
const CSP = /^Content-Security-Policy: (.+)$/m.exec(section)![1]!;

const hostPage = () => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>An article</title></head>
<body>
<h1>An article</h1>
<p>Some paragraphs of an article before the figure.</p>
<korean-war-story id="figure" mode="figure" step="inchon"></korean-war-story>
<p>More of the article, then the story with the article's scroll.</p>
${snippet()}
<p>The end of the article.</p>
<p>Its footer.</p>
</body>
</html>`;

/**
 * The app on another name: the same server, but to the browser another origin than `baseUrl()`
 * (127.0.0.1), as a story on someone else's site would be.
 */
const otherAppOrigin = () => `http://localhost:${new URL(baseUrl()).port}`;

/** Pages of the host server besides the article, by path. */
const otherPages: Record<string, () => { csp?: string; html: string }> = {
  // What a CMS author could write where data-* attributes survive sanitising.
  '/refused': () => ({
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Refused</title></head><body>
<script src="${baseUrl()}embed.js" defer></script>
<div id="div" data-korean-war-story data-src="${otherAppOrigin()}/"><p>Fallback one.</p></div>
<korean-war-story id="element" src="${hostUrl}framed"><p>Fallback two.</p></korean-war-story>
</body></html>`,
  }),
  '/framed': () => ({ html: '<!doctype html><title>Framed</title><p>Framed.</p>' }),
  // A publisher who allows the other origin, on a page with a strict CSP of its own.
  '/strict': () => ({
    csp: `default-src 'self'; script-src ${new URL(baseUrl()).origin}; frame-src ${otherAppOrigin()}; object-src 'none'; base-uri 'none'`,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict</title></head><body>
<script src="${baseUrl()}embed.js" data-allow-origins="https://unused.example ${otherAppOrigin()}" defer></script>
<div data-korean-war-story data-mode="figure" data-step="inchon" data-src="${otherAppOrigin()}/"></div>
</body></html>`,
  }),
};

let host: http.Server;
let hostUrl: string;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const outside: string[] = [];

beforeAll(async () => {
  host = http.createServer((req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    const page = otherPages[req.url ?? ''];
    if (page) {
      const { csp, html } = page();
      if (csp) res.setHeader('Content-Security-Policy', csp);
      return res.end(html);
    }
    res.end(hostPage());
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  const appOrigin = new URL(baseUrl()).origin;
  context = await getBrowser().newContext({ viewport: PHONE, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  // The app's documents with the documented CSP.
  await context.route(
    (url) => url.origin === appOrigin,
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
    },
  );
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      true,
    );
    const log: [string, string, unknown][] = [];
    Object.assign(window, { embedEvents: log });
    for (const type of ['ready', 'step', 'height']) {
      document.addEventListener(type, (e) => {
        if (e instanceof CustomEvent) log.push([type, (e.target as Element).id, e.detail]);
      });
    }
  });
  page = await context.newPage();
  page.on('request', (r) => {
    const { origin, protocol } = new URL(r.url());
    if (!/^(data|blob):$/.test(protocol) && origin !== appOrigin && `${origin}/` !== hostUrl)
      outside.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(hostUrl);
});

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => host?.close(resolve));
});

/** The story's iframe in `mode` (embed or figure), once it exists. */
async function storyFrame(mode: 'embed' | 'figure'): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = page.frames().find((f) => f.url().includes(`mode=${mode}`));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error(`no ${mode} iframe`);
}

/** `<html data-step>` inside a story frame. */
const stepIn = (frame: Frame) => frame.evaluate(() => document.documentElement.dataset.step);

async function waitForStep(frame: Frame, id: string) {
  await frame.waitForFunction((step) => document.documentElement.dataset.step === step, id, {
    polling: 50,
    timeout: 20_000,
  });
}

/** The map container's contract inside a story frame, to wait on (and to report on a timeout). */
async function waitForMap(frame: Frame, what: string, ok: (map: DOMStringMap, ready: boolean) => boolean) {
  const read = () =>
    frame.evaluate(() => ({
      map: { ...document.querySelector<HTMLElement>('[data-map]')?.dataset },
      ready: document.documentElement.dataset.mapReady === 'true',
    }));
  // SwiftShader on a busy 2-core machine: a map can take a while to load.
  for (const end = Date.now() + 90_000; Date.now() < end; await page.waitForTimeout(100)) {
    const { map, ready } = await read();
    if (ok(map, ready)) return;
  }
  throw new Error(`${what}: not reached; the map reports ${JSON.stringify(await read())}`);
}

/** The host's iframe of element `id`: its box on the host page. */
const iframeBox = (id: string) =>
  page.evaluate((el) => {
    const rect = document.getElementById(el)!.shadowRoot!.querySelector('iframe')!.getBoundingClientRect();
    return { top: rect.top, height: rect.height };
  }, id);

/** The figure's height inside its frame, and whether that frame could scroll. */
const figureContent = (frame: Frame) =>
  frame.evaluate(() => {
    const root = document.scrollingElement!;
    return {
      height: Math.ceil(document.querySelector('figure')!.getBoundingClientRect().height),
      scrolls: root.scrollHeight > root.clientHeight,
    };
  });

/** The figure's iframe has taken its content's height, without a scrollbar: that height. */
async function figureFits(frame: Frame): Promise<number> {
  await expect
    .poll(async () => (await iframeBox('figure')).height - (await figureContent(frame)).height, {
      timeout: 20_000,
    })
    .toBe(0);
  expect((await figureContent(frame)).scrolls).toBe(false);
  return (await iframeBox('figure')).height;
}

describe('a figure on another origin', () => {
  it('shows its step still, with caption, legend, cites and a link to the full story', async () => {
    const frame = await storyFrame('figure');
    await waitForMap(frame, 'figure map ready', (_, ready) => ready);
    const index = ids.indexOf('inchon');
    expect(await stepIn(frame)).toBe('inchon');
    const layers = await frame.locator('[data-map]').getAttribute('data-layers');
    expect(layers).toBe(visibleLayerIds(targetState(story, index, { progress: 1 })).join(' '));
    const step = story.steps[index]!;
    expect(await frame.locator('figcaption h2').textContent()).toBe(step.title.en);
    expect(await frame.locator('figcaption cite').allTextContents()).toEqual(
      step.sources.map((key) => story.sources[key]!.short),
    );
    expect(await frame.locator('figcaption .legend li').count()).toBeGreaterThan(0);
    const link = frame.locator('a.full-story, .full-story a');
    expect(await link.getAttribute('href')).toBe(`${baseUrl()}?step=inchon&lang=en`);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
  });

  it('is as tall as its content, with no scrollbar, and follows it when the width changes', async () => {
    const frame = await storyFrame('figure');
    const fits = () => figureFits(frame);
    const phone = await fits();
    // Turned sideways: wider, so a landscape map and a shorter figure.
    await page.setViewportSize({ width: PHONE.height, height: PHONE.width });
    const landscape = await fits();
    expect(landscape).not.toBe(phone);
    await page.setViewportSize(PHONE);
    expect(await fits()).toBe(phone);
    const heights = await page.evaluate(() =>
      (window as unknown as { embedEvents: [string, string, { height: number }][] }).embedEvents
        .filter(([type, id]) => type === 'height' && id === 'figure')
        .map(([, , detail]) => detail.height),
    );
    expect(heights.at(-1)).toBe(phone);
    expect(heights).toContain(landscape);
  });

  it('changes step when the host sets its step attribute, and says so', async () => {
    const frame = await storyFrame('figure');
    await page.evaluate(() => document.getElementById('figure')!.setAttribute('step', 'armistice'));
    await waitForStep(frame, 'armistice');
    expect(await frame.locator('figcaption h2').textContent()).toBe(
      story.steps[ids.indexOf('armistice')]!.title.en,
    );
    await page.waitForFunction(() =>
      (window as unknown as { embedEvents: [string, string, { step: string }][] }).embedEvents.some(
        ([type, id, detail]) => type === 'step' && id === 'figure' && detail.step === 'armistice',
      ),
    );
    await figureFits(frame);
  });
});

describe('the scrolly story on another origin', () => {
  const viewport = PHONE.height;
  /** The manual snippet's element, and where its track starts on the page. */
  const trackTop = () =>
    page.evaluate(() => {
      const el = document.querySelectorAll('korean-war-story')[1]!;
      el.id = 'scrolly';
      return el.getBoundingClientRect().top + scrollY;
    });
  const scrollTo = (y: number) => page.evaluate((top) => window.scrollTo(0, top), y);
  /** Scroll to `screens` screens into the track (measured now: the figure above may have resized). */
  const scrollInto = async (screens: number) => scrollTo((await trackTop()) + screens * viewport);

  it('is ready, one screen tall per step (plus one), with the iframe filling the screen', async () => {
    const frame = await storyFrame('embed');
    await page.waitForFunction(
      () =>
        (window as unknown as { embedEvents: [string, string][] }).embedEvents.some(
          ([t, id]) => t === 'ready' && id === '',
        ),
      null,
      { timeout: 30_000 },
    );
    await trackTop();
    const height = await page.evaluate(
      () => document.getElementById('scrolly')!.getBoundingClientRect().height,
    );
    expect(height).toBe((ids.length + 1) * viewport);
    expect(await stepIn(frame)).toBe(ids[0]);
  });

  it('moves through the steps as the article scrolls, and back', async () => {
    const frame = await storyFrame('embed');
    // Step k is under the reader for a screen's worth of scrolling from top + k screens.
    for (const k of [2, 6, 3, 1]) {
      await scrollInto(k + 0.5);
      await waitForStep(frame, ids[k]!);
      const box = await iframeBox('scrolly');
      expect(box).toEqual({ top: 0, height: viewport });
    }
    // Halfway through a step that draws arrows: the progress follows the scroll.
    const invasion = ids.indexOf('invasion');
    await scrollInto(invasion + 0.5);
    await waitForStep(frame, 'invasion');
    await waitForMap(frame, 'progress 0.50 through the invasion', (map) => map.progress === '0.50');
    // Before the track, the first step; after it, the last, and the iframe scrolls away with the article.
    await scrollInto(-1);
    await waitForStep(frame, ids[0]!);
    await scrollInto(ids.length + 2);
    await waitForStep(frame, ids.at(-1)!);
    expect((await iframeBox('scrolly')).top).toBeLessThan(0);
    const steps = await page.evaluate(() =>
      (window as unknown as { embedEvents: [string, string, { step: string }][] }).embedEvents
        .filter(([type, id]) => type === 'step' && id === 'scrolly')
        .map(([, , detail]) => detail.step),
    );
    expect(steps).toEqual([ids[2], ids[6], ids[3], ids[1], 'invasion', ids[0], ids.at(-1)]);
  });

  it('is scrolled by the wheel over the map, never inside itself', async () => {
    const frame = await storyFrame('embed');
    const top = await trackTop();
    await scrollTo(top + 0.5 * viewport);
    await waitForStep(frame, ids[0]!);
    await page.mouse.move(PHONE.width / 2, viewport / 3);
    await page.mouse.wheel(0, 2 * viewport);
    // The article scrolls (smoothly) until it comes to rest well into the track.
    let y = -1;
    const settledAt = async () => {
      const previous = y;
      y = await page.evaluate(() => scrollY);
      return y === previous && y > top + viewport;
    };
    await expect.poll(settledAt, { timeout: 10_000, interval: 250 }).toBe(true);
    expect(await frame.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    await waitForStep(frame, ids[Math.floor((y - top) / viewport)]!);
  });

  it('setStep() scrolls the article to the step', async () => {
    const frame = await storyFrame('embed');
    await page.evaluate(() =>
      (document.getElementById('scrolly') as HTMLElement & { setStep(id: string): void }).setStep(
        'armistice',
      ),
    );
    await waitForStep(frame, 'armistice');
    const top = await trackTop();
    const y = await page.evaluate(() => scrollY);
    expect(Math.floor((y - top) / viewport)).toBe(ids.indexOf('armistice'));
  });
});

describe('messages', () => {
  it('with the wrong origin, shape, version or size change nothing and log no error', async () => {
    const frame = await storyFrame('embed');
    const figure = await storyFrame('figure');
    const before = {
      step: await stepIn(frame),
      lang: await frame.evaluate(() => document.documentElement.lang),
    };
    const figureHeight = (await iframeBox('figure')).height;
    expect(before.lang).toBe('en');
    // From the embedding page (an allowed origin), but wrong.
    await page.evaluate(() => {
      const target = document.getElementById('scrolly')!.shadowRoot!.querySelector('iframe')!.contentWindow!;
      const base = { type: 'korean-war-story', version: 1 };
      const bad: unknown[] = [
        { ...base, version: 2, kind: 'setLanguage', lang: 'ko' },
        { type: 'korean-war-story', kind: 'setLanguage', lang: 'ko' },
        { ...base, kind: 'setLanguage', language: 'ko' },
        { ...base, kind: 'setLanguage', lang: 'ko', html: '<img src=x onerror=alert(1)>' },
        { ...base, kind: 'setLanguage', lang: 'ko', padding: 'x'.repeat(2_000_000) },
        { ...base, kind: 'setLanguage', lang: 'k'.repeat(100_000) },
        { ...base, kind: 'setStep', step: 'division', more: Array.from({ length: 50_000 }, (_, i) => i) },
        JSON.stringify({ ...base, kind: 'setLanguage', lang: 'ko' }),
        { ...base, kind: 'scroll', top: '-99999', height: 1, viewport: 1 },
      ];
      for (const message of bad) target.postMessage(message, '*');
    });
    // From the story's own origin but not the embedding page: the iframe's own window.
    await frame.evaluate(() =>
      window.postMessage({ type: 'korean-war-story', version: 1, kind: 'setLanguage', lang: 'ko' }, '*'),
    );
    // To the host: a valid-looking message, but from the host page itself; a wrong one from the figure.
    await page.evaluate(() =>
      window.postMessage({ type: 'korean-war-story', version: 1, kind: 'height', height: 5 }, '*'),
    );
    await figure.evaluate(() => {
      window.parent.postMessage({ type: 'korean-war-story', version: 2, kind: 'height', height: 5 }, '*');
      window.parent.postMessage(
        { type: 'korean-war-story', version: 1, kind: 'height', height: 'x'.repeat(9000) },
        '*',
      );
    });
    await page.waitForTimeout(500);
    expect({
      step: await stepIn(frame),
      lang: await frame.evaluate(() => document.documentElement.lang),
    }).toEqual(before);
    expect((await iframeBox('figure')).height).toBe(figureHeight);

    // The channel itself works: a good message after the bad ones is obeyed.
    await page.evaluate(() => document.getElementById('scrolly')!.setAttribute('lang', 'ko'));
    await frame.waitForFunction(() => document.documentElement.lang === 'ko', null, { timeout: 10_000 });
    expect(await frame.locator('.card h2').textContent()).toBe(
      story.steps[ids.indexOf(before.step!)]!.title.ko,
    );
    expect(errors).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  it('the embeds ran under it without a violation, and so does the web page', async () => {
    expect(errors).toEqual([]);
    const web = await context.newPage();
    const webErrors: string[] = [];
    web.on('console', (m) => {
      if (m.type() === 'error') webErrors.push(m.text());
    });
    web.on('request', (r) => {
      if (new URL(r.url()).origin !== new URL(baseUrl()).origin && !/^(data|blob):/.test(r.url()))
        outside.push(r.url());
    });
    await web.goto(`${baseUrl()}?step=inchon`);
    await settled(web, 'inchon', 60_000);
    expect(webErrors).toEqual([]);
    // It is in force: an inline script is refused and reported.
    await web.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await expect.poll(() => webErrors.some((e) => e.includes('script-src'))).toBe(true);
    expect(await web.evaluate(() => 'inlineRan' in window)).toBe(false);
    await web.close();
  });

  it('no request left the two local origins', () => {
    expect(outside).toEqual([]);
  });
});

describe('what may be framed', () => {
  /** A new page of the host server at `path`, with its console and uncaught errors. */
  async function open(path: string) {
    const tab = await context.newPage();
    const log = { errors: [] as string[], warnings: [] as string[], requests: [] as string[] };
    tab.on('console', (m) => {
      if (m.type() === 'error') log.errors.push(m.text());
      if (m.type() === 'warning') log.warnings.push(m.text());
    });
    tab.on('pageerror', (e) => log.errors.push(String(e)));
    tab.on('request', (r) => log.requests.push(r.url()));
    await tab.goto(new URL(path, hostUrl).href);
    await tab.waitForFunction(() => customElements.get('korean-war-story') !== undefined);
    return { tab, log };
  }

  it('not another origin named by an author: the placeholder stays, with one warning each', async () => {
    const { tab, log } = await open('/refused');
    await tab.waitForTimeout(500);
    expect(tab.frames()).toHaveLength(1);
    expect(await tab.locator('#div korean-war-story').count()).toBe(0);
    await expect.poll(() => tab.getByText('Fallback one.').isVisible()).toBe(true);
    expect(await tab.getByText('Fallback two.').isVisible()).toBe(true);
    expect(log.requests.filter((url) => url.startsWith(otherAppOrigin()) || url.endsWith('/framed'))).toEqual(
      [],
    );
    expect(log.warnings.filter((w) => w.includes(otherAppOrigin()))).toHaveLength(1);
    expect(log.warnings.filter((w) => w.includes(new URL(hostUrl).origin))).toHaveLength(1);
    expect(log.errors).toEqual([]);
    await tab.close();
  });

  it('another origin the publisher allows on the script tag, under a strict host CSP', async () => {
    const { tab, log } = await open('/strict');
    await tab.waitForFunction(
      () => document.querySelector<HTMLElement & { steps: string[] }>('korean-war-story')?.steps.length,
      null,
      { timeout: 30_000 },
    );
    const src = await tab.evaluate(
      () => document.querySelector('korean-war-story')!.shadowRoot!.querySelector('iframe')!.src,
    );
    expect(src.startsWith(`${otherAppOrigin()}/?mode=figure`)).toBe(true);
    expect(log.warnings).toEqual([]);
    expect(log.errors).toEqual([]);
    await tab.close();
  });
});
