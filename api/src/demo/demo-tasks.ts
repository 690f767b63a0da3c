import type { EntityManager } from 'typeorm';
import { addDays, formatReference, londonToday, type TaskStatus } from '@sentinel/shared';

// What a panel like this asks its partners to do; the agency is the position in the demo agency list.
const WORK: [title: string, agency: number, strand: 'PURSUE' | 'PREVENT' | 'PROTECT' | 'PREPARE'][] = [
  ['Review the accounts of the car wash on Dock Road', 5, 'PURSUE'],
  ['Check benefit claims of the named family members', 6, 'PURSUE'],
  ['Licence review of the High Street takeaway', 10, 'PURSUE'],
  ['Test purchase at the market stall selling stolen stock', 11, 'PURSUE'],
  ['Safe and well visit to the tenant at Fern Street', 14, 'PROTECT'],
  ['Confirm address compliance of the principal on licence', 15, 'PURSUE'],
  ['Inspect the Moor Lane waste site with the landowner', 16, 'PURSUE'],
  ['Joint visit to the packing plant with the labour inspectors', 17, 'PROTECT'],
  ['Check door supervisor licences at the Westgate bars', 18, 'PURSUE'],
  ['Port checks on containers booked by the freight agent', 7, 'PURSUE'],
  ['Immigration status checks of the car wash workers', 8, 'PROTECT'],
  ['Travel patterns of the line holders on the Eastfield route', 9, 'PURSUE'],
  ['Refer the two runners to the exploitation hub', 3, 'PROTECT'],
  ['Youth diversion places for younger runners', 13, 'PREVENT'],
  ['Planning enforcement at the unauthorised workshop', 12, 'PURSUE'],
  ['Awareness session for retailers at the retail park', 20, 'PREVENT'],
  ['Debt advice outreach on the Brookside estate', 20, 'PROTECT'],
  ['Circulate the Crimestoppers campaign in Moorside', 19, 'PREVENT'],
  ['Update the intelligence picture for the next panel', 1, 'PREPARE'],
  ['Neighbourhood patrol plan for the Eastfield underpass', 2, 'PROTECT'],
];

const STATES: TaskStatus[] = ['OPEN', 'OPEN', 'IN_PROGRESS', 'IN_PROGRESS', 'BLOCKED', 'COMPLETED', 'COMPLETED', 'NOT_DONE'];

/** About sixty tasks in every state across the agencies, some overdue, each with a short timeline. */
export async function loadDemoTasks(m: EntityManager, panelId: string, agencies: string[], ocgIds: string[], chairId: string): Promise<void> {
  const today = londonToday();
  const members: { id: string; agency_id: string }[] = await m.query(
    `SELECT u.id, u.agency_id FROM app_user u JOIN membership ms ON ms.user_id = u.id WHERE ms.panel_id = $1`,
    [panelId],
  );
  const memberOf = new Map(members.map((u) => [u.agency_id, u.id]));
  let n = 0;
  for (let round = 0; round < 3; round++) {
    for (const [i, [title, agencyIndex, strand]] of WORK.entries()) {
      n += 1;
      const status = STATES[(i + round * 3) % STATES.length];
      const agencyId = agencies[agencyIndex];
      const dueOn = addDays(today, -35 + ((i * 7 + round * 11) % 70));
      const closed = status === 'COMPLETED' || status === 'NOT_DONE';
      const [task] = await m.query(
        `INSERT INTO task (panel_id, reference, title, agency_id, owner_user_id, ocg_id, due_on, priority, strand, status,
                           blocked_reason, not_done_cause, closing_note, closed_at, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, now() - make_interval(days => $16), now() - make_interval(days => $17))
         RETURNING id`,
        [
          panelId,
          formatReference('A', n),
          round === 0 ? title : `${title} (${round === 1 ? 'follow-up' : 'second follow-up'})`,
          agencyId,
          i % 3 === 0 ? (memberOf.get(agencyId) ?? null) : null,
          ocgIds[(i + round) % ocgIds.length],
          dueOn,
          ['HIGH', 'MEDIUM', 'LOW'][i % 3],
          strand,
          status,
          status === 'BLOCKED' ? 'Waiting for the information-sharing request to be approved.' : null,
          status === 'NOT_DONE' ? (i % 2 ? 'CIRCUMSTANCES_CHANGED' : 'AGENCY_DID_NOT_ACT') : null,
          closed ? (status === 'COMPLETED' ? 'Done; outcome reported to the panel.' : 'Closed at the panel.') : null,
          closed ? addDays(dueOn, -2) : null,
          chairId,
          70 - round * 20,
          closed ? 3 : 10 - (i % 9),
        ],
      );
      await m.query(
        `INSERT INTO task_update (task_id, panel_id, kind, author_user_id, created_at) VALUES ($1, $2, 'CREATED', $3, now() - make_interval(days => $4))`,
        [task.id, panelId, chairId, 70 - round * 20],
      );
      if (status !== 'OPEN') {
        await m.query(
          `INSERT INTO task_update (task_id, panel_id, kind, text, from_status, to_status, author_user_id, author_agency_id, created_at)
           VALUES ($1, $2, 'STATUS', $3, 'OPEN', $4, $5, $6, now() - make_interval(days => 5))`,
          [
            task.id,
            panelId,
            status === 'BLOCKED' ? 'Cannot proceed until the data request is approved.' : 'Update given at the panel.',
            status,
            memberOf.get(agencyId) ?? chairId,
            agencyId,
          ],
        );
      }
    }
  }
  await m.query(`UPDATE panel SET next_task_number = $2 WHERE id = $1`, [panelId, n + 1]);
}
