/** A point on the screen, in pixels. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/** Points drawn as one marker, at the mean of their positions. */
export interface Cluster<T extends ScreenPoint> extends ScreenPoint {
  members: T[];
}

/**
 * Groups points whose markers would overlap: two closer than `spacing` share a group, and so on through their
 * neighbours; then groups whose centres come closer than `spacing` are merged, until none do. So no two markers
 * drawn at the centres are closer than `spacing`. Groups and their members keep the order of the points.
 */
export function groupNearby<T extends ScreenPoint>(points: readonly T[], spacing: number): Cluster<T>[] {
  let groups: Cluster<T>[] = points.map((p) => ({ x: p.x, y: p.y, members: [p] }));
  for (;;) {
    const merged = mergeClose(groups, spacing);
    if (merged.length === groups.length) return merged;
    groups = merged;
  }
}

function mergeClose<T extends ScreenPoint>(groups: Cluster<T>[], spacing: number): Cluster<T>[] {
  const parent = groups.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      if (Math.hypot(groups[i].x - groups[j].x, groups[i].y - groups[j].y) < spacing) parent[root(j)] = root(i);
    }
  }
  const byRoot = new Map<number, T[]>();
  groups.forEach((g, i) => {
    const r = root(i);
    byRoot.set(r, [...(byRoot.get(r) ?? []), ...g.members]);
  });
  return [...byRoot.values()].map((members) => ({
    x: members.reduce((sum, m) => sum + m.x, 0) / members.length,
    y: members.reduce((sum, m) => sum + m.y, 0) / members.length,
    members,
  }));
}
