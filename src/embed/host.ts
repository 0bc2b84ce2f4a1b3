/**
 * embed.js: puts the story into someone else's page. Framework-free, built on its own into an
 * unhashed `dist/embed.js` (scripts/vite/embedHostPlugin.ts), a few KB.
 *
 *   <script src="https://stories.example/<id>/embed.js" defer></script>
 *   <<id>-story mode="scrolly" lang="en"></<id>-story>
 *   <<id>-story mode="figure" step="inchon"></<id>-story>
 *   <div data-<id>-story data-mode="figure" data-step="inchon"></div>   (same, as a placeholder)
 *
 * where `<id>` is the deployment's id in app.config.json (src/identity.ts).
 *
 * The story's address defaults to the folder embed.js was loaded from (`document.currentScript`),
 * so a snippet works on any page once the script's address is right. Only that origin is framed,
 * plus origins the publisher allows (frameOrigin.ts): a placeholder naming any other is left as
 * it is, its fallback content readable, with a console warning. The element makes an iframe
 * (in its shadow root, styled through the CSSOM so a strict host CSP is no obstacle):
 *
 * - scrolly: a track one viewport tall per step (plus one) with the iframe sticky at the top of the
 *   viewport; the element sends the track's position as the article scrolls (once per frame), and
 *   the story maps it to a step and progress. The iframe never scrolls.
 * - figure: one step as a figure; its height follows the story's `height` messages.
 *
 * Messages are checked against the shared schema (messages.ts, compiled to JSON Schema) and
 * accepted only from this iframe's window and the story's origin. Nothing received is ever
 * inserted as HTML.
 */
import { identity } from '../identity.ts';
import { embedConfig } from './embed.config.ts';
import { envelope } from './envelope.ts';
import { allowedOrigins, frameDecision, type FrameDecision } from './frameOrigin.ts';
import { matchesSchema, type JsonSchema } from './jsonSchemaCheck.ts';
import type { HostMessage, StoryMessage } from './messages.ts';
import { scrollForStep } from './scrollPosition.ts';
import { MAX_MESSAGE_CHARS, payloadSize } from './wireFormat.ts';

/** messages.ts's `StoryMessageSchema` as JSON Schema, written in by the build. */
declare const __STORY_MESSAGE_SCHEMA__: JsonSchema;

const TAG = identity.element;
const script = document.currentScript as HTMLScriptElement | null;
/** The folder embed.js came from: where the story is, unless `src` says otherwise. */
const scriptBase = script?.src;
/** Origins besides embed.js's own that may be framed: the script tag's list and the build's. */
const ALLOWED = allowedOrigins(`${script?.dataset.allowOrigins ?? ''} ${embedConfig.frameOrigins.join(' ')}`);

/** Where `src` says the story is, if embed.js may frame it; else warns (once per call) and says no. */
function storyAddress(src: string | null): FrameDecision {
  const decision = frameDecision(src, scriptBase, location.href, ALLOWED);
  if (!decision.ok) console.warn(`<${TAG}>: not shown: the story's address (src) ${decision.reason}`);
  return decision;
}
/** How often (ms) and how many times to say hello until the story answers. */
const HELLO_EVERY = 250;
const HELLO_TRIES = 60;

type EmbedMode = 'scrolly' | 'figure';

class StoryElement extends HTMLElement {
  static observedAttributes = ['src', 'mode', 'step', 'lang'];

  #iframe: HTMLIFrameElement | undefined;
  #track: HTMLDivElement | undefined;
  #origin = '';
  #mode: EmbedMode = 'scrolly';
  #steps: string[] = [];
  #step: string | undefined;
  #lang: string | undefined;
  #ready = false;
  #frame = 0;
  #hello: ReturnType<typeof setInterval> | undefined;
  #lastScroll = '';
  #cleanup: (() => void)[] = [];
  #connected = false;

