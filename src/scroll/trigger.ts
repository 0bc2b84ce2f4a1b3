/**
 * Where a step becomes active as it scrolls up: the trigger line, as a fraction of the viewport's
 * height from its top. The scroller uses it; the `?debug` overlay draws it.
 */
export const TRIGGER_OFFSET = 0.6;
