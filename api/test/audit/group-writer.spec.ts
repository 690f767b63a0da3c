import { GroupWriter } from '../../src/core/audit/group-writer.js';

describe('the group writer under the consultation log', () => {
  it('writes the first rows at once, and the rows added meanwhile together in the next statement', async () => {
    const statements: number[][] = [];
    let release = () => {};
    const writer = new GroupWriter<number>(async (rows) => {
      statements.push(rows);
      if (statements.length === 1) await new Promise<void>((r) => (release = r));
    });
    const settled: number[] = [];
    const first = writer.add([1]).then(() => settled.push(1));
    const later = [writer.add([2, 3]), writer.add([4])].map((p, i) => p.then(() => settled.push(10 + i)));
    // Nothing to write is written by no statement.
    await writer.add([]);
    expect(statements).toEqual([[1]]);
    expect(settled).toEqual([]);
    release();
    await Promise.all([first, ...later]);
    expect(statements).toEqual([[1], [2, 3, 4]]);
    expect(settled).toEqual([1, 10, 11]);
  });

  it("fails only the callers whose rows were in the failed statement, and goes on writing the others'", async () => {
    let calls = 0;
    const written: string[][] = [];
    const writer = new GroupWriter<string>(async (rows) => {
      calls += 1;
      if (calls === 1) throw new Error('the database went away');
      written.push(rows);
    }, 2);
    const results = await Promise.allSettled([writer.add(['a']), writer.add(['b']), writer.add(['c']), writer.add(['d'])]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(written).toEqual([['b', 'c'], ['d']]);
  });
});
