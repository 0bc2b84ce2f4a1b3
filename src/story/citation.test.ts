import { describe, expect, it } from 'vitest';
import { citedAuthor, citingSteps, shortCite, shortCites, shortTitle, sourceOrder } from './citation.ts';

describe('citedAuthor', () => {
  it('cites people by surname, dropping "(ed.)" and "Jr."', () => {
    expect(citedAuthor('Roy E. Appleman')).toBe('Appleman');
    expect(citedAuthor('James G. Hershberg (ed.)')).toBe('Hershberg');
    expect(citedAuthor('Robert D. Heinl Jr.')).toBe('Heinl');
    expect(citedAuthor('Robert D. Heinl, Jr.')).toBe('Heinl');
  });

  it('joins two authors and shortens three or more', () => {
    expect(citedAuthor('P. Wessel and W. H. F. Smith')).toBe('Wessel and Smith');
    expect(citedAuthor('Allan R. Millett; Peter Maslowski; William B. Feis')).toBe('Millett et al.');
    expect(citedAuthor('A. Ant, B. Bee, and C. Cat')).toBe('Ant et al.');
  });

  it('keeps institutions and names it cannot split safely as written, up to a comma', () => {
    expect(citedAuthor('United Nations Security Council')).toBe('United Nations Security Council');
    expect(citedAuthor('U.S. Army Center of Military History')).toBe('U.S. Army Center of Military History');
    expect(citedAuthor('Academy of Military Science, Military History Research Department')).toBe(
      'Academy of Military Science',
    );
    // Surname first: cannot be told from a given name without initials, so cited in full.
    expect(citedAuthor('Shen Zhihua')).toBe('Shen Zhihua');
    expect(citedAuthor('Natural Earth')).toBe('Natural Earth');
  });
});

describe('shortCite', () => {
  it('is author and year, or author and short title without a year, or the source’s own short form', () => {
    expect(shortCite({ author: 'Roy E. Appleman', title: 'South to the Naktong', year: 1961 })).toBe(
      'Appleman 1961',
    );
    expect(
      shortCite({ author: 'James G. Hershberg (ed.)', title: 'Russian Documents', year: '2003–2004' }),
    ).toBe('Hershberg 2003–2004');
    expect(
      shortCite({
        author: 'James I. Matray',
        title: 'The Korean War (essay on its origins, course and historiography)',
      }),
    ).toBe('Matray, The Korean War');
    expect(
      shortCite({ author: 'Shen Zhihua', title: 'Sino-Soviet Relations', year: 2000, short: 'Shen 2000' }),
    ).toBe('Shen 2000');
  });

  it('shortens titles at a subtitle, a parenthesis or a comma', () => {
    expect(shortTitle('GSHHG: A Global Self-consistent, Hierarchical Database')).toBe('GSHHG');
    expect(shortTitle('Admin 0 countries, 1:10m (via the world-atlas package)')).toBe('Admin 0 countries');
    expect(shortTitle('Truce Tent and Fighting Front')).toBe('Truce Tent and Fighting Front');
  });

  it('tells apart two sources that would read the same', () => {
    expect(
      shortCites({
        b: { author: 'Roy E. Appleman', title: 'Second', year: 1961 },
        a: { author: 'Roy E. Appleman', title: 'First', year: 1961 },
        c: { author: 'Natural Earth', title: 'Land, 1:10m' },
        d: { author: 'Natural Earth', title: 'Land, 1:50m' },
        e: { author: 'Roy E. Appleman', title: 'Third', year: 1989 },
      }),
    ).toEqual({
      b: 'Appleman 1961a',
      a: 'Appleman 1961b',
      c: 'Natural Earth, Land, 1:10m',
      d: 'Natural Earth, Land, 1:50m',
      e: 'Appleman 1989',
    });
  });
});

describe('sourceOrder', () => {
  it('sorts by cited author, then year, then title', () => {
    expect(
      sourceOrder({
        heinl: { author: 'Robert D. Heinl Jr.', title: 'Victory at High Tide', year: 1968 },
        a1989: { author: 'Roy E. Appleman', title: 'Disaster in Korea', year: 1989 },
        a1961: { author: 'Roy E. Appleman', title: 'South to the Naktong', year: 1961 },
        ams: { author: 'Academy of Military Science', title: 'History', year: 2000 },
        shen: { author: 'Shen Zhihua', title: 'Sino-Soviet Relations', year: 2000, short: 'Shen 2000' },
        gshhg: { author: 'P. Wessel and W. H. F. Smith', title: 'GSHHG' },
      }),
    ).toEqual(['ams', 'a1961', 'a1989', 'heinl', 'shen', 'gshhg']);
  });
});

describe('citingSteps', () => {
  it('lists the steps citing each source, under the step or in a contested figure, once each', () => {
    const figure = { what: { en: 'x' }, range: { en: 'y' }, sources: ['a', 'c'] };
    expect(
      Object.fromEntries(
        citingSteps([{ sources: ['a'] }, { sources: ['b', 'a'], contested: [figure] }, { sources: ['b'] }]),
      ),
    ).toEqual({ a: [0, 1], b: [1, 2], c: [1] });
  });
});
