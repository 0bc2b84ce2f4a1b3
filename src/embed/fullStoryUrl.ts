import { DEFAULT_STORY } from '../identity.ts';

/**
 * The address of the full story (web mode) at a step, for the link out of an embed or a figure:
 * the app's own address with `step`, `lang` and (for another story) `story`.
 * @example fullStoryUrl('https://x.org/war/?mode=figure&step=a', 'chosin', 'march-out', 'ko')
 *   // 'https://x.org/war/?story=chosin&step=march-out&lang=ko' (with the default story, no story=)
 */
export function fullStoryUrl(current: string, storyId: string, stepId: string, lang: string): string {
  const url = new URL('./', current);
  if (storyId !== DEFAULT_STORY) url.searchParams.set('story', storyId);
  url.searchParams.set('step', stepId);
  url.searchParams.set('lang', lang);
  return url.href;
}
