// The questions `npm run bench` asks each way (bench/reads.mjs): the API's GraphQL, the floor's one SQL statement and,
// for the group list and page, PostGraphile's GraphQL. Each way's answer is boiled down to the same summary, so the
// bench refuses to time ways that disagree.
import { dist } from './api-process.mjs';

const { THREAT_PICTURE_SQL } = await import(dist('modules/threat-picture/threat-picture.sql.js'));

const OPEN = `('OPEN','IN_PROGRESS','BLOCKED')`;

const gqlData = (field) => (res) => {
  if (res.status !== 200 || res.body.errors || !res.body.data?.[field]) throw new Error(`${field}: ${res.status} ${JSON.stringify(res.body.errors)}`);
  return res.body.data[field];
};
const sum = (list, f) => list.reduce((n, x) => n + f(x), 0);

/** The group list: a page of 50 active groups by score, with their nominals, vehicles and open-task counts. */
const groupList = {
  name: 'groupList',
  cached: true,
  label: 'group list: 50 active groups by score, nominals, vehicles, open-task counts',
  api: `query GroupList($panelId: ID!) { ocgs(panelId: $panelId, filter: { statuses: [ACTIVE] }, sort: SCORE, limit: 50, offset: 0) {
    totalCount nodes { id reference name status tier scoreTotal crimeTypes areas openTaskCount
      nominals { role nominal { id displayName } } vehicles { id registration } } } }`,
  variables: (c) => ({ panelId: c.panelId }),
  checkApi: (res) => {
    const page = gqlData('ocgs')(res);
    return {
      total: page.totalCount,
      groups: page.nodes.length,
      nominals: sum(page.nodes, (n) => n.nominals.length),
      vehicles: sum(page.nodes, (n) => n.vehicles.length),
      open: sum(page.nodes, (n) => n.openTaskCount),
    };
  },
  postgraphile: `query($panelId: UUID!) { allOcgs(condition: { panelId: $panelId, status: "ACTIVE" }, orderBy: [SCORE_TOTAL_DESC, REFERENCE_ASC], first: 50) {
    totalCount nodes { rowId reference name status tier scoreTotal crimeTypes areas
      open: tasksByOcgId(condition: { status: "OPEN" }) { totalCount }
      inProgress: tasksByOcgId(condition: { status: "IN_PROGRESS" }) { totalCount }
      blocked: tasksByOcgId(condition: { status: "BLOCKED" }) { totalCount }
      ocgNominalsByOcgId { nodes { role nominalByNominalId { rowId surname forenames } } }
      ocgVehiclesByOcgId { nodes { vehicleByVehicleId { rowId registration } } } } } }`,
  postgraphileVariables: (c) => ({ panelId: c.panelId }),
  checkPostgraphile: (res) => {
    const page = gqlData('allOcgs')(res);
    return {
      total: page.totalCount,
      groups: page.nodes.length,
      nominals: sum(page.nodes, (n) => n.ocgNominalsByOcgId.nodes.length),
      vehicles: sum(page.nodes, (n) => n.ocgVehiclesByOcgId.nodes.length),
      open: sum(page.nodes, (n) => n.open.totalCount + n.inProgress.totalCount + n.blocked.totalCount),
    };
  },
  floor: `SELECT json_build_object(
      'total', (SELECT count(*) FROM ocg WHERE panel_id = $1 AND status = 'ACTIVE'),
      'nodes', (SELECT coalesce(json_agg(g ORDER BY g.score_total DESC NULLS LAST, g.reference), '[]') FROM (
        SELECT o.id, o.reference, o.name, o.status, o.tier, o.score_total, o.crime_types, o.areas,
               (SELECT count(*) FROM task t WHERE t.ocg_id = o.id AND t.status IN ${OPEN}) AS open,
               (SELECT coalesce(json_agg(json_build_object('role', m.role, 'id', n.id, 'surname', n.surname, 'forenames', n.forenames)), '[]')
                  FROM ocg_nominal m JOIN nominal n ON n.id = m.nominal_id WHERE m.ocg_id = o.id) AS nominals,
               (SELECT coalesce(json_agg(json_build_object('id', v.id, 'registration', v.registration)), '[]')
                  FROM ocg_vehicle ov JOIN vehicle v ON v.id = ov.vehicle_id WHERE ov.ocg_id = o.id) AS vehicles
          FROM ocg o WHERE o.panel_id = $1 AND o.status = 'ACTIVE' ORDER BY o.score_total DESC NULLS LAST, o.reference LIMIT 50) g)) AS page`,
  floorParams: (c) => [c.panelId],
  checkFloor: ([{ page }]) => ({
    total: Number(page.total),
    groups: page.nodes.length,
    nominals: sum(page.nodes, (n) => n.nominals.length),
    vehicles: sum(page.nodes, (n) => n.vehicles.length),
    open: sum(page.nodes, (n) => Number(n.open)),
  }),
};

