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
import { colors, opacity, type ColorToken } from './tokens.ts';
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

  it.each(storyFiles())('the front line of %s on the ground either side holds', (file) => {
    const { sides, front } = readStory(file);
    if (!front) return;
    for (const [half, alpha] of [
      ['north', opacity.heldNorth],
      ['south', opacity.heldSouth],
    ] as const) {
      const tint = colors[sides.find((s) => s.id === front.holds[half])!.color as ColorToken];
      expect(contrast(colors.ink, mix(tint, colors.land, alpha)), half).toBeGreaterThanOrEqual(GRAPHIC);
    }
  });
});

/** Words that name each side of the stories in stories/ in a legend label, per language. */
const SIDE_WORDS: Record<string, Record<string, RegExp>> = {
  north: { en: /North Korea|Chinese|China|Communist/, ko: /북한|중국|공산/ },
  south: { en: /\bUN\b|United Nations|South Korea/, ko: /유엔|한국군|국군/ },
};

describe('the sides without colour', () => {
  it.each(storyFiles())('the sides of %s have arrowheads of different shapes', (file) => {
    const heads = readStory(file).sides.map((s) => arrowheadPath(s.arrowhead, 10));
    expect(new Set(heads).size).toBe(heads.length);
  });

  it.each(storyFiles())('every arrow of %s has its side’s head', (file) => {
    const { sides, layers } = readStory(file);
    for (const layer of layers.filter((l) => l.kind === 'arrow')) {
      const side = sides.find((s) => s.id === layer.side)!;
      expect(arrowheadShape(layer), layer.id).toBe(side.arrowhead);
    }
  });

  it.each(storyFiles())('every legend label of %s that names a side says which in words', (file) => {
    const story = readStory(file);
    const labelled = [
      ...story.layers.flatMap((l) => (l.side ? [[l.id, l.side, l.label] as const] : [])),
      ...story.sides.map((s) => [`side ${s.id}`, s.id, s.label] as const),
    ];
    for (const [what, side, label] of labelled) {
      for (const lang of story.languages) {
        expect(label[lang], `${what} (${lang})`).toMatch(SIDE_WORDS[side]![lang]!);
      }
    }
  });

  it('a layer in a side’s colour names its side', () => {
    // The colour no longer decides the side; this keeps a forgotten `side:` from slipping by.
    const sideColors = new Set(['north', 'pva', 'un']);
    for (const file of storyFiles()) {
      for (const layer of readStory(file).layers) {
        if (sideColors.has(layer.color)) expect(layer.side, `${file} ${layer.id}`).toBeDefined();
      }
    }
  });
});
