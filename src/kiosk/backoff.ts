/**
 * How long to wait before the next try of something that failed `attempt` times already (0 for
 * the first retry): doubling from `firstMs`, never longer than `maxMs`. A kiosk left alone keeps
 * trying at a pace that neither hammers a server coming back nor leaves the screen dead for hours.
 * @example backoffDelay(0) // 1000
 * @example backoffDelay(3) // 8000
 */
export function backoffDelay(attempt: number, { firstMs = 1000, maxMs = 5 * 60_000 } = {}): number {
  const n = Number.isNaN(attempt) ? 0 : Math.max(0, Math.floor(attempt));
  return Math.min(maxMs, firstMs * 2 ** Math.min(n, 30));
}
