import type { DateSpec } from './schema.ts';

const parse = (iso: string): { date: Date; precision: 'year' | 'month' | 'day' } => {
  const [y, m, d] = iso.split('-').map(Number);
  const precision = d ? 'day' : m ? 'month' : 'year';
  return { date: new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)), precision };
};

/**
 * One formatter per locale and precision, made once: building an `Intl.DateTimeFormat` costs far
 * more than formatting with one, and the map's date changes on every frame of a moving front.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let made = formatters.get(key);
  if (!made) {
    const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (precision !== 'year') opts.month = 'long';
    if (precision === 'day') opts.day = 'numeric';
    made = new Intl.DateTimeFormat(locale, opts);
    formatters.set(key, made);
  }
  return made;
}

const formatOne = (iso: string, locale: string): string => {
  const { date, precision } = parse(iso);
  return formatter(locale, precision).format(date);
};

/**
 * A step's date in the reader's language, at the precision the story gives.
 * @example formatDate({ start: '1950-08-04', end: '1950-09-15' }, 'en') // "4 August 1950 – 15 September 1950"
 */
export function formatDate(spec: DateSpec, lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : lang;
  if (typeof spec === 'string') return formatOne(spec, locale);
  return `${formatOne(spec.start, locale)} – ${formatOne(spec.end, locale)}`;
}

/** The first and last instants a date spec covers, as UTC Dates (for the timeline). */
export function dateExtent(spec: DateSpec): [Date, Date] {
  const start = typeof spec === 'string' ? spec : spec.start;
  const end = typeof spec === 'string' ? spec : spec.end;
  return [parse(start).date, parse(end).date];
}
