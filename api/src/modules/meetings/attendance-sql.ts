/**
 * Who was expected at a meeting, as SQL over meetings aliased `mt` (a CTE or table with id, panel_id,
 * starts_at): the panel's members who had joined by the time it started and were not disabled by then, plus
 * anyone on its attendance list (a substitute, a guest). One rule for the list and the figures.
 */
export function invitedSql(meetings: string): string {
  return `SELECT mt.id AS meeting_id, ms.user_id
      FROM ${meetings} mt
      JOIN membership ms ON ms.panel_id = mt.panel_id
      JOIN app_user u ON u.id = ms.user_id
     WHERE ms.created_at <= mt.starts_at AND (u.disabled_at IS NULL OR u.disabled_at > mt.starts_at)
    UNION
    SELECT ma.meeting_id, ma.user_id FROM meeting_attendance ma JOIN ${meetings} mt ON mt.id = ma.meeting_id`;
}
