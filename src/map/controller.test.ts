import { describe, expect, it } from 'vitest';
import { targetState } from '../story/targetState.ts';
import { testStory } from '../testing/fixtures.ts';
import { MapController, type ApplyOptions, type MapStatus } from './controller.ts';
import { FakeMap } from './fakeMap.ts';

const story = testStory();
const opts = (o: Partial<ApplyOptions> = {}): ApplyOptions => ({
  transition: 'fly',
  padding: { top: 0, right: 0, bottom: 0, left: 0 },
  lang: 'en',
  ...o,
});

function setup() {
  const map = new FakeMap();
  const statuses: MapStatus[] = [];
  const controller = new MapController(map.asMap(), story.layers, 'en', (s) => statuses.push(s));
  return { map, controller, statuses };
}

const visibilityCalls = (map: FakeMap) =>
  map
    .callsOf('setLayoutProperty')
    .filter(([, , prop]) => prop === 'visibility')
    .map(([, id, , v]) => `${id}=${v}`);

describe('MapController', () => {
  it('shows the layers of the first state and cuts the camera there', () => {
    const { map, controller } = setup();
    controller.apply(targetState(story, 0), opts({ transition: 'cut' }));
    expect(visibilityCalls(map)).toEqual([
      'parallel-38::line=visible',
      'places::circle=visible',
      'places::label=visible',
    ]);
    expect(map.callsOf('jumpTo')).toHaveLength(1);
    expect(map.center).toEqual({ lng: 127.5, lat: 38 });
  });

  it('applies only the difference, and nothing for the same state twice', () => {
    const { map, controller } = setup();
    controller.apply(targetState(story, 0), opts({ transition: 'cut' }));
    map.calls = [];
    controller.apply(targetState(story, 1), opts());
    expect(visibilityCalls(map)).toEqual([
      'parallel-38::line=none',
      'places::circle=none',
      'places::label=none',
      'mdl::line=visible',
    ]);
    expect(map.callsOf('setPaintProperty')).toEqual([['setPaintProperty', 'mdl::line', 'line-opacity', 0.5]]);
    expect(map.callsOf('flyTo')).toHaveLength(1);
    map.calls = [];
    controller.apply(targetState(story, 1), opts());
    expect(map.calls).toEqual([]);
  });

  it('lands on the same layers whatever the route', () => {
    const direct = setup();
    direct.controller.apply(targetState(story, 2), opts({ transition: 'cut' }));
    const viaAll = setup();
    for (const i of [0, 1, 2, 1, 0, 2]) viaAll.controller.apply(targetState(story, i), opts());
    const finalVisibility = (m: FakeMap) => {
      const v = new Map<string, unknown>();
      for (const [, id, , value] of m.callsOf('setLayoutProperty')) v.set(String(id), value);
      return [...v]
        .filter(([, value]) => value === 'visible')
        .map(([id]) => id)
        .sort();
    };
    expect(finalVisibility(viaAll.map)).toEqual(finalVisibility(direct.map));
  });

  it('stops the move in flight before starting the next one', () => {
    const { map, controller } = setup();
    controller.apply(targetState(story, 0), opts({ transition: 'cut' }));
    controller.apply(targetState(story, 1), opts({ transition: 'fly' }));
    controller.apply(targetState(story, 2), opts({ transition: 'ease' }));
    const moves = map.callsOf('stop', 'flyTo', 'easeTo', 'jumpTo').map(([m]) => m);
    expect(moves).toEqual(['stop', 'jumpTo', 'stop', 'flyTo', 'stop', 'easeTo']);
    const ease = map.callsOf('easeTo')[0]![1] as {
      center: number[];
      zoom: number;
      bearing: number;
      pitch: number;
    };
    expect(ease).toMatchObject({ center: [127, 38], zoom: 8, bearing: 10, pitch: 20 });
  });

  it('refits the current target at once on resize (no stranded flight)', () => {
    const { map, controller } = setup();
    controller.apply(targetState(story, 1), opts({ transition: 'cut' }));
    controller.apply(targetState(story, 0), opts({ transition: 'fly' }));
    expect(map.isMoving()).toBe(true);
    controller.resize();
    expect(map.callsOf('resize')).toHaveLength(1);
    expect(map.isMoving()).toBe(false);
    expect(map.center).toEqual({ lng: 127.5, lat: 38 });
  });

  it('reports ready only when idle after the move, with the rounded camera', () => {
    const { map, controller, statuses } = setup();
    controller.apply(targetState(story, 0), opts({ transition: 'cut' }));
    controller.apply(targetState(story, 2), opts({ transition: 'fly' }));
    expect(statuses.at(-1)!.ready).toBe(false);
    map.emit('idle'); // an idle during the flight does not count
    expect(statuses.at(-1)!.ready).toBe(false);
    map.finishMove({ center: [127.000004, 38.123456], zoom: 8.004, bearing: 10, pitch: 20 });
    map.emit('idle');
    expect(statuses.at(-1)).toEqual({
      ready: true,
      camera: { center: [127, 38.12346], zoom: 8, bearing: 10, pitch: 20 },
    });
  });

  it('switches label language on label layers only', () => {
    const { map, controller } = setup();
    controller.apply(targetState(story, 0), opts({ transition: 'cut' }));
    map.calls = [];
    controller.apply(targetState(story, 0), opts({ lang: 'ko' }));
    const calls = map.callsOf('setLayoutProperty');
    expect(calls.map(([, id, prop]) => `${id}:${prop}`)).toEqual(['places::label:text-field']);
    expect(JSON.stringify(calls[0]![3])).toContain('name_ko');
  });

  it('uses the bounds fit with padding for bounds cameras', () => {
    const { map, controller } = setup();
    controller.apply(targetState(story, 0), opts({ padding: { top: 0, right: 0, bottom: 300, left: 0 } }));
    const [, bounds, options] = map.callsOf('cameraForBounds')[0]!;
    expect(bounds).toEqual([
      [124, 33],
      [131, 43],
    ]);
    expect(options).toMatchObject({
      padding: { top: 24, right: 24, bottom: 324, left: 24 },
      absolutePadding: true,
    });
    // The move keeps that padding, so the fitted center means the same thing on every route.
    expect(map.callsOf('flyTo')[0]![1]).toMatchObject({
      padding: { top: 24, right: 24, bottom: 324, left: 24 },
    });
  });

  it('registers its arrow image once and removes its listeners on destroy', () => {
    const { map, controller } = setup();
    expect(map.images.has('chevron')).toBe(true);
    controller.destroy();
    expect([...map.listeners.values()].every((s) => s.size === 0)).toBe(true);
    expect(map.callsOf('remove')).toHaveLength(1);
  });
});
