import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from './serviceWorkerPlugin.ts';

const precacheOf = (source: string): string[] => JSON.parse(/const PRECACHE = (\[.*\]);/.exec(source)![1]!);
const cacheOf = (source: string) => /const CACHE = '([^']+)'/.exec(source)![1];

describe('serviceWorkerSource', () => {
  const files = [
    'index.html',
    'assets/index-abc.js',
    'assets/a.woff2',
    'assets/a.woff',
    'favicon.svg',
    'sw.js',
  ];

  it('precaches the page and every file the app loads, not the unused .woff fallbacks or itself', () => {
    expect(precacheOf(serviceWorkerSource(files))).toEqual([
      './',
      'assets/a.woff2',
      'assets/index-abc.js',
      'favicon.svg',
      'index.html',
    ]);
  });

  it('names its cache after the file list, so a new build gets a new cache', () => {
    const a = cacheOf(serviceWorkerSource(files));
    expect(cacheOf(serviceWorkerSource([...files].reverse()))).toBe(a);
    expect(cacheOf(serviceWorkerSource([...files, 'assets/index-def.js']))).not.toBe(a);
  });

  it('is valid JavaScript', () => {
    expect(() => new Function(serviceWorkerSource(files))).not.toThrow();
  });
});
