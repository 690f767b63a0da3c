import type { EntityManager } from 'typeorm';

/**
 * Disposes of a nominal: the intelligence recorded on them, their links to groups, vehicles, places and disruptions,
 * their place on hit/no-hit checks and the record itself are deleted; tasks about them are kept, no longer naming
 * them. Cross-panel match keys go with the record (database triggers). Answers the records erased, as the erasure
 * record names them ("Nominal:<id>", "Intelligence:<id>"), for the audit trail's redaction of what they held.
 * Statements are fixed in number, whatever the nominal held.
 */
export async function disposeOfNominal(m: EntityManager, nominalId: string): Promise<string[]> {
  const [{ intelligence }]: { intelligence: string[] }[] = await m.query(
    `WITH gone AS (DELETE FROM intelligence WHERE subject_kind = 'NOMINAL' AND subject_id = $1 RETURNING id)
     SELECT coalesce(array_agg('Intelligence:' || id ORDER BY id), '{}') AS intelligence FROM gone`,
    [nominalId],
  );
  await m.query(`DELETE FROM disruption_nominal WHERE nominal_id = $1`, [nominalId]);
  await m.query(`DELETE FROM hit_check_subject WHERE subject_kind = 'NOMINAL' AND subject_id = $1`, [nominalId]);
  await m.query(`UPDATE task SET nominal_id = NULL WHERE nominal_id = $1`, [nominalId]);
  await m.query(`DELETE FROM nominal WHERE id = $1`, [nominalId]);
  return [`Nominal:${nominalId}`, ...intelligence];
}
