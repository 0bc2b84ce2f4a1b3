import type { Story } from '../story/schema.ts';
import { envelope } from './envelope.ts';
import { parseMessage, StoryMessageSchema, type StoryMessage } from './messages.ts';
import { MAX_MESSAGE_CHARS, payloadSize } from './wireFormat.ts';

type Ready = Extract<StoryMessage, { kind: 'ready' }>;
type StoryParts = Pick<Story, 'title' | 'steps' | 'languages'>;

/**
 * The story's `ready` message (without its envelope): what embed.js needs to lay the story out.
 * One function for the bridge that sends it and the linter that checks it fits.
 */
export function readyMessage(
  story: StoryParts,
  mode: Ready['mode'],
  index: number,
  lang: string,
): Omit<Ready, 'type' | 'version'> {
  return {
    kind: 'ready',
    mode,
    title: story.title[lang] ?? '',
    steps: story.steps.map((s) => s.id),
    languages: story.languages,
    step: story.steps[index]!.id,
    index,
    lang,
  };
}

/**
 * Why embed.js would drop this story's `ready` (and so never show it), or `undefined` if every
 * `ready` it can send passes: at most {@link MAX_MESSAGE_CHARS} and the message schema, in every
 * language, at every step.
 * @example readyProblem(storyWith600Steps) // 'its embed "ready" message is 9 410 characters; …'
 */
export function readyProblem(story: StoryParts): string | undefined {
  for (const lang of story.languages) {
    for (let index = 0; index < story.steps.length; index++) {
      const message = envelope<StoryMessage>(readyMessage(story, 'embed', index, lang));
      const size = payloadSize(message, Infinity);
      if (size > MAX_MESSAGE_CHARS) {
        return `its embed "ready" message is ${size} characters, over embed.js's limit of ${MAX_MESSAGE_CHARS}: fewer steps or shorter step ids and title`;
      }
      const parsed = parseMessage(StoryMessageSchema, message);
      if (!parsed.ok)
        return `its embed "ready" message (${lang}) breaks the message schema: ${parsed.reason}`;
    }
  }
  return undefined;
}
