/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:label-font' {
  const faces: { url: string; 'unicode-range': string[] }[];
  export default faces;
}

declare module '*.yaml' {
  import type { Story } from './story/schema.ts';
  const story: Story;
  export default story;
}

interface Window {
  /** Present with `?debug`: tools for authors and the soak script. */
  koreanWarDebug?: { mapStats: () => { layers: number; sources: number } };
}
