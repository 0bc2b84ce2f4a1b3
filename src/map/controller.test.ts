import { describe, expect, it } from 'vitest';
import { targetState } from '../story/targetState.ts';
import { testStory } from '../testing/fixtures.ts';
import { MapController, type ApplyOptions, type MapStatus } from './controller.ts';
import { DeferredSources } from './deferredSources.ts';
import { buildStyle } from './style.ts';
import { FakeMap } from './fakeMap.ts';

const story = testStory();
const opts = (o: Partial<ApplyOptions> = {}): ApplyOptions => ({
  transition: 'fly',
  padding: { top: 0, right: 0, bottom: 0, left: 0 },
  lang: 'en',
  ...o,
});

function setup({
  geometry = true,
  deferred = undefined as DeferredSources | undefined,
  loadGeometry = undefined as (() => void) | undefined,
} = {}) {
  const map = new FakeMap();
  const statuses: MapStatus[] = [];
  // A clock that moves only when a test says, a long time after any move by default.
  const clock = { t: 0 };
  const idleTasks: (() => void)[] = [];
  const controller = new MapController(
    map.asMap(),
    {
      layers: story.layers,
      lang: 'en',
      theatre: story.theatre,
      now: () => (clock.t += 10_000),
      deferred,
      loadGeometry,
      whenIdle: (task) => idleTasks.push(task),
    },
    (s) => statuses.push(s),
  );
  if (geometry) controller.setGeometry({ fronts: new Map(), arrows: new Map() });
  return { map, controller, statuses, clock, idleTasks };
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
      'push::line=visible',
      'push::unit-label=visible',
    ]);
    // Step two opens at progress 0: its arrow is cut to nothing, ready to draw in.
    expect(map.callsOf('setPaintProperty')).toEqual([
      ['setPaintProperty', 'mdl::line', 'line-opacity', 0.5],
      [
        'setPaintProperty',
        'push::line',
        'line-gradient',
        ['step', ['line-progress'], '#1f5fa8', 1e-6, 'rgba(0,0,0,0)'],
      ],
      // Its formation's name waits until the draw-in reaches the arrow's middle.
      ['setPaintProperty', 'push::unit-label', 'text-opacity', 0],
    ]);
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

  it('turns a flight asked for during or soon after its last move into a short ease', () => {
    const { map, controller } = setup();
    const moves = () => map.callsOf('flyTo', 'easeTo').map(([m]) => m);
    controller.apply(targetState(story, 0), opts({ transition: 'cut' }));
    controller.apply(targetState(story, 1), opts({ transition: 'fly' }));
    controller.apply(targetState(story, 2), opts({ transition: 'fly' })); // the first still flying
    expect(moves()).toEqual(['flyTo', 'easeTo']);
    map.finishMove({ center: [127, 38], zoom: 8, bearing: 10, pitch: 20 });
    controller.apply(targetState(story, 1), opts({ transition: 'fly' })); // at rest, long after
    expect(moves()).toEqual(['flyTo', 'easeTo', 'flyTo']);
  });

  it('eases a flight asked for less than a flight’s time after the last move started, cuts one sooner', () => {
    const map = new FakeMap();
    let t = 0;
    const controller = new MapController(
      map.asMap(),
      { layers: story.layers, lang: 'en', theatre: story.theatre, now: () => t },
      () => {},
    );
    controller.apply(targetState(story, 0), opts({ transition: 'cut' }));
    controller.apply(targetState(story, 1), opts({ transition: 'fly' }));
    map.finishMove({ center: [127, 38], zoom: 8, bearing: 10, pitch: 20 }); // a fling ended…
    t = 600;
    controller.apply(targetState(story, 2), opts({ transition: 'fly' })); // …and the settle moved on
    t = 700;
    controller.apply(targetState(story, 1), opts({ transition: 'fly' })); // faster than an ease: a cut
    map.finishMove({ center: [127, 38], zoom: 8, bearing: 10, pitch: 20 });
    t = 700 + 2000;
    controller.apply(targetState(story, 2), opts({ transition: 'fly' }));
    const moves = map.callsOf('flyTo', 'easeTo', 'jumpTo').map(([m]) => m);
    expect(moves).toEqual(['jumpTo', 'flyTo', 'easeTo', 'jumpTo', 'flyTo']);
    expect(new Set(map.setterOptions)).toEqual(new Set([{ validate: false }]));
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

  it('loads a deferred source when its layer is first shown, and the rest once ready', () => {
    const style = buildStyle({ story, geoUrl: (name) => `/${name}.geojson`, labelFaces: [], lang: 'en' });
    const { map, controller, statuses, idleTasks } = setup({ deferred: new DeferredSources(style) });
    // The loads by address (the controller also sets the arrowheads' and the view edge's data).
    const loads = () =>
      map
        .callsOf('setData')
        .flatMap(([, source, data]) => (typeof data === 'string' ? [`${source} ${data}`] : []));
    controller.apply(targetState(story, 0), opts({ transition: 'cut' }));
    expect(loads()).toEqual(['geo:parallel-38 /parallel-38.geojson', 'geo:places /places.geojson']);
    map.emit('idle');
    expect(statuses.at(-1)!.ready).toBe(true);
    expect(idleTasks).toHaveLength(1);
    map.calls = [];
    idleTasks[0]!();
    expect(loads().length).toBeGreaterThan(1);
    expect(loads()).toContain('geo:mdl-1953 /mdl-1953.geojson');
    // Each once: step two's layers are loaded already.
    map.calls = [];
    controller.apply(targetState(story, 1), opts());
    map.emit('idle');
    expect(loads()).toEqual([]);
    expect(idleTasks).toHaveLength(1);
  });

  it('reports ready only when idle after the move, with the rounded camera', () => {
    const { map, controller, statuses } = setup();
    controller.apply(targetState(story, 0), opts({ transition: 'cut' }));
    controller.apply(targetState(story, 2), opts({ transition: 'fly' }));
    expect(statuses.at(-1)!.ready).toBe(false);
    map.emit('idle'); // an idle during the flight does not count
    expect(statuses.at(-1)!.ready).toBe(false);
    map.finishMove({ center: [127.000004, 38.000006], zoom: 8.004, bearing: 10, pitch: 20 });
    map.emit('idle');
    expect(statuses.at(-1)).toEqual({
      ready: true,
      camera: { center: [127, 38.00001], zoom: 8, bearing: 10, pitch: 20 },
      moved: false,
    });
  });

  it('finishes with a cut a move that stopped short of its step, but not one the reader took over', () => {
    const { map, controller, statuses } = setup();
    controller.apply(targetState(story, 2), opts({ transition: 'fly' }));
    map.finishMove({ center: [126, 37], zoom: 6, bearing: 0, pitch: 0 }); // interrupted elsewhere
    map.calls = [];
    map.emit('idle');
    expect(map.callsOf('jumpTo')).toHaveLength(1);
    expect(statuses.at(-1)!.ready).toBe(false);
    map.emit('idle');
    expect(statuses.at(-1)).toMatchObject({ ready: true, camera: { center: [127, 38], zoom: 8 } });

    controller.apply(targetState(story, 0), opts({ transition: 'fly' }));
    map.emit('movestart', { originalEvent: new Event('mousedown') });
    map.finishMove({ center: [126, 37], zoom: 6, bearing: 0, pitch: 0 }); // the reader dragged
    map.calls = [];
    map.emit('idle');
    expect(map.callsOf('jumpTo')).toHaveLength(0);
    expect(statuses.at(-1)!.ready).toBe(true);
  });

  it('lays the view-edge wall again where a camera the map constrained really landed', () => {
    const { map, controller, statuses } = setup();
    // MapLibre keeps the view inside its bounds: this step's zoom 6 lands at 7, every time.
    const jump = map.jumpTo.bind(map);
    map.jumpTo = (o) => jump({ ...o, zoom: Math.max(o.zoom ?? map.zoom, 7) });
    const walls = () =>
      map
        .callsOf('setData')
        .filter(([, source]) => source === 'base:view-edge')
        .map(([, , data]) => (data as { features: { geometry: { coordinates: number[] } }[] }).features);
    const covers = [{ left: 0, top: 0, right: 200, bottom: 300 }];
    controller.apply(targetState(story, 0), opts({ transition: 'cut', covers }));
    expect(walls()).toHaveLength(1);
    map.emit('idle'); // short of the step: cut to it once more, as for an interrupted move
    map.emit('idle'); // still short: the map constrains it; the wall follows the view
    expect(walls()).toHaveLength(2);
    expect(statuses.at(-1)!.ready).toBe(false);
    const [before, after] = walls() as [
      { geometry: { coordinates: number[] } }[],
      { geometry: { coordinates: number[] } }[],
    ];
    expect(after.length).toBe(before.length);
    // The same screen points, a zoom closer: half as far from the centre in degrees.
    const spread = (w: { geometry: { coordinates: number[] } }[]) =>
      Math.max(...w.map((f) => f.geometry.coordinates[0]!)) -
      Math.min(...w.map((f) => f.geometry.coordinates[0]!));
    expect(spread(after) / spread(before)).toBeCloseTo(0.5, 6);
    map.emit('idle');
    expect(statuses.at(-1)).toMatchObject({ ready: true, camera: { zoom: 7 } });
    expect(walls()).toHaveLength(2);
  });

  it('says when the reader moved the map, and "Reset view" brings back the step camera', () => {
    const { map, controller, statuses } = setup();
    controller.apply(targetState(story, 2), opts({ transition: 'cut' }));
    expect(statuses.at(-1)!.moved).toBe(false);
    map.emit('movestart', {}); // a move of ours carries no DOM event
    expect(statuses.at(-1)!.moved).toBe(false);
    map.emit('movestart', { originalEvent: new Event('touchstart') });
    map.finishMove({ center: [125, 36], zoom: 7, bearing: 0, pitch: 0 });
    expect(statuses.at(-1)).toMatchObject({ moved: true, camera: { center: [125, 36] } });
    map.calls = [];
    controller.resetView(false);
    expect(map.callsOf('easeTo')).toHaveLength(1);
    expect(statuses.at(-1)).toMatchObject({ moved: false, ready: false });
    map.finishMove({ center: [127, 38], zoom: 8, bearing: 10, pitch: 20 });
    map.emit('idle');
    expect(statuses.at(-1)).toMatchObject({ moved: false, ready: true, camera: { center: [127, 38] } });
    controller.resetView(true);
    expect(map.callsOf('jumpTo')).toHaveLength(1);
  });

  it('counts the style layers and sources', () => {
    expect(setup().controller.stats()).toEqual({ layers: 1, sources: 1 });
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
    expect(map.images.has('arrowhead')).toBe(true);
    expect(map.images.has('arrowhead-double')).toBe(true);
    controller.destroy();
    expect([...map.listeners.values()].every((s) => s.size === 0)).toBe(true);
    expect(map.callsOf('remove')).toHaveLength(1);
  });
});

