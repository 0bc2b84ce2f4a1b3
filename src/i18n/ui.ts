/**
 * Interface strings by language. A story may add languages; the interface falls back to English
 * for any language missing here.
 */
export interface UiStrings {
  skipMap: string;
  language: string;
  languageName: string;
  step: (n: number, total: number) => string;
  sources: string;
  /** Name of the map's landmark (the map, its legend and the timeline). */
  mapLabel: string;
  /** Name of the landmark that holds the page's own switches (language, motion, text size). */
  readingOptions: string;
  mapUnavailable: string;
  mapFailed: string;
  mapDescription: string;
  timeline: string;
  /** Accessible name of a timeline mark or event: its title and date. */
  goTo: (title: string, date: string) => string;
  /** Badge of a figure the sources give differently. */
  sourcesDiffer: string;
  /** Before the links from a source back to the steps that cite it. */
  citedIn: string;
  storyError: string;
  legend: string;
  /** Legend entries of a moving front. */
  frontLine: string;
  /** The site's own reduced-motion switch. */
  reduceMotion: string;
  /** Link from an embedded story or figure to the whole story, in a new tab. */
  fullStory: string;
  /** Button back to the step's own camera after the reader moved the map. */
  resetView: string;
  /** Kiosk: the title slide's button, its page-turn buttons and progress bar. */
  kioskStart: string;
  next: string;
  back: string;
  kioskProgress: string;
  /** Kiosk: the switch that makes the card's text larger. */
  largerText: string;
}

const strings: Record<string, UiStrings> = {
  en: {
    skipMap: 'Skip to the story text',
    language: 'Language',
    languageName: 'English',
    step: (n: number, total: number) => `Step ${n} of ${total}`,
    sources: 'Sources',
    mapLabel: 'Map',
    readingOptions: 'Reading options',
    mapUnavailable:
      'The interactive map cannot be shown on this device (WebGL is unavailable). The story text and the map descriptions below each step tell the whole story.',
    mapFailed:
      'The map could not be drawn. The story text and the map descriptions below each step tell the whole story.',
    mapDescription: 'On the map',
    timeline: 'Timeline of the story',
    goTo: (title: string, date: string) => `Go to: ${title}, ${date}`,
    sourcesDiffer: 'Sources differ',
    citedIn: 'Cited in',
    storyError: 'This story could not be loaded.',
    legend: 'Legend',
    frontLine: 'Front line on the date shown',
    reduceMotion: 'Reduce motion',
    resetView: 'Reset view',
    kioskStart: 'Touch to begin',
    next: 'Next',
    back: 'Back',
    kioskProgress: 'Progress through the story',
    largerText: 'Larger text',
    fullStory: 'Open the full story',
  },
  ko: {
    skipMap: '본문으로 건너뛰기',
    language: '언어',
    languageName: '한국어',
    step: (n: number, total: number) => `${total}단계 중 ${n}단계`,
    sources: '출처',
    mapLabel: '지도',
    readingOptions: '읽기 설정',
    mapUnavailable:
      '이 기기에서는 인터랙티브 지도를 표시할 수 없습니다(WebGL을 사용할 수 없음). 본문과 각 단계의 지도 설명만으로도 이야기 전체를 읽을 수 있습니다.',
    mapFailed: '지도를 그리지 못했습니다. 본문과 각 단계의 지도 설명만으로도 이야기 전체를 읽을 수 있습니다.',
    mapDescription: '지도 설명',
    timeline: '이야기 연표',
    goTo: (title: string, date: string) => `이동: ${title}, ${date}`,
    sourcesDiffer: '자료마다 다름',
    citedIn: '인용된 곳',
    storyError: '이야기를 불러올 수 없습니다.',
    legend: '범례',
    frontLine: '표시된 날짜의 전선',
    reduceMotion: '움직임 줄이기',
    resetView: '지도 원래대로',
    kioskStart: '화면을 눌러 시작하세요',
    next: '다음',
    back: '이전',
    kioskProgress: '이야기 진행',
    largerText: '글자 크게',
    fullStory: '전체 이야기 보기',
  },
};

export function ui(lang: string): UiStrings {
  return strings[lang] ?? strings.en!;
}
