/**
 * Contract: every MapLibre method the controller may call exists on the real maplibre-gl Map,
 * so the fake in the unit tests cannot drift from the library.
 */
import { describe, expect, it } from 'vitest';
import { CREATE_MAP_METHODS } from './createMap.ts';
import { MAP_METHODS } from './mapLike.ts';
import { FakeMap } from './fakeMap.ts';

describe('maplibre-gl contract', async () => {
  const maplibre = await import('maplibre-gl');
  it.each(MAP_METHODS)('Map.prototype.%s is a function in maplibre-gl and in the fake', (method) => {
    expect(typeof (maplibre.Map.prototype as unknown as Record<string, unknown>)[method]).toBe('function');
    expect(typeof (FakeMap.prototype as unknown as Record<string, unknown>)[method]).toBe('function');
  });
  it.each(CREATE_MAP_METHODS)(
    'Map.prototype.%s, called by createMap, is a function in maplibre-gl',
    (method) => {
      expect(typeof (maplibre.Map.prototype as unknown as Record<string, unknown>)[method]).toBe('function');
    },
  );
});
