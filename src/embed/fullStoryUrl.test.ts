import { expect, it } from 'vitest';
import { fullStoryUrl } from './fullStoryUrl.ts';

it('opens the web mode of the same story at the step, in the language shown', () => {
  expect(fullStoryUrl('https://x.org/war/?mode=figure&step=a&debug', 'korean-war', 'inchon', 'ko')).toBe(
    'https://x.org/war/?step=inchon&lang=ko',
  );
  expect(fullStoryUrl('https://x.org/?mode=embed&story=atlas', 'atlas', 'rivers', 'en')).toBe(
    'https://x.org/?story=atlas&step=rivers&lang=en',
  );
});
