/**
 * The one token file: colours, type and opacities shared by CSS (via {@link cssVariables}),
 * the MapLibre style and the legend, so the three cannot disagree.
 *
 * Side colours are chosen to stay apart for the common colour-vision deficiencies (blue vs.
 * vermilion/orange, after Okabe & Ito) and are never the only cue: lines also differ in dash.
 */
export const colors = {
  sea: '#dfe7ec',
  land: '#f6f3ec',
  landOutline: '#9aa3a8',
  border: '#7a7f85',
  ink: '#1d2329',
  inkMuted: '#4f5860',
  paper: '#fbfaf7',
  accent: '#a33a1f',
  /** Marks a figure the sources give differently ("Sources differ"): text, border and badge. */
  contested: '#7a5200',
  /** Background of that aside: the contested colour at 8% on paper. */
  contestedTint: '#f1ede3',
  /** A side's red: the northern side in the war story (its arrows, the ground it holds). */
  north: '#c8461f',
  /** Chinese People's Volunteers: arrows of an ally, drawn with their side's head. */
  pva: '#8c2f6b',
  /** A side's blue: the southern side and the UN Command in the war story; also links. */
  un: '#1f5fa8',
  /** Lines of division: 38th parallel, armistice line */
  division: '#2b2b2b',
  dmz: '#6d6d6d',
  place: '#1d2329',
  /** Rivers: visible as context, quieter than any line of the war. */
  river: '#8fb0c8',
  halo: '#fbfaf7',
  /** Names of seas and straits: the water's hue, dark enough to read on sea or relief. */
  waterLabel: '#3f6580',
  /** Names of neighbouring countries: quiet, below every name of the war. */
  countryLabel: '#5f594f',
  /** Names of mountain ranges. */
  rangeLabel: '#7a5a36',
} as const;

export type ColorToken = keyof typeof colors;

export const opacity = {
  territory: 0.28,
  /**
   * Ground held either side of a moving front (south, north of the line), in the holding side's
   * colour: light tints, so the map stays readable. The south's is fainter: the war story tints it
   * blue, which over the cream land would otherwise read as sea.
   */
  heldNorth: 0.16,
  heldSouth: 0.07,
  dmz: 0.35,
  muted: 0.45,
} as const;

export const type = {
  family: "'Noto Sans KR', system-ui, sans-serif",
  /** Label font name as declared in the map style's `font-faces`. */
  mapFont: 'Noto Sans KR Medium',
  size: { small: 14, body: 17, title: 24, display: 34 },
} as const;

export const durations = {
  /** Flight between neighbouring steps. */
  flightMs: 1600,
  /** Short ease used when a jump crosses several steps: never a queue of flights. */
  jumpMs: 450,
  /** Paint transitions (layer fade in/out). */
  fadeMs: 500,
} as const;

/**
 * CSS custom properties for every colour and the type scale, set once on :root.
 * @example cssVariables()['--color-un'] === '#1f5fa8'
 */
export function cssVariables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(colors)) vars[`--color-${kebab(k)}`] = v;
  for (const [k, v] of Object.entries(type.size)) vars[`--size-${k}`] = `${v / 16}rem`;
  vars['--font-family'] = type.family;
  return vars;
}

function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
