import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { pageFontFaces } from './pageFontPlugin.ts';
import { tokensCss } from './tokensCssPlugin.ts';

const css400 = readFileSync(
  createRequire(import.meta.url).resolve('@fontsource/noto-sans-kr/400.css'),
  'utf8',
);

describe('pageFontFaces', () => {
  it('declares only the faces and ranges that hold a character, each with its woff2 alone', () => {
    const faces = pageFontFaces(css400, 400, '한');
    const blocks = faces.split('@font-face').slice(1);
    expect(blocks).toHaveLength(1);
    expect(/unicode-range: ([^;]+);/.exec(blocks[0]!)![1]!.split(',')).toHaveLength(1);
    expect(faces).toContain('font-weight: 400;');
    expect(faces).toMatch(/src: url\(\.\/files\/noto-sans-kr-\d+-400-normal\.woff2\) format\('woff2'\);/);
    expect(faces).not.toContain('.woff)');
  });

  it('keeps the Latin face for Latin text', () => {
    expect(pageFontFaces(css400, 400, 'Korea')).toContain('noto-sans-kr-latin-400-normal.woff2');
  });

  it('declares nothing for no text', () => {
    expect(pageFontFaces(css400, 400, '')).toBe('');
  });
});

describe('tokensCss', () => {
  it('sets the design tokens as variables on :root', () => {
    expect(tokensCss()).toMatch(/^:root \{\n {2}--[a-z-]+: [^;]+;/);
    expect(tokensCss()).toContain('--color-contested-tint:');
  });
});