/** A group's page: the group, its officers, score history, nominals, vehicles, places and open tasks. */
const groupPage = {
  name: 'groupPage',
  label: 'group page: a group with its officers, scores, nominals, vehicles, places, open tasks',
  api: `query GroupPage($id: ID!) { ocg(id: $id) { id reference name status tier scoreTotal crimeTypes areas summary dateMapped nextReviewOn
    lroName sroName openTaskCount scoreHistory { total scoredAt } nominals { role nominal { id displayName } }
    vehicles { id registration } places { id label kind } } }`,
  variables: (c) => ({ id: c.ocgId }),
  checkApi: (res) => {
    const g = gqlData('ocg')(res);
    return {
      reference: g.reference,
      scores: g.scoreHistory.length,
      nominals: g.nominals.length,
      vehicles: g.vehicles.length,
      places: g.places.length,
      open: g.openTaskCount,
    };
  },
  postgraphile: `query($id: UUID!) { ocgByRowId(rowId: $id) { rowId reference name status tier scoreTotal crimeTypes areas summary dateMapped nextReviewOn
    appUserByLroUserId { name } appUserBySroUserId { name }
    open: tasksByOcgId(condition: { status: "OPEN" }) { totalCount }
    inProgress: tasksByOcgId(condition: { status: "IN_PROGRESS" }) { totalCount }
    blocked: tasksByOcgId(condition: { status: "BLOCKED" }) { totalCount }
    ocgScoresByOcgId(orderBy: [SCORED_AT_DESC], first: 20) { nodes { total scoredAt } }
    ocgNominalsByOcgId { nodes { role nominalByNominalId { rowId surname forenames } } }
    ocgVehiclesByOcgId { nodes { vehicleByVehicleId { rowId registration } } }
    ocgPlacesByOcgId { nodes { placeByPlaceId { rowId label kind } } } } }`,
  postgraphileVariables: (c) => ({ id: c.ocgId }),
  checkPostgraphile: (res) => {
    const g = gqlData('ocgByRowId')(res);
    return {
      reference: g.reference,
      scores: g.ocgScoresByOcgId.nodes.length,
      nominals: g.ocgNominalsByOcgId.nodes.length,
      vehicles: g.ocgVehiclesByOcgId.nodes.length,
      places: g.ocgPlacesByOcgId.nodes.length,
      open: g.open.totalCount + g.inProgress.totalCount + g.blocked.totalCount,
    };
  },
  floor: `SELECT json_build_object('reference', o.reference, 'name', o.name, 'status', o.status, 'tier', o.tier, 'score', o.score_total,
      'crimeTypes', o.crime_types, 'areas', o.areas, 'summary', o.summary, 'dateMapped', o.date_mapped, 'nextReviewOn', o.next_review_on,
      'lroName', lro.name, 'sroName', sro.name,
      'open', (SELECT count(*) FROM task t WHERE t.ocg_id = o.id AND t.status IN ${OPEN}),
      'scores', (SELECT coalesce(json_agg(json_build_object('total', s.total, 'scoredAt', s.scored_at)), '[]')
                   FROM (SELECT total, scored_at FROM ocg_score WHERE ocg_id = o.id ORDER BY scored_at DESC LIMIT 20) s),
      'nominals', (SELECT coalesce(json_agg(json_build_object('role', m.role, 'id', n.id, 'surname', n.surname, 'forenames', n.forenames)), '[]')
                     FROM ocg_nominal m JOIN nominal n ON n.id = m.nominal_id WHERE m.ocg_id = o.id),
      'vehicles', (SELECT coalesce(json_agg(json_build_object('id', v.id, 'registration', v.registration)), '[]')
                     FROM ocg_vehicle ov JOIN vehicle v ON v.id = ov.vehicle_id WHERE ov.ocg_id = o.id),
      'places', (SELECT coalesce(json_agg(json_build_object('id', p.id, 'label', p.label, 'kind', p.kind)), '[]')
                   FROM ocg_place op JOIN place p ON p.id = op.place_id WHERE op.ocg_id = o.id)) AS page
      FROM ocg o LEFT JOIN app_user lro ON lro.id = o.lro_user_id LEFT JOIN app_user sro ON sro.id = o.sro_user_id WHERE o.id = $1`,
  floorParams: (c) => [c.ocgId],
  checkFloor: ([{ page }]) => ({
    reference: page.reference,
    scores: page.scores.length,
    nominals: page.nominals.length,
    vehicles: page.vehicles.length,
    places: page.places.length,
    open: Number(page.open),
  }),
};

