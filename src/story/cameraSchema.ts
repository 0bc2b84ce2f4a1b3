/**
 * Positions and a step's camera in a story file: where the map looks (docs/authoring.md, "Camera"). Part of the
 * story schema (./schema.ts), kept apart because its rules (either bounds or centre and zoom, a
 * phone override of the same shape) are most of its length.
 */
import { z } from 'zod';

/** Longitude/latitude pair, WGS84, in that order (GeoJSON order, not lat/lon). */
export const LngLatSchema = z.tuple([
  z.number().min(-180, 'longitude must be ≥ -180').max(180, 'longitude must be ≤ 180'),
  z.number().min(-90, 'latitude must be ≥ -90').max(90, 'latitude must be ≤ 90'),
]);

const cameraFields = {
  center: LngLatSchema.optional(),
  zoom: z.number().min(0).max(22).optional(),
  bounds: z.tuple([LngLatSchema, LngLatSchema]).optional(),
  /** Screen padding in CSS pixels around `bounds`. */
  padding: z.number().min(0).max(400).optional(),
  bearing: z.number().min(-180).max(180).default(0),
  pitch: z.number().min(0).max(60).default(0),
};

/** Either `bounds` (fitted to the screen) or `center` + `zoom`; bearing and pitch optional. */
const CameraBaseSchema = z.strictObject(cameraFields).superRefine((c, ctx) => {
  const hasCenter = c.center !== undefined || c.zoom !== undefined;
  if (c.bounds && hasCenter) {
    ctx.addIssue({ code: 'custom', message: 'give either bounds or center+zoom, not both' });
  } else if (!c.bounds && (c.center === undefined || c.zoom === undefined)) {
    ctx.addIssue({
      code: 'custom',
      message: 'needs bounds: [[west, south], [east, north]] or both center: [lon, lat] and zoom',
    });
  }
  if (c.bounds) {
    const [[w, s], [e, n]] = c.bounds;
    if (w >= e || s >= n) {
      ctx.addIssue({
        code: 'custom',
        path: ['bounds'],
        message: 'bounds must be [[west, south], [east, north]] with west < east and south < north',
      });
    }
  }
});

export const CameraSchema = z
  .strictObject({
    ...cameraFields,
    /** Override for narrow (phone) screens; same shape. */
    narrow: CameraBaseSchema.optional(),
  })
  .superRefine((c, ctx) => {
    const { narrow: _narrow, ...base } = c;
    const r = CameraBaseSchema.safeParse(base);
    if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
  });
