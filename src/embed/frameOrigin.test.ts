import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedOrigins, frameDecision } from './frameOrigin.ts';

const SCRIPT = 'https://story.example/war/embed.js';
const PAGE = 'https://news.example/2025/article.html';

describe('frameDecision', () => {
  it('frames the folder embed.js came from when there is no src', () => {
    const decision = frameDecision(null, SCRIPT, PAGE, []);
    expect(decision).toEqual({ ok: true, url: new URL('https://story.example/war/') });
  });

  it("frames any address on embed.js's own origin", () => {
    const decision = frameDecision('https://story.example/other/?story=b&debug', SCRIPT, PAGE, []);
    expect(decision.ok && decision.url.href).toBe('https://story.example/other/?story=b&debug');
  });

  it('refuses another origin, naming it, unless the publisher allows it', () => {
    const refused = frameDecision('https://evil.example/phish', SCRIPT, PAGE, []);
    expect(refused).toMatchObject({ ok: false, origin: 'https://evil.example' });
    expect(!refused.ok && refused.reason).toMatch(/https:\/\/evil\.example.*data-allow-origins/);
    const allowed = frameDecision('https://evil.example/phish', SCRIPT, PAGE, ['https://evil.example']);
    expect(allowed.ok).toBe(true);
  });

  it("refuses the host page's own origin too: only embed.js's is trusted by default", () => {
    // A relative src is relative to embed.js, as before.
    expect(frameDecision('/story/', SCRIPT, PAGE, []).ok && 'framed').toBe('framed');
    expect(frameDecision('https://news.example/story/', SCRIPT, PAGE, [])).toMatchObject({
      ok: false,
      origin: 'https://news.example',
    });
  });

  it('same host on another port or scheme is another origin', () => {
    expect(frameDecision('http://story.example/war/', SCRIPT, PAGE, []).ok).toBe(false);
    expect(frameDecision('https://story.example:8443/war/', SCRIPT, PAGE, []).ok).toBe(false);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<p>x', 'blob:https://story.example/x', 'http://[::1'])(
    'refuses %j as not an http(s) URL',
    (src) => {
      expect(frameDecision(src, SCRIPT, PAGE, ['https://story.example'])).toMatchObject({ ok: false });
    },
  );

  it("without embed.js's address (an inlined script), trusts the page's own origin", () => {
    expect(frameDecision('./story/', undefined, PAGE, []).ok).toBe(true);
    expect(frameDecision('https://story.example/', undefined, PAGE, []).ok).toBe(false);
  });

  it('never throws, and frames only a trusted origin, whatever src says', () => {
    const src = fc.oneof(fc.string(), fc.webUrl(), fc.webPath(), fc.constant(null));
    const allowList = fc.array(
      fc.webUrl().map((u) => new URL(u).origin),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(src, allowList, (value, allowed) => {
        const decision = frameDecision(value, SCRIPT, PAGE, allowed);
        if (decision.ok) {
          expect(['https://story.example', ...allowed]).toContain(decision.url.origin);
          expect(decision.url.protocol).toMatch(/^https?:$/);
        } else expect(decision.reason).not.toBe('');
      }),
    );
  });
});

describe('allowedOrigins', () => {
  it('reads a whitespace-separated list of origins, dropping what is not http(s)', () => {
    expect(allowedOrigins(' https://a.example/path\n http://b.example:8080  * javascript:x  ')).toEqual([
      'https://a.example',
      'http://b.example:8080',
    ]);
    expect(allowedOrigins(null)).toEqual([]);
  });

  it('never throws and yields only http(s) origins', () => {
    fc.assert(
      fc.property(fc.string(), (list) => {
        for (const origin of allowedOrigins(list)) expect(origin).toMatch(/^https?:\/\/[^/]+$/);
      }),
    );
  });
});
