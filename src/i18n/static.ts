/**
 * What the page without JavaScript says about itself, by language (English for any other): it is
 * the story with its maps as pictures, and where the interactive one and the other languages are.
 * Apart from the interface table (src/i18n/ui.ts): only the build-time page uses these.
 */
export interface StaticStrings {
  note: string;
  /** The link to the story in this language, named in that language. */
  readIn: string;
  interactive: string;
}

const strings: Record<string, StaticStrings> = {
  en: {
    note: 'The story with its maps as pictures. With JavaScript on, the map moves with the text.',
    readIn: 'Read in English',
    interactive: 'The interactive story',
  },
  ko: {
    note: '지도를 그림으로 넣은 이야기입니다. 자바스크립트를 켜면 글을 따라 지도가 움직입니다.',
    readIn: '한국어로 읽기',
    interactive: '움직이는 지도로 보기',
  },
};

export function staticStrings(lang: string): StaticStrings {
  return strings[lang] ?? strings.en!;
}
