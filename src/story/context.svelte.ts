/**
 * Shared reading state for the components of one story, as runes behind a typed context.
 */
import { getContext, setContext } from 'svelte';
import { MotionPreference } from '../motion/motionPreference.svelte.ts';
import type { AppConfig } from '../modes/config.ts';
import type { Story } from './schema.ts';
import type { LanguageLoader } from './storyTexts.ts';

export class StoryContext {
  /** The language shown; changed only by {@link setLanguage}, once its texts are loaded. */
  #lang = $state('en');
  #languageRequest = 0;
  readonly #loadLanguage: LanguageLoader;
  /** Index of the step being read (driven by scroll, keyboard, links). */
  activeIndex = $state(0);
  /** How far the reader is through that step, 0–1 (drives motion within a step). */
  progress = $state(0);
  /** Map status as published on the container and `<html>`. */
  mapReady = $state(false);
  /** Height in pixels of the timeline strip over the map's lower edge, which the camera keeps clear. */
  timelineHeight = $state(72);
  readonly story: Story;
  readonly config: AppConfig;
  /** Reduced motion: the reader's choice on this site, else the OS setting. */
  readonly motion = new MotionPreference();
  /** Moves to a step (keyboard, timeline, links); set by the step list. */
  goTo: (index: number) => void = () => {};
  /** Returns the map to the step's camera after the reader moved it; set by the map view. */
  resetView: () => void = () => {};

  /**
   * @param lang a language whose texts are loaded into `story` already
   * @param loadLanguage loads another language's texts into `story`
   */
  constructor(
    story: Story,
    config: AppConfig,
    lang: string,
    activeIndex: number,
    progress = 0,
    loadLanguage: LanguageLoader = () => Promise.resolve(),
  ) {
    this.story = story;
    this.config = config;
    this.#lang = lang;
    this.activeIndex = activeIndex;
    this.progress = progress;
    this.#loadLanguage = loadLanguage;
  }

  get lang(): string {
    return this.#lang;
  }

  /**
   * Shows the story in another of its languages, once that language's texts have arrived (at
   * once if they have). When requests overlap, the last one wins; one that fails to load leaves
   * the page in the language it was in, and says why in the console.
   */
  async setLanguage(lang: string): Promise<void> {
    const request = ++this.#languageRequest;
    try {
      await this.#loadLanguage(lang);
    } catch (error) {
      console.error(`could not load the story's "${lang}" texts:`, error);
      return;
    }
    if (request === this.#languageRequest) this.#lang = lang;
  }

  /** Loads the story's other languages in the background, so that a switch is instant. */
  preloadLanguages(): void {
    for (const lang of this.story.languages) this.#loadLanguage(lang).catch(() => {});
  }

  get step() {
    return this.story.steps[this.activeIndex]!;
  }
}

const KEY = Symbol('story');

export function setStoryContext(ctx: StoryContext): StoryContext {
  return setContext(KEY, ctx);
}

export function getStoryContext(): StoryContext {
  return getContext<StoryContext>(KEY);
}
