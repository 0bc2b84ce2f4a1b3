import { kmBetween, type Position } from './geometry.ts';

/**
 * `n` points along a route, after its first point and ending with its last, keeping every
 * corner: each leg gets its end point, and the points left over go one by one to the leg whose
 * spacing is then coarsest (ties to the earlier leg), spread evenly along it. A straight route
 * (two points) is divided into `n` equal steps.
 *
 * @example
 * divideRoute([[0, 0], [4, 0]], 4) // [[1, 0], [2, 0], [3, 0], [4, 0]]
 */
export function divideRoute(route: Position[], n: number): Position[] {
  const legs = route.slice(1).map((b, i) => ({ a: route[i]!, b, km: kmBetween(route[i]!, b), points: 1 }));
  if (legs.length > n) throw new Error(`divideRoute: ${legs.length} legs do not fit in ${n} points`);
  for (let left = n - legs.length; left > 0; left--) {
    const coarsest = legs.reduce((best, leg) => (leg.km / leg.points > best.km / best.points ? leg : best));
    coarsest.points++;
  }
  return legs.flatMap(({ a, b, points }) =>
    Array.from({ length: points }, (_, k): Position => {
      const t = (k + 1) / points;
      return k + 1 === points ? b : [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    }),
  );
}
