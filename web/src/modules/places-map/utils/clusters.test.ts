import { groupNearby } from './clusters';

const ids = (groups: { members: { id: string }[] }[]) => groups.map((g) => g.members.map((m) => m.id));

describe('groupNearby', () => {
  it('keeps points as far apart as the spacing, or further, each on its own', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 40, y: 0 },
      { id: 'c', x: 0, y: 100 },
    ];
    expect(groupNearby(points, 40)).toEqual(points.map((p) => ({ x: p.x, y: p.y, members: [p] })));
  });

  it('groups points at the same place, and points closer than the spacing, at their mean', () => {
    const groups = groupNearby(
      [
        { id: 'a', x: 10, y: 10 },
        { id: 'b', x: 10, y: 10 },
        { id: 'c', x: 200, y: 0 },
        { id: 'd', x: 230, y: 0 },
      ],
      40,
    );
    expect(ids(groups)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(groups.map(({ x, y }) => [x, y])).toEqual([
      [10, 10],
      [215, 0],
    ]);
  });

  it('groups through neighbours: a chain of close points is one group', () => {
    const chain = [0, 30, 60, 90].map((x, i) => ({ id: String(i), x, y: 0 }));
    expect(ids(groupNearby(chain, 40))).toEqual([['0', '1', '2', '3']]);
  });

  it('merges groups whose centres come too close, so no two markers overlap', () => {
    // Each point of the ring is near the next, so the ring is one group; the point in the middle is near none of
    // them, but the ring's centre lands on it.
    const ring = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => ({ id: `r${k}`, x: 35 * Math.cos((k * Math.PI) / 4), y: 35 * Math.sin((k * Math.PI) / 4) }));
    const groups = groupNearby([...ring, { id: 'middle', x: 0, y: 0 }], 30);
    expect(groups).toHaveLength(1);
    expect(groups[0].members).toHaveLength(9);
    const apart = groupNearby([...ring, { id: 'far', x: 60, y: 0 }, { id: 'further', x: 300, y: 0 }], 30);
    for (const [i, a] of apart.entries()) {
      for (const b of apart.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(30);
    }
  });

  it('groups nothing when there is nothing to draw', () => {
    expect(groupNearby([], 40)).toEqual([]);
  });
});
