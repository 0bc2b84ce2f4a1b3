/**
 * Property tests of everything the app reads from an address: the query and the fragment
 * (resolveConfig), the embedder's address (embedderOrigin), the full-story link built from the
 * page's address (fullStoryUrl), the embed's `src` (frameDecision) and its messages
 * (parseMessage). Whatever the input, none throws, and each yields a usable value or its
 * documented fallback. A throw here is a blank page (issue 23: `/?lang=ko#50%`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameDecision } from '../embed/frameOrigin.ts';
import { fullStoryUrl } from '../embed/fullStoryUrl.ts';
import { HostMessageSchema, parseMessage } from '../embed/messages.ts';
import { embedderOrigin } from '../embed/origins.ts';
import { isId } from '../story/stepId.ts';
import { DEFAULT_STORY } from '../identity.ts';
import { KIOSK_SECONDS, resolveConfig } from './config.ts';

/** `%` followed by nothing, one hex digit, a non-hex digit, or a truncated UTF-8 sequence. */
const badEscape = fc.constantFrom('%', '%5', '%G1', '%E0%A4%A', '%E0%A4', '%C3', '%FF', '%%', '50%', '%ZZ');
/** A string with malformed escapes spliced in. */
const withBadEscapes = fc
  .tuple(fc.string(), badEscape, fc.string(), badEscape)
  .map(([a, b, c, d]) => a + b + c + d);
const query = fc.oneof(
  fc.string(),
  withBadEscapes,
  fc.webQueryParameters().map((q) => `?${q}`),
  fc
    .tuple(
      fc.constantFrom('step', 'lang', 'mode', 'story', 'progress', 'idle', 'reset', 'dwell', 'debug'),
      fc.oneof(fc.string(), withBadEscapes, fc.double().map(String)),
    )
    .map(([name, value]) => `?${name}=${value}&lang=ko`),
);
const fragment = fc.oneof(
  fc.string(),
  withBadEscapes.map((s) => `#${s}`),
  fc.webFragments().map((f) => `#${f}`),
);

describe('resolveConfig on any address', () => {
  it.each(['#50%', '#%', '#%E0%A4%A', '#%ZZ'])('does not throw on the fragment %j', (hash) => {
    const config = resolveConfig('?lang=ko', hash);
    expect(config.lang).toBe('ko');
    // Kept as it is: it names no step, so the story opens at its beginning (with a warning).
    expect(config.stepId).toBe(hash.slice(1));
  });

  it('still decodes a well-formed fragment', () => {
    expect(resolveConfig('', '#%EC%9D%B8%EC%B2%9C').stepId).toBe('인천');
  });

  it('yields a valid config, whatever the query and fragment', () => {
    fc.assert(
      fc.property(query, fragment, (search, hash) => {
        const config = resolveConfig(search, hash, ['ko-KR']);
        expect(['web', 'kiosk', 'embed', 'figure']).toContain(config.mode);
        expect(isId(config.storyId)).toBe(true);
        expect(config.progress).toBeGreaterThanOrEqual(0);
        expect(config.progress).toBeLessThanOrEqual(1);
        for (const seconds of Object.values(config.kioskTimes)) {
          expect(seconds).toBeGreaterThanOrEqual(KIOSK_SECONDS.min);
          expect(seconds).toBeLessThanOrEqual(KIOSK_SECONDS.max);
        }
        // Warnings quote the address cut short: it cannot write a long message of its own.
        for (const warning of config.warnings) expect(warning.length).toBeLessThan(200);
      }),
      { numRuns: 500 },
    );
  });

  it('yields a full-story link from any page address it may run at', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fragment, (href, hash) => {
        const config = resolveConfig(new URL(href).search, hash);
        const link = new URL(fullStoryUrl(href, config.storyId, 'inchon', 'ko'));
        expect(link.searchParams.get('step')).toBe('inchon');
      }),
    );
  });
});

describe('?story=', () => {
  it('takes an id, and is not echoed when it is anything else', () => {
    expect(resolveConfig('?story=chosin', '').storyId).toBe('chosin');
    const text = 'The war ended in 1960 – call 555 0100';
    const config = resolveConfig(`?story=${encodeURIComponent(text)}`, '');
    expect(config.storyId).toBe(DEFAULT_STORY);
    expect(config.warnings.join(' ')).not.toContain('1960');
  });
});

describe('kiosk times', () => {
  it('are clamped to a tenth of a second … a day, with a warning', () => {
    const config = resolveConfig('?mode=kiosk&idle=1e12&reset=0.001&dwell=0.5', '');
    expect(config.kioskTimes).toEqual({ idleSeconds: 86_400, resetSeconds: 0.1, dwellSeconds: 0.5 });
    expect(config.warnings).toEqual([
      'idle "1e12" is out of range; using 86400 s',
      'reset "0.001" is out of range; using 0.1 s',
    ]);
  });
});

describe('the embed side', () => {
  it('embedderOrigin never throws and gives an origin or nothing', () => {
    const referrer = fc.oneof(fc.string(), fc.webUrl(), withBadEscapes);
    fc.assert(
      fc.property(
        fc.option(fc.array(fc.string(), { maxLength: 2 }), { nil: undefined }),
        referrer,
        (a, r) => {
          const origin = embedderOrigin(a, r);
          if (origin !== undefined) expect(origin).not.toBe('null');
        },
      ),
    );
  });

  it('frameDecision never throws on any src', () => {
    const src = fc.oneof(
      fc.string(),
      withBadEscapes,
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
    );
    fc.assert(
      fc.property(src, (value) => {
        frameDecision(value, 'https://story.example/embed.js', 'https://news.example/a', []);
      }),
    );
  });

  it('parseMessage never throws on any value and accepts only what the schema says', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const result = parseMessage(HostMessageSchema, data);
        if (result.ok) expect(HostMessageSchema.safeParse(data).success).toBe(true);
      }),
    );
  });
});
