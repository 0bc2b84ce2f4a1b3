/**
 * `npm run stills`: draws, from the real WebGL map, one still image per step and language of every
 * story (each step at its end, as `?mode=figure` shows it: the map and its legend, 1200×800, WebP)
 * and one title image per story and language for social previews (1200×630, JPEG), into
 * public/stills/<story>/ with a manifest.json of each file, its size and the hash of its inputs
 * (scripts/stills/inputs.ts). Print, the page without JavaScript and `og:image` use them.
 *
 *   npm run stills                          (builds into a temporary folder first)
 *   npm run stills -- --no-build            (serves dist/ as `npm run build` left it)
 *   npm run stills -- --story korean-war    (one story)
 *   npm run stills -- --all                 (draw every image again, not only the out-of-date ones)
 *
 * Only images whose inputs changed (or that are missing) are drawn again, so an unchanged step
 * keeps its file byte for byte. Headless Chromium with SwiftShader WebGL, as the browser tests.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveBuild } from './serveBuild.ts';
import { CHROMIUM_ARGS } from './chromiumArgs.ts';
import { ensureChromium } from './ensure-chromium.mjs';
import { readStory, storyFiles } from './storyFiles.ts';
import {
  NO_STILLS,
  RECIPE,
  STILL_SIZE,
  TITLE_SIZE,
  readManifest,
  stepInputs,
  stillFile,
  stillsDir,
  titleFile,
  titleInputs,
  type StillEntry,
  type StillsManifest,
} from './stills/inputs.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const only = arg('story');
const redrawAll = process.argv.includes('--all');
const WEBP_QUALITY = 80;
const JPEG_QUALITY = 82;

/**
 * The figure page made into a clean picture: the map fills the window, its legend open in the
 * corner; no caption, skip link or focus ring. For the title image the map takes the right 60 %
 * and {@link addTitle} puts the title in the left 40 %.
 */
const STILL_CSS = `
  html, body { margin: 0 !important; overflow: hidden !important; }
  .skip-link, .figure figcaption, .reset-view { display: none !important; }
  .figure-map { aspect-ratio: auto !important; width: 100vw !important; height: 100vh !important; }
  .figure-map .map-key .legend { display: block !important; }
  html.still-title .figure-map { margin-left: 40vw !important; width: 60vw !important; }
  html.still-title .figure-map .map-key { display: none !important; }
  .still-title-band {
    position: fixed; left: 0; top: 0; bottom: 0; width: 40vw; box-sizing: border-box;
    display: flex; flex-direction: column; justify-content: center; gap: 18px;
    padding: 48px 40px 48px 56px; background: var(--color-paper); color: var(--color-ink);
    border-right: 1px solid rgb(0 0 0 / 0.12); font-family: var(--font-family);
  }
  .still-title-band h1 { margin: 0; font-size: 46px; line-height: 1.15; font-weight: 600; }
  /* Korean breaks between words, not inside them. */
  .still-title-band h1, .still-title-band p { word-break: keep-all; overflow-wrap: anywhere; }
  .still-title-band p { margin: 0; font-size: 21px; line-height: 1.45; color: var(--color-ink-muted); }
  .still-title-band .rule { width: 64px; height: 5px; background: var(--color-accent); }
`;

const started = Date.now();
const stories = storyFiles()
  .map((file) => ({ file, name: path.basename(file).replace(/\.ya?ml$/, '') }))
  .filter(({ name }) => !NO_STILLS.includes(name) && (!only || name === only));
if (only && stories.length === 0) {
  console.error(
    `no story "${only}" with stills in stories/ (stories without stills: ${NO_STILLS.join(', ')})`,
  );
  process.exit(1);
}

const server = await serveBuild('stills');
const { base } = server;
const browser = await chromium.launch({ executablePath: ensureChromium(), args: [...CHROMIUM_ARGS] });

/** A page at `size` whose documents carry {@link STILL_CSS}, under reduced motion (no flights). */
async function newContext(size: { width: number; height: number }): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: size,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    locale: 'en-US',
  });
  // In the document itself, so the map is laid out at its final size from the start.
  await context.route(
    (url) => url.origin === new URL(base).origin && url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</head>', `<style>${STILL_CSS}</style></head>`);
      await route.fulfill({ response, body: html });
    },
  );
  return context;
}

