import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CameraSchema } from '../story/schema.ts';
import { cameraYaml, type MapView } from './cameraYaml.ts';

const view: MapView = {
  center: [127.281249, 40.451881],
  zoom: 9.60491,
  bearing: 0,
  pitch: 0,
  bounds: [
    [126.904419, 40.210043],
    [127.658079, 40.692227],
  ],
};

/** The text as a story file reads it: YAML, then the story schema's camera. */
const parsed = (text: string) => CameraSchema.parse((parse(text) as { camera: unknown }).camera);

describe('cameraYaml', () => {
  it('writes the centre form rounded: degrees to 3 decimals, zoom to 2', () => {
    expect(cameraYaml(view).center).toBe('camera: { center: [127.281, 40.452], zoom: 9.6 }');
  });

  it('writes the bounds form, [[west, south], [east, north]]', () => {
    expect(cameraYaml(view).bounds).toBe('camera: { bounds: [[126.904, 40.21], [127.658, 40.692]] }');
  });

  it('adds bearing and pitch (whole degrees) only when the map is turned or tilted', () => {
    const turned = cameraYaml({ ...view, bearing: -29.6, pitch: 20.2 });
    expect(turned.center).toBe('camera: { center: [127.281, 40.452], zoom: 9.6, bearing: -30, pitch: 20 }');
    expect(turned.bounds).toMatch(/, bearing: -30, pitch: 20 }$/);
    expect(cameraYaml({ ...view, bearing: -0.2 }).center).not.toMatch(/bearing/);
  });

  it('parses as a valid camera of the story schema, both forms', () => {
    for (const v of [view, { ...view, bearing: 45, pitch: 30 }]) {
      const { center, bounds } = cameraYaml(v);
      expect(parsed(center)).toMatchObject({ center: [127.281, 40.452], zoom: 9.6 });
      expect(parsed(bounds).bounds).toEqual([
        [126.904, 40.21],
        [127.658, 40.692],
      ]);
    }
  });
});
