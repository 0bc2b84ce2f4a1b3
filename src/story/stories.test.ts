/**
 * The story files as shipped: every story in stories/ compiles with its events, and holds what a
 * reader needs in every language, whatever the validator happens to check.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventsFileOf, readStory, storyFiles } from '../../scripts/storyFiles.ts';
import { timelineLayout } from '../timeline/timelineScale.ts';

const files = storyFiles();

describe.each(files)('%s', (file) => {
  const story = readStory(file);

  it('compiles, with its events file if it has one', () => {
    expect(story.steps.length).toBeGreaterThan(0);
    if (!existsSync(eventsFileOf(file))) expect(story.events).toEqual([]);
  });

  it('has every language in each step’s title, text and description, a source, and only declared layers', () => {
    const layers = new Set(story.layers.map((l) => l.id));
    for (const step of story.steps) {
      for (const lang of story.languages) {
        for (const field of ['title', 'html', 'description'] as const) {
          expect(step[field][lang]?.trim(), `${step.id} ${field}.${lang}`).toBeTruthy();
        }
        expect(step.html[lang], `${step.id} html.${lang}`).toMatch(/<p>/);
      }
      expect(step.sources.length, step.id).toBeGreaterThan(0);
      for (const key of step.sources) expect(story.sources, `${step.id} cites ${key}`).toHaveProperty([key]);
      for (const id of Object.keys(step.layers)) expect(layers.has(id), `${step.id} layer ${id}`).toBe(true);
      for (const figure of step.contested ?? []) {
        expect(figure.sources.length).toBeGreaterThanOrEqual(2);
        for (const lang of story.languages) expect(figure.what[lang] && figure.range[lang]).toBeTruthy();
      }
    }
  });

  it('cites every source it lists', () => {
    const cited = new Set(
      story.steps.flatMap((s) => [...s.sources, ...(s.contested ?? []).flatMap((c) => c.sources)]),
    );
    expect(Object.keys(story.sources).filter((k) => !cited.has(k))).toEqual([]);
  });

  it('lays out its timeline at phone width with labels apart and every mark reachable', () => {
    const index = new Map(story.steps.map((s, i) => [s.id, i]));
    const events = story.events.map((e) => ({ ...e, step: index.get(e.step)! }));
    const layout = timelineLayout(story.steps, events, 390 - 32);
    expect(layout.order).toHaveLength(story.steps.length + story.events.length);
    expect(layout.labels.length).toBeGreaterThanOrEqual(1);
    expect(layout.height).toBeLessThan(160);
  });
});

describe('stories/korean-war.events.yaml', () => {
  const story = readStory('stories/korean-war.yaml');

  it('has events in both languages, in date order, each linked to a step of the story', () => {
    expect(story.events.length).toBeGreaterThanOrEqual(25);
    const steps = new Set(story.steps.map((s) => s.id));
    story.events.forEach((event, i) => {
      expect(steps.has(event.step), `${event.id} → ${event.step}`).toBe(true);
      for (const lang of story.languages)
        expect(event.title[lang]?.trim(), `${event.id} ${lang}`).toBeTruthy();
      if (i > 0) expect(event.date >= story.events[i - 1]!.date, event.id).toBe(true);
    });
    expect(new Set(story.events.map((e) => e.id)).size).toBe(story.events.length);
  });

  it('links each event to a step whose dates are near it (within a year)', () => {
    const year = 366 * 24 * 3600 * 1000;
    for (const event of story.events) {
      const step = story.steps.find((s) => s.id === event.step)!;
      const [start, end] =
        typeof step.date === 'string' ? [step.date, step.date] : [step.date.start, step.date.end];
      const t = Date.parse(event.date.padEnd(10, '-01').slice(0, 10));
      const from = Date.parse(start.padEnd(10, '-01').slice(0, 10)) - year;
      const to = Date.parse(end.padEnd(10, '-01').slice(0, 10)) + year;
      expect(t >= from && t <= to, `${event.id} (${event.date}) → ${step.id}`).toBe(true);
    }
  });
});
