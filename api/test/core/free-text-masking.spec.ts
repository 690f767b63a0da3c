import { getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { maskFor, type KnownTerm } from '../../src/core/access/known-names.js';
import { maskHtml } from '../../src/core/access/masked-files.js';
import { FREE_TEXT_FIELDS } from '../../src/core/graphql/free-text-fields.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** String fields that hold no text people wrote: references, dates, labels from fixed lists, accounts, files. */
const STRUCTURED = new Set([
  'AdminUser.email',
  'AdminUser.name',
  'AdminUserMembership.panelCode',
  'AdminUserMembership.panelName',
  'AdministeredPanel.chairs',
  'AdministeredPanel.code',
  'AdministeredPanel.forceName',
  'AdministeredPanel.name',
  'AdministeredRegion.name',
  'Agency.name',
  'AgencyAttendanceFigures.agencyName',
  'AgendaItem.presenterName',
  'AgendaOcgRecord.reference',
  'AgendaOcgRecord.status',
  'AgendaOcgRecord.tier',
  'AgendaPackInfo.htmlUrl',
  'AgendaPackInfo.minutesDocxUrl',
  'AgendaPackInfo.minutesPdfUrl',
  'AgendaPackInfo.pdfUrl',
  'AgendaReferralRecord.reference',
  'AgendaReferralRecord.status',
  'AgendaTaskRecord.dueOn',
  'AgendaTaskRecord.reference',
  'AgendaTaskRecord.status',
  'AgendaThreatRecord.reference',
  'AgendaThreatRecord.status',
  'AreaActivityObject.area',
  'AssessmentAnnotationObject.section',
  'AssessmentObject.periodFrom',
  'AssessmentObject.periodTo',
  'AuditChainStatus.log',
  'AuditChainStatus.problem',
  'AuditTrailEntry.actorAgencyName',
  'AuditTrailEntry.actorName',
  'AuditTrailEntry.changedFields',
  'AuditTrailEntry.entityType',
  'CalendarFile.contentType',
  'CalendarFile.filename',
  'ConsultationLogEntry.actorAgencyName',
  'ConsultationLogEntry.actorName',
  'ConsultationLogEntry.disclosedToAgencyName',
  'ConsultationLogEntry.subjectSummary',
  'CrossPanelContact.email',
  'CrossPanelContact.name',
  'CrossPanelMatch.agreedByName',
  'CrossPanelMatch.declinedByName',
  'CrossPanelMatch.otherPanelForce',
  'CrossPanelMatch.otherPanelName',
  'CrossPanelMatch.recordReference',
  'CrossPanelMatchDetails.otherPanelName',
  'CrossPanelMatchDetails.reference',
  'DataProtectionNominal.dateOfBirth',
  'DataProtectionNominal.displayName',
  'DataProtectionNominal.reference',
  'Disruption.occurredOn',
  'EmergingThreat.area',
  'EmergingThreat.raisedByAgencyName',
  'EmergingThreat.raisedByName',
  'ExportFile.base64',
  'ExportFile.contentType',
  'ExportFile.filename',
  'FieldChange.field',
  'HighHarmPlaceObject.area',
  'HighHarmPlaceObject.groupReferences',
  'HitCheck.circulatedBy',
  'HitCheckDetail.agencyName',
  'HitCheckSubject.heldBy',
  'HitCheckSubject.kind',
  'HitCheckSubject.reference',
  'IdentityProvider.clientId',
  'IdentityProvider.emailDomains',
  'IdentityProvider.issuer',
  'IdentityProvider.name',
  'IdentityProvider.secretEnv',
  'IdentityProvider.tenantIds',
  'InformationSharingAgreement.expiresOn',
  'InformationSharingAgreement.reference',
  'InformationSharingAgreement.signedOn',
  'IntelligenceEntry.grading',
  'IntelligenceEntry.recordedOn',
  'MailMessage.reason',
  'MailMessage.recipient',
  'Meeting.teamsUrl',
  'MeetingAttendance.agencyName',
  'MeetingAttendance.substituteName',
  'MeetingAttendance.userName',
  'MeetingSeries.rule',
  'MeetingSeries.startTime',
  'MeetingSeries.startsOn',
  'MeetingSeries.teamsUrl',
  'Member.email',
  'Member.name',
  'MinutesApology.agencyName',
  'MinutesApology.name',
  'MinutesApology.substituteName',
  'MinutesAttendee.agencyName',
  'MinutesAttendee.name',
  'MinutesTask.agencyName',
  'MinutesTask.reference',
  'Nominal.aliases',
  'Nominal.dateOfBirth',
  'Nominal.displayName',
  'Nominal.forenames',
  'Nominal.nextReviewOn',
  'Nominal.reference',
  'Nominal.surname',
  'Nominal.withheldReason',
  'Ocg.areas',
  'Ocg.dateMapped',
  'Ocg.lroName',
  'Ocg.nextReviewOn',
  'Ocg.reference',
  'Ocg.sroName',
  'Ocg.tier',
  'OcgScore.tier',
  'OcgTaskFigures.reference',
  'OutcomeAgencyContribution.agencyName',
  'OutcomeReport.from',
  'OutcomeReport.to',
  'OutcomeScoreChange.reference',
  'Panel.code',
  'Panel.forceName',
  'Panel.name',
  'PanelMembership.permissions',
  'PanelTier.name',
  'Place.area',
  'Place.withheldReason',
  'ProjectorGroupObject.reference',
  'ProjectorGroupObject.tier',
  'ProjectorTierCountObject.tier',
  'RecordReview.decidedBy',
  'RecordReview.dueOn',
  'RecordReview.nextReviewOn',
  'RecordReview.reference',
  'RecordReviewDue.leadOfficers',
  'RecordReviewDue.nextReviewOn',
  'RecordReviewDue.reference',
  'RecoveryCodes.codes',
  'Referral.crimeReferences',
  'Referral.ocgReference',
  'Referral.onBehalfOf',
  'Referral.places',
  'Referral.reference',
  'Referral.vehicles',
  'Referral.withheldReason',
  'ReferredOffender.dateOfBirth',
  'ReferredOffender.name',
  'Region.name',
  'RegionAnalyst.email',
  'RegionAnalyst.name',
  'RegionMembership.name',
  'RegionMembership.permissions',
  'RegionOutcomeFigures.from',
  'RegionOutcomeFigures.to',
  'RegionOutcomeReport.from',
  'RegionOutcomeReport.to',
  'RegionPanel.forceName',
  'RegionPanel.name',
  'RegionPanelOutcomes.panelName',
  'RegionPanelThreat.panelName',
  'RegionThreatPicture.from',
  'RegionThreatPicture.to',
  'SecondFactorEnrolment.qrCodeSvg',
  'SecondFactorEnrolment.secret',
  'SecondFactorEnrolment.uri',
  'SharedGroupDetails.tier',
  'SharedNominalDetails.aliases',
  'SharedNominalDetails.dateOfBirth',
  'SharedNominalDetails.forenames',
  'SharedNominalDetails.surname',
  'SharedNominalGroupObject.reference',
  'SharedVehicleDetails.colour',
  'SharedVehicleDetails.make',
  'SharedVehicleDetails.model',
  'SharedVehicleDetails.registration',
  'SignInProvider.name',
  'Task.dueOn',
  'Task.ownerName',
  'Task.reference',
  'TaskUpdate.authorAgencyName',
  'TaskUpdate.authorName',
  'ThreatPicture.area',
  'ThreatPicture.from',
  'ThreatPicture.to',
  'ThreatPictureCount.key',
  'ThreatPictureCount.label',
  'ThreatPictureEmergingThreat.area',
  'ThreatPictureEmergingThreat.outcome',
  'ThreatPictureEmergingThreat.raisedOn',
  'ThreatPictureGroup.reference',
  'ThreatPictureGroup.tier',
  'ThreatPictureGroupChanges.month',
  'ThreatPictureMonthCount.key',
  'ThreatPictureMonthCount.label',
  'ThreatPictureMonthCount.month',
  'ThreatPictureRisingGroup.reference',
  'ThreatPictureRisingGroup.tier',
  'ThreatPictureTaskRate.agencyName',
  'Vehicle.colour',
  'Vehicle.make',
  'Vehicle.model',
  'Vehicle.registration',
  'Vehicle.vrm',
  'Viewer.email',
  'Viewer.name',
]);

const TERMS: KnownTerm[] = [
  { kind: 'NAME', term: 'Crossley' },
  { kind: 'FULL_NAME', term: 'Jason Crossley' },
  { kind: 'NAME', term: 'Young' },
  { kind: 'NAME', term: 'Jase' },
  { kind: 'ADDRESS', term: '4 Mill Lane' },
  { kind: 'VEHICLE', term: 'AB12CDE' },
];

describe('free text masked for viewers without cover', () => {
  it('masks full names in any case, surnames and aliases written as names, addresses and vehicles however spaced, whole words only', () => {
    const mask = maskFor(TERMS);
    expect(mask('The Crossley Family')).toBe('The [name withheld] Family');
    expect(mask('seen with jason crossley and JASE at 4 mill lane in ab12 cde')).toBe(
      'seen with [name withheld] and [name withheld] at [address withheld] in [vehicle withheld]',
    );
    expect(mask('Crossley’s van, AB12CDE, outside Crossleyville')).toBe('[name withheld]’s van, [vehicle withheld], outside Crossleyville');
    expect(mask('young people recruited by Young')).toBe('young people recruited by [name withheld]');
    expect(maskHtml(mask, '<p class="Crossley">Met <b>Crossley</b> &amp; Jase</p>')).toBe(
      '<p class="Crossley">Met <b>[name withheld]</b> &amp; [name withheld]</p>',
    );
    expect(maskFor([])('The Crossley Family')).toBe('The Crossley Family');
  });

  describe('through the API', () => {
    let t: TestApp;
    let p: PanelFixture;
    let schema: GraphQLSchema;
    beforeAll(async () => {
      t = await startTestApp();
      p = await createPanel(t.dataSource);
      const { GraphQLSchemaHost } = await import('@nestjs/graphql');
      schema = t.app.get(GraphQLSchemaHost).schema;
      const [n] = await t.dataSource.query(
        `INSERT INTO nominal (panel_id, reference, surname, forenames, aliases) VALUES ($1, 'N-0001', 'Crossley', 'Jason', ARRAY['Jase']) RETURNING id`,
        [p.panelId],
      );
      const [home] = await t.dataSource.query(`INSERT INTO place (panel_id, label, kind) VALUES ($1, '4 Mill Lane', 'HOME') RETURNING id`, [
        p.panelId,
      ]);
      const [v] = await t.dataSource.query(
        `INSERT INTO vehicle (panel_id, registration, vrm, vrm_folded) VALUES ($1, 'AB12 CDE', 'AB12CDE', 'AB12CDE') RETURNING id`,
        [p.panelId],
      );
      await t.dataSource.query(`INSERT INTO nominal_place (nominal_id, place_id) VALUES ($1, $2)`, [n.id, home.id]);
      await t.dataSource.query(`INSERT INTO nominal_vehicle (nominal_id, vehicle_id) VALUES ($1, $2)`, [n.id, v.id]);
      await t.dataSource.query(`INSERT INTO ocg (panel_id, reference, name, summary) VALUES ($1, 'OCG-0001', 'The Crossley Family', $2)`, [
        p.panelId,
        'Led by Jason Crossley from 4 Mill Lane; drives AB12 CDE.',
      ]);
    });
    afterAll(() => t.close());

    it('classes every String field of the schema as free text or structured', () => {
      const fields: string[] = [];
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith('__') || ['Query', 'Mutation', 'Subscription'].includes(type.name)) continue;
        for (const f of Object.values(type.getFields())) if (getNamedType(f.type).name === 'String') fields.push(`${type.name}.${f.name}`);
      }
      expect(fields.filter((f) => !FREE_TEXT_FIELDS[f] && !STRUCTURED.has(f))).toEqual([]);
      expect([...STRUCTURED].filter((f) => !fields.includes(f))).toEqual([]);
    });

    it('shows the observer without cover the group with names, address and vehicle masked, and the covered partner as written', async () => {
      const query = `query($p: ID!) { ocgs(panelId: $p) { nodes { name summary } } }`;
      const read = async (role: 'OBSERVER' | 'PARTNER_MEMBER') => {
        const session = await t.signIn(p.users[role].email, TEST_PASSWORD);
        const res = await t.gql<{ ocgs: { nodes: { name: string; summary: string }[] } }>(query, { p: p.panelId }, { session });
        expect(res.errors).toBeUndefined();
        return res.data!.ocgs.nodes[0];
      };
      expect(await read('OBSERVER')).toEqual({
        name: 'The [name withheld] Family',
        summary: 'Led by [name withheld] from [address withheld]; drives [vehicle withheld].',
      });
      expect(await read('PARTNER_MEMBER')).toEqual({
        name: 'The Crossley Family',
        summary: 'Led by Jason Crossley from 4 Mill Lane; drives AB12 CDE.',
      });
    });
  });
});
