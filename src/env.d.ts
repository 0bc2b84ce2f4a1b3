/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:label-font' {
  const faces: { url: string; 'unicode-range': string[] }[];
  export default faces;
}

declare module '*.yaml' {
  import type { Story } from './story/schema.ts';
  import type { TextTree } from './story/languageSplit.ts';
  /** The story without its texts (scripts/vite/storyPlugin.ts). */
  const story: Story;
  export default story;
  /** Each language's texts, loaded on demand. */
  export const texts: Record<string, () => Promise<{ default: TextTree }>>;
}

interface Window {
  /** TEMPORARY until scripts/bench moves to storyDebug. */
  koreanWarDebug?: Window['storyDebug'];
  /** Present with `?debug`: tools for authors and the soak script. */
  storyDebug?: {
    mapStats: () => { layers: number; sources: number };
    /** The motion state the map shows, if its step has motion (progress to four decimals). */
    motion: () => import('./story/motion.ts').MotionState | undefined;
  };
}
