/**
 * embed.js's side of the conversation with the story in its iframe: say hello until the story
 * answers, post to the story's origin only, and take only messages from this iframe's window and
 * that origin which match the shared schema (messages.ts, compiled to JSON Schema by the build).
 * Nothing received is ever inserted as HTML.
 */
import { envelope } from './envelope.ts';
import { matchesSchema, type JsonSchema } from './jsonSchemaCheck.ts';
import type { HostMessage, StoryMessage } from './messages.ts';
import { MAX_MESSAGE_CHARS, payloadSize } from './wireFormat.ts';

/** messages.ts's `StoryMessageSchema` as JSON Schema, written in by the build. */
declare const __STORY_MESSAGE_SCHEMA__: JsonSchema;

/** How often (ms) and how many times to say hello until the story answers. */
const HELLO_EVERY = 250;
const HELLO_TRIES = 60;

type HostFields = Parameters<typeof envelope<HostMessage>>[0];

export class FrameBridge {
  readonly #iframe: HTMLIFrameElement;
  readonly #origin: string;
  readonly #onMessage: (message: StoryMessage) => void;
  #hello: ReturnType<typeof setInterval> | undefined;
  #ready = false;

  /** @param onMessage told of each valid message from the story */
  constructor(iframe: HTMLIFrameElement, origin: string, onMessage: (message: StoryMessage) => void) {
    this.#iframe = iframe;
    this.#origin = origin;
    this.#onMessage = onMessage;
    window.addEventListener('message', this.#receive);
  }

  /** The story has said `ready`: from then on messages may be posted. */
  get ready(): boolean {
    return this.#ready;
  }

  /** The story may still be loading when its document has: repeat until it answers `ready`. */
  sayHello(): void {
    clearInterval(this.#hello);
    let tries = 0;
    const hello = () => {
      if (this.#ready || ++tries > HELLO_TRIES) return clearInterval(this.#hello);
      this.post({ kind: 'hello' }, true);
    };
    hello();
    this.#hello = setInterval(hello, HELLO_EVERY);
  }

  /** Posts to the story, once it is ready (or before, for a hello). */
  post(fields: HostFields, beforeReady = false): void {
    if (!this.#iframe.contentWindow || (!this.#ready && !beforeReady)) return;
    this.#iframe.contentWindow.postMessage(envelope<HostMessage>(fields), this.#origin);
  }

  dispose(): void {
    window.removeEventListener('message', this.#receive);
    clearInterval(this.#hello);
  }

  #receive = (event: MessageEvent): void => {
    // Only our own iframe, from the story's origin; anything else is not for us.
    if (event.source !== this.#iframe.contentWindow || event.origin !== this.#origin) return;
    const data: unknown = event.data;
    if (payloadSize(data) > MAX_MESSAGE_CHARS || !matchesSchema(__STORY_MESSAGE_SCHEMA__, data)) return;
    const message = data as StoryMessage;
    if (message.kind === 'ready') {
      // The story says it once by itself when it knows our origin, and answers every hello.
      if (this.#ready) return;
      this.#ready = true;
      clearInterval(this.#hello);
    }
    this.#onMessage(message);
  };
}
