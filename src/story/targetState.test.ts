import { describe, expect, it } from 'vitest';
import { testStory } from '../testing/fixtures.ts';
import { clampIndex, targetState, visibleLayerIds } from './targetState.ts';

describe('targetState', () => {
  const story = testStory();

  it('gives every layer a state, defaulting unmentioned ones', () => {
    const s = targetState(story, 0);
    expect(s.stepId).toBe('one');
    expect(s.layers).toEqual({
      'parallel-38': { visible: true, opacity: 1 },
      places: { visible: true, opacity: 1 },
      mdl: { visible: false, opacity: 1 },
      push: { visible: false, opacity: 1 },
    });
    expect(visibleLayerIds(s)).toEqual(['parallel-38', 'places']);
  });

  it('does not depend on the previous step', () => {
    // Step three mentions no layers: it falls back to the defaults, whatever step two showed.
    expect(targetState(story, 2).layers).toEqual({
      'parallel-38': { visible: false, opacity: 1 },
      places: { visible: true, opacity: 1 },
      mdl: { visible: false, opacity: 1 },
      push: { visible: false, opacity: 1 },
    });
  });

  it('applies opacity objects and the narrow camera override', () => {
    const s = targetState(story, 1, { narrow: true });
    expect(s.layers.mdl).toEqual({ visible: true, opacity: 0.5 });
    expect(s.layers.places).toEqual({ visible: false, opacity: 1 });
    expect(s.camera).toMatchObject({ center: [128.6, 35.4], zoom: 6.5 });
    expect(targetState(story, 1).camera).toMatchObject({
      center: [128.5, 35.5],
      zoom: 7,
      bearing: 0,
      pitch: 0,
    });
    expect(targetState(story, 1).camera).not.toHaveProperty('narrow');
  });

  it('clamps the index', () => {
    expect(clampIndex(story, -4)).toBe(0);
    expect(clampIndex(story, 99)).toBe(2);
    expect(clampIndex(story, Number.NaN)).toBe(0);
    expect(targetState(story, 99).stepId).toBe('three');
  });
});