/** Open a figure of `stepId` in `lang` and wait until its map is drawn, idle, with its fonts. */
async function openFigure(page: Page, story: string, stepId: string, lang: string): Promise<void> {
  const query = new URLSearchParams({ story, mode: 'figure', step: stepId, lang });
  await page.goto(`${base}?${query}`);
  await page.waitForFunction(
    ({ id, lang }) => {
      const d = document.documentElement;
      return d.dataset.mapReady === 'true' && d.dataset.step === id && d.lang === lang;
    },
    { id: stepId, lang },
    { timeout: 120_000, polling: 100 },
  );
  const map = await page.getAttribute('[data-map]', 'data-map');
  if (map !== 'webgl') throw new Error(`${story}/${stepId} (${lang}): the map is "${map}", not WebGL`);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

async function capture(
  page: Page,
  size: { width: number; height: number },
  format: 'webp' | 'jpeg',
  quality: number,
): Promise<Buffer> {
  const cdp = await page.context().newCDPSession(page);
  const { data } = await cdp.send('Page.captureScreenshot', {
    format,
    quality,
    clip: { x: 0, y: 0, ...size, scale: 1 },
  });
  await cdp.detach();
  return Buffer.from(data, 'base64');
}

/** The story's title, subtitle and byline in the left band of the title image (text only, no HTML). */
async function addTitle(page: Page, lines: { title: string; subtitle?: string; byline?: string }) {
  await page.evaluate((l) => {
    document.documentElement.classList.add('still-title');
    const band = document.createElement('div');
    band.className = 'still-title-band';
    const rule = document.createElement('div');
    rule.className = 'rule';
    const h1 = document.createElement('h1');
    h1.textContent = l.title;
    band.append(rule, h1);
    for (const text of [l.subtitle, l.byline]) {
      if (!text) continue;
      const p = document.createElement('p');
      p.textContent = text;
      band.append(p);
    }
    document.body.append(band);
  }, lines);
}

let drawn = 0;
let kept = 0;
const errors: string[] = [];
for (const { file, name } of stories) {
  const story = readStory(file);
  const dir = stillsDir(name);
  mkdirSync(dir, { recursive: true });
  const previous = readManifest(name);
  const old = new Map([...(previous?.stills ?? []), ...(previous?.titles ?? [])].map((e) => [e.file, e]));
  /** The manifest entry as it stands, if its image is there and its inputs are unchanged. */
  const unchanged = (fileName: string, inputs: string): StillEntry | undefined => {
    const entry = old.get(fileName);
    const image = path.join(dir, fileName);
    if (redrawAll || !entry || entry.inputs !== inputs) return undefined;
    try {
      return statSync(image).size === entry.bytes ? entry : undefined;
    } catch {
      return undefined;
    }
  };
  const manifest: StillsManifest = { story: name, recipe: RECIPE, stills: [], titles: [] };

  const stills = await newContext(STILL_SIZE);
  const page = await stills.newPage();
  page.on('pageerror', (e) => errors.push(`${name}: ${String(e)}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${name}: ${m.text()}`));
  for (const [index, step] of story.steps.entries()) {
    for (const lang of story.languages) {
      const fileName = stillFile(step.id, lang);
      const inputs = stepInputs(story, index, lang);
      let entry = unchanged(fileName, inputs);
      if (entry) kept++;
      else {
        await openFigure(page, name, step.id, lang);
        const image = await capture(page, STILL_SIZE, 'webp', WEBP_QUALITY);
        writeFileSync(path.join(dir, fileName), image);
        entry = { step: step.id, lang, file: fileName, ...STILL_SIZE, bytes: image.length, inputs };
        drawn++;
        console.log(`${name}/${fileName}  ${(image.length / 1024).toFixed(1)} KB`);
      }
      manifest.stills.push(entry);
    }
  }
  await stills.close();

  const titles = await newContext(TITLE_SIZE);
  const titlePage = await titles.newPage();
  titlePage.on('pageerror', (e) => errors.push(`${name}: ${String(e)}`));
  for (const lang of story.languages) {
    const fileName = titleFile(lang);
    const inputs = titleInputs(story, lang);
    let entry = unchanged(fileName, inputs);
    if (entry) kept++;
    else {
      await openFigure(titlePage, name, story.steps[0]!.id, lang);
      await addTitle(titlePage, {
        title: story.title[lang] ?? '',
        subtitle: story.subtitle?.[lang],
        byline: story.byline?.[lang],
      });
      await titlePage.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      });
      // The map moved into its narrower box: wait for it to be drawn there.
      await titlePage.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, {
        timeout: 60_000,
        polling: 100,
      });
      await titlePage.waitForTimeout(300);
      const image = await capture(titlePage, TITLE_SIZE, 'jpeg', JPEG_QUALITY);
      writeFileSync(path.join(dir, fileName), image);
      entry = { lang, file: fileName, ...TITLE_SIZE, bytes: image.length, inputs };
      drawn++;
      console.log(`${name}/${fileName}  ${(image.length / 1024).toFixed(1)} KB`);
    }
    manifest.titles.push(entry);
  }
  await titles.close();

  // Images of steps that are gone.
  const listed = new Set([...manifest.stills, ...manifest.titles].map((e) => e.file));
  for (const f of readdirSync(dir)) {
    if (f !== 'manifest.json' && !listed.has(f)) rmSync(path.join(dir, f));
  }
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

await browser.close();
await server.close();

const all = stories.flatMap(({ name }) => {
  const m = readManifest(name)!;
  return [...m.stills, ...m.titles];
});
const total = all.reduce((sum, e) => sum + e.bytes, 0);
console.log(
  `stills: ${drawn} drawn, ${kept} unchanged; ${all.length} images in ${stories.length} ${
    stories.length === 1 ? 'story' : 'stories'
  }, ${(total / 1024 / 1024).toFixed(2)} MB in all; ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
if (errors.length > 0) {
  console.error(`page errors while drawing:\n${errors.join('\n')}`);
  process.exit(1);
}
