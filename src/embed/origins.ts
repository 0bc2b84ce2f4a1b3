import type { OriginRule } from './embed.config.ts';

/**
 * The origin of the page that embedded the story, as far as the browser tells it before any
 * message arrives: `location.ancestorOrigins[0]` (not in Firefox), else `document.referrer`'s
 * origin (empty under `Referrer-Policy: no-referrer`). `undefined` when neither says; the parent's
 * `hello` then settles it (see {@link OriginGate}).
 */
export function embedderOrigin(
  ancestorOrigins: readonly string[] | undefined,
  referrer: string,
): string | undefined {
  const ancestor = ancestorOrigins?.[0];
  if (ancestor && ancestor !== 'null') return ancestor;
  try {
    const origin = new URL(referrer).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * Decides whose messages the story accepts, from the allow-list in `embed.config.ts` and the
 * embedder's origin. Messages must also come from the parent window itself (checked by the caller).
 */
export class OriginGate {
  #rules: readonly OriginRule[];
  #embedder: string | undefined;

  constructor(rules: readonly OriginRule[], embedder: string | undefined) {
    this.#rules = rules;
    this.#embedder = embedder;
  }

  /** The origin the story posts its own messages to, once known. */
  get target(): string | undefined {
    if (this.#embedder && this.allows(this.#embedder)) return this.#embedder;
    return undefined;
  }

  allows(origin: string): boolean {
    return this.#rules.some((rule) => (rule === 'embedder' ? origin === this.#embedder : origin === rule));
  }

  /**
   * The parent's `hello` (already checked to come from the parent window) names its origin when
   * the browser did not. Accepted only if nothing named the embedder before, and only if the
   * allow-list trusts the embedder or lists that origin.
   * @returns whether the message's origin is allowed
   */
  hello(origin: string): boolean {
    if (this.#embedder === undefined && origin !== 'null') this.#embedder = origin;
    return this.allows(origin);
  }
}
