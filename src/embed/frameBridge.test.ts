import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storyMessageJsonSchema } from '../../scripts/vite/embedHostPlugin.ts';
import { envelope } from './envelope.ts';
import { FrameBridge } from './frameBridge.ts';
import type { StoryMessage } from './messages.ts';

const ORIGIN = 'https://stories.example';
const ready = envelope<StoryMessage>({
  kind: 'ready',
  mode: 'embed',
  title: 'A story',
  steps: ['one', 'two'],
  languages: ['en'],
  step: 'one',
  index: 0,
  lang: 'en',
});

/** A bridge over a fake iframe and window: what it posted, what it passed on. */
function bridge() {
  const posted: [unknown, string][] = [];
  const contentWindow = { postMessage: (data: unknown, origin: string) => posted.push([data, origin]) };
  const listeners = new Set<(event: Partial<MessageEvent>) => void>();
  vi.stubGlobal('window', {
    addEventListener: (_: string, l: (event: Partial<MessageEvent>) => void) => listeners.add(l),
    removeEventListener: (_: string, l: (event: Partial<MessageEvent>) => void) => listeners.delete(l),
  });
  const received: StoryMessage[] = [];
  const frame = new FrameBridge({ contentWindow } as unknown as HTMLIFrameElement, ORIGIN, (m) =>
    received.push(m),
  );
  const send = (data: unknown, from: Partial<MessageEvent> = {}) => {
    for (const l of listeners)
      l({ data, source: contentWindow as unknown as Window, origin: ORIGIN, ...from });
  };
  const kinds = () => posted.map(([data]) => (data as { kind: string }).kind);
  return { frame, posted, received, send, kinds, listeners };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('__STORY_MESSAGE_SCHEMA__', storyMessageJsonSchema());
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('FrameBridge', () => {
  it('says hello until the story is ready, then posts to its origin only', () => {
    const { frame, posted, send, kinds } = bridge();
    frame.post({ kind: 'setStep', step: 'two' });
    expect(posted).toEqual([]);
    frame.sayHello();
    vi.advanceTimersByTime(500);
    expect(kinds()).toEqual(['hello', 'hello', 'hello']);
    send(ready);
    expect(frame.ready).toBe(true);
    vi.advanceTimersByTime(1000);
    frame.post({ kind: 'setStep', step: 'two' });
    expect(kinds()).toEqual(['hello', 'hello', 'hello', 'setStep']);
    expect(posted.at(-1)).toEqual([envelope({ kind: 'setStep', step: 'two' }), ORIGIN]);
  });

  it('gives up saying hello after 60 tries', () => {
    const { frame, kinds } = bridge();
    frame.sayHello();
    vi.advanceTimersByTime(60_000);
    expect(kinds()).toHaveLength(60);
  });

  it('passes on only valid messages from its own iframe and origin, ready once', () => {
    const { send, received } = bridge();
    send(ready, { origin: 'https://elsewhere.example' });
    send(ready, { source: {} as Window });
    send({ ...ready, kind: 'unknown' });
    send({ ...ready, title: 'x'.repeat(9000) });
    expect(received).toEqual([]);
    send(ready);
    send(ready);
    send(envelope<StoryMessage>({ kind: 'height', height: 300 }));
    expect(received.map((m) => m.kind)).toEqual(['ready', 'height']);
  });

  it('stops listening and saying hello when disposed', () => {
    const { frame, listeners, kinds } = bridge();
    frame.sayHello();
    frame.dispose();
    vi.advanceTimersByTime(1000);
    expect(kinds()).toEqual(['hello']);
    expect(listeners.size).toBe(0);
  });
});
