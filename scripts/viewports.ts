/**
 * The viewports the browser tests and the app benchmark open pages at, in CSS pixels (one device
 * pixel each: SwiftShader draws on the CPU), so that a figure in the benchmark and a test of the
 * same page look at the same layout.
 */

/** A wide screen: the text column beside the map. */
export const DESKTOP = { width: 1440, height: 900 };

/** A phone: the map above the text, touch input (below 600 px wide). */
export const PHONE = { width: 390, height: 844 };
