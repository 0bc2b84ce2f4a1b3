/**
 * A MapLibre expression that writes a feature's ISO `date` property (`YYYY-MM-DD`) the way
 * formatDate (src/story/formatDate.ts) writes a day in `lang`: "4 August 1950", "1950년 8월 4일". An
 * expression cannot call Intl, so Intl's own parts for the language are laid out here once, at
 * style-build time: the order of day, month and year, the words between them, the month names.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

/** How a month is written: in full, or short where room is short ("Nov", in Korean the same). */
export type MonthWidth = 'long' | 'short';

/**
 * The expression for each language and width, built once: it takes an `Intl.DateTimeFormat`, and
 * making one costs milliseconds (the style asks for the same dates in several layers, and the
 * first map waited on them).
 */
const built = new Map<string, ExpressionSpecification>();

/**
 * @example dateText('ko') // evaluates to "1950년 8월 4일" for a feature with date: '1950-08-04'
 * @example dateText('en', 'short') // "4 Aug 1950"
 */
export function dateText(lang: string, width: MonthWidth = 'long'): ExpressionSpecification {
  const key = `${lang} ${width}`;
  let expression = built.get(key);
  if (!expression) built.set(key, (expression = buildDateText(lang, width)));
  return expression;
}

function buildDateText(lang: string, width: MonthWidth): ExpressionSpecification {
  const locale = lang === 'en' ? 'en-GB' : lang;
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: width,
    day: 'numeric',
  });
  /** The words formatDate uses for month `mm`: a day's parts, the month's alone. */
  const monthWord = (mm: string) =>
    format.formatToParts(new Date(`1950-${mm}-15T00:00:00Z`)).find((p) => p.type === 'month')!.value;
  const date = ['get', 'date'] as ExpressionSpecification;
  const month: ExpressionSpecification = [
    'match',
    ['slice', date, 5, 7],
    ...MONTHS.flatMap((mm) => [mm, monthWord(mm)]),
    '',
  ] as unknown as ExpressionSpecification;
  const pieces: (string | ExpressionSpecification)[] = format
    .formatToParts(new Date('1950-08-04T00:00:00Z'))
    .map((part) => {
      switch (part.type) {
        case 'year':
          return ['slice', date, 0, 4];
        case 'month':
          return month;
        case 'day':
          return ['to-string', ['to-number', ['slice', date, 8, 10]]];
        default:
          return part.value;
      }
    });
  // A feature without a full date gets no label rather than a broken one.
  return ['case', ['==', ['length', ['coalesce', date, '']], 10], ['concat', ...pieces], ''];
}
