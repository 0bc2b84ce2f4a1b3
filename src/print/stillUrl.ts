/**
 * Where a step's still image is (public/stills/, drawn by `npm run stills` from the real map):
 * what print shows in place of the map.
 */
import stills from 'virtual:stills';

/**
 * The still of `stepId` in `lang`, or undefined when the story has none (the atlas, a step added
 * since the last `npm run stills`). The query is the image's version, so a redrawn still is not
 * taken from a cache.
 * @example stillUrl('chosin', 'march-out', 'ko') // '/stills/chosin/march-out.ko.webp?v=1a2b3c4d'
 */
export function stillUrl(story: string, stepId: string, lang: string): string | undefined {
  const version = stills[story]?.[`${stepId}.${lang}`];
  if (version === undefined) return undefined;
  return `${import.meta.env.BASE_URL}stills/${story}/${stepId}.${lang}.webp?v=${version}`;
}
