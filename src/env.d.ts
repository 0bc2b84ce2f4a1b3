/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:label-font' {
  const faces: { url: string; 'unicode-range': string[] }[];
  export default faces;
}

declare module '*.yaml' {
  import type { Story } from './story/schema.ts';
  /** The story's index (scripts/vite/storyPlugin.ts, src/story/storyModules.ts). */
  export const languages: string[];
  export const defaultLanguage: string;
  /** The complete story in each language, fetched (a JSON file) on demand. */
  export const load: Record<string, () => Promise<Story>>;
}

interface Window {
  /** Present with `?debug`: tools for authors and the soak script. */
  storyDebug?: {
    mapStats: () => { layers: number; sources: number };
    /** The motion state the map shows, if its step has motion (progress to four decimals). */
    motion: () => import('./story/motion.ts').MotionState | undefined;
    /** The last label placement: shapes placed, and pairs of features whose labels or icons overlap. */
    labelOverlaps: () => Promise<{
      shapes: number;
      overlaps: import('./map/placedLabels.ts').LabelOverlap[];
    }>;
    /** The names the map placed, by style layer, and what each names. */
    placedLabels: () => { layer: string; names: string }[];
  };
}
