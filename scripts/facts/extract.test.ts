/** Each rule of the extractor with a small example, edge cases included (docs/history.md). */
import { describe, expect, it } from 'vitest';
import { extractFacts, valueKey, type Language } from './extract.ts';

/** The values read from a text, as keys: '1950-06-25', '--02-13', '86000', '~1000s', '1970s'. */
const keys = (text: string, language: Language) => extractFacts(text, language).map((f) => valueKey(f.value));

describe('extractFacts in English', () => {
  it.each([
    ['about 86,000 people', ['86000']],
    ['In 1950 the war began', ['1950']],
    ['at 10 a.m. on 27 July 1953', ['10:00', '1953-07-27']],
    ['On 25 June 1950 the army attacked', ['1950-06-25']],
    ['on 13–15 February', ['--02-13', '--02-15']],
    ['on 25–28 September 1950', ['1950-09-25', '1950-09-28']],
    ['on 3 and 4 December', ['--12-03', '--12-04']],
    ['from June 1952', ['1952-06']],
    ['in November, and that April', ['--11', '--04']],
    ['on the 27th and 28th', ['---27', '---28']],
    ['the 1970s and 1980s', ['1970s', '1980s']],
    ['about 400 to 540 men', ['400', '540']],
    ['160 km behind the front', ['160']],
    ['below −20 °C', ['-20']],
    ['T-34 tanks and MiG-15s', []],
    ['about 2 million to three million or more', ['2000000', '3000000']],
  ])('%s', (text, expected) => expect(keys(text, 'en')).toEqual(expected));

  it('reads the numbers of units: ordinals, Roman corps and ordinal words', () => {
    expect(keys('the 24th Infantry Division, X Corps and the Eighth Army', 'en')).toEqual(['24', '10', '8']);
    expect(keys('the 5th and 7th Marines on the 38th parallel', 'en')).toEqual(['5', '7', '38']);
  });

  it('reads number words from two upward, and ordinal words', () => {
    expect(keys('Sixteen countries, five more, twenty-one men, ten metres', 'en')).toEqual([
      '16',
      '5',
      '21',
      '10',
    ]);
    expect(keys('the second-phase offensive, for the fourth time', 'en')).toEqual(['2', '4']);
  });

  it('leaves out 1 as a word: one, first, a lone digit 1; keeps it in dates and units', () => {
    expect(keys('one of the first histories, 1 Briton', 'en')).toEqual([]);
    expect(keys('on 1 October the 1st Marine Division', 'en')).toEqual(['--10-01', '1']);
  });

  it('reads orders of magnitude', () => {
    expect(
      keys('hundreds of thousands of tons, tens of thousands of people, thousands, hundreds', 'en'),
    ).toEqual(['~100000s', '~10000s', '~1000s', '~100s']);
    expect(
      keys('several hundred of them, a few hundred metres, dozens, for decades, about a thousand', 'en'),
    ).toEqual(['~100s', '~100s', '~10s', '~10s', '1000']);
  });

  it('reads a phrase broken across the lines of a YAML block', () => {
    expect(keys('took tens of\n        thousands of lives on 25\n  June 1950', 'en')).toEqual([
      '~10000s',
      '1950-06-25',
    ]);
  });

  it('reads month names only when capitalised, so the verb "may" is not May', () => {
    expect(keys('it may fall; in May it fell', 'en')).toEqual(['--05']);
  });

  it('is not disturbed by Markdown emphasis, and quotes the raw words', () => {
    expect(extractFacts('on **25 June** 1950 the *Meredith Victory*', 'en')).toEqual([
      { value: { kind: 'date', y: 1950, m: 6, d: 25 }, raw: '25 June 1950' },
    ]);
  });
});

describe('extractFacts in Korean', () => {
  it.each([
    ['약 8만 6천 명', ['86000']],
    ['2만 5천 명', ['25000']],
    ['17만 명', ['170000']],
    ['1만 7천 5백 대, 1만 5백 명', ['17500', '10500']],
    ['약 천 명', ['1000']],
    ['4천 명이 넘는', ['4000']],
    ['10m에 가까워', ['10']],
    ['160km 떨어진', ['160']],
    ['36,574명', ['36574']],
    ['약 200만 명에서 300만 명', ['2000000', '3000000']],
    ['1950년 6월 25일', ['1950-06-25']],
    ['2월 13–15일', ['--02-13', '--02-15']],
    ['1950년 9월 25–28일', ['1950-09-25', '1950-09-28']],
    ['1952년 6월부터', ['1952-06']],
    ['1951년 4–6월', ['1951-04', '1951-06']],
    ['27일과 28일에도', ['---27', '---28']],
    ['1970년대', ['1970s']],
    ['1970–80년대', ['1970s', '1980s']],
    ['약 400–540명', ['400', '540']],
    ['오전 10시, 12시간 뒤', ['10:00', '12']],
    ['영하 20도', ['-20']],
    ['T-34 전차', []],
  ])('%s', (text, expected) => expect(keys(text, 'ko')).toEqual(expected));

  it('reads a count of days as a number, not a date', () => {
    expect(keys('11일 뒤, 30일 안에, 12월 1일', 'ko')).toEqual(['11', '30', '--12-01']);
  });

  it('reads dates written with a middle dot as month and day', () => {
    expect(keys('제주 4·3', 'ko')).toEqual(['--04-03']);
    expect(keys('1·4 후퇴와 6·25', 'ko')).toEqual(['--01-04', '--06-25']);
  });

  it('reads the numbers of units, 1 included', () => {
    expect(keys('제24보병사단, 제10군단, 제8군, 제1해병사단, 해병 제5·제7연대', 'ko')).toEqual([
      '24',
      '10',
      '8',
      '1',
      '5',
      '7',
    ]);
  });

  it('reads native numerals before a counter, and day counts; not 한, not a verb', () => {
    expect(keys('두 사람, 세 번째, 네 번째, 여섯 달, 석 달', 'ko')).toEqual(['2', '3', '4', '6', '3']);
    expect(keys('나흘, 사흘, 이틀째, 닷새 동안', 'ko')).toEqual(['4', '3', '2', '5']);
    expect(keys('한 사단, 두고 가지 않으려, 문을 열게 했고', 'ko')).toEqual([]);
  });

  it('reads orders of magnitude', () => {
    expect(keys('수십만 톤, 수만 명, 수천 명, 수백 명, 몇백 미터, 수십 년', 'ko')).toEqual([
      '~100000s',
      '~10000s',
      '~1000s',
      '~100s',
      '~100s',
      '~10s',
    ]);
  });

  it('is not disturbed by Markdown emphasis', () => {
    expect(keys('**1950년** 6월 25일', 'ko')).toEqual(['1950-06-25']);
  });
});
