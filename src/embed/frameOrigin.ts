/**
 * Which story addresses embed.js may put in an iframe. A content system that keeps `data-*`
 * attributes (DOMPurify's default) lets any author write a placeholder's `data-src`: without this
 * check that is a full-viewport iframe of any site on the article. So embed.js frames only the
 * origin it was itself loaded from, plus origins the publisher lists on its `<script>` tag
 * (`data-allow-origins`) or in embed.config.ts (`frameOrigins`).
 */

export type FrameDecision =
  | { ok: true; url: URL }
  /** `origin` is the refused origin, when the address had one (for the console warning). */
  | { ok: false; reason: string; origin?: string };

/**
 * Origins named in a whitespace-separated list (`data-allow-origins`), normalised: only http(s)
 * entries count; anything else (`*`, `javascript:…`, a typo) is dropped.
 * @example allowedOrigins('https://a.example/path http://b.example:8080 *')
 *   // ['https://a.example', 'http://b.example:8080']
 */
export function allowedOrigins(list: string | null | undefined): string[] {
  const origins: string[] = [];
  for (const entry of (list ?? '').split(/\s+/)) {
    const origin = httpOrigin(entry);
    if (origin) origins.push(origin);
  }
  return origins;
}

/** `value` resolved against `base`, or `undefined` (`URL.canParse` is too new for some hosts). */
function parseUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

const isHttp = (url: URL | undefined): url is URL => url?.protocol === 'https:' || url?.protocol === 'http:';

/** `value`'s origin if it is an absolute http(s) URL, else `undefined`. */
function httpOrigin(value: string): string | undefined {
  const url = parseUrl(value);
  return isHttp(url) ? url.origin : undefined;
}

/**
 * The address to frame for an element whose `src` is `src` (none: the folder embed.js came
 * from), or why not.
 * @param scriptUrl embed.js's own address (`document.currentScript.src`); the page's when unknown
 * @param pageUrl the host page's address (`location.href`), the base of a relative `src`
 * @param allowed further origins the publisher allows (script tag plus build config)
 * @example frameDecision('https://evil.example/', 'https://story.example/embed.js', 'https://news.example/a', [])
 *   // { ok: false, reason: …, origin: 'https://evil.example' }
 */
export function frameDecision(
  src: string | null,
  scriptUrl: string | undefined,
  pageUrl: string,
  allowed: readonly string[],
): FrameDecision {
  const base = scriptUrl && parseUrl(scriptUrl) ? scriptUrl : pageUrl;
  const url = parseUrl(src ?? './', base);
  if (!isHttp(url)) return { ok: false, reason: 'must be an http(s) URL' };
  const home = httpOrigin(base);
  if (url.origin === home || allowed.includes(url.origin)) return { ok: true, url };
  return {
    ok: false,
    origin: url.origin,
    reason: `is on ${url.origin}, which embed.js does not frame (allowed: ${[home, ...allowed].filter(Boolean).join(' ') || 'none'}; add it to data-allow-origins on the embed.js script tag)`,
  };
}
