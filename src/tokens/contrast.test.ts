/**
 * Every pair of colours the app actually puts text or a needed graphic on, with the WCAG 2.1 AA
 * rule that applies: 4.5:1 for text (1.4.3), 3:1 for large text, the parts of controls and the
 * graphics a reader needs to understand the map (1.4.11). And the two sides of the war told apart
 * without colour: by the shape of their arrowheads and by the words of their legend labels.
 */
import { describe, expect, it } from 'vitest';
import { readStory, storyFiles } from '../../scripts/storyFiles.ts';
import { kioskConfig } from '../kiosk/kiosk.config.ts';
import { arrowheadPath, arrowheadShape } from '../map/arrowhead.ts';
import { colors, opacity, sideOfColor, type ColorToken } from './tokens.ts';
import { contrast, mix } from './contrast.ts';

const TEXT = 4.5;
const GRAPHIC = 3;

/** The darkest thing the map can show under a translucent panel: the ink of its lines. */
const underPanel = (share: number) => mix(colors.paper, colors.ink, share);

const textPairs: [what: string, text: string, background: string][] = [
  ['body text', colors.ink, colors.paper],
  ['subtitle, byline, map description, sources', colors.inkMuted, colors.paper],
  ['step date', colors.accent, colors.paper],
  ['links', colors.un, colors.paper],
  ['a button', colors.ink, colors.paper],
  ['a pressed button (language, reduce motion)', colors.paper, colors.ink],
  ['the timeline readout', colors.paper, colors.ink],
  ['"Sources differ" badge', colors.paper, colors.contested],
  ['contested figure', colors.contested, colors.contestedTint],
  ['contested note', colors.inkMuted, colors.contestedTint],
  ['contested cites', colors.un, colors.contestedTint],
  // Translucent panels over the map (app.css): at worst over the darkest map line.
  ['legend (paper 92% over the map)', colors.ink, underPanel(0.92)],
  ['timeline years (paper 88% over the map)', colors.ink, underPanel(0.88)],
  ['step card on a phone (paper 96% over the map)', colors.inkMuted, underPanel(0.96)],
  ['title on a phone (paper 94% over the map)', colors.inkMuted, underPanel(0.94)],
  ['kiosk buttons', kioskConfig.colors.onAccent, kioskConfig.colors.accent],
  ['kiosk card (paper 96% over the map)', colors.inkMuted, underPanel(0.96)],
];

describe('text contrast (WCAG 1.4.3, 4.5:1)', () => {
  it.each(textPairs)('%s', (_what, text, background) => {
    expect(contrast(text, background)).toBeGreaterThanOrEqual(TEXT);
  });

  it.each(storyFiles())('map labels of %s on their halo', (file) => {
    for (const layer of readStory(file).layers) {
      if (layer.kind !== 'circle' && layer.kind !== 'label') continue;
      const color = colors[layer.color as ColorToken];
      expect(contrast(color, colors.halo), layer.id).toBeGreaterThanOrEqual(TEXT);
    }
  });
});

describe('graphics and controls (WCAG 1.4.11, 3:1)', () => {
  it('focus ring, button borders, timeline marks and the kiosk progress bar', () => {
    expect(contrast(colors.accent, colors.paper)).toBeGreaterThanOrEqual(GRAPHIC); // focus ring, active mark
    expect(contrast(colors.inkMuted, colors.paper)).toBeGreaterThanOrEqual(GRAPHIC); // button and mark borders
    expect(contrast(kioskConfig.colors.accent, colors.paper)).toBeGreaterThanOrEqual(GRAPHIC);
  });

  it.each(storyFiles())('every line, arrow and outline of %s stands out from land and sea', (file) => {
    for (const layer of readStory(file).layers) {
      // Rivers are context, drawn quieter than any line of the war on purpose; places are text.
      if (layer.color === 'river' || layer.kind === 'circle' || layer.kind === 'label') continue;
      const color = colors[layer.color as ColorToken];
      for (const ground of [colors.land, colors.sea]) {
        expect(contrast(color, ground), `${layer.id} on ${ground}`).toBeGreaterThanOrEqual(GRAPHIC);
      }
    }
  });

  it('the front line on the ground either side holds', () => {
    for (const [tint, alpha] of [
      [colors.north, opacity.heldNorth],
      [colors.un, opacity.heldSouth],
    ] as const) {
      expect(contrast(colors.ink, mix(tint, colors.land, alpha))).toBeGreaterThanOrEqual(GRAPHIC);
    }
  });
});

/** Words that name each side in a legend label, per language. */
const SIDE_WORDS: Record<'north' | 'south', Record<string, RegExp>> = {
  north: { en: /North Korea|Chinese|China|Communist/, ko: /북한|중국|공산/ },
  south: { en: /\bUN\b|United Nations|South Korea/, ko: /유엔|한국군|국군/ },
};

describe('the two sides without colour', () => {
  it('their arrows have heads of different shapes', () => {
    const south = arrowheadPath(arrowheadShape('un'), 10);
    const north = arrowheadPath(arrowheadShape('north'), 10);
    expect(north).not.toBe(south);
    expect(arrowheadPath(arrowheadShape('pva'), 10)).toBe(north);
  });

  it.each(storyFiles())('every legend label of %s in a side colour names the side in words', (file) => {
    const story = readStory(file);
    for (const layer of story.layers) {
      const side = sideOfColor[layer.color as ColorToken];
      if (!side) continue;
      for (const lang of story.languages) {
        expect(layer.label[lang], `${layer.id} (${lang})`).toMatch(SIDE_WORDS[side][lang]!);
      }
    }
  });
});
