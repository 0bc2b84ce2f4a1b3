import type { AppConfig } from '../modes/config.ts';
import type { Story } from './schema.ts';

/**
 * The language and step a reader lands on, from the URL request and the story; unknown values fall
 * back (to the story's default language, to the first step) with a warning, never an error.
 */
export function initialState(
  story: Story,
  config: Pick<AppConfig, 'lang' | 'stepId'>,
): { lang: string; index: number; warnings: string[] } {
  const warnings: string[] = [];
  let lang = story.defaultLanguage;
  if (config.lang !== undefined) {
    if (story.languages.includes(config.lang)) lang = config.lang;
    else warnings.push(`unknown language "${config.lang}"; using "${lang}"`);
  }
  let index = 0;
  if (config.stepId !== undefined) {
    const found = story.steps.findIndex((s) => s.id === config.stepId);
    if (found >= 0) index = found;
    else warnings.push(`unknown step "${config.stepId}"; starting at the beginning`);
  }
  return { lang, index, warnings };
}
