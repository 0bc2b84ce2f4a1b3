/**
 * Who may drive an embedded story. Edit this file to change it; it is compiled into the app.
 *
 * `'embedder'` stands for the origin of the page the story is embedded in — the parent's origin
 * from `location.ancestorOrigins` (Chromium, Safari), else from `document.referrer`, else from the
 * first `hello` the parent window itself sends. Add origins (`'https://news.example'`) to accept
 * messages from those pages only, or remove `'embedder'` to accept the listed ones alone.
 * Messages from anywhere else are ignored (and logged with `console.debug` under `?debug`).
 */
export type OriginRule = 'embedder' | `https://${string}` | `http://${string}`;

export interface EmbedConfig {
  /** Origins whose pages may send messages to the story (and receive its messages). */
  allowedOrigins: readonly OriginRule[];
  /**
   * The other side: origins besides its own whose stories `embed.js` will put in an iframe (a
   * `src` or `data-src` naming any other origin is refused). A publisher can also list them on
   * the script tag: `<script src=…/embed.js data-allow-origins="https://a.example">`.
   */
  frameOrigins: readonly Exclude<OriginRule, 'embedder'>[];
}

export const embedConfig: EmbedConfig = {
  allowedOrigins: ['embedder'],
  frameOrigins: [],
};
