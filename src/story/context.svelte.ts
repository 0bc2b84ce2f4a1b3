/**
 * Shared reading state for the components of one story, as runes behind a typed context.
 */
import { getContext, setContext } from 'svelte';
import { MotionPreference } from '../motion/motionPreference.svelte.ts';
import type { AppConfig } from '../modes/config.ts';
import type { Story } from './schema.ts';

export class StoryContext {
  lang = $state('en');
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

  constructor(story: Story, config: AppConfig, lang: string, activeIndex: number, progress = 0) {
    this.story = story;
    this.config = config;
    this.lang = lang;
    this.activeIndex = activeIndex;
    this.progress = progress;
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
