/**
 * What embed.js learns from its own `<script>` tag, read once as it runs (`document.currentScript`
 * is only set then): where the story is by default, and which other origins may be framed.
 */
import { identity } from '../identity.ts';
import { embedConfig } from './embed.config.ts';
import { allowedOrigins, frameDecision, type FrameDecision } from './frameOrigin.ts';

const script = document.currentScript as HTMLScriptElement | null;
/** The folder embed.js came from: where the story is, unless `src` says otherwise. */
const scriptBase = script?.src;
/** Origins besides embed.js's own that may be framed: the script tag's list and the build's. */
const ALLOWED = allowedOrigins(`${script?.dataset.allowOrigins ?? ''} ${embedConfig.frameOrigins.join(' ')}`);

/** Where `src` says the story is, if embed.js may frame it; else warns (once per call) and says no. */
export function storyAddress(src: string | null): FrameDecision {
  const decision = frameDecision(src, scriptBase, location.href, ALLOWED);
  if (!decision.ok)
    console.warn(`<${identity.element}>: not shown: the story's address (src) ${decision.reason}`);
  return decision;
}
