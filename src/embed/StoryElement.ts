/**
 * The `<<id>-story>` element embed.js defines: it frames the story (storyFrame.ts), talks to it
 * (frameBridge.ts) and tells the page what the story shows through its `steps`, `step` and
 * `language` properties and its `ready`, `step` and `height` events.
 *
 * - scrolly: the element sends the track's position as the article scrolls (once per frame), and
 *   the story maps it to a step and progress. The iframe never scrolls.
 * - figure: one step as a figure; its height follows the story's `height` messages.
 */
import { FrameBridge } from './frameBridge.ts';
import { storyAddress } from './hostScript.ts';
import type { StoryMessage } from './messages.ts';
import { scrollForStep } from './scrollPosition.ts';
import { createStoryFrame, setHeight, type EmbedMode, type StoryFrame } from './storyFrame.ts';

export class StoryElement extends HTMLElement {
  static observedAttributes = ['src', 'mode', 'step', 'lang'];

  #frame: StoryFrame | undefined;
  #bridge: FrameBridge | undefined;
  #mode: EmbedMode = 'scrolly';
  #steps: string[] = [];
  #step: string | undefined;
  #lang: string | undefined;
  #animationFrame = 0;
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
    const ready = this.#bridge?.ready ?? false;
    if (name === 'step' && value && ready) this.setStep(value);
    else if (name === 'lang' && value && ready) this.setLanguage(value);
    else if (name === 'src' || name === 'mode') this.#build();
  }

  /**
   * Show a step. In scrolly mode the article scrolls to where that step begins (the story follows
   * the scroll); in figure mode the figure changes.
   */
  setStep(step: string): void {
    if (this.#mode === 'figure') return this.#bridge?.post({ kind: 'setStep', step });
    const index = this.#steps.indexOf(step);
    if (index < 0 || !this.#frame) return;
    const { track, iframe } = this.#frame;
    const offset = scrollForStep(index, this.#steps.length, track.offsetHeight, iframe.offsetHeight);
    // A couple of pixels into the step, so rounding cannot land on the end of the one before.
    const delta = track.getBoundingClientRect().top + offset + 2;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollBy({ top: delta, behavior: reduce ? 'auto' : 'smooth' });
  }

  setLanguage(lang: string): void {
    this.#bridge?.post({ kind: 'setLanguage', lang });
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
    const frame = createStoryFrame(url, this.#mode);
    if (getComputedStyle(this).display === 'inline') this.style.display = 'block';
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.replaceChildren(frame.track);
    this.#frame = frame;

    const bridge = new FrameBridge(frame.iframe, url.origin, (message) => this.#receive(message, frame));
    this.#bridge = bridge;
    this.#cleanup.push(() => bridge.dispose());
    this.#listen(frame.iframe, 'load', () => bridge.sayHello());
    if (this.#mode === 'scrolly') {
      this.#listen(document, 'scroll', this.#schedule, { passive: true, capture: true });
      this.#listen(window, 'resize', this.#schedule);
      const observer = new ResizeObserver(this.#schedule);
      observer.observe(frame.track);
      this.#cleanup.push(() => observer.disconnect());
    }
  }

  #teardown(): void {
    for (const undo of this.#cleanup.splice(0)) undo();
    cancelAnimationFrame(this.#animationFrame);
    this.#animationFrame = 0;
    this.#steps = [];
    this.#lastScroll = '';
    this.shadowRoot?.replaceChildren();
    this.#frame = this.#bridge = undefined;
  }

  #listen(target: EventTarget, type: string, handler: () => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, options);
    this.#cleanup.push(() => target.removeEventListener(type, handler, options));
  }

  #receive(message: StoryMessage, { iframe, track }: StoryFrame): void {
    switch (message.kind) {
      case 'ready':
        this.#steps = message.steps;
        this.#step = message.step;
        this.#lang = message.lang;
        if (message.title) iframe.title = message.title;
        if (this.#mode === 'scrolly') setHeight(track, message.steps.length + 1);
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
        iframe.style.height = `${Math.ceil(message.height)}px`;
        this.#emit('height', { height: message.height });
        break;
    }
  }

  /** Once per frame at most: where the track is in the viewport. */
  #schedule = (): void => {
    if (this.#animationFrame || !this.#bridge?.ready) return;
    this.#animationFrame = requestAnimationFrame(() => {
      this.#animationFrame = 0;
      if (!this.#frame) return;
      const rect = this.#frame.track.getBoundingClientRect();
      const position = {
        top: Math.round(rect.top),
        height: Math.round(rect.height),
        viewport: this.#frame.iframe.offsetHeight,
      };
      const key = `${position.top} ${position.height} ${position.viewport}`;
      if (key === this.#lastScroll) return;
      this.#lastScroll = key;
      this.#bridge?.post({ kind: 'scroll', ...position });
    });
  };

  #emit(type: 'ready' | 'step' | 'height', detail: object): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
  }
}