  /** Ids of the story's steps, in order (empty until `ready`). */
  get steps(): readonly string[] {
    return this.#steps;
  }
  /** The step the story shows (after `ready`). */
  get step(): string | undefined {
    return this.#step;
  }
  /**
   * The story's language (after `ready`). (`lang` is the element's own attribute: setting it, or
   * the `lang` property, switches the story's language.)
   */
  get language(): string | undefined {
    return this.#lang;
  }

  connectedCallback(): void {
    this.#connected = true;
    this.#build();
  }

  disconnectedCallback(): void {
    this.#connected = false;
    this.#teardown();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // Not `isConnected`: an element already in the page when embed.js defines the tag gets one
    // call per attribute before `connectedCallback`, which builds it once.
    if (!this.#connected || old === value) return;
    if (name === 'step' && value && this.#ready) this.setStep(value);
    else if (name === 'lang' && value && this.#ready) this.setLanguage(value);
    else if (name === 'src' || name === 'mode') this.#build();
  }

  /**
   * Show a step. In scrolly mode the article scrolls to where that step begins (the story follows
   * the scroll); in figure mode the figure changes.
   */
  setStep(step: string): void {
    if (this.#mode === 'figure') return this.#post({ kind: 'setStep', step });
    const index = this.#steps.indexOf(step);
    if (index < 0 || !this.#track || !this.#iframe) return;
    const offset = scrollForStep(
      index,
      this.#steps.length,
      this.#track.offsetHeight,
      this.#iframe.offsetHeight,
    );
    // A couple of pixels into the step, so rounding cannot land on the end of the one before.
    const delta = this.#track.getBoundingClientRect().top + offset + 2;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollBy({ top: delta, behavior: reduce ? 'auto' : 'smooth' });
  }

  setLanguage(lang: string): void {
    this.#post({ kind: 'setLanguage', lang });
  }

  #build(): void {
    this.#teardown();
    // Without `src`, the folder embed.js was loaded from (its own query and hash dropped).
    const decision = storyAddress(this.getAttribute('src'));
    if (!decision.ok) {
      // The element's own content (a fallback, if the page gave one) shows instead.
      this.shadowRoot?.replaceChildren(document.createElement('slot'));
      return;
    }
    const url = decision.url;
    this.#mode = this.getAttribute('mode') === 'figure' ? 'figure' : 'scrolly';
    url.searchParams.set('mode', this.#mode === 'figure' ? 'figure' : 'embed');
    for (const name of ['step', 'lang'] as const) {
      const value = this.getAttribute(name);
      if (value) url.searchParams.set(name, value);
    }
    this.#origin = url.origin;

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
    if (this.#mode === 'scrolly') {
      setStyles(track, { position: 'relative' });
      // The small viewport (svh) stays fully visible whatever a phone's toolbars do.
      setStyles(iframe, { position: 'sticky', top: '0' });
      setHeight(iframe, 1);
      setHeight(track, 1);
    } else {
      setStyles(iframe, { height: '28rem' });
    }
    if (getComputedStyle(this).display === 'inline') this.style.display = 'block';
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.replaceChildren(track);
    this.#iframe = iframe;
    this.#track = track;

    this.#listen(window, 'message', this.#onMessage);
    this.#listen(iframe, 'load', () => this.#sayHello());
    if (this.#mode === 'scrolly') {
      this.#listen(document, 'scroll', this.#schedule, { passive: true, capture: true });
      this.#listen(window, 'resize', this.#schedule);
      const observer = new ResizeObserver(this.#schedule);
      observer.observe(track);
      this.#cleanup.push(() => observer.disconnect());
    }
  }

  #teardown(): void {
    for (const undo of this.#cleanup.splice(0)) undo();
    clearInterval(this.#hello);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#ready = false;
    this.#steps = [];
    this.#lastScroll = '';
    this.shadowRoot?.replaceChildren();
    this.#iframe = this.#track = undefined;
  }

  #listen(
    target: EventTarget,
    type: string,
    handler: (event: never) => void,
    options?: AddEventListenerOptions,
  ): void {
    const listener = handler as EventListener;
    target.addEventListener(type, listener, options);
    this.#cleanup.push(() => target.removeEventListener(type, listener, options));
  }

  /** The story may still be loading when its document has: repeat until it answers `ready`. */
  #sayHello(): void {
    clearInterval(this.#hello);
    let tries = 0;
    const hello = () => {
      if (this.#ready || ++tries > HELLO_TRIES) return clearInterval(this.#hello);
      this.#post({ kind: 'hello' }, true);
    };
    hello();
    this.#hello = setInterval(hello, HELLO_EVERY);
  }

  #onMessage = (event: MessageEvent): void => {
    // Only our own iframe, from the story's origin; anything else is not for us.
    if (!this.#iframe || event.source !== this.#iframe.contentWindow || event.origin !== this.#origin) return;
    const data: unknown = event.data;
    if (payloadSize(data) > MAX_MESSAGE_CHARS || !matchesSchema(__STORY_MESSAGE_SCHEMA__, data)) return;
    const message = data as StoryMessage;
    switch (message.kind) {
      case 'ready':
        // The story says it once by itself when it knows our origin, and answers every hello.
        if (this.#ready) return;
        this.#ready = true;
        clearInterval(this.#hello);
        this.#steps = message.steps;
        this.#step = message.step;
        this.#lang = message.lang;
        if (message.title) this.#iframe.title = message.title;
        if (this.#mode === 'scrolly' && this.#track) setHeight(this.#track, message.steps.length + 1);
        this.#lastScroll = '';
        this.#schedule();
        this.#emit('ready', {
          steps: message.steps,
          languages: message.languages,
          step: message.step,
          index: message.index,
          lang: message.lang,
        });
        break;
      case 'step':
        this.#step = message.step;
        this.#lang = message.lang;
        this.#emit('step', { step: message.step, index: message.index, lang: message.lang });
        break;
      case 'height':
        if (this.#mode !== 'figure') return;
        this.#iframe.style.height = `${Math.ceil(message.height)}px`;
        this.#emit('height', { height: message.height });
        break;
    }
  };

  /** Once per frame at most: where the track is in the viewport. */
  #schedule = (): void => {
    if (this.#frame || !this.#ready) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (!this.#track || !this.#iframe) return;
      const rect = this.#track.getBoundingClientRect();
      const position = {
        top: Math.round(rect.top),
        height: Math.round(rect.height),
        viewport: this.#iframe.offsetHeight,
      };
      const key = `${position.top} ${position.height} ${position.viewport}`;
      if (key === this.#lastScroll) return;
      this.#lastScroll = key;
      this.#post({ kind: 'scroll', ...position });
    });
  };

  #post(fields: Parameters<typeof envelope<HostMessage>>[0], beforeReady = false): void {
    if (!this.#iframe?.contentWindow || (!this.#ready && !beforeReady)) return;
    this.#iframe.contentWindow.postMessage(envelope<HostMessage>(fields), this.#origin);
  }

  #emit(type: 'ready' | 'step' | 'height', detail: object): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
  }
}

function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value);
}

/** `viewports` × the viewport's height: svh where the browser has it, else vh. */
function setHeight(el: HTMLElement, viewports: number): void {
  el.style.height = `${viewports * 100}vh`;
  el.style.height = `${viewports * 100}svh`;
}

/** `<div data-<id>-story data-mode=… data-step=… data-lang=… data-src=…>` → the element. */
function upgradePlaceholders(): void {
  for (const div of document.querySelectorAll<HTMLElement>(`[${identity.placeholder}]`)) {
    // A placeholder naming an address embed.js may not frame stays as it is.
    if (div.querySelector(TAG) || !storyAddress(div.dataset.src ?? null).ok) continue;
    const el = document.createElement(TAG);
    for (const name of StoryElement.observedAttributes) {
      const value = div.dataset[name];
      if (value) el.setAttribute(name, value);
    }
    div.append(el);
  }
}

if (!customElements.get(TAG)) {
  customElements.define(TAG, StoryElement);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', upgradePlaceholders);
  else upgradePlaceholders();
}
