/**
 * The language a reader gets: the one the URL asks for; else the first of the browser's preferred
 * languages the story is written in (`ko-KR` → `ko`); else the story's default. An unknown `?lang`
 * falls back the same way, with a warning.
 */
export interface LanguageRequest {
  /** `?lang`, if given. */
  requested: string | undefined;
  /** The browser's preferred languages, most preferred first (`navigator.languages`). */
  browser: readonly string[];
  /** The story's languages (two-letter codes). */
  languages: readonly string[];
  defaultLanguage: string;
}

/**
 * @example pickLanguage({ requested: undefined, browser: ['ko-KR', 'en-US'], languages: ['en', 'ko'], defaultLanguage: 'en' }).lang === 'ko'
 */
export function pickLanguage({ requested, browser, languages, defaultLanguage }: LanguageRequest): {
  lang: string;
  warning?: string;
} {
  if (requested !== undefined && languages.includes(requested)) return { lang: requested };
  const preferred = browser
    .map((tag) => tag.split(/[-_]/)[0]!.toLowerCase())
    .find((primary) => languages.includes(primary));
  const lang = preferred ?? defaultLanguage;
  if (requested === undefined) return { lang };
  return { lang, warning: `unknown language "${requested}"; using "${lang}"` };
}
