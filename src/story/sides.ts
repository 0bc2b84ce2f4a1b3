/**
 * The story's sides and its front, checked against each other, the layers and the steps: every
 * side a layer or the front names is declared, every arrow names its side (the side gives its
 * head), and a step can move the front only if the story declares one. Nothing about any one war
 * lives in the engine: the story says who fights and who holds which ground.
 */
import { colors } from '../tokens/tokens.ts';
import { unknownReference } from './closest.ts';
import { missingLanguages } from './authorWording.ts';
import type { LayerDef, StoryFile } from './schema.ts';
import type { Path } from './yamlSource.ts';

/**
 * Problems as [path from the story's root, message].
 * @param geoExists whether geo/layers/<name>.geojson exists; omit to skip the check
 */
export function checkSides(story: StoryFile, geoExists?: (name: string) => boolean): [Path, string][] {
  const out: [Path, string][] = [];
  const ids = story.sides.map((s) => s.id);
  story.sides.forEach((side, i) => {
    if (ids.indexOf(side.id) !== i) out.push([['sides', i, 'id'], `duplicate side id "${side.id}"`]);
    if (!(side.color in colors)) {
      out.push([['sides', i, 'color'], unknownReference('colour token', side.color, Object.keys(colors))]);
    }
    for (const message of missingLanguages(side.label, story.languages)) {
      out.push([['sides', i, 'label'], message]);
    }
  });
  const known = (id: string, path: Path) => {
    if (!ids.includes(id)) out.push([path, unknownReference('side', id, ids)]);
  };

  story.layers.forEach((layer, i) => {
    if (layer.side !== undefined) known(layer.side, ['layers', i, 'side']);
    else if (layer.kind === 'arrow') {
      out.push([
        ['layers', i, 'side'],
        `an arrow names its side, which gives its head: one of ${ids.join(', ')}`,
      ]);
    }
  });

  const { front } = story;
  if (front) {
    known(front.holds.south, ['front', 'holds', 'south']);
    known(front.holds.north, ['front', 'holds', 'north']);
    for (const field of ['geo', 'masks'] as const) {
      if (geoExists && !geoExists(front[field])) {
        out.push([['front', field], `no file geo/layers/${front[field]}.geojson`]);
      }
    }
  } else {
    story.steps.forEach((step, i) => {
      if (step.motion?.front) {
        out.push([
          ['steps', i, 'motion', 'front'],
          'a moving front needs the story to declare its front: front: { geo, masks, holds }',
        ]);
      }
    });
  }
  return out;
}

/**
 * The story's layers as the app receives them: each arrow carries its side's head, so that the
 * renderers need not look the side up.
 * @example withArrowheads(story)[0].arrowhead // 'double' for an arrow of a side with a double head
 */
export function withArrowheads(story: StoryFile): LayerDef[] {
  const heads = new Map(story.sides.map((s) => [s.id, s.arrowhead]));
  return story.layers.map((layer) => {
    const arrowhead = layer.kind === 'arrow' && layer.side ? heads.get(layer.side) : undefined;
    return arrowhead ? { ...layer, arrowhead } : layer;
  });
}
