/**
 * A compiled story in one of its languages: the whole story, every text reduced to that language.
 * The build writes one such JSON file per language (scripts/vite/storyPlugin.ts), so a reader
 * downloads the story once, in the language they read, and a language switch swaps the story
 * object (src/story/storyModules.ts) rather than merging texts into it.
 *
 * Written out field by field from the schema (./schema.ts), which is what says a field is text;
 * storyIn.test.ts fails when a text field is added there and not here.
 */
import type { Localized, Step, Story } from './schema.ts';

/**
 * @example storyIn(story, 'ko').steps[0].title // { ko: '…' }
 */
export function storyIn(story: Story, lang: string): Story {
  if (!story.languages.includes(lang)) throw new Error(`the story "${story.id}" has no language "${lang}"`);
  // Every story text exists in every language of its story (checked when it is compiled).
  const pick = (text: Localized): Localized => ({ [lang]: text[lang]! });
  const step = (s: Step): Step => ({
    ...s,
    ...(s.dateLabel && { dateLabel: pick(s.dateLabel) }),
    title: pick(s.title),
    // The one text a story may give in some languages only: left out where this one has none.
    short: undefined,
    ...(s.short?.[lang] !== undefined && { short: { [lang]: s.short[lang] } }),
    html: pick(s.html),
    description: pick(s.description),
    ...(s.contested && {
      contested: s.contested.map((c) => ({
        ...c,
        what: pick(c.what),
        range: pick(c.range),
        ...(c.note && { note: pick(c.note) }),
      })),
    }),
  });
  return {
    ...story,
    title: pick(story.title),
    ...(story.subtitle && { subtitle: pick(story.subtitle) }),
    ...(story.byline && { byline: pick(story.byline) }),
    sides: story.sides.map((side) => ({ ...side, label: pick(side.label) })),
    layers: story.layers.map((layer) => ({ ...layer, label: pick(layer.label) })),
    steps: story.steps.map(step),
    events: story.events.map((event) => ({ ...event, title: pick(event.title) })),
  };
}
