/**
 * The story's side of the embed (modes `embed` and `figure`): receives the host's messages and
 * tells the host what it shows. embed.js is the other side; messages.ts is the format.
 *
 * A message is acted on only if it comes from the parent window itself, from an origin the
 * allow-list (embed.config.ts) accepts, and passes the schema (size, shape, version). Anything
 * else is ignored; under `?debug` the reason goes to `console.debug`.
 */
import type { StoryContext } from '../story/context.svelte.ts';
import { embedConfig } from './embed.config.ts';
import { envelope } from './envelope.ts';
import { HostMessageSchema, parseMessage, type StoryMessage } from './messages.ts';
import { embedderOrigin, OriginGate } from './origins.ts';
import { readyMessage } from './readyMessage.ts';
import { stepAtScroll } from './scrollPosition.ts';

export class EmbedBridge {
  readonly #ctx: StoryContext;
  readonly #gate: OriginGate;
  #ready = false;
  #lastStep = '';
  #lastHeight = -1;

  constructor(ctx: StoryContext) {
    this.#ctx = ctx;
    const ancestors = location.ancestorOrigins ? [...location.ancestorOrigins] : undefined;
    this.#gate = new OriginGate(embedConfig.allowedOrigins, embedderOrigin(ancestors, document.referrer));
  }

  /** Start listening, and say `ready` if the host's origin is already known. Returns the cleanup. */
  attach(): () => void {
    window.addEventListener('message', this.#onMessage);
    this.#sayReady();
    return () => window.removeEventListener('message', this.#onMessage);
  }

  /** Tell the host the step or language changed (once each change), and the height with them. */
  announceStep(): void {
    const { step, activeIndex: index, lang } = this.#ctx;
    const key = `${step.id} ${lang}`;
    if (!this.#ready || key === this.#lastStep) return;
    this.#lastStep = key;
    this.#post({ kind: 'step', step: step.id, index, lang });
    if (this.#heightOf) this.#measure(this.#heightOf);
  }

  /**
   * Report `el`'s height whenever it changes, so the host sizes the iframe to it. Returns the cleanup.
   *
   * Also at once, and again once the fonts are in: Chromium does not render a cross-origin frame
   * out of view, so its ResizeObserver says nothing until the reader scrolls to it, and a figure
   * further down the article would keep the iframe's first height until then, moving the article
   * under the reader's eyes as it came into view. Measuring forces the layout, in view or not.
   */
  observeHeight(el: HTMLElement): () => void {
    const observer = new ResizeObserver(() => this.#postHeight(el));
    observer.observe(el);
    this.#measure(el);
    return () => {
      observer.disconnect();
      this.#heightOf = undefined;
    };
  }

  #heightOf: HTMLElement | undefined;

  /** `el`'s height now, and once the fonts its text needs have loaded (if it is still observed). */
  #measure(el: HTMLElement): void {
    this.#postHeight(el);
    void document.fonts.ready.then(() => {
      if (this.#heightOf === el) this.#postHeight(el);
    });
  }

  #postHeight(el: HTMLElement): void {
    this.#heightOf = el;
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (!this.#ready || height === this.#lastHeight) return;
    this.#lastHeight = height;
    this.#post({ kind: 'height', height });
  }

  #sayReady(): void {
    if (!this.#gate.target) return;
    const ctx = this.#ctx;
    this.#ready = true;
    this.#post(
      readyMessage(ctx.story, ctx.config.mode === 'figure' ? 'figure' : 'embed', ctx.activeIndex, ctx.lang),
    );
    this.#lastStep = `${ctx.step.id} ${ctx.lang}`;
    this.#lastHeight = -1;
    if (this.#heightOf) this.#postHeight(this.#heightOf);
  }

  #onMessage = (event: MessageEvent): void => {
    if (window.parent === window || event.source !== window.parent) {
      return this.#ignore(event, 'not from the embedding page');
    }
    const parsed = parseMessage(HostMessageSchema, event.data);
    if (!parsed.ok) return this.#ignore(event, parsed.reason);
    const message = parsed.message;
    if (message.kind === 'hello' ? !this.#gate.hello(event.origin) : !this.#gate.allows(event.origin)) {
      return this.#ignore(event, 'origin not allowed (src/embed/embed.config.ts)');
    }
    const ctx = this.#ctx;
    switch (message.kind) {
      case 'hello':
        this.#sayReady();
        break;
      case 'setStep': {
        const index = ctx.story.steps.findIndex((s) => s.id === message.step);
        if (index < 0) return this.#ignore(event, `no step "${message.step}"`);
        ctx.activeIndex = index;
        ctx.progress = ctx.config.mode === 'figure' ? ctx.config.progress : 0;
        break;
      }
      case 'setLanguage':
        if (!ctx.story.languages.includes(message.lang)) return this.#ignore(event, 'not a story language');
        void ctx.setLanguage(message.lang);
        break;
      case 'scroll': {
        if (ctx.config.mode !== 'embed') return;
        const { index, progress } = stepAtScroll(message, ctx.story.steps.length);
        ctx.activeIndex = index;
        ctx.progress = progress;
        break;
      }
    }
  };

  #post(fields: Parameters<typeof envelope<StoryMessage>>[0]): void {
    const target = this.#gate.target;
    if (target && window.parent !== window) window.parent.postMessage(envelope<StoryMessage>(fields), target);
  }

  #ignore(event: MessageEvent, reason: string): void {
    if (!this.#ctx.config.debug) return;
    // eslint-disable-next-line no-console -- author tool: only under ?debug
    console.debug(`embed: ignored a message from ${event.origin || 'an unknown origin'}: ${reason}`);
  }
}
