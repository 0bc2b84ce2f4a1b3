import type { DateSpec } from './schema.ts';

const parse = (iso: string): { date: Date; precision: 'year' | 'month' | 'day' } => {
  const [y, m, d] = iso.split('-').map(Number);
  const precision = d ? 'day' : m ? 'month' : 'year';
  return { date: new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)), precision };
};

const formatOne = (iso: string, locale: string): string => {
  const { date, precision } = parse(iso);
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (precision !== 'year') opts.month = 'long';
  if (precision === 'day') opts.day = 'numeric';
  return new Intl.DateTimeFormat(locale, opts).format(date);
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
