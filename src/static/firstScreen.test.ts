import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../i18n/pickLanguage.ts';
import { resolveConfig } from '../modes/config.ts';
import { firstScreenScript, prerenderFits, STALE } from './firstScreen.ts';

const languages = ['en', 'ko'];
const tag = fc.constantFrom('en', 'en-US', 'ko', 'ko-KR', 'KO_kr', 'fr', 'de-DE', 'zh-Hans', '');

describe('prerenderFits', () => {
  it('fits a plain address in the default language', () => {
    expect(prerenderFits('', '', ['en-GB'], languages, 'en')).toBe(true);
    expect(prerenderFits('?', '#', ['fr', 'en'], languages, 'en')).toBe(true);
    expect(prerenderFits('', '', [], languages, 'en')).toBe(true);
  });

  it('does not fit any address with a query or a fragment', () => {
    expect(prerenderFits('?step=inchon', '', ['en'], languages, 'en')).toBe(false);
    expect(prerenderFits('?mode=kiosk', '', ['en'], languages, 'en')).toBe(false);
    expect(prerenderFits('', '#inchon', ['en'], languages, 'en')).toBe(false);
  });

  it('picks the language as the app does', () => {
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 4 }), (browser) => {
        const { lang } = pickLanguage({ requested: undefined, browser, languages, defaultLanguage: 'en' });
        expect(prerenderFits('', '', browser, languages, 'en')).toBe(lang === 'en');
      }),
    );
  });

  it('fits only where the app opens on the first step, in web mode', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', '?', '?step=inchon', '?mode=figure', '?lang=en', '?debug'),
        (search) => {
          const config = resolveConfig(search, '', ['en']);
          if (prerenderFits(search, '', ['en'], languages, 'en')) {
            expect(config).toMatchObject({ mode: 'web', stepId: undefined, lang: undefined, progress: 0 });
          }
        },
      ),
    );
  });
});

describe('firstScreenScript', () => {
  /** Runs the script as the browser would, and says whether it marked the first screen stale. */
  function run(search: string, browser: string[]): boolean {
    const attributes = new Map<string, string>();
    const documentElement = { setAttribute: (k: string, v: string) => attributes.set(k, v) };
    runInNewContext(firstScreenScript(languages, 'en'), {
      location: { search, hash: '' },
      navigator: { languages: browser },
      document: { documentElement },
    });
    return attributes.get(STALE.attribute) === STALE.value;
  }

  it('marks the first screen stale where it does not fit, and only there', () => {
    expect(run('', ['en-US'])).toBe(false);
    expect(run('', ['ko-KR', 'en'])).toBe(true);
    expect(run('?step=inchon', ['en'])).toBe(true);
  });
});
