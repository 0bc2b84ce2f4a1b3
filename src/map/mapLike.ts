/**
 * The slice of MapLibre's Map this app uses. The MapController (controller.ts) is its owner; the
 * helpers it passes the map to (cameraFit.ts, mapView.ts) take a {@link MapLike}, so they can call
 * nothing outside {@link MAP_METHODS}, which the contract test checks against maplibre-gl.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Every MapLibre method the controller (and the helpers it hands the map to) may call. */
export const MAP_METHODS = [
  'setLayoutProperty',
  'setPaintProperty',
  'flyTo',
  'easeTo',
  'jumpTo',
  'stop',
  'cameraForBounds',
  'getCenter',
  'getZoom',
  'getBearing',
  'getPitch',
  'getBounds',
  'isMoving',
  'resize',
  'on',
  'off',
  'addImage',
  'hasImage',
  'remove',
  'triggerRepaint',
  'getSource',
  'getStyle',
  'getCanvas',
] as const;

/** The map as the controller sees it (tests pass a small fake, fakeMap.ts). */
export type MapLike = Pick<MapLibreMap, (typeof MAP_METHODS)[number]>;
