/**
 * A tiny stand-in for MapLibre's Map that records the controller's calls, for unit tests.
 */
import type { MapLike } from './mapLike.ts';

type Call = [method: string, ...args: unknown[]];

export class FakeMap {
  calls: Call[] = [];
  center = { lng: 127, lat: 37 };
  zoom = 5;
  bearing = 0;
  pitch = 0;
  moving = false;
  listeners = new Map<string, Set<(event?: unknown) => void>>();
  images = new Set<string>();

  #record(method: string, ...args: unknown[]) {
    this.calls.push([method, ...args]);
  }
  #moveTo(o: { center?: [number, number]; zoom?: number; bearing?: number; pitch?: number }) {
    if (o.center) this.center = { lng: o.center[0], lat: o.center[1] };
    if (o.zoom !== undefined) this.zoom = o.zoom;
    if (o.bearing !== undefined) this.bearing = o.bearing;
    if (o.pitch !== undefined) this.pitch = o.pitch;
  }
  emit(type: string, event?: unknown) {
    for (const fn of this.listeners.get(type) ?? []) fn(event);
  }
  /** Calls of the given methods only (default: all but the getters). */
  callsOf(...methods: string[]): Call[] {
    return this.calls.filter(([m]) => methods.includes(m));
  }

  /** The options of every style setter call (e.g. `{ validate: false }`), kept out of `calls`. */
  setterOptions: unknown[] = [];
  setLayoutProperty(layer: unknown, name: unknown, value: unknown, options?: unknown) {
    this.#record('setLayoutProperty', layer, name, value);
    this.setterOptions.push(options);
  }
  setPaintProperty(layer: unknown, name: unknown, value: unknown, options?: unknown) {
    this.#record('setPaintProperty', layer, name, value);
    this.setterOptions.push(options);
  }
  flyTo(o: Parameters<FakeMap['jumpTo']>[0] & { duration?: number }) {
    this.#record('flyTo', o);
    this.moving = true;
  }
  easeTo(o: Parameters<FakeMap['jumpTo']>[0] & { duration?: number }) {
    this.#record('easeTo', o);
    this.moving = true;
  }
  /** Finish the current animation at `o` (what MapLibre does at the end of a flight). */
  finishMove(o: Parameters<FakeMap['jumpTo']>[0]) {
    this.#moveTo(o);
    this.moving = false;
    this.emit('moveend');
  }
  jumpTo(o: { center?: [number, number]; zoom?: number; bearing?: number; pitch?: number }) {
    this.#record('jumpTo', o);
    this.#moveTo(o);
    this.emit('moveend');
  }
  stop() {
    this.#record('stop');
    this.moving = false;
  }
  cameraForBounds(bounds: [[number, number], [number, number]], options: unknown) {
    this.#record('cameraForBounds', bounds, options);
    const [[w, s], [e, n]] = bounds;
    return { center: { lng: (w + e) / 2, lat: (s + n) / 2 }, zoom: 6, bearing: 0 };
  }
  getCenter() {
    return this.center;
  }
  getZoom() {
    return this.zoom;
  }
  getBearing() {
    return this.bearing;
  }
  getPitch() {
    return this.pitch;
  }
  /** A box round the centre, one degree each way per zoom level below 8 (enough for tests). */
  getBounds() {
    const half = 2 ** (8 - this.zoom);
    const { lng, lat } = this.center;
    return {
      getWest: () => lng - half,
      getSouth: () => lat - half,
      getEast: () => lng + half,
      getNorth: () => lat + half,
    };
  }
  isMoving() {
    return this.moving;
  }
  resize() {
    this.#record('resize');
  }
  on(type: string, fn: (event?: unknown) => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(fn);
  }
  off(type: string, fn: (event?: unknown) => void) {
    this.listeners.get(type)?.delete(fn);
  }
  addImage(name: string) {
    this.images.add(name);
  }
  hasImage(name: string) {
    return this.images.has(name);
  }
  triggerRepaint() {
    this.#record('triggerRepaint');
  }
  /** A GeoJSON source whose `setData` is recorded as `['setData', source id, data]`. */
  getSource(id: string) {
    return { setData: (data: unknown) => this.#record('setData', id, data) };
  }
  remove() {
    this.#record('remove');
  }
  /** A canvas of a desktop map's size. */
  getCanvas() {
    return { clientWidth: 900, clientHeight: 700 } as HTMLCanvasElement;
  }
  /** A style with one source and one layer (enough for {@link MapController.stats}). */
  getStyle() {
    return { version: 8, sources: { land: { type: 'geojson', data: '' } }, layers: [{ id: 'land' }] };
  }

  asMap(): MapLike {
    return this as unknown as MapLike;
  }
}
