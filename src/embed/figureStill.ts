/**
 * The picture a figure shows until its live map starts: the step's still image (public/stills/,
 * drawn by `npm run stills` from the figure page itself, at the step's end).
 */
import { sizes } from 'virtual:stills';
import { stillUrl } from '../print/stillUrl.ts';

export interface FigureStill {
  src: string;
  width: number;
  height: number;
}

/**
 * The still of `stepId` in `lang`, or undefined when there is none (the atlas and the test story
 * have no stills; a step added since the last `npm run stills`) or it would show another moment
 * than the figure: stills are drawn at the step's end, `progress` 1.
 * @example figureStill('chosin', 'march-out', 'ko', 1)
 * // { src: '/stills/chosin/march-out.ko.webp?v=1a2b3c4d', width: 1200, height: 800 }
 */
export function figureStill(
  story: string,
  stepId: string,
  lang: string,
  progress: number,
): FigureStill | undefined {
  if (progress !== 1) return undefined;
  const src = stillUrl(story, stepId, lang);
  const size = sizes[story]?.[`${stepId}.${lang}`];
  if (src === undefined || size === undefined) return undefined;
  return { src, width: size[0], height: size[1] };
}