/** The threat-picture dashboard for the default period (the last 12 months). */
const dashboard = {
  name: 'dashboard',
  // Kept between reads (PanelReadCache): the bench asks it of the API warm (api) and cold (apiCold).
  cached: true,
  label: 'threat-picture dashboard',
  api: `query Dashboard($panelId: ID!) { threatPicture(panelId: $panelId) {
    from to activeCount activeByTier { key label count } activeByCrimeType { key label count }
    topGroups { reference name tier score } baselineAt risingGroups { reference name tier previous current }
    groupChanges { month created dismantled archived } emergingThreats { id title crimeType area raisedOn outcome }
    disruptionsByStrand { month key label count } disruptionsByImpact { month key label count } disruptionsByAgency { month key label count }
    taskRates { agencyId agencyName completed closed open overdue completionRate overdueRate } } }`,
  variables: (c) => ({ panelId: c.panelId }),
  checkApi: (res) => {
    const p = gqlData('threatPicture')(res);
    return { active: p.activeCount, top: p.topGroups.map((g) => g.reference), agencies: p.taskRates.length };
  },
  floor: THREAT_PICTURE_SQL,
  floorParams: (c) => {
    const { from, to } = c.period();
    return [c.panelId, from, to, null, null, c.today()];
  },
  checkFloor: ([{ picture }]) => ({
    active: picture.activeCount,
    top: picture.topGroups.map((g) => g.reference),
    agencies: picture.taskRates.length,
  }),
};

/** The chair's task board: open, overdue, blocked and closed tasks by agency, by status, and the groups most behind. */
const taskBoard = {
  name: 'taskBoard',
  // Kept between reads (PanelReadCache): the bench asks it of the API warm (api) and cold (apiCold).
  cached: true,
  label: 'task board',
  api: `query TaskBoard($panelId: ID!) { taskBoard(panelId: $panelId) {
    byAgency { agency { id name } open overdue blocked completed notDone completionRate }
    byStatus { status count } byOcg { ocgId reference name open overdue } } }`,
  variables: (c) => ({ panelId: c.panelId }),
  checkApi: (res) => {
    const b = gqlData('taskBoard')(res);
    return {
      agencies: b.byAgency.map((a) => [a.agency.name, a.open, a.overdue]),
      statuses: b.byStatus.map((s) => [s.status, s.count]),
      groups: b.byOcg.map((g) => [g.reference, g.open, g.overdue]),
    };
  },
  floor: `WITH f AS (
      SELECT agency_id, count(*) FILTER (WHERE status IN ${OPEN})::int AS open,
             count(*) FILTER (WHERE status IN ${OPEN} AND due_on < $2)::int AS overdue,
             count(*) FILTER (WHERE status = 'BLOCKED')::int AS blocked, count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
             count(*) FILTER (WHERE status = 'NOT_DONE')::int AS not_done
        FROM task WHERE panel_id = $1 GROUP BY agency_id)
    SELECT json_build_object(
      'byAgency', (SELECT coalesce(json_agg(json_build_object('id', a.id, 'name', a.name, 'open', f.open, 'overdue', f.overdue, 'blocked', f.blocked,
                     'completed', f.completed, 'notDone', f.not_done) ORDER BY f.overdue DESC, f.open DESC, lower(a.name)), '[]')
                     FROM f JOIN agency a ON a.id = f.agency_id),
      'byStatus', (SELECT json_object_agg(status, n) FROM (SELECT status, count(*)::int AS n FROM task WHERE panel_id = $1 GROUP BY status) s),
      'byOcg', (SELECT coalesce(json_agg(g), '[]') FROM (
         SELECT o.reference, f.open, f.overdue FROM (
           SELECT ocg_id, count(*)::int AS open, count(*) FILTER (WHERE due_on < $2)::int AS overdue
             FROM task WHERE panel_id = $1 AND ocg_id IS NOT NULL AND status IN ${OPEN} GROUP BY ocg_id) f
           JOIN ocg o ON o.id = f.ocg_id ORDER BY f.overdue DESC, f.open DESC, o.reference LIMIT 100) g)) AS board`,
  floorParams: (c) => [c.panelId, c.today()],
  checkFloor: ([{ board }]) => ({
    agencies: board.byAgency.map((a) => [a.name, a.open, a.overdue]),
    statuses: ['OPEN', 'IN_PROGRESS', 'BLOCKED', 'COMPLETED', 'NOT_DONE'].map((s) => [s, board.byStatus[s] ?? 0]),
    groups: board.byOcg.map((g) => [g.reference, g.open, g.overdue]),
  }),
};

export const QUESTIONS = [groupList, groupPage, dashboard, taskBoard];
