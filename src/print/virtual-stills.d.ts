declare module 'virtual:stills' {
  /**
   * The still images `npm run stills` drew (scripts/vite/stillsPlugin.ts): story name →
   * `<step id>.<lang>` → version, a short hash of what the image shows.
   */
  const stills: Record<string, Record<string, string>>;
  export default stills;
  /** The same stills' sizes: story name → `<step id>.<lang>` → [width, height] in pixels. */
  export const sizes: Record<string, Record<string, readonly [number, number]>>;
}
