/**
 * Shared reading state for the components of one story, as runes behind a typed context.
 */
import { getContext, setContext } from 'svelte';
import { ReducedMotionPreference } from '../preferences/reducedMotion.svelte.ts';
import type { AppConfig } from '../modes/config.ts';
import type { Story } from './schema.ts';
import type { StoryLoader } from './storyModules.ts';

export class StoryContext {
  /** The language shown; changed only by {@link setLanguage}, with the story. */
  #lang = $state('en');
  /**
   * The story in that language: a new object when the language changes, so read it where it is
   * used (`ctx.story`), never keep it.
   */
  #story: Story = $state.raw() as unknown as Story;
  #languageRequest = 0;
  readonly #loadStory: StoryLoader;
  /** Index of the step being read (driven by scroll, keyboard, links). */
  activeIndex = $state(0);
  /** How far the reader is through that step, 0–1 (drives motion within a step). */
  progress = $state(0);
  /** Map status as published on the container and `<html>`. */
  mapReady = $state(false);
  /** Height in pixels of the timeline strip over the map's lower edge, which the camera keeps clear. */
  timelineHeight = $state(72);
  readonly config: AppConfig;
  /** Reduced motion: the reader's choice on this site, else the OS setting. */
  readonly reducedMotion = new ReducedMotionPreference();
  /** Moves to a step (keyboard, timeline, links); set by the step list. */
  goTo: (index: number) => void = () => {};
  /** Returns the map to the step's camera after the reader moved it; set by the map view. */
  resetView: () => void = () => {};

  /**
   * @param story the story in `lang` (or with every language, as in tests)
   * @param loadStory gives the story in another language
   */
  constructor(
    story: Story,
    config: AppConfig,
    lang: string,
    activeIndex: number,
    progress = 0,
    loadStory: StoryLoader = () => Promise.resolve(story),
  ) {
    this.#story = story;
    this.config = config;
    this.#lang = lang;
    this.activeIndex = activeIndex;
    this.progress = progress;
    this.#loadStory = loadStory;
  }

  get lang(): string {
    return this.#lang;
  }

  get story(): Story {
    return this.#story;
  }

  /**
   * Shows the story in another of its languages, once it has arrived (at once if it has). When requests overlap, the last one wins; one that fails to load leaves
   * the page in the language it was in, and says why in the console.
   */
  async setLanguage(lang: string): Promise<void> {
    const request = ++this.#languageRequest;
    let story: Story;
    try {
      story = await this.#loadStory(lang);
    } catch (error) {
      console.error(`could not load the story in "${lang}":`, error);
      return;
    }
    if (request !== this.#languageRequest) return;
    // Together, in one turn: no text is ever read in a language its story does not hold.
    this.#story = story;
    this.#lang = lang;
  }

  /** Loads the story's other languages in the background, so that a switch is instant. */
  preloadLanguages(): void {
    for (const lang of this.#story.languages) this.#loadStory(lang).catch(() => {});
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
