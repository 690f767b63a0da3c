import { leanEntities, leanLinked } from '../../src/core/database/prepared-query.js';
import { NominalEntity } from '../../src/modules/nominals/nominal.entity.js';
import { VehicleEntity } from '../../src/modules/vehicles/vehicle.entity.js';
import { createPanel, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Records read through a join table come exactly as the by-id read gives them: prototype, types, nulls and all. */
describe('lean reads of linked records', () => {
  let t: TestApp;
  let p: PanelFixture;
  const groups: string[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    for (const name of ['First group', 'Second group', 'Empty group']) {
      const [g] = await t.dataSource.query(`INSERT INTO ocg (panel_id, reference, name, status) VALUES ($1, $2, $3, 'ACTIVE') RETURNING id`, [
        p.panelId,
        `OCG-${groups.length + 1}`,
        name,
      ]);
      groups.push(g.id);
    }
    const people: [string, string, string | null, string[]][] = [
      ['SMITH', 'John', '1990-02-03', ['Johnny', 'J "the knife" S']],
      ['O’NEILL', '', null, []],
      ['BROWN', 'Ann Marie', '1985-12-31', ['A, M']],
    ];
    for (const [i, [surname, forenames, dob, aliases]] of people.entries()) {
      const [n] = await t.dataSource.query(
        `INSERT INTO nominal (panel_id, reference, surname, forenames, date_of_birth, aliases, is_child, next_review_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7 THEN current_date + 400 END) RETURNING id`,
        [p.panelId, `N-${i + 1}`, surname, forenames, dob, aliases, i === 1],
      );
      // All three in the first group (the second as principal), the last in the second group too.
      await t.dataSource.query(`INSERT INTO ocg_nominal (ocg_id, nominal_id, role) VALUES ($1, $2, $3)`, [
        groups[0],
        n.id,
        i === 1 ? 'PRINCIPAL' : 'ASSOCIATE',
      ]);
      if (i === 2) await t.dataSource.query(`INSERT INTO ocg_nominal (ocg_id, nominal_id, role) VALUES ($1, $2, 'SIGNIFICANT')`, [groups[1], n.id]);
    }
    const [v] = await t.dataSource.query(
      `INSERT INTO vehicle (panel_id, registration, vrm, vrm_folded, make) VALUES ($1, 'AB12 CDE', 'AB12CDE', 'AB12CDE', 'Ford') RETURNING id`,
      [p.panelId],
    );
    await t.dataSource.query(`INSERT INTO ocg_vehicle (ocg_id, vehicle_id) VALUES ($1, $2)`, [groups[1], v.id]);
  });
  afterAll(() => t.close());

  it('gives each key its records, in order, with the link’s columns, shaped as the by-id read shapes them', async () => {
    const linked = await leanLinked(t.dataSource, NominalEntity, {
      link: { table: 'ocg_nominal', key: 'ocg_id', value: 'nominal_id' },
      keys: groups,
      carry: ['role'],
      orderBy: `array_position(ARRAY['PRINCIPAL','SIGNIFICANT','PERIPHERAL','ASSOCIATE'], l.role::text), l.added_at`,
    });
    // Each key's records in the order asked for; the keys themselves in any order (a loader groups them).
    const listOf = (key: string) => linked.filter((r) => r.key === key).map((r) => [r.carried.role, r.entity.surname]);
    expect(groups.map(listOf)).toEqual([
      [
        ['PRINCIPAL', 'O’NEILL'],
        ['ASSOCIATE', 'SMITH'],
        ['ASSOCIATE', 'BROWN'],
      ],
      [['SIGNIFICANT', 'BROWN']],
      [],
    ]);
    const byId = await leanEntities(t.dataSource, NominalEntity, {
      where: 'e.id = ANY(:ids)',
      params: { ids: linked.map((r) => r.entity.id) },
    });
    for (const { entity } of linked) {
      const same = byId.find((n) => n.id === entity.id)!;
      expect(Object.getPrototypeOf(entity)).toBe(NominalEntity.prototype);
      expect(entity).toStrictEqual(same);
      expect(entity.createdAt).toBeInstanceOf(Date);
    }
  });

  it('reads records with no link column carried the same way', async () => {
    const linked = await leanLinked(t.dataSource, VehicleEntity, {
      link: { table: 'ocg_vehicle', key: 'ocg_id', value: 'vehicle_id' },
      keys: groups,
      orderBy: 'l.added_at',
    });
    expect(linked.map((r) => [groups.indexOf(r.key), r.entity.registration])).toEqual([[1, 'AB12 CDE']]);
    const [same] = await leanEntities(t.dataSource, VehicleEntity, { where: 'e.id = ANY(:ids)', params: { ids: [linked[0].entity.id] } });
    expect(linked[0].entity).toStrictEqual(same);
    expect(linked[0].carried).toEqual({});
  });

  it('reads only the properties picked, each as the full read gives it', async () => {
    const pick = ['id', 'surname', 'dateOfBirth', 'aliases'] as const;
    const picked = await leanLinked(t.dataSource, NominalEntity, {
      link: { table: 'ocg_nominal', key: 'ocg_id', value: 'nominal_id' },
      keys: [groups[0]],
      pick,
      orderBy: 'l.added_at',
    });
    const full = await leanEntities(t.dataSource, NominalEntity, { where: 'e.id = ANY(:ids)', params: { ids: picked.map((r) => r.entity.id) } });
    expect(picked).toHaveLength(3);
    for (const { entity } of picked) {
      expect(Object.keys(entity).sort()).toEqual([...pick].sort());
      const same = full.find((n) => n.id === entity.id)!;
      expect(entity).toEqual({ id: same.id, surname: same.surname, dateOfBirth: same.dateOfBirth, aliases: same.aliases });
    }
  });
});
