import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchStoryText, storyLoader } from './storyModules.ts';
import type { Story } from './schema.ts';

const respond = (status: number, body: string) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );
afterEach(() => vi.unstubAllGlobals());

describe('fetchStoryText', () => {
  it('gives the story in the JSON file', async () => {
    respond(200, '{"id":"x","steps":[]}');
    await expect(fetchStoryText('/assets/x.en.json')).resolves.toEqual({ id: 'x', steps: [] });
  });

  it('names the file and the status when the server refuses it', async () => {
    respond(404, 'no');
    await expect(fetchStoryText('/assets/x.en.json')).rejects.toThrow(/^\/assets\/x\.en\.json: 404/);
  });

  it('refuses a file that is not a story', async () => {
    respond(200, 'null');
    await expect(fetchStoryText('/a.json')).rejects.toThrow('/a.json is not a story');
    respond(200, '{"steps":"many"}');
    await expect(fetchStoryText('/a.json')).rejects.toThrow('/a.json is not a story');
  });
});

describe('storyLoader', () => {
  it('loads a language once, tries again after a failure, and refuses an unknown one', async () => {
    const story = { id: 'x' } as Story;
    const en = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(story);
    const load = storyLoader({ languages: ['en'], defaultLanguage: 'en', load: { en } });
    await expect(load('en')).rejects.toThrow('offline');
    await expect(load('en')).resolves.toBe(story);
    await expect(load('en')).resolves.toBe(story);
    expect(en).toHaveBeenCalledTimes(2);
    await expect(load('fr')).rejects.toThrow('the story has no language "fr"');
  });
});
