import { pickLanguage } from '../i18n/pickLanguage.ts';
import type { AppConfig } from '../modes/config.ts';
import type { Story } from './schema.ts';

/**
 * The language, step and progress through it a reader lands on, from the URL request, the browser's languages and the
 * story; unknown values fall back (to the browser's or the story's default language, to the first
 * step) with a warning, never an error.
 */
export function initialState(
  story: Story,
  config: Pick<AppConfig, 'lang' | 'stepId' | 'browserLanguages'> & Partial<Pick<AppConfig, 'progress'>>,
): { lang: string; index: number; progress: number; warnings: string[] } {
  const warnings: string[] = [];
  const { lang, warning } = pickLanguage({
    requested: config.lang,
    browser: config.browserLanguages,
    languages: story.languages,
    defaultLanguage: story.defaultLanguage,
  });
  if (warning) warnings.push(warning);
  let index = 0;
  let progress = 0;
  if (config.stepId !== undefined) {
    const found = story.steps.findIndex((s) => s.id === config.stepId);
    if (found >= 0) [index, progress] = [found, config.progress ?? 0];
    else warnings.push(`unknown step "${config.stepId}"; starting at the beginning`);
  }
  return { lang, index, progress, warnings };
}
