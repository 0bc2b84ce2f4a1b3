/**
 * What the map shows now, read from it unrounded. Takes the map as an argument; used only by the
 * MapController.
 */
import type { CameraValue } from './camera.ts';
import type { MapView } from './cameraYaml.ts';
import type { MapLike } from './mapLike.ts';

type CameraReader = Pick<MapLike, 'getCenter' | 'getZoom' | 'getBearing' | 'getPitch'>;

/** The camera: centre, zoom, bearing and pitch. */
export function readCamera(map: CameraReader): CameraValue {
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

/**
 * The camera and the box of the whole view (the `?debug` camera helper turns it into story YAML,
 * src/map/cameraYaml.ts).
 */
export function readView(map: CameraReader & Pick<MapLike, 'getBounds'>): MapView {
  const b = map.getBounds();
  return {
    ...readCamera(map),
    bounds: [
      [b.getWest(), b.getSouth()],
      [b.getEast(), b.getNorth()],
    ],
  };
}