describe('MapController motion', () => {
  const line = (lat: number): [number, number][] => [
    [122.5, lat],
    [125, lat],
    [127, lat],
    [129, lat],
    [132.5, lat],
  ];
  const resampled = (lat: number) => ({ coords: line(lat), head: 1, body: 3, tail: 1 });
  const geometry = {
    fronts: new Map([
      ['front-1950-08-04', resampled(36)],
      ['parallel-38', resampled(37)],
      ['front-1950-09-15', resampled(38)],
    ]),
    arrows: new Map([
      [
        'push',
        [
          [
            [128, 35],
            [128, 36],
          ] as [number, number][],
        ],
      ],
    ]),
  };
  const dataOf = (map: FakeMap, source: string) =>
    map
      .callsOf('setData')
      .filter(([, id]) => id === source)
      .map(([, , data]) => data) as {
      features: { geometry: { coordinates: unknown }; properties: Record<string, unknown> }[];
    }[];

  it('is not ready until the front and arrow geometry has arrived', () => {
    const { map, controller, statuses } = setup({ geometry: false });
    controller.apply(targetState(story, 1), opts({ transition: 'cut' }));
    map.emit('idle');
    expect(statuses.at(-1)!.ready).toBe(false);
    controller.setGeometry(geometry);
    map.emit('idle');
    expect(statuses.at(-1)!.ready).toBe(true);
  });

  it('is ready without the geometry on a step that neither moves nor shows an arrow', () => {
    const { map, controller, statuses } = setup({ geometry: false });
    controller.apply(targetState(story, 0), opts({ transition: 'cut' }));
    map.emit('idle');
    expect(statuses.at(-1)!.ready).toBe(true);
  });

  it('asks for the geometry once: when a step first needs it, else once the first step is ready', () => {
    let asked = 0;
    const first = setup({ geometry: false, loadGeometry: () => asked++ });
    first.controller.apply(targetState(story, 0), opts({ transition: 'cut' }));
    expect(asked).toBe(0);
    first.map.emit('idle');
    first.idleTasks.forEach((task) => task());
    expect(asked).toBe(1);
    first.controller.apply(targetState(story, 1), opts());
    expect(asked).toBe(1);

    asked = 0;
    const moving = setup({ geometry: false, loadGeometry: () => asked++ });
    moving.controller.apply(targetState(story, 1), opts({ transition: 'cut' }));
    expect(asked).toBe(1);
    moving.map.emit('idle');
    expect(moving.statuses.at(-1)!.ready).toBe(false);
    moving.controller.setGeometry(geometry);
    moving.map.emit('idle');
    moving.idleTasks.forEach((task) => task());
    expect([moving.statuses.at(-1)!.ready, asked]).toEqual([true, 1]);
  });

  it('draws the front and the ground each side holds at the step progress, once per change', () => {
    const { map, controller } = setup({ geometry: false });
    controller.setGeometry(geometry);
    controller.apply(targetState(story, 1, { progress: 0.25 }), opts({ transition: 'cut' }));
    // A quarter of 4 Aug – 15 Sep is mid-August: half-way from the first line (36°) to the second (37°).
    const [south, north, front] = dataOf(map, 'motion:front-a').at(-1)!.features;
    expect(front!.geometry.coordinates).toEqual([
      [125, 36.5],
      [127, 36.5],
      [129, 36.5],
    ]);
    expect([south!.properties.side, north!.properties.side]).toEqual(['south', 'north']);
    expect(visibilityCalls(map)).toContain('motion:front-a=visible');
    map.calls = [];
    controller.apply(targetState(story, 1, { progress: 0.25 }), opts({ transition: 'cut' }));
    expect(map.callsOf('setData')).toEqual([]);
    controller.apply(targetState(story, 2), opts({ transition: 'cut' }));
    expect(visibilityCalls(map)).toContain('motion:front-a=none');
  });

  it('draws arrows in: cut while drawing, the head at the drawn tip, a plain line when done', () => {
    const { map, controller } = setup({ geometry: false });
    controller.setGeometry(geometry);
    controller.apply(targetState(story, 1, { progress: 0.375 }), opts({ transition: 'cut' }));
    const gradient = map
      .callsOf('setPaintProperty')
      .filter(([, id, p]) => id === 'push::line' && p === 'line-gradient');
    expect(gradient.at(-1)![3]).toEqual(['step', ['line-progress'], '#1f5fa8', 0.5, 'rgba(0,0,0,0)']);
    // Drawn to its middle: the formation's name is there.
    const named = map.callsOf('setPaintProperty').filter(([, id]) => id === 'push::unit-label');
    expect(named.at(-1)![3]).toBe(1);
    const [head] = dataOf(map, 'motion:heads').at(-1)!.features;
    const [lon, lat] = head!.geometry.coordinates as number[];
    expect(lon).toBe(128);
    expect(lat).toBeGreaterThan(35.4);
    expect(lat).toBeLessThan(35.6);
    expect(head!.properties).toMatchObject({ color: '#1f5fa8', bearing: 0, opacity: 1 });
    map.calls = [];
    controller.apply(targetState(story, 1, { progress: 1 }), opts({ transition: 'cut' }));
    expect(map.callsOf('setPaintProperty')).toEqual([
      ['setPaintProperty', 'push::line', 'line-gradient', undefined],
      ['setPaintProperty', 'push::unit-label', 'text-opacity', 1],
    ]);
    expect(dataOf(map, 'motion:heads').at(-1)!.features[0]!.geometry.coordinates).toEqual([128, 36]);
  });

  it('under reduced motion crossfades from one dated line to the next through the hidden slot', () => {
    const { map, controller } = setup({ geometry: false });
    controller.setGeometry(geometry);
    const reduced = opts({ transition: 'cut', reducedMotion: true });
    controller.apply(targetState(story, 1, { progress: 0, reducedMotion: true }), reduced);
    expect(dataOf(map, 'motion:front-a')).toHaveLength(1);
    map.calls = [];
    controller.apply(targetState(story, 1, { progress: 0.6, reducedMotion: true }), reduced);
    expect(dataOf(map, 'motion:front-b')).toHaveLength(1);
    const fades = map
      .callsOf('setPaintProperty')
      .filter(([, id]) => String(id).startsWith('motion:'))
      .map(([, id, , v]) => `${id}=${v}`);
    expect(fades).toEqual([
      'motion:held-south-b=0.07',
      'motion:held-north-b=0.16',
      'motion:front-b=1',
      'motion:held-south-a=0',
      'motion:held-north-a=0',
      'motion:front-a=0',
    ]);
  });
});
