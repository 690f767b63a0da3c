/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AcceptInvitation($input: SetPasswordByLinkInput!) {\n    acceptInvitation(input: $input) {\n      id\n      memberships {\n        permissions\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query AccountLinkOpen($input: AccountLinkInput!) {\n    accountLinkOpen(input: $input)\n  }\n": typeof types.AccountLinkOpenDocument,
    "\n  query ReminderPreference {\n    viewer {\n      id\n      remindersEnabled\n    }\n  }\n": typeof types.ReminderPreferenceDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: SetPasswordByLinkInput!) {\n    resetPassword(input: $input) {\n      id\n      memberships {\n        permissions\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SetReminderPreference($enabled: Boolean!) {\n    setReminderPreference(enabled: $enabled)\n  }\n": typeof types.SetReminderPreferenceDocument,
    "\n  query AdministeredPanels($search: String, $limit: Int!, $offset: Int!) {\n    administeredPanels(search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        forceName\n        disabled\n        activeMembers\n        chairs\n        version\n      }\n    }\n  }\n": typeof types.AdministeredPanelsDocument,
    "\n  mutation CreatePanel($input: CreatePanelInput!) {\n    createPanel(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CreatePanelDocument,
    "\n  mutation SetPanelDisabled($input: SetPanelDisabledInput!) {\n    setPanelDisabled(input: $input) {\n      id\n      disabled\n      version\n    }\n  }\n": typeof types.SetPanelDisabledDocument,
    "\n  query AdminUsers($search: String, $limit: Int!, $offset: Int!) {\n    adminUsers(search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        isAdmin\n        disabled\n        invited\n        lastSignedInAt\n        memberships {\n          panelId\n          panelCode\n          role\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query Agencies($panelId: ID!, $search: String, $limit: Int!, $offset: Int!) {\n    agencies(panelId: $panelId, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...AgencyRow\n      }\n    }\n  }\n": typeof types.AgenciesDocument,
    "\n  fragment AgencyDetails on Agency {\n    id\n    panelId\n    name\n    kind\n    tacticHeadings\n    memberCount\n    version\n    updatedAt\n    isa {\n      reference\n      signedOn\n      expiresOn\n      coversPersonalData\n      allowsPersonalData\n      status\n    }\n  }\n": typeof types.AgencyDetailsFragmentDoc,
    "\n  query AgencyOptions($panelId: ID!) {\n    agencies(panelId: $panelId, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgencyOptionsDocument,
    "\n  fragment AgencyRow on Agency {\n    id\n    name\n    kind\n    tacticHeadings\n    memberCount\n    isa {\n      status\n      allowsPersonalData\n    }\n  }\n": typeof types.AgencyRowFragmentDoc,
    "\n  query Agency($id: ID!) {\n    agency(id: $id) {\n      id\n      ...AgencyDetails\n    }\n  }\n": typeof types.AgencyDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      ...AgencyDetails\n    }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      id\n      ...AgencyDetails\n    }\n  }\n": typeof types.UpdateAgencyDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation AddAgendaRecord($input: AgendaRecordInput!) {\n    addAgendaRecord(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n": typeof types.AddAgendaRecordDocument,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    meetingId\n    kind\n    position\n    title\n    minutesAllocated\n    predictedStart\n    predictedEnd\n    overruns\n    presenterName\n    presenterUserId\n    presenterAgencyId\n    restrictedToIds\n    restrictedTo {\n      id\n      name\n    }\n    notes\n    decisions\n    startedAt\n    endedAt\n    version\n    records {\n      __typename\n      kind\n      recordId\n      reference\n      title\n      status\n      reason\n      ... on AgendaTaskRecord {\n        isOverdue\n        dueOn\n      }\n      ... on AgendaOcgRecord {\n        tier\n        score\n      }\n    }\n    tasks {\n      id\n      reference\n      title\n      status\n      isOverdue\n      agency {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgendaItemFieldsFragmentDoc,
    "\n  query AgendaOcgCandidates($panelId: ID!, $search: String!, $limit: Int!) {\n    ocgs(panelId: $panelId, filter: { search: $search }, sort: REFERENCE, limit: $limit, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        name\n      }\n    }\n  }\n": typeof types.AgendaOcgCandidatesDocument,
    "\n  query AgendaPackInfo($meetingId: ID!) {\n    agendaPackInfo(meetingId: $meetingId) {\n      meetingId\n      htmlUrl\n      pdfUrl\n      minutesPdfUrl\n      minutesDocxUrl\n    }\n  }\n": typeof types.AgendaPackInfoDocument,
    "\n  query AgendaReferralCandidates($panelId: ID!, $search: String!, $limit: Int!) {\n    referrals(panelId: $panelId, search: $search, limit: $limit, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        summary\n      }\n    }\n  }\n": typeof types.AgendaReferralCandidatesDocument,
    "\n  query AgendaTaskCandidates($panelId: ID!, $statuses: [TaskStatus!], $search: String!, $limit: Int!) {\n    tasks(panelId: $panelId, filter: { statuses: $statuses, search: $search }, sort: RECENTLY_UPDATED, limit: $limit, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        title\n      }\n    }\n  }\n": typeof types.AgendaTaskCandidatesDocument,
    "\n  query AgendaThreatCandidates($panelId: ID!, $search: String!, $limit: Int!) {\n    emergingThreats(panelId: $panelId, search: $search, limit: $limit, offset: 0) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": typeof types.AgendaThreatCandidatesDocument,
    "\n  fragment AgendaFields on Agenda {\n    meetingId\n    meetingTitle\n    meetingVersion\n    panelId\n    startsAt\n    status\n    slotMinutes\n    totalMinutes\n    overrunsBy\n    items {\n      id\n      ...AgendaItemFields\n    }\n  }\n": typeof types.AgendaFieldsFragmentDoc,
    "\n  query Agenda($meetingId: ID!) {\n    agenda(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n": typeof types.AgendaDocument,
    "\n  mutation BuildAgenda($meetingId: ID!, $rebuild: Boolean!) {\n    buildAgenda(meetingId: $meetingId, rebuild: $rebuild) {\n      ...AgendaFields\n    }\n  }\n": typeof types.BuildAgendaDocument,
    "\n  mutation CloseMeeting($meetingId: ID!, $confirmEmptyRegister: Boolean) {\n    closeMeeting(meetingId: $meetingId, confirmEmptyRegister: $confirmEmptyRegister) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.CloseMeetingDocument,
    "\n  mutation DraftMinutes($meetingId: ID!) {\n    draftMinutes(meetingId: $meetingId) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n": typeof types.DraftMinutesDocument,
    "\n  query LiveMeeting($meetingId: ID!) {\n    liveMeeting(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.LiveMeetingDocument,
    "\n  fragment MeetingLiveFields on MeetingLive {\n    meetingId\n    status\n    kind\n    itemId\n    restrictedItemInProgress\n    currentItemStartedAt\n    currentItem {\n      id\n      ...AgendaItemFields\n    }\n  }\n": typeof types.MeetingLiveFieldsFragmentDoc,
    "\n  subscription MeetingLiveEvents($meetingId: ID!) {\n    meetingLive(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.MeetingLiveEventsDocument,
    "\n  mutation MoveAgendaItem($id: ID!, $toPosition: Int!) {\n    moveAgendaItem(id: $id, toPosition: $toPosition) {\n      ...AgendaFields\n    }\n  }\n": typeof types.MoveAgendaItemDocument,
    "\n  mutation OpenMeeting($meetingId: ID!) {\n    openMeeting(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.OpenMeetingDocument,
    "\n  mutation PublishAgenda($meetingId: ID!, $version: Int!) {\n    publishAgenda(meetingId: $meetingId, version: $version) {\n      ...AgendaFields\n    }\n  }\n": typeof types.PublishAgendaDocument,
    "\n  mutation RaiseTaskAtItem($input: RaiseTaskAtItemInput!) {\n    raiseTaskAtItem(input: $input) {\n      id\n      reference\n      title\n    }\n  }\n": typeof types.RaiseTaskAtItemDocument,
    "\n  mutation RecordItemMinutes($input: RecordItemMinutesInput!) {\n    recordItemMinutes(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n": typeof types.RecordItemMinutesDocument,
    "\n  mutation RemoveAgendaItem($id: ID!, $version: Int!) {\n    removeAgendaItem(id: $id, version: $version) {\n      ...AgendaFields\n    }\n  }\n": typeof types.RemoveAgendaItemDocument,
    "\n  mutation RemoveAgendaRecord($input: AgendaRecordInput!) {\n    removeAgendaRecord(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n": typeof types.RemoveAgendaRecordDocument,
    "\n  mutation SetCurrentItem($meetingId: ID!, $itemId: ID!) {\n    setCurrentItem(meetingId: $meetingId, itemId: $itemId) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.SetCurrentItemDocument,
    "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n": typeof types.UpdateAgendaItemDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      agencyId\n      isAdmin\n      secondFactor {\n        enrolled\n        required\n        verified\n      }\n      agency {\n        id\n        name\n      }\n      regions {\n        regionId\n        name\n        kind\n        role\n      }\n      memberships {\n        panelId\n        role\n        permissions\n        panel {\n          id\n          name\n          code\n          forceName\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation AnnotateAssessment($input: AnnotateAssessmentInput!) { annotateAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.AnnotateAssessmentDocument,
    "\n  fragment AssessmentFields on AssessmentObject {\n    id\n    panelId\n    periodFrom\n    periodTo\n    version\n    editVersion\n    status\n    content\n    annotations { section text }\n    publishedAt\n    createdAt\n    updatedAt\n  }\n": typeof types.AssessmentFieldsFragmentDoc,
    "\n  query Assessment($id: ID!) { assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.AssessmentDocument,
    "\n  query Assessments($panelId: ID!) { assessments(panelId: $panelId) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.AssessmentsDocument,
    "\n  mutation GenerateAssessment($panelId: ID!, $periodTo: String) { generateAssessment(panelId: $panelId, periodTo: $periodTo) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.GenerateAssessmentDocument,
    "\n  mutation PublishAssessment($id: ID!, $version: Int!) { publishAssessment(id: $id, version: $version) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.PublishAssessmentDocument,
    "\n  mutation ReviseAssessment($id: ID!) { reviseAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.ReviseAssessmentDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ConfirmSecondFactorEnrolment($input: ConfirmSecondFactorInput!) {\n    confirmSecondFactorEnrolment(input: $input) {\n      codes\n    }\n  }\n": typeof types.ConfirmSecondFactorEnrolmentDocument,
    "\n  mutation RegenerateRecoveryCodes($proof: SecondFactorProofInput!) {\n    regenerateRecoveryCodes(proof: $proof) {\n      codes\n    }\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      secondFactor {\n        enrolled\n        required\n        verified\n      }\n      memberships {\n        permissions\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation StartSecondFactorEnrolment($proof: SecondFactorProofInput) {\n    startSecondFactorEnrolment(proof: $proof) {\n      secret\n      qrCodeSvg\n    }\n  }\n": typeof types.StartSecondFactorEnrolmentDocument,
    "\n  mutation VerifySecondFactor($input: VerifySecondFactorInput!) {\n    verifySecondFactor(input: $input) {\n      verified\n      recoveryCodesLeft\n    }\n  }\n": typeof types.VerifySecondFactorDocument,
    "\n  mutation AgreeCrossPanelMatch($input: ResolveCrossPanelMatchInput!) {\n    agreeCrossPanelMatch(input: $input) {\n      ...CrossPanelMatchFields\n    }\n  }\n": typeof types.AgreeCrossPanelMatchDocument,
    "\n  query CrossPanelHits($panelId: ID!) {\n    crossPanelMatches(panelId: $panelId, limit: 1) {\n      awaitingDecision\n    }\n  }\n": typeof types.CrossPanelHitsDocument,
    "\n  query CrossPanelMatchDetails($id: ID!) {\n    crossPanelMatchDetails(id: $id) {\n      matchId\n      kind\n      otherPanelName\n      reference\n      nominal {\n        surname\n        forenames\n        aliases\n        dateOfBirth\n      }\n      vehicle {\n        registration\n        make\n        model\n        colour\n      }\n      group {\n        name\n        status\n        tier\n        scoreTotal\n      }\n    }\n  }\n": typeof types.CrossPanelMatchDetailsDocument,
    "\n  fragment CrossPanelMatchFields on CrossPanelMatch {\n    id\n    kind\n    status\n    recordId\n    recordReference\n    recordName\n    otherPanelName\n    otherPanelForce\n    otherContacts {\n      name\n      email\n    }\n    foundAt\n    closedAt\n    agreedAt\n    agreedByName\n    declinedAt\n    declinedByName\n    otherAgreed\n    otherDeclined\n    version\n  }\n": typeof types.CrossPanelMatchFieldsFragmentDoc,
    "\n  query CrossPanelMatch($id: ID!) {\n    crossPanelMatch(id: $id) {\n      ...CrossPanelMatchFields\n    }\n  }\n": typeof types.CrossPanelMatchDocument,
    "\n  query CrossPanelMatches($panelId: ID!, $limit: Int!, $offset: Int!) {\n    crossPanelMatches(panelId: $panelId, limit: $limit, offset: $offset) {\n      totalCount\n      awaitingDecision\n      nodes {\n        ...CrossPanelMatchFields\n      }\n    }\n  }\n": typeof types.CrossPanelMatchesDocument,
    "\n  mutation DeclineCrossPanelMatch($input: ResolveCrossPanelMatchInput!) {\n    declineCrossPanelMatch(input: $input) {\n      ...CrossPanelMatchFields\n    }\n  }\n": typeof types.DeclineCrossPanelMatchDocument,
    "\n  query AuditChainStatus($panelId: ID!) {\n    auditChainStatus(panelId: $panelId) {\n      log\n      verified\n      rows\n      problem\n      checkedAt\n    }\n  }\n": typeof types.AuditChainStatusDocument,
    "\n  query AuditTrail(\n    $panelId: ID!\n    $nominalId: ID\n    $userId: ID\n    $agencyId: ID\n    $action: AuditAction\n    $from: String\n    $to: String\n    $limit: Int!\n    $offset: Int!\n  ) {\n    auditTrail(\n      panelId: $panelId\n      nominalId: $nominalId\n      userId: $userId\n      agencyId: $agencyId\n      action: $action\n      from: $from\n      to: $to\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        at\n        action\n        entityType\n        entityId\n        changedFields\n        actorName\n        actorAgencyName\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query ConsultationLog(\n    $panelId: ID!\n    $nominalId: ID\n    $userId: ID\n    $agencyId: ID\n    $channel: DataChannel\n    $action: ConsultationAction\n    $from: String\n    $to: String\n    $limit: Int!\n    $offset: Int!\n  ) {\n    consultationLog(\n      panelId: $panelId\n      nominalId: $nominalId\n      userId: $userId\n      agencyId: $agencyId\n      channel: $channel\n      action: $action\n      from: $from\n      to: $to\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        at\n        action\n        channel\n        purpose\n        subjectSummary\n        actorName\n        actorAgencyName\n        disclosedToAgencyName\n      }\n    }\n  }\n": typeof types.ConsultationLogDocument,
    "\n  query DataProtectionNominals($panelId: ID!, $search: String!) {\n    dataProtectionNominals(panelId: $panelId, search: $search, limit: 25, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        displayName\n        dateOfBirth\n      }\n    }\n  }\n": typeof types.DataProtectionNominalsDocument,
    "\n  query LogPeople($panelId: ID!) {\n    members(panelId: $panelId, includeDisabled: true, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        userId\n        name\n      }\n    }\n    agencies(panelId: $panelId, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LogPeopleDocument,
    "\n  fragment DisruptionOutcomesFields on DisruptionOutcomes {\n    arrests\n    charges\n    firearms\n    rounds\n    vehiclesSeized\n    childrenSafeguarded\n    adultsSafeguarded\n    restraintOrders\n    licencesReviewed\n    licencesRevoked\n    benefitActions\n    taxActions\n    premisesClosed\n    custodialYears\n    cashSeizedGbp\n    drugsSeized {\n      type\n      kg\n    }\n  }\n": typeof types.DisruptionOutcomesFieldsFragmentDoc,
    "\n  query Disruption($id: ID!) {\n    disruption(id: $id) {\n      id\n      ocgId\n      version\n      occurredOn\n      strand\n      tacticHeading\n      description\n      impact\n      rationale\n      gscMarking\n      agency {\n        id\n        name\n      }\n      nominals {\n        id\n      }\n      outcomes {\n        ...DisruptionOutcomesFields\n      }\n    }\n  }\n": typeof types.DisruptionDocument,
    "\n  query OcgDisruptions($id: ID!) {\n    ocg(id: $id) {\n      id\n      disruptions(limit: 50) {\n        id\n        occurredOn\n        strand\n        tacticHeading\n        description\n        impact\n        rationale\n        gscMarking\n        agency {\n          id\n          name\n        }\n        outcomes {\n          ...DisruptionOutcomesFields\n        }\n      }\n    }\n  }\n": typeof types.OcgDisruptionsDocument,
    "\n  mutation RecordDisruption($input: RecordDisruptionInput!) {\n    recordDisruption(input: $input) {\n      id\n      occurredOn\n      impact\n    }\n  }\n": typeof types.RecordDisruptionDocument,
    "\n  mutation UpdateDisruption($input: UpdateDisruptionInput!) {\n    updateDisruption(input: $input) {\n      id\n      occurredOn\n      impact\n      version\n    }\n  }\n": typeof types.UpdateDisruptionDocument,
    "\n  fragment EmergingThreatFields on EmergingThreat {\n    id\n    panelId\n    title\n    description\n    crimeType\n    area\n    status\n    raisedByUserId\n    raisedByName\n    raisedByAgencyName\n    createdAt\n    version\n    outcomes {\n      outcome\n      note\n      recordedAt\n      meeting {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n": typeof types.EmergingThreatFieldsFragmentDoc,
    "\n  query EmergingThreat($id: ID!) {\n    emergingThreat(id: $id) {\n      id\n      ...EmergingThreatFields\n    }\n  }\n": typeof types.EmergingThreatDocument,
    "\n  query EmergingThreats($panelId: ID!, $limit: Int!, $offset: Int!) {\n    emergingThreats(panelId: $panelId, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...EmergingThreatFields\n      }\n    }\n  }\n": typeof types.EmergingThreatsDocument,
    "\n  mutation RaiseEmergingThreat($input: RaiseEmergingThreatInput!) {\n    raiseEmergingThreat(input: $input) {\n      id\n      ...EmergingThreatFields\n    }\n  }\n": typeof types.RaiseEmergingThreatDocument,
    "\n  mutation RecordThreatOutcome($meetingId: ID!, $threatId: ID!, $outcome: EmergingThreatOutcome!, $note: String) {\n    recordThreatOutcome(meetingId: $meetingId, threatId: $threatId, outcome: $outcome, note: $note) {\n      id\n      ...EmergingThreatFields\n    }\n  }\n": typeof types.RecordThreatOutcomeDocument,
    "\n  mutation UpdateEmergingThreat($input: UpdateEmergingThreatInput!) {\n    updateEmergingThreat(input: $input) {\n      id\n      ...EmergingThreatFields\n    }\n  }\n": typeof types.UpdateEmergingThreatDocument,
    "\n  query NominalsNamedIn($panelId: ID!, $text: String!) {\n    nominalsNamedIn(panelId: $panelId, text: $text) {\n      id\n      reference\n      displayName\n    }\n  }\n": typeof types.NominalsNamedInDocument,
    "\n  mutation AnswerHitCheck($input: AnswerHitCheckInput!) {\n    answerHitCheck(input: $input) {\n      ...HitCheckFields\n    }\n  }\n": typeof types.AnswerHitCheckDocument,
    "\n  mutation CirculateHitCheck($meetingId: ID!) {\n    circulateHitCheck(meetingId: $meetingId) {\n      ...HitCheckFields\n    }\n  }\n": typeof types.CirculateHitCheckDocument,
    "\n  query HitCheckDetails($subjectId: ID!) {\n    hitCheckDetails(subjectId: $subjectId) {\n      agencyName\n      detail\n      answeredAt\n    }\n  }\n": typeof types.HitCheckDetailsDocument,
    "\n  fragment HitCheckFields on HitCheck {\n    id\n    meetingId\n    circulatedAt\n    circulatedBy\n    agenciesAsked\n    agenciesAnswered\n    answering\n    subjects {\n      id\n      kind\n      reference\n      heldBy\n      yourAnswer\n      yourDetail\n      detailsOpen\n    }\n  }\n": typeof types.HitCheckFieldsFragmentDoc,
    "\n  query HitCheck($meetingId: ID!) {\n    hitCheck(meetingId: $meetingId) {\n      ...HitCheckFields\n    }\n  }\n": typeof types.HitCheckDocument,
    "\n  fragment IntelligenceEntryItem on IntelligenceEntry {\n    id\n    recordedOn\n    text\n    sourceGrade\n    intelligenceGrade\n    handling\n    handlingConditions\n    gscMarking\n    submittingAgency {\n      id\n      name\n    }\n    recipients {\n      id\n      name\n    }\n  }\n": typeof types.IntelligenceEntryItemFragmentDoc,
    "\n  query OcgIntelligence($id: ID!) {\n    ocg(id: $id) {\n      id\n      intelligence(limit: 50) {\n        id\n        ...IntelligenceEntryItem\n      }\n    }\n  }\n": typeof types.OcgIntelligenceDocument,
    "\n  mutation RecordIntelligence($input: RecordIntelligenceInput!) {\n    recordIntelligence(input: $input) {\n      id\n      ...IntelligenceEntryItem\n    }\n  }\n": typeof types.RecordIntelligenceDocument,
    "\n  query SubjectIntelligence($panelId: ID!, $subjectKind: RecordKind!, $subjectId: ID!) {\n    intelligence(panelId: $panelId, subjectKind: $subjectKind, subjectId: $subjectId, limit: 50, offset: 0) {\n      totalCount\n      nodes {\n        id\n        ...IntelligenceEntryItem\n      }\n    }\n  }\n": typeof types.SubjectIntelligenceDocument,
    "\n  query LinkChart($panelId: ID!, $ocgId: ID, $depth: Int, $includeArchived: Boolean) {\n    linkChart(panelId: $panelId, ocgId: $ocgId, depth: $depth, includeArchived: $includeArchived) {\n      truncated\n      nodes { id kind label sublabel recordId ocgCount shared }\n      edges { id source target kind role }\n    }\n  }\n": typeof types.LinkChartDocument,
    "\n  query SharedNominals($panelId: ID!) {\n    sharedNominals(panelId: $panelId) {\n      nominal { id reference displayName }\n      groups { ocgId reference name role }\n    }\n  }\n": typeof types.SharedNominalsDocument,
    "\n  query PanelMail($panelId: ID!, $outcome: MailOutcome, $limit: Int!, $offset: Int!) {\n    panelMail(panelId: $panelId, outcome: $outcome, limit: $limit, offset: $offset) {\n      totalCount\n      undeliveredCount\n      nodes {\n        id\n        at\n        kind\n        recipient\n        subject\n        outcome\n        reason\n      }\n    }\n  }\n": typeof types.PanelMailDocument,
    "\n  mutation AcknowledgeConfidentiality($meetingId: ID!) {\n    acknowledgeConfidentiality(meetingId: $meetingId) {\n      id\n      ...MeetingDetails\n    }\n  }\n": typeof types.AcknowledgeConfidentialityDocument,
    "\n  query AttendanceFigures($panelId: ID!) {\n    attendanceFigures(panelId: $panelId) {\n      byAgency {\n        agencyId\n        agencyName\n        meetingsHeld\n        meetingsRepresented\n        membersInvited\n        presentInPerson\n        presentRemote\n        apologies\n        absent\n        attendanceRate\n      }\n      byMeeting {\n        meetingId\n        title\n        startsAt\n        attendees\n        agenciesRepresented\n        presentInPerson\n        presentRemote\n        members\n        agencies\n        joined\n        left\n      }\n    }\n  }\n": typeof types.AttendanceFiguresDocument,
    "\n  mutation CancelMeeting($id: ID!, $version: Int!) {\n    cancelMeeting(id: $id, version: $version) {\n      id\n      ...MeetingDetails\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      ...MeetingDetails\n    }\n  }\n": typeof types.MarkAttendanceDocument,
    "\n  fragment MeetingDetails on Meeting {\n    id\n    ...MeetingRow\n    panelId\n    seriesId\n    agendaPublishedAt\n    openedAt\n    closedAt\n    attendance {\n      userId\n      userName\n      agencyId\n      agencyName\n      reply\n      repliedAt\n      substituteUserId\n      substituteName\n      presence\n      confidentialityAcknowledgedAt\n    }\n  }\n": typeof types.MeetingDetailsFragmentDoc,
    "\n  query MeetingInvite($meetingId: ID!) {\n    meetingInvite(meetingId: $meetingId) {\n      filename\n      contentType\n      content\n    }\n  }\n": typeof types.MeetingInviteDocument,
    "\n  fragment MeetingRow on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    mode\n    teamsUrl\n    location\n    version\n    myReply {\n      userId\n      reply\n      substituteUserId\n      substituteName\n    }\n  }\n": typeof types.MeetingRowFragmentDoc,
    "\n  query MeetingSeries($panelId: ID!) {\n    meetingSeries(panelId: $panelId) {\n      id\n      rule\n      startsOn\n      startTime\n      durationMinutes\n      firstMode\n      teamsUrl\n      location\n      version\n    }\n  }\n": typeof types.MeetingSeriesDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...MeetingDetails\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  query Meetings($panelId: ID!, $from: String, $to: String, $limit: Int!, $offset: Int!) {\n    meetings(panelId: $panelId, from: $from, to: $to, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...MeetingRow\n      }\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  mutation MoveMeeting($input: MoveMeetingInput!) {\n    moveMeeting(input: $input) {\n      id\n      ...MeetingDetails\n    }\n  }\n": typeof types.MoveMeetingDocument,
    "\n  query NextMeeting($panelId: ID!) {\n    nextMeeting(panelId: $panelId) {\n      id\n      ...MeetingRow\n    }\n  }\n": typeof types.NextMeetingDocument,
    "\n  mutation ReplyToMeeting($input: ReplyToMeetingInput!) {\n    replyToMeeting(input: $input) {\n      id\n      ...MeetingDetails\n    }\n  }\n": typeof types.ReplyToMeetingDocument,
    "\n  query SeriesInvite($panelId: ID!) {\n    seriesInvite(panelId: $panelId) {\n      filename\n      contentType\n      content\n    }\n  }\n": typeof types.SeriesInviteDocument,
    "\n  mutation SetMeetingSeries($input: SetMeetingSeriesInput!) {\n    setMeetingSeries(input: $input) {\n      id\n      rule\n      startsOn\n      startTime\n      durationMinutes\n      firstMode\n      teamsUrl\n      location\n      version\n    }\n  }\n": typeof types.SetMeetingSeriesDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      invitationSent\n      member {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      ...MemberDetails\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  fragment MemberDetails on Member {\n    id\n    panelId\n    userId\n    name\n    email\n    role\n    disabled\n    accessConfirmedAt\n    invited\n    invitationExpiresAt\n    version\n    agencyId\n    agency {\n      id\n      name\n    }\n  }\n": typeof types.MemberDetailsFragmentDoc,
    "\n  fragment MemberRow on Member {\n    id\n    name\n    email\n    role\n    disabled\n    invited\n    invitationExpiresAt\n    agency {\n      id\n      name\n    }\n  }\n": typeof types.MemberRowFragmentDoc,
    "\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      ...MemberDetails\n    }\n  }\n": typeof types.MemberDocument,
    "\n  query Members(\n    $panelId: ID!\n    $agencyId: ID\n    $role: PanelRole\n    $search: String\n    $includeDisabled: Boolean!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    members(\n      panelId: $panelId\n      agencyId: $agencyId\n      role: $role\n      search: $search\n      includeDisabled: $includeDisabled\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        ...MemberRow\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query MembershipReview($panelId: ID!) {\n    membershipReview(panelId: $panelId) {\n      id\n      openedAt\n      closesAt\n      awaitingCount\n    }\n  }\n": typeof types.MembershipReviewDocument,
    "\n  query MembersAwaitingConfirmation($panelId: ID!, $limit: Int!, $offset: Int!) {\n    members(panelId: $panelId, awaitingConfirmation: true, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        name\n        role\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MembersAwaitingConfirmationDocument,
    "\n  mutation ConfirmMemberAccess($input: ConfirmMemberAccessInput!) {\n    confirmMemberAccess(input: $input) {\n      id\n      awaitingCount\n    }\n  }\n": typeof types.ConfirmMemberAccessDocument,
    "\n  mutation ResetMemberSecondFactor($input: ResetMemberSecondFactorInput!) {\n    resetMemberSecondFactor(input: $input)\n  }\n": typeof types.ResetMemberSecondFactorDocument,
    "\n  mutation SendInvitationAgain($id: ID!) {\n    sendInvitationAgain(id: $id) {\n      invitationSent\n      member {\n        ...MemberDetails\n      }\n    }\n  }\n": typeof types.SendInvitationAgainDocument,
    "\n  mutation SetMemberDisabled($input: SetMemberDisabledInput!) {\n    setMemberDisabled(input: $input) {\n      id\n      ...MemberDetails\n    }\n  }\n": typeof types.SetMemberDisabledDocument,
    "\n  mutation ApproveMinutes($minutesId: ID!, $version: Int!) {\n    approveMinutes(minutesId: $minutesId, version: $version) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n": typeof types.ApproveMinutesDocument,
    "\n  mutation CorrectMinutes($input: CorrectMinutesInput!) {\n    correctMinutes(input: $input) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n": typeof types.CorrectMinutesDocument,
    "\n  mutation EditMinutes($input: EditMinutesInput!) {\n    editMinutes(input: $input) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n": typeof types.EditMinutesDocument,
    "\n  fragment MeetingMinutesFields on MeetingMinutes {\n    id\n    meetingId\n    number\n    status\n    version\n    correctionReason\n    createdAt\n    approvedAt\n    items {\n      itemId\n      position\n      kind\n      title\n      notes\n      decisions\n      restrictedTo\n      tasks {\n        taskId\n        reference\n        title\n        agencyName\n      }\n      threatOutcomes {\n        emergingThreatId\n        title\n        outcome\n        note\n      }\n    }\n    otherTasks {\n      taskId\n      reference\n      title\n      agencyName\n    }\n    otherThreatOutcomes {\n      emergingThreatId\n      title\n      outcome\n      note\n    }\n    attendance {\n      present {\n        name\n        agencyName\n        presence\n      }\n      apologies {\n        name\n        agencyName\n        substituteName\n      }\n    }\n  }\n": typeof types.MeetingMinutesFieldsFragmentDoc,
    "\n  query MeetingMinutes($meetingId: ID!) {\n    meetingMinutes(meetingId: $meetingId) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n": typeof types.MeetingMinutesDocument,
    "\n  mutation CreateNominal($input: CreateNominalInput!) {\n    createNominal(input: $input) {\n      id\n      reference\n      displayName\n    }\n  }\n": typeof types.CreateNominalDocument,
    "\n  query NominalByReference($panelId: ID!, $reference: String!) {\n    nominals(panelId: $panelId, filter: { reference: $reference }, limit: 1, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        displayName\n      }\n    }\n  }\n": typeof types.NominalByReferenceDocument,
    "\n  fragment NominalDetails on Nominal {\n    id\n    panelId\n    reference\n    displayName\n    personalDataWithheld\n    withheldReason\n    surname\n    forenames\n    aliases\n    dateOfBirth\n    isVulnerable\n    isChild\n    riskToOfficers\n    nextReviewOn\n    archivedAt\n    gscMarking\n    version\n    ocgs {\n      role\n      ocg {\n        id\n        reference\n        name\n        status\n      }\n    }\n    vehicles {\n      id\n      registration\n      make\n      model\n      colour\n    }\n    places {\n      id\n      label\n      personalDataWithheld\n      kind\n      area\n      highHarm\n      chbPhase\n    }\n  }\n": typeof types.NominalDetailsFragmentDoc,
    "\n  query NominalSearch($panelId: ID!, $text: String!, $limit: Int!) {\n    search(panelId: $panelId, text: $text, limit: $limit, kinds: [NOMINAL]) {\n      namesSearched\n      hits {\n        id\n        title\n        subtitle\n        nominal {\n          id\n          reference\n          personalDataWithheld\n        }\n      }\n    }\n  }\n": typeof types.NominalSearchDocument,
    "\n  query Nominal($id: ID!) {\n    nominal(id: $id) {\n      id\n      ...NominalDetails\n    }\n  }\n": typeof types.NominalDocument,
    "\n  mutation SetNominalRole($input: SetNominalRoleInput!) {\n    setNominalRole(input: $input) {\n      id\n      reference\n      displayName\n    }\n  }\n": typeof types.SetNominalRoleDocument,
    "\n  mutation UpdateNominal($input: UpdateNominalInput!) {\n    updateNominal(input: $input) {\n      id\n      ...NominalDetails\n    }\n  }\n": typeof types.UpdateNominalDocument,
    "\n  mutation CreateOcg($input: CreateOcgInput!) {\n    createOcg(input: $input) {\n      id\n      ...OcgDetails\n    }\n  }\n": typeof types.CreateOcgDocument,
    "\n  fragment GroupOption on Ocg {\n    id\n    reference\n    name\n    status\n  }\n": typeof types.GroupOptionFragmentDoc,
    "\n  query GroupPickerChoice($id: ID!) {\n    ocg(id: $id) {\n      id\n      panelId\n      ...GroupOption\n    }\n  }\n": typeof types.GroupPickerChoiceDocument,
    "\n  query GroupPickerSearch($panelId: ID!, $text: String!, $limit: Int!) {\n    search(panelId: $panelId, text: $text, kinds: [OCG], limit: $limit) {\n      hits {\n        id\n        ocg {\n          id\n          ...GroupOption\n        }\n      }\n    }\n  }\n": typeof types.GroupPickerSearchDocument,
    "\n  query OfficerOptions($panelId: ID!) {\n    members(panelId: $panelId, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        userId\n        name\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OfficerOptionsDocument,
    "\n  fragment OcgDetails on Ocg {\n    id\n    panelId\n    reference\n    name\n    status\n    crimeTypes\n    areas\n    summary\n    lroUserId\n    lroName\n    sroUserId\n    sroName\n    dateMapped\n    nextReviewOn\n    archivedAt\n    gscMarking\n    tier\n    scoreTotal\n    scoredAt\n    updatedAt\n    version\n  }\n": typeof types.OcgDetailsFragmentDoc,
    "\n  fragment OcgLinks on Ocg {\n    id\n    nominals {\n      role\n      nominal {\n        id\n        reference\n        displayName\n        personalDataWithheld\n        withheldReason\n        riskToOfficers\n        isChild\n        isVulnerable\n      }\n    }\n    vehicles {\n      id\n      registration\n      make\n      model\n      colour\n    }\n    places {\n      id\n      label\n      personalDataWithheld\n      kind\n      area\n      highHarm\n      chbPhase\n    }\n  }\n": typeof types.OcgLinksFragmentDoc,
    "\n  fragment OcgRow on Ocg {\n    id\n    reference\n    name\n    status\n    tier\n    scoreTotal\n    crimeTypes\n    areas\n    lroName\n    gscMarking\n    openTaskCount\n    overdueTaskCount\n  }\n": typeof types.OcgRowFragmentDoc,
    "\n  fragment OcgScoreHistory on Ocg {\n    id\n    scoreHistory(limit: 20) {\n      id\n      harmPhysical\n      harmCommunity\n      harmGeographic\n      harmVulnerability\n      likelihood\n      capability\n      capacity\n      confidence\n      rationale\n      scaleMax\n      scoredAt\n      tier\n      total\n    }\n  }\n": typeof types.OcgScoreHistoryFragmentDoc,
    "\n  query Ocg($id: ID!) {\n    ocg(id: $id) {\n      id\n      ...OcgDetails\n      ...OcgScoreHistory\n      ...OcgLinks\n    }\n  }\n": typeof types.OcgDocument,
    "\n  query Ocgs($panelId: ID!, $filter: OcgFilter, $sort: OcgSort!, $limit: Int!, $offset: Int!) {\n    ocgs(panelId: $panelId, filter: $filter, sort: $sort, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...OcgRow\n      }\n    }\n  }\n": typeof types.OcgsDocument,
    "\n  mutation ScoreOcg($input: ScoreOcgInput!) {\n    scoreOcg(input: $input) {\n      id\n      ...OcgDetails\n      ...OcgScoreHistory\n    }\n  }\n": typeof types.ScoreOcgDocument,
    "\n  mutation UpdateOcg($input: UpdateOcgInput!) {\n    updateOcg(input: $input) {\n      id\n      ...OcgDetails\n    }\n  }\n": typeof types.UpdateOcgDocument,
    "\n  mutation ExportOutcomeReport($panelId: ID!, $from: String!, $to: String!, $format: OutcomeReportFormat!) {\n    exportOutcomeReport(panelId: $panelId, from: $from, to: $to, format: $format) {\n      base64\n      filename\n      contentType\n    }\n  }\n": typeof types.ExportOutcomeReportDocument,
    "\n  query OutcomeReport($panelId: ID!, $from: String!, $to: String!) {\n    outcomeReport(panelId: $panelId, from: $from, to: $to) {\n      from\n      to\n      referralsReceived\n      referralsAccepted\n      operationsAdopted\n      groupsMapped\n      groupsDismantled\n      nominalsIdentified\n      vehiclesIdentified\n      disruptions\n      arrests\n      charges\n      custodialYears\n      cashSeizedGbp\n      drugsSeized { type kg }\n      firearms\n      rounds\n      childrenSafeguarded\n      adultsSafeguarded\n      restraintOrders\n      licencesReviewed\n      licencesRevoked\n      taxActions\n      benefitActions\n      premisesClosed\n      vehiclesSeized\n      scoreChanges { reference name before latest change }\n      averageScoreChange\n      agencies { agencyId agencyName tasksCompleted disruptions major moderate minor noImpact negative }\n    }\n  }\n": typeof types.OutcomeReportDocument,
    "\n  query PanelOverview($panelId: ID!) {\n    agencies(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n    members(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n  }\n": typeof types.PanelOverviewDocument,
    "\n  fragment PanelScoring on Panel {\n    id\n    scaleMax\n    tiers {\n      name\n      minTotal\n    }\n    version\n  }\n": typeof types.PanelScoringFragmentDoc,
    "\n  query PanelScoring($id: ID!) {\n    panel(id: $id) {\n      id\n      ...PanelScoring\n    }\n  }\n": typeof types.PanelScoringDocument,
    "\n  mutation UpdatePanelScoring($input: UpdatePanelScoringInput!) {\n    updatePanelScoring(input: $input) {\n      retieredGroupCount\n      panel {\n        id\n        ...PanelScoring\n      }\n    }\n  }\n": typeof types.UpdatePanelScoringDocument,
    "\n  query HighHarmMap($panelId: ID!, $filter: HighHarmMapFilter) {\n    highHarmMap(panelId: $panelId, filter: $filter) {\n      places { id label withheld kind area latitude longitude chbPhase groupReferences }\n      areas { area activeGroups highHarmPlaces disruptionsLast12Months }\n    }\n  }\n": typeof types.HighHarmMapDocument,
    "\n  mutation LinkPlace($input: LinkInput!) {\n    linkPlace(input: $input) {\n      id\n      label\n    }\n  }\n": typeof types.LinkPlaceDocument,
    "\n  fragment PlaceDetails on Place {\n    id\n    panelId\n    label\n    personalDataWithheld\n    kind\n    area\n    highHarm\n    chbPhase\n    latitude\n    longitude\n    version\n  }\n": typeof types.PlaceDetailsFragmentDoc,
    "\n  query Place($id: ID!) {\n    place(id: $id) {\n      id\n      ...PlaceDetails\n    }\n  }\n": typeof types.PlaceDocument,
    "\n  mutation RecordPlace($input: RecordPlaceInput!) {\n    recordPlace(input: $input) {\n      id\n      label\n    }\n  }\n": typeof types.RecordPlaceDocument,
    "\n  mutation UpdatePlace($input: UpdatePlaceInput!) {\n    updatePlace(input: $input) {\n      id\n      ...PlaceDetails\n    }\n  }\n": typeof types.UpdatePlaceDocument,
    "\n  mutation CreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      id\n      strand\n      objective\n    }\n  }\n": typeof types.CreateObjectiveDocument,
    "\n  mutation DeleteObjective($input: DeleteObjectiveInput!) {\n    deleteObjective(input: $input)\n  }\n": typeof types.DeleteObjectiveDocument,
    "\n  query OcgPlan($id: ID!) {\n    ocg(id: $id) {\n      id\n      plan {\n        ocgId\n        coveredHeadings\n        objectives {\n          id\n          strand\n          objective\n          tacticHeadings\n          version\n          ownerAgency {\n            id\n            name\n          }\n        }\n        gaps {\n          heading\n          agencies {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OcgPlanDocument,
    "\n  mutation UpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      id\n      strand\n      objective\n      tacticHeadings\n      version\n      ownerAgency {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateObjectiveDocument,
    "\n  query Projector($panelId: ID!) {\n    projector(panelId: $panelId) {\n      meeting { id title status startsAt }\n      currentItemTitle\n      topGroups { ocgId reference name tier score }\n      counts { tier count }\n    }\n  }\n": typeof types.ProjectorDocument,
    "\n  fragment RecordReviewDueFields on RecordReviewDue {\n    kind\n    id\n    reference\n    name\n    nextReviewOn\n    createdAt\n    leadOfficers\n    version\n  }\n": typeof types.RecordReviewDueFieldsFragmentDoc,
    "\n  query RecordReviewDue($panelId: ID!, $id: ID!) {\n    recordReviewDue(panelId: $panelId, id: $id) {\n      ...RecordReviewDueFields\n    }\n  }\n": typeof types.RecordReviewDueDocument,
    "\n  query RecordReviewsDue($panelId: ID!, $limit: Int!, $offset: Int!) {\n    recordReviewsDue(panelId: $panelId, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        ...RecordReviewDueFields\n      }\n    }\n  }\n": typeof types.RecordReviewsDueDocument,
    "\n  query RecordReviewsDueCount($panelId: ID!) {\n    recordReviewsDue(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n  }\n": typeof types.RecordReviewsDueCountDocument,
    "\n  query RecordReviews($panelId: ID!, $limit: Int!, $offset: Int!) {\n    recordReviews(panelId: $panelId, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        subjectKind\n        subjectId\n        reference\n        dueOn\n        decision\n        rationale\n        nextReviewOn\n        erasedCount\n        decidedAt\n        decidedBy\n      }\n    }\n  }\n": typeof types.RecordReviewsDocument,
    "\n  mutation ReviewRecord($input: ReviewRecordInput!) {\n    reviewRecord(input: $input) {\n      id\n      decision\n      reference\n      nextReviewOn\n      erasedCount\n    }\n  }\n": typeof types.ReviewRecordDocument,
    "\n  mutation ExportNominals($panelId: ID!, $format: ExportFormat!, $filter: NominalFilter) {\n    exportNominals(panelId: $panelId, format: $format, filter: $filter) {\n      base64\n      contentType\n      filename\n      rowCount\n      personalDataWithheld\n    }\n  }\n": typeof types.ExportNominalsDocument,
    "\n  mutation ExportOcgs($panelId: ID!, $format: ExportFormat!, $filter: OcgFilter, $sort: OcgSort!) {\n    exportOcgs(panelId: $panelId, format: $format, filter: $filter, sort: $sort) {\n      base64\n      contentType\n      filename\n      rowCount\n      personalDataWithheld\n    }\n  }\n": typeof types.ExportOcgsDocument,
    "\n  mutation AcceptReferral($input: AcceptReferralInput!) {\n    acceptReferral(input: $input) {\n      id\n      ...ReferralDetails\n    }\n  }\n": typeof types.AcceptReferralDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.CreateReferralDocument,
    "\n  mutation DeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      id\n      ...ReferralDetails\n    }\n  }\n": typeof types.DeclineReferralDocument,
    "\n  fragment ReferralDetails on Referral {\n    id\n    panelId\n    reference\n    status\n    createdAt\n    updatedAt\n    decidedAt\n    summary\n    onBehalfOf\n    crimeReferences\n    vehicles\n    places\n    offendersWithheld\n    withheldReason\n    offenders {\n      name\n      dateOfBirth\n      description\n    }\n    fromAgency {\n      id\n      name\n    }\n    ocgId\n    ocgReference\n    ocg {\n      id\n      name\n    }\n    declineReason\n    version\n  }\n": typeof types.ReferralDetailsFragmentDoc,
    "\n  fragment ReferralRow on Referral {\n    id\n    reference\n    status\n    createdAt\n    summary\n    crimeReferences\n    fromAgency {\n      id\n      name\n    }\n  }\n": typeof types.ReferralRowFragmentDoc,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      id\n      ...ReferralDetails\n    }\n  }\n": typeof types.ReferralDocument,
    "\n  query Referrals($panelId: ID!, $status: ReferralStatus, $search: String, $limit: Int!, $offset: Int!) {\n    referrals(panelId: $panelId, status: $status, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...ReferralRow\n      }\n    }\n  }\n": typeof types.ReferralsDocument,
    "\n  mutation StartReferralAssessment($input: ReferralVersionInput!) {\n    startReferralAssessment(input: $input) {\n      id\n      ...ReferralDetails\n    }\n  }\n": typeof types.StartReferralAssessmentDocument,
    "\n  fragment AdministeredRegionFields on AdministeredRegion {\n    id\n    name\n    kind\n    version\n    panels {\n      id\n      name\n    }\n    analysts {\n      userId\n      name\n      email\n    }\n  }\n": typeof types.AdministeredRegionFieldsFragmentDoc,
    "\n  query AdministeredRegions {\n    administeredRegions {\n      ...AdministeredRegionFields\n    }\n  }\n": typeof types.AdministeredRegionsDocument,
    "\n  query AdministeredRegion($id: ID!) {\n    administeredRegion(id: $id) {\n      ...AdministeredRegionFields\n    }\n  }\n": typeof types.AdministeredRegionDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      ...AdministeredRegionFields\n    }\n  }\n": typeof types.CreateRegionDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      ...AdministeredRegionFields\n    }\n  }\n": typeof types.UpdateRegionDocument,
    "\n  mutation AddRegionAnalyst($input: AddRegionAnalystInput!) {\n    addRegionAnalyst(input: $input) {\n      ...AdministeredRegionFields\n    }\n  }\n": typeof types.AddRegionAnalystDocument,
    "\n  mutation RemoveRegionAnalyst($input: RemoveRegionAnalystInput!) {\n    removeRegionAnalyst(input: $input) {\n      ...AdministeredRegionFields\n    }\n  }\n": typeof types.RemoveRegionAnalystDocument,
    "\n  fragment RegionOutcomeFigures on RegionOutcomeFigures {\n    referralsReceived\n    referralsAccepted\n    operationsAdopted\n    groupsMapped\n    groupsDismantled\n    nominalsIdentified\n    vehiclesIdentified\n    disruptions\n    arrests\n    charges\n    custodialYears\n    cashSeizedGbp\n    drugsSeized {\n      type\n      kg\n    }\n    firearms\n    rounds\n    childrenSafeguarded\n    adultsSafeguarded\n    restraintOrders\n    licencesReviewed\n    licencesRevoked\n    taxActions\n    benefitActions\n    premisesClosed\n    vehiclesSeized\n    averageScoreChange\n    groupsCompared\n  }\n": typeof types.RegionOutcomeFiguresFragmentDoc,
    "\n  query RegionOutcomeReport($regionId: ID!, $from: String!, $to: String!) {\n    regionOutcomeReport(regionId: $regionId, from: $from, to: $to) {\n      regionId\n      from\n      to\n      total {\n        ...RegionOutcomeFigures\n      }\n      panels {\n        panelId\n        panelName\n        figures {\n          ...RegionOutcomeFigures\n        }\n      }\n    }\n  }\n": typeof types.RegionOutcomeReportDocument,
    "\n  fragment RegionThreatFigures on RegionThreatFigures {\n    activeGroups\n    risingGroups\n    groupsCreated\n    groupsDismantled\n    groupsArchived\n    emergingThreats\n    disruptions\n    tasksCompleted\n    tasksClosed\n    tasksOpen\n    tasksOverdue\n    completionRate\n    overdueRate\n    activeByCrimeType {\n      key\n      label\n      count\n    }\n    disruptionsByStrand {\n      key\n      label\n      count\n    }\n    disruptionsByImpact {\n      key\n      label\n      count\n    }\n  }\n": typeof types.RegionThreatFiguresFragmentDoc,
    "\n  query RegionThreatPicture($regionId: ID!, $from: String!, $to: String!) {\n    regionThreatPicture(regionId: $regionId, from: $from, to: $to) {\n      regionId\n      total {\n        ...RegionThreatFigures\n      }\n      panels {\n        panelId\n        panelName\n        figures {\n          ...RegionThreatFigures\n        }\n      }\n    }\n  }\n": typeof types.RegionThreatPictureDocument,
    "\n  query Region($id: ID!) {\n    region(id: $id) {\n      id\n      name\n      kind\n      panels {\n        id\n        name\n        forceName\n      }\n    }\n  }\n": typeof types.RegionDocument,
    "\n  query SearchRecords($panelId: ID!, $text: String!, $limit: Int!) {\n    search(panelId: $panelId, text: $text, limit: $limit) {\n      namesSearched\n      hits {\n        id\n        kind\n        title\n        subtitle\n        score\n        nominal {\n          id\n          reference\n          personalDataWithheld\n        }\n        vehicle {\n          id\n          ocgs {\n            id\n            reference\n            name\n          }\n        }\n        place {\n          id\n          highHarm\n          ocgs {\n            id\n            reference\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchRecordsDocument,
    "\n  mutation CreateIdentityProvider($input: CreateIdentityProviderInput!) {\n    createIdentityProvider(input: $input) {\n      ...IdentityProviderDetails\n    }\n  }\n": typeof types.CreateIdentityProviderDocument,
    "\n  fragment IdentityProviderDetails on IdentityProvider {\n    id\n    name\n    issuer\n    clientId\n    secretEnv\n    secretSet\n    emailDomains\n    tenantIds\n    enabled\n    version\n  }\n": typeof types.IdentityProviderDetailsFragmentDoc,
    "\n  query IdentityProviders {\n    identityProviders {\n      ...IdentityProviderDetails\n    }\n  }\n": typeof types.IdentityProvidersDocument,
    "\n  mutation SetIdentityProviderEnabled($input: SetIdentityProviderEnabledInput!) {\n    setIdentityProviderEnabled(input: $input) {\n      ...IdentityProviderDetails\n    }\n  }\n": typeof types.SetIdentityProviderEnabledDocument,
    "\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n    }\n  }\n": typeof types.SignInProvidersDocument,
    "\n  mutation UpdateIdentityProvider($input: UpdateIdentityProviderInput!) {\n    updateIdentityProvider(input: $input) {\n      ...IdentityProviderDetails\n    }\n  }\n": typeof types.UpdateIdentityProviderDocument,
    "\n  query ActionLog($panelId: ID!, $offset: Int!) {\n    tasks(panelId: $panelId, filter: { statuses: [OPEN, IN_PROGRESS, BLOCKED] }, sort: DUE, limit: 50, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...TaskRow\n        updates(limit: 1) {\n          id\n          kind\n          text\n          toStatus\n          authorName\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ActionLogDocument,
    "\n  mutation AddTaskUpdate($input: AddTaskUpdateInput!) {\n    addTaskUpdate(input: $input) {\n      id\n      status\n      version\n      ...TaskDetails\n      ...TaskTimeline\n    }\n  }\n": typeof types.AddTaskUpdateDocument,
    "\n  mutation AllocateTask($input: AllocateTaskInput!) {\n    allocateTask(input: $input) {\n      id\n      ...TaskDetails\n    }\n  }\n": typeof types.AllocateTaskDocument,
    "\n  mutation EditTask($input: EditTaskInput!) {\n    editTask(input: $input) {\n      id\n      ...TaskDetails\n      ...TaskTimeline\n    }\n  }\n": typeof types.EditTaskDocument,
    "\n  mutation ExportTasks($panelId: ID!, $format: ExportFormat!, $filter: TaskFilter, $sort: TaskSort!) {\n    exportTasks(panelId: $panelId, format: $format, filter: $filter, sort: $sort) {\n      base64\n      contentType\n      filename\n      rowCount\n    }\n  }\n": typeof types.ExportTasksDocument,
    "\n  query TaskBoard($panelId: ID!) {\n    taskBoard(panelId: $panelId) {\n      byAgency {\n        agency {\n          id\n          name\n        }\n        open\n        overdue\n        blocked\n        completed\n        notDone\n        completionRate\n      }\n      byStatus {\n        status\n        count\n      }\n      byOcg {\n        ocgId\n        reference\n        name\n        open\n        overdue\n      }\n    }\n  }\n": typeof types.TaskBoardDocument,
    "\n  subscription TaskChanged($panelId: ID!) {\n    taskChanged(panelId: $panelId) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n": typeof types.TaskChangedDocument,
    "\n  fragment TaskDetails on Task {\n    id\n    panelId\n    reference\n    title\n    description\n    status\n    dueOn\n    isOverdue\n    priority\n    strand\n    gscMarking\n    agencyId\n    ownerUserId\n    ownerName\n    blockedReason\n    notDoneCause\n    closingNote\n    closedAt\n    disruptionId\n    version\n    updatedAt\n    agency {\n      id\n      name\n    }\n    ocg {\n      id\n      reference\n      name\n    }\n    nominal {\n      id\n      reference\n      displayName\n      personalDataWithheld\n    }\n  }\n": typeof types.TaskDetailsFragmentDoc,
    "\n  query TaskOwnerOptions($panelId: ID!, $agencyId: ID!) {\n    members(panelId: $panelId, agencyId: $agencyId, includeDisabled: false, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        userId\n        name\n      }\n    }\n  }\n": typeof types.TaskOwnerOptionsDocument,
    "\n  fragment TaskRow on Task {\n    id\n    reference\n    title\n    status\n    dueOn\n    isOverdue\n    ownerName\n    priority\n    gscMarking\n    updatedAt\n    agency {\n      id\n      name\n    }\n    ocg {\n      id\n      reference\n      name\n    }\n  }\n": typeof types.TaskRowFragmentDoc,
    "\n  fragment TaskTimeline on Task {\n    id\n    updates(limit: 50) {\n      id\n      kind\n      text\n      fromStatus\n      toStatus\n      changes {\n        field\n        before\n        after\n      }\n      authorName\n      authorAgencyName\n      createdAt\n    }\n  }\n": typeof types.TaskTimelineFragmentDoc,
    "\n  query Task($id: ID!) {\n    task(id: $id) {\n      id\n      ...TaskDetails\n      ...TaskTimeline\n    }\n  }\n": typeof types.TaskDocument,
    "\n  query Tasks($panelId: ID!, $filter: TaskFilter, $sort: TaskSort!, $limit: Int!, $offset: Int!) {\n    tasks(panelId: $panelId, filter: $filter, sort: $sort, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...TaskRow\n      }\n    }\n  }\n": typeof types.TasksDocument,
    "\n  query ThreatPicture($panelId: ID!, $filter: ThreatPictureFilter) {\n    threatPicture(panelId: $panelId, filter: $filter) {\n      from\n      to\n      activeCount\n      baselineAt\n      activeByTier { key label count }\n      activeByCrimeType { key label count }\n      topGroups { reference name tier score }\n      risingCount\n      risingGroups { reference name tier previous current }\n      groupChanges { month created dismantled archived }\n      emergingThreatCount\n      emergingThreatOutcomes { key label count }\n      emergingThreats { id title raisedOn outcome }\n      disruptionsByStrand { month key label count }\n      disruptionsByImpact { month key label count }\n      disruptionsByAgency { month key label count }\n      taskRates { agencyId agencyName completed closed open overdue completionRate overdueRate }\n    }\n  }\n": typeof types.ThreatPictureDocument,
    "\n  mutation LinkVehicle($input: LinkInput!) {\n    linkVehicle(input: $input) {\n      id\n      registration\n    }\n  }\n": typeof types.LinkVehicleDocument,
    "\n  mutation RecordVehicle($input: RecordVehicleInput!) {\n    recordVehicle(input: $input) {\n      id\n      registration\n    }\n  }\n": typeof types.RecordVehicleDocument,
    "\n  query VehicleLookalikes($panelId: ID!, $text: String!, $limit: Int!) {\n    search(panelId: $panelId, text: $text, kinds: [VEHICLE], limit: $limit) {\n      hits {\n        id\n        title\n        subtitle\n        vehicle {\n          id\n          vrm\n        }\n      }\n    }\n  }\n": typeof types.VehicleLookalikesDocument,
};
const documents: Documents = {
    "\n  mutation AcceptInvitation($input: SetPasswordByLinkInput!) {\n    acceptInvitation(input: $input) {\n      id\n      memberships {\n        permissions\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query AccountLinkOpen($input: AccountLinkInput!) {\n    accountLinkOpen(input: $input)\n  }\n": types.AccountLinkOpenDocument,
    "\n  query ReminderPreference {\n    viewer {\n      id\n      remindersEnabled\n    }\n  }\n": types.ReminderPreferenceDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: SetPasswordByLinkInput!) {\n    resetPassword(input: $input) {\n      id\n      memberships {\n        permissions\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SetReminderPreference($enabled: Boolean!) {\n    setReminderPreference(enabled: $enabled)\n  }\n": types.SetReminderPreferenceDocument,
    "\n  query AdministeredPanels($search: String, $limit: Int!, $offset: Int!) {\n    administeredPanels(search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        forceName\n        disabled\n        activeMembers\n        chairs\n        version\n      }\n    }\n  }\n": types.AdministeredPanelsDocument,
    "\n  mutation CreatePanel($input: CreatePanelInput!) {\n    createPanel(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": types.CreatePanelDocument,
    "\n  mutation SetPanelDisabled($input: SetPanelDisabledInput!) {\n    setPanelDisabled(input: $input) {\n      id\n      disabled\n      version\n    }\n  }\n": types.SetPanelDisabledDocument,
    "\n  query AdminUsers($search: String, $limit: Int!, $offset: Int!) {\n    adminUsers(search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        isAdmin\n        disabled\n        invited\n        lastSignedInAt\n        memberships {\n          panelId\n          panelCode\n          role\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query Agencies($panelId: ID!, $search: String, $limit: Int!, $offset: Int!) {\n    agencies(panelId: $panelId, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...AgencyRow\n      }\n    }\n  }\n": types.AgenciesDocument,
    "\n  fragment AgencyDetails on Agency {\n    id\n    panelId\n    name\n    kind\n    tacticHeadings\n    memberCount\n    version\n    updatedAt\n    isa {\n      reference\n      signedOn\n      expiresOn\n      coversPersonalData\n      allowsPersonalData\n      status\n    }\n  }\n": types.AgencyDetailsFragmentDoc,
    "\n  query AgencyOptions($panelId: ID!) {\n    agencies(panelId: $panelId, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.AgencyOptionsDocument,
    "\n  fragment AgencyRow on Agency {\n    id\n    name\n    kind\n    tacticHeadings\n    memberCount\n    isa {\n      status\n      allowsPersonalData\n    }\n  }\n": types.AgencyRowFragmentDoc,
    "\n  query Agency($id: ID!) {\n    agency(id: $id) {\n      id\n      ...AgencyDetails\n    }\n  }\n": types.AgencyDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      ...AgencyDetails\n    }\n  }\n": types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      id\n      ...AgencyDetails\n    }\n  }\n": types.UpdateAgencyDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation AddAgendaRecord($input: AgendaRecordInput!) {\n    addAgendaRecord(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n": types.AddAgendaRecordDocument,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    meetingId\n    kind\n    position\n    title\n    minutesAllocated\n    predictedStart\n    predictedEnd\n    overruns\n    presenterName\n    presenterUserId\n    presenterAgencyId\n    restrictedToIds\n    restrictedTo {\n      id\n      name\n    }\n    notes\n    decisions\n    startedAt\n    endedAt\n    version\n    records {\n      __typename\n      kind\n      recordId\n      reference\n      title\n      status\n      reason\n      ... on AgendaTaskRecord {\n        isOverdue\n        dueOn\n      }\n      ... on AgendaOcgRecord {\n        tier\n        score\n      }\n    }\n    tasks {\n      id\n      reference\n      title\n      status\n      isOverdue\n      agency {\n        id\n        name\n      }\n    }\n  }\n": types.AgendaItemFieldsFragmentDoc,
    "\n  query AgendaOcgCandidates($panelId: ID!, $search: String!, $limit: Int!) {\n    ocgs(panelId: $panelId, filter: { search: $search }, sort: REFERENCE, limit: $limit, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        name\n      }\n    }\n  }\n": types.AgendaOcgCandidatesDocument,
    "\n  query AgendaPackInfo($meetingId: ID!) {\n    agendaPackInfo(meetingId: $meetingId) {\n      meetingId\n      htmlUrl\n      pdfUrl\n      minutesPdfUrl\n      minutesDocxUrl\n    }\n  }\n": types.AgendaPackInfoDocument,
    "\n  query AgendaReferralCandidates($panelId: ID!, $search: String!, $limit: Int!) {\n    referrals(panelId: $panelId, search: $search, limit: $limit, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        summary\n      }\n    }\n  }\n": types.AgendaReferralCandidatesDocument,
    "\n  query AgendaTaskCandidates($panelId: ID!, $statuses: [TaskStatus!], $search: String!, $limit: Int!) {\n    tasks(panelId: $panelId, filter: { statuses: $statuses, search: $search }, sort: RECENTLY_UPDATED, limit: $limit, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        title\n      }\n    }\n  }\n": types.AgendaTaskCandidatesDocument,
    "\n  query AgendaThreatCandidates($panelId: ID!, $search: String!, $limit: Int!) {\n    emergingThreats(panelId: $panelId, search: $search, limit: $limit, offset: 0) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": types.AgendaThreatCandidatesDocument,
    "\n  fragment AgendaFields on Agenda {\n    meetingId\n    meetingTitle\n    meetingVersion\n    panelId\n    startsAt\n    status\n    slotMinutes\n    totalMinutes\n    overrunsBy\n    items {\n      id\n      ...AgendaItemFields\n    }\n  }\n": types.AgendaFieldsFragmentDoc,
    "\n  query Agenda($meetingId: ID!) {\n    agenda(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n": types.AgendaDocument,
    "\n  mutation BuildAgenda($meetingId: ID!, $rebuild: Boolean!) {\n    buildAgenda(meetingId: $meetingId, rebuild: $rebuild) {\n      ...AgendaFields\n    }\n  }\n": types.BuildAgendaDocument,
    "\n  mutation CloseMeeting($meetingId: ID!, $confirmEmptyRegister: Boolean) {\n    closeMeeting(meetingId: $meetingId, confirmEmptyRegister: $confirmEmptyRegister) {\n      ...MeetingLiveFields\n    }\n  }\n": types.CloseMeetingDocument,
    "\n  mutation DraftMinutes($meetingId: ID!) {\n    draftMinutes(meetingId: $meetingId) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n": types.DraftMinutesDocument,
    "\n  query LiveMeeting($meetingId: ID!) {\n    liveMeeting(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n": types.LiveMeetingDocument,
    "\n  fragment MeetingLiveFields on MeetingLive {\n    meetingId\n    status\n    kind\n    itemId\n    restrictedItemInProgress\n    currentItemStartedAt\n    currentItem {\n      id\n      ...AgendaItemFields\n    }\n  }\n": types.MeetingLiveFieldsFragmentDoc,
    "\n  subscription MeetingLiveEvents($meetingId: ID!) {\n    meetingLive(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n": types.MeetingLiveEventsDocument,
    "\n  mutation MoveAgendaItem($id: ID!, $toPosition: Int!) {\n    moveAgendaItem(id: $id, toPosition: $toPosition) {\n      ...AgendaFields\n    }\n  }\n": types.MoveAgendaItemDocument,
    "\n  mutation OpenMeeting($meetingId: ID!) {\n    openMeeting(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n": types.OpenMeetingDocument,
    "\n  mutation PublishAgenda($meetingId: ID!, $version: Int!) {\n    publishAgenda(meetingId: $meetingId, version: $version) {\n      ...AgendaFields\n    }\n  }\n": types.PublishAgendaDocument,
    "\n  mutation RaiseTaskAtItem($input: RaiseTaskAtItemInput!) {\n    raiseTaskAtItem(input: $input) {\n      id\n      reference\n      title\n    }\n  }\n": types.RaiseTaskAtItemDocument,
    "\n  mutation RecordItemMinutes($input: RecordItemMinutesInput!) {\n    recordItemMinutes(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n": types.RecordItemMinutesDocument,
    "\n  mutation RemoveAgendaItem($id: ID!, $version: Int!) {\n    removeAgendaItem(id: $id, version: $version) {\n      ...AgendaFields\n    }\n  }\n": types.RemoveAgendaItemDocument,
    "\n  mutation RemoveAgendaRecord($input: AgendaRecordInput!) {\n    removeAgendaRecord(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n": types.RemoveAgendaRecordDocument,
    "\n  mutation SetCurrentItem($meetingId: ID!, $itemId: ID!) {\n    setCurrentItem(meetingId: $meetingId, itemId: $itemId) {\n      ...MeetingLiveFields\n    }\n  }\n": types.SetCurrentItemDocument,
    "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n": types.UpdateAgendaItemDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      agencyId\n      isAdmin\n      secondFactor {\n        enrolled\n        required\n        verified\n      }\n      agency {\n        id\n        name\n      }\n      regions {\n        regionId\n        name\n        kind\n        role\n      }\n      memberships {\n        panelId\n        role\n        permissions\n        panel {\n          id\n          name\n          code\n          forceName\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation AnnotateAssessment($input: AnnotateAssessmentInput!) { annotateAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": types.AnnotateAssessmentDocument,
    "\n  fragment AssessmentFields on AssessmentObject {\n    id\n    panelId\n    periodFrom\n    periodTo\n    version\n    editVersion\n    status\n    content\n    annotations { section text }\n    publishedAt\n    createdAt\n    updatedAt\n  }\n": types.AssessmentFieldsFragmentDoc,
    "\n  query Assessment($id: ID!) { assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": types.AssessmentDocument,
    "\n  query Assessments($panelId: ID!) { assessments(panelId: $panelId) {\n      ...AssessmentFields\n    }\n  }\n": types.AssessmentsDocument,
    "\n  mutation GenerateAssessment($panelId: ID!, $periodTo: String) { generateAssessment(panelId: $panelId, periodTo: $periodTo) {\n      ...AssessmentFields\n    }\n  }\n": types.GenerateAssessmentDocument,
    "\n  mutation PublishAssessment($id: ID!, $version: Int!) { publishAssessment(id: $id, version: $version) {\n      ...AssessmentFields\n    }\n  }\n": types.PublishAssessmentDocument,
    "\n  mutation ReviseAssessment($id: ID!) { reviseAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": types.ReviseAssessmentDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ConfirmSecondFactorEnrolment($input: ConfirmSecondFactorInput!) {\n    confirmSecondFactorEnrolment(input: $input) {\n      codes\n    }\n  }\n": types.ConfirmSecondFactorEnrolmentDocument,
    "\n  mutation RegenerateRecoveryCodes($proof: SecondFactorProofInput!) {\n    regenerateRecoveryCodes(proof: $proof) {\n      codes\n    }\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      secondFactor {\n        enrolled\n        required\n        verified\n      }\n      memberships {\n        permissions\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation StartSecondFactorEnrolment($proof: SecondFactorProofInput) {\n    startSecondFactorEnrolment(proof: $proof) {\n      secret\n      qrCodeSvg\n    }\n  }\n": types.StartSecondFactorEnrolmentDocument,
    "\n  mutation VerifySecondFactor($input: VerifySecondFactorInput!) {\n    verifySecondFactor(input: $input) {\n      verified\n      recoveryCodesLeft\n    }\n  }\n": types.VerifySecondFactorDocument,
    "\n  mutation AgreeCrossPanelMatch($input: ResolveCrossPanelMatchInput!) {\n    agreeCrossPanelMatch(input: $input) {\n      ...CrossPanelMatchFields\n    }\n  }\n": types.AgreeCrossPanelMatchDocument,
    "\n  query CrossPanelHits($panelId: ID!) {\n    crossPanelMatches(panelId: $panelId, limit: 1) {\n      awaitingDecision\n    }\n  }\n": types.CrossPanelHitsDocument,
    "\n  query CrossPanelMatchDetails($id: ID!) {\n    crossPanelMatchDetails(id: $id) {\n      matchId\n      kind\n      otherPanelName\n      reference\n      nominal {\n        surname\n        forenames\n        aliases\n        dateOfBirth\n      }\n      vehicle {\n        registration\n        make\n        model\n        colour\n      }\n      group {\n        name\n        status\n        tier\n        scoreTotal\n      }\n    }\n  }\n": types.CrossPanelMatchDetailsDocument,
    "\n  fragment CrossPanelMatchFields on CrossPanelMatch {\n    id\n    kind\n    status\n    recordId\n    recordReference\n    recordName\n    otherPanelName\n    otherPanelForce\n    otherContacts {\n      name\n      email\n    }\n    foundAt\n    closedAt\n    agreedAt\n    agreedByName\n    declinedAt\n    declinedByName\n    otherAgreed\n    otherDeclined\n    version\n  }\n": types.CrossPanelMatchFieldsFragmentDoc,
    "\n  query CrossPanelMatch($id: ID!) {\n    crossPanelMatch(id: $id) {\n      ...CrossPanelMatchFields\n    }\n  }\n": types.CrossPanelMatchDocument,
    "\n  query CrossPanelMatches($panelId: ID!, $limit: Int!, $offset: Int!) {\n    crossPanelMatches(panelId: $panelId, limit: $limit, offset: $offset) {\n      totalCount\n      awaitingDecision\n      nodes {\n        ...CrossPanelMatchFields\n      }\n    }\n  }\n": types.CrossPanelMatchesDocument,
    "\n  mutation DeclineCrossPanelMatch($input: ResolveCrossPanelMatchInput!) {\n    declineCrossPanelMatch(input: $input) {\n      ...CrossPanelMatchFields\n    }\n  }\n": types.DeclineCrossPanelMatchDocument,
    "\n  query AuditChainStatus($panelId: ID!) {\n    auditChainStatus(panelId: $panelId) {\n      log\n      verified\n      rows\n      problem\n      checkedAt\n    }\n  }\n": types.AuditChainStatusDocument,
    "\n  query AuditTrail(\n    $panelId: ID!\n    $nominalId: ID\n    $userId: ID\n    $agencyId: ID\n    $action: AuditAction\n    $from: String\n    $to: String\n    $limit: Int!\n    $offset: Int!\n  ) {\n    auditTrail(\n      panelId: $panelId\n      nominalId: $nominalId\n      userId: $userId\n      agencyId: $agencyId\n      action: $action\n      from: $from\n      to: $to\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        at\n        action\n        entityType\n        entityId\n        changedFields\n        actorName\n        actorAgencyName\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query ConsultationLog(\n    $panelId: ID!\n    $nominalId: ID\n    $userId: ID\n    $agencyId: ID\n    $channel: DataChannel\n    $action: ConsultationAction\n    $from: String\n    $to: String\n    $limit: Int!\n    $offset: Int!\n  ) {\n    consultationLog(\n      panelId: $panelId\n      nominalId: $nominalId\n      userId: $userId\n      agencyId: $agencyId\n      channel: $channel\n      action: $action\n      from: $from\n      to: $to\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        at\n        action\n        channel\n        purpose\n        subjectSummary\n        actorName\n        actorAgencyName\n        disclosedToAgencyName\n      }\n    }\n  }\n": types.ConsultationLogDocument,
    "\n  query DataProtectionNominals($panelId: ID!, $search: String!) {\n    dataProtectionNominals(panelId: $panelId, search: $search, limit: 25, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        displayName\n        dateOfBirth\n      }\n    }\n  }\n": types.DataProtectionNominalsDocument,
    "\n  query LogPeople($panelId: ID!) {\n    members(panelId: $panelId, includeDisabled: true, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        userId\n        name\n      }\n    }\n    agencies(panelId: $panelId, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.LogPeopleDocument,
    "\n  fragment DisruptionOutcomesFields on DisruptionOutcomes {\n    arrests\n    charges\n    firearms\n    rounds\n    vehiclesSeized\n    childrenSafeguarded\n    adultsSafeguarded\n    restraintOrders\n    licencesReviewed\n    licencesRevoked\n    benefitActions\n    taxActions\n    premisesClosed\n    custodialYears\n    cashSeizedGbp\n    drugsSeized {\n      type\n      kg\n    }\n  }\n": types.DisruptionOutcomesFieldsFragmentDoc,
    "\n  query Disruption($id: ID!) {\n    disruption(id: $id) {\n      id\n      ocgId\n      version\n      occurredOn\n      strand\n      tacticHeading\n      description\n      impact\n      rationale\n      gscMarking\n      agency {\n        id\n        name\n      }\n      nominals {\n        id\n      }\n      outcomes {\n        ...DisruptionOutcomesFields\n      }\n    }\n  }\n": types.DisruptionDocument,
    "\n  query OcgDisruptions($id: ID!) {\n    ocg(id: $id) {\n      id\n      disruptions(limit: 50) {\n        id\n        occurredOn\n        strand\n        tacticHeading\n        description\n        impact\n        rationale\n        gscMarking\n        agency {\n          id\n          name\n        }\n        outcomes {\n          ...DisruptionOutcomesFields\n        }\n      }\n    }\n  }\n": types.OcgDisruptionsDocument,
    "\n  mutation RecordDisruption($input: RecordDisruptionInput!) {\n    recordDisruption(input: $input) {\n      id\n      occurredOn\n      impact\n    }\n  }\n": types.RecordDisruptionDocument,
    "\n  mutation UpdateDisruption($input: UpdateDisruptionInput!) {\n    updateDisruption(input: $input) {\n      id\n      occurredOn\n      impact\n      version\n    }\n  }\n": types.UpdateDisruptionDocument,
    "\n  fragment EmergingThreatFields on EmergingThreat {\n    id\n    panelId\n    title\n    description\n    crimeType\n    area\n    status\n    raisedByUserId\n    raisedByName\n    raisedByAgencyName\n    createdAt\n    version\n    outcomes {\n      outcome\n      note\n      recordedAt\n      meeting {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n": types.EmergingThreatFieldsFragmentDoc,
    "\n  query EmergingThreat($id: ID!) {\n    emergingThreat(id: $id) {\n      id\n      ...EmergingThreatFields\n    }\n  }\n": types.EmergingThreatDocument,
    "\n  query EmergingThreats($panelId: ID!, $limit: Int!, $offset: Int!) {\n    emergingThreats(panelId: $panelId, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...EmergingThreatFields\n      }\n    }\n  }\n": types.EmergingThreatsDocument,
    "\n  mutation RaiseEmergingThreat($input: RaiseEmergingThreatInput!) {\n    raiseEmergingThreat(input: $input) {\n      id\n      ...EmergingThreatFields\n    }\n  }\n": types.RaiseEmergingThreatDocument,
    "\n  mutation RecordThreatOutcome($meetingId: ID!, $threatId: ID!, $outcome: EmergingThreatOutcome!, $note: String) {\n    recordThreatOutcome(meetingId: $meetingId, threatId: $threatId, outcome: $outcome, note: $note) {\n      id\n      ...EmergingThreatFields\n    }\n  }\n": types.RecordThreatOutcomeDocument,
    "\n  mutation UpdateEmergingThreat($input: UpdateEmergingThreatInput!) {\n    updateEmergingThreat(input: $input) {\n      id\n      ...EmergingThreatFields\n    }\n  }\n": types.UpdateEmergingThreatDocument,
    "\n  query NominalsNamedIn($panelId: ID!, $text: String!) {\n    nominalsNamedIn(panelId: $panelId, text: $text) {\n      id\n      reference\n      displayName\n    }\n  }\n": types.NominalsNamedInDocument,
    "\n  mutation AnswerHitCheck($input: AnswerHitCheckInput!) {\n    answerHitCheck(input: $input) {\n      ...HitCheckFields\n    }\n  }\n": types.AnswerHitCheckDocument,
    "\n  mutation CirculateHitCheck($meetingId: ID!) {\n    circulateHitCheck(meetingId: $meetingId) {\n      ...HitCheckFields\n    }\n  }\n": types.CirculateHitCheckDocument,
    "\n  query HitCheckDetails($subjectId: ID!) {\n    hitCheckDetails(subjectId: $subjectId) {\n      agencyName\n      detail\n      answeredAt\n    }\n  }\n": types.HitCheckDetailsDocument,
    "\n  fragment HitCheckFields on HitCheck {\n    id\n    meetingId\n    circulatedAt\n    circulatedBy\n    agenciesAsked\n    agenciesAnswered\n    answering\n    subjects {\n      id\n      kind\n      reference\n      heldBy\n      yourAnswer\n      yourDetail\n      detailsOpen\n    }\n  }\n": types.HitCheckFieldsFragmentDoc,
    "\n  query HitCheck($meetingId: ID!) {\n    hitCheck(meetingId: $meetingId) {\n      ...HitCheckFields\n    }\n  }\n": types.HitCheckDocument,
    "\n  fragment IntelligenceEntryItem on IntelligenceEntry {\n    id\n    recordedOn\n    text\n    sourceGrade\n    intelligenceGrade\n    handling\n    handlingConditions\n    gscMarking\n    submittingAgency {\n      id\n      name\n    }\n    recipients {\n      id\n      name\n    }\n  }\n": types.IntelligenceEntryItemFragmentDoc,
    "\n  query OcgIntelligence($id: ID!) {\n    ocg(id: $id) {\n      id\n      intelligence(limit: 50) {\n        id\n        ...IntelligenceEntryItem\n      }\n    }\n  }\n": types.OcgIntelligenceDocument,
    "\n  mutation RecordIntelligence($input: RecordIntelligenceInput!) {\n    recordIntelligence(input: $input) {\n      id\n      ...IntelligenceEntryItem\n    }\n  }\n": types.RecordIntelligenceDocument,
    "\n  query SubjectIntelligence($panelId: ID!, $subjectKind: RecordKind!, $subjectId: ID!) {\n    intelligence(panelId: $panelId, subjectKind: $subjectKind, subjectId: $subjectId, limit: 50, offset: 0) {\n      totalCount\n      nodes {\n        id\n        ...IntelligenceEntryItem\n      }\n    }\n  }\n": types.SubjectIntelligenceDocument,
    "\n  query LinkChart($panelId: ID!, $ocgId: ID, $depth: Int, $includeArchived: Boolean) {\n    linkChart(panelId: $panelId, ocgId: $ocgId, depth: $depth, includeArchived: $includeArchived) {\n      truncated\n      nodes { id kind label sublabel recordId ocgCount shared }\n      edges { id source target kind role }\n    }\n  }\n": types.LinkChartDocument,
    "\n  query SharedNominals($panelId: ID!) {\n    sharedNominals(panelId: $panelId) {\n      nominal { id reference displayName }\n      groups { ocgId reference name role }\n    }\n  }\n": types.SharedNominalsDocument,
    "\n  query PanelMail($panelId: ID!, $outcome: MailOutcome, $limit: Int!, $offset: Int!) {\n    panelMail(panelId: $panelId, outcome: $outcome, limit: $limit, offset: $offset) {\n      totalCount\n      undeliveredCount\n      nodes {\n        id\n        at\n        kind\n        recipient\n        subject\n        outcome\n        reason\n      }\n    }\n  }\n": types.PanelMailDocument,
    "\n  mutation AcknowledgeConfidentiality($meetingId: ID!) {\n    acknowledgeConfidentiality(meetingId: $meetingId) {\n      id\n      ...MeetingDetails\n    }\n  }\n": types.AcknowledgeConfidentialityDocument,
    "\n  query AttendanceFigures($panelId: ID!) {\n    attendanceFigures(panelId: $panelId) {\n      byAgency {\n        agencyId\n        agencyName\n        meetingsHeld\n        meetingsRepresented\n        membersInvited\n        presentInPerson\n        presentRemote\n        apologies\n        absent\n        attendanceRate\n      }\n      byMeeting {\n        meetingId\n        title\n        startsAt\n        attendees\n        agenciesRepresented\n        presentInPerson\n        presentRemote\n        members\n        agencies\n        joined\n        left\n      }\n    }\n  }\n": types.AttendanceFiguresDocument,
    "\n  mutation CancelMeeting($id: ID!, $version: Int!) {\n    cancelMeeting(id: $id, version: $version) {\n      id\n      ...MeetingDetails\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      ...MeetingDetails\n    }\n  }\n": types.MarkAttendanceDocument,
    "\n  fragment MeetingDetails on Meeting {\n    id\n    ...MeetingRow\n    panelId\n    seriesId\n    agendaPublishedAt\n    openedAt\n    closedAt\n    attendance {\n      userId\n      userName\n      agencyId\n      agencyName\n      reply\n      repliedAt\n      substituteUserId\n      substituteName\n      presence\n      confidentialityAcknowledgedAt\n    }\n  }\n": types.MeetingDetailsFragmentDoc,
    "\n  query MeetingInvite($meetingId: ID!) {\n    meetingInvite(meetingId: $meetingId) {\n      filename\n      contentType\n      content\n    }\n  }\n": types.MeetingInviteDocument,
    "\n  fragment MeetingRow on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    mode\n    teamsUrl\n    location\n    version\n    myReply {\n      userId\n      reply\n      substituteUserId\n      substituteName\n    }\n  }\n": types.MeetingRowFragmentDoc,
    "\n  query MeetingSeries($panelId: ID!) {\n    meetingSeries(panelId: $panelId) {\n      id\n      rule\n      startsOn\n      startTime\n      durationMinutes\n      firstMode\n      teamsUrl\n      location\n      version\n    }\n  }\n": types.MeetingSeriesDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...MeetingDetails\n    }\n  }\n": types.MeetingDocument,
    "\n  query Meetings($panelId: ID!, $from: String, $to: String, $limit: Int!, $offset: Int!) {\n    meetings(panelId: $panelId, from: $from, to: $to, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...MeetingRow\n      }\n    }\n  }\n": types.MeetingsDocument,
    "\n  mutation MoveMeeting($input: MoveMeetingInput!) {\n    moveMeeting(input: $input) {\n      id\n      ...MeetingDetails\n    }\n  }\n": types.MoveMeetingDocument,
    "\n  query NextMeeting($panelId: ID!) {\n    nextMeeting(panelId: $panelId) {\n      id\n      ...MeetingRow\n    }\n  }\n": types.NextMeetingDocument,
    "\n  mutation ReplyToMeeting($input: ReplyToMeetingInput!) {\n    replyToMeeting(input: $input) {\n      id\n      ...MeetingDetails\n    }\n  }\n": types.ReplyToMeetingDocument,
    "\n  query SeriesInvite($panelId: ID!) {\n    seriesInvite(panelId: $panelId) {\n      filename\n      contentType\n      content\n    }\n  }\n": types.SeriesInviteDocument,
    "\n  mutation SetMeetingSeries($input: SetMeetingSeriesInput!) {\n    setMeetingSeries(input: $input) {\n      id\n      rule\n      startsOn\n      startTime\n      durationMinutes\n      firstMode\n      teamsUrl\n      location\n      version\n    }\n  }\n": types.SetMeetingSeriesDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      invitationSent\n      member {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      ...MemberDetails\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  fragment MemberDetails on Member {\n    id\n    panelId\n    userId\n    name\n    email\n    role\n    disabled\n    accessConfirmedAt\n    invited\n    invitationExpiresAt\n    version\n    agencyId\n    agency {\n      id\n      name\n    }\n  }\n": types.MemberDetailsFragmentDoc,
    "\n  fragment MemberRow on Member {\n    id\n    name\n    email\n    role\n    disabled\n    invited\n    invitationExpiresAt\n    agency {\n      id\n      name\n    }\n  }\n": types.MemberRowFragmentDoc,
    "\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      ...MemberDetails\n    }\n  }\n": types.MemberDocument,
    "\n  query Members(\n    $panelId: ID!\n    $agencyId: ID\n    $role: PanelRole\n    $search: String\n    $includeDisabled: Boolean!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    members(\n      panelId: $panelId\n      agencyId: $agencyId\n      role: $role\n      search: $search\n      includeDisabled: $includeDisabled\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        ...MemberRow\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query MembershipReview($panelId: ID!) {\n    membershipReview(panelId: $panelId) {\n      id\n      openedAt\n      closesAt\n      awaitingCount\n    }\n  }\n": types.MembershipReviewDocument,
    "\n  query MembersAwaitingConfirmation($panelId: ID!, $limit: Int!, $offset: Int!) {\n    members(panelId: $panelId, awaitingConfirmation: true, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        name\n        role\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MembersAwaitingConfirmationDocument,
    "\n  mutation ConfirmMemberAccess($input: ConfirmMemberAccessInput!) {\n    confirmMemberAccess(input: $input) {\n      id\n      awaitingCount\n    }\n  }\n": types.ConfirmMemberAccessDocument,
    "\n  mutation ResetMemberSecondFactor($input: ResetMemberSecondFactorInput!) {\n    resetMemberSecondFactor(input: $input)\n  }\n": types.ResetMemberSecondFactorDocument,
    "\n  mutation SendInvitationAgain($id: ID!) {\n    sendInvitationAgain(id: $id) {\n      invitationSent\n      member {\n        ...MemberDetails\n      }\n    }\n  }\n": types.SendInvitationAgainDocument,
    "\n  mutation SetMemberDisabled($input: SetMemberDisabledInput!) {\n    setMemberDisabled(input: $input) {\n      id\n      ...MemberDetails\n    }\n  }\n": types.SetMemberDisabledDocument,
    "\n  mutation ApproveMinutes($minutesId: ID!, $version: Int!) {\n    approveMinutes(minutesId: $minutesId, version: $version) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n": types.ApproveMinutesDocument,
    "\n  mutation CorrectMinutes($input: CorrectMinutesInput!) {\n    correctMinutes(input: $input) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n": types.CorrectMinutesDocument,
    "\n  mutation EditMinutes($input: EditMinutesInput!) {\n    editMinutes(input: $input) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n": types.EditMinutesDocument,
    "\n  fragment MeetingMinutesFields on MeetingMinutes {\n    id\n    meetingId\n    number\n    status\n    version\n    correctionReason\n    createdAt\n    approvedAt\n    items {\n      itemId\n      position\n      kind\n      title\n      notes\n      decisions\n      restrictedTo\n      tasks {\n        taskId\n        reference\n        title\n        agencyName\n      }\n      threatOutcomes {\n        emergingThreatId\n        title\n        outcome\n        note\n      }\n    }\n    otherTasks {\n      taskId\n      reference\n      title\n      agencyName\n    }\n    otherThreatOutcomes {\n      emergingThreatId\n      title\n      outcome\n      note\n    }\n    attendance {\n      present {\n        name\n        agencyName\n        presence\n      }\n      apologies {\n        name\n        agencyName\n        substituteName\n      }\n    }\n  }\n": types.MeetingMinutesFieldsFragmentDoc,
    "\n  query MeetingMinutes($meetingId: ID!) {\n    meetingMinutes(meetingId: $meetingId) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n": types.MeetingMinutesDocument,
    "\n  mutation CreateNominal($input: CreateNominalInput!) {\n    createNominal(input: $input) {\n      id\n      reference\n      displayName\n    }\n  }\n": types.CreateNominalDocument,
    "\n  query NominalByReference($panelId: ID!, $reference: String!) {\n    nominals(panelId: $panelId, filter: { reference: $reference }, limit: 1, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        displayName\n      }\n    }\n  }\n": types.NominalByReferenceDocument,
    "\n  fragment NominalDetails on Nominal {\n    id\n    panelId\n    reference\n    displayName\n    personalDataWithheld\n    withheldReason\n    surname\n    forenames\n    aliases\n    dateOfBirth\n    isVulnerable\n    isChild\n    riskToOfficers\n    nextReviewOn\n    archivedAt\n    gscMarking\n    version\n    ocgs {\n      role\n      ocg {\n        id\n        reference\n        name\n        status\n      }\n    }\n    vehicles {\n      id\n      registration\n      make\n      model\n      colour\n    }\n    places {\n      id\n      label\n      personalDataWithheld\n      kind\n      area\n      highHarm\n      chbPhase\n    }\n  }\n": types.NominalDetailsFragmentDoc,
    "\n  query NominalSearch($panelId: ID!, $text: String!, $limit: Int!) {\n    search(panelId: $panelId, text: $text, limit: $limit, kinds: [NOMINAL]) {\n      namesSearched\n      hits {\n        id\n        title\n        subtitle\n        nominal {\n          id\n          reference\n          personalDataWithheld\n        }\n      }\n    }\n  }\n": types.NominalSearchDocument,
    "\n  query Nominal($id: ID!) {\n    nominal(id: $id) {\n      id\n      ...NominalDetails\n    }\n  }\n": types.NominalDocument,
    "\n  mutation SetNominalRole($input: SetNominalRoleInput!) {\n    setNominalRole(input: $input) {\n      id\n      reference\n      displayName\n    }\n  }\n": types.SetNominalRoleDocument,
    "\n  mutation UpdateNominal($input: UpdateNominalInput!) {\n    updateNominal(input: $input) {\n      id\n      ...NominalDetails\n    }\n  }\n": types.UpdateNominalDocument,
    "\n  mutation CreateOcg($input: CreateOcgInput!) {\n    createOcg(input: $input) {\n      id\n      ...OcgDetails\n    }\n  }\n": types.CreateOcgDocument,
    "\n  fragment GroupOption on Ocg {\n    id\n    reference\n    name\n    status\n  }\n": types.GroupOptionFragmentDoc,
    "\n  query GroupPickerChoice($id: ID!) {\n    ocg(id: $id) {\n      id\n      panelId\n      ...GroupOption\n    }\n  }\n": types.GroupPickerChoiceDocument,
    "\n  query GroupPickerSearch($panelId: ID!, $text: String!, $limit: Int!) {\n    search(panelId: $panelId, text: $text, kinds: [OCG], limit: $limit) {\n      hits {\n        id\n        ocg {\n          id\n          ...GroupOption\n        }\n      }\n    }\n  }\n": types.GroupPickerSearchDocument,
    "\n  query OfficerOptions($panelId: ID!) {\n    members(panelId: $panelId, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        userId\n        name\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OfficerOptionsDocument,
    "\n  fragment OcgDetails on Ocg {\n    id\n    panelId\n    reference\n    name\n    status\n    crimeTypes\n    areas\n    summary\n    lroUserId\n    lroName\n    sroUserId\n    sroName\n    dateMapped\n    nextReviewOn\n    archivedAt\n    gscMarking\n    tier\n    scoreTotal\n    scoredAt\n    updatedAt\n    version\n  }\n": types.OcgDetailsFragmentDoc,
    "\n  fragment OcgLinks on Ocg {\n    id\n    nominals {\n      role\n      nominal {\n        id\n        reference\n        displayName\n        personalDataWithheld\n        withheldReason\n        riskToOfficers\n        isChild\n        isVulnerable\n      }\n    }\n    vehicles {\n      id\n      registration\n      make\n      model\n      colour\n    }\n    places {\n      id\n      label\n      personalDataWithheld\n      kind\n      area\n      highHarm\n      chbPhase\n    }\n  }\n": types.OcgLinksFragmentDoc,
    "\n  fragment OcgRow on Ocg {\n    id\n    reference\n    name\n    status\n    tier\n    scoreTotal\n    crimeTypes\n    areas\n    lroName\n    gscMarking\n    openTaskCount\n    overdueTaskCount\n  }\n": types.OcgRowFragmentDoc,
    "\n  fragment OcgScoreHistory on Ocg {\n    id\n    scoreHistory(limit: 20) {\n      id\n      harmPhysical\n      harmCommunity\n      harmGeographic\n      harmVulnerability\n      likelihood\n      capability\n      capacity\n      confidence\n      rationale\n      scaleMax\n      scoredAt\n      tier\n      total\n    }\n  }\n": types.OcgScoreHistoryFragmentDoc,
    "\n  query Ocg($id: ID!) {\n    ocg(id: $id) {\n      id\n      ...OcgDetails\n      ...OcgScoreHistory\n      ...OcgLinks\n    }\n  }\n": types.OcgDocument,
    "\n  query Ocgs($panelId: ID!, $filter: OcgFilter, $sort: OcgSort!, $limit: Int!, $offset: Int!) {\n    ocgs(panelId: $panelId, filter: $filter, sort: $sort, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...OcgRow\n      }\n    }\n  }\n": types.OcgsDocument,
    "\n  mutation ScoreOcg($input: ScoreOcgInput!) {\n    scoreOcg(input: $input) {\n      id\n      ...OcgDetails\n      ...OcgScoreHistory\n    }\n  }\n": types.ScoreOcgDocument,
    "\n  mutation UpdateOcg($input: UpdateOcgInput!) {\n    updateOcg(input: $input) {\n      id\n      ...OcgDetails\n    }\n  }\n": types.UpdateOcgDocument,
    "\n  mutation ExportOutcomeReport($panelId: ID!, $from: String!, $to: String!, $format: OutcomeReportFormat!) {\n    exportOutcomeReport(panelId: $panelId, from: $from, to: $to, format: $format) {\n      base64\n      filename\n      contentType\n    }\n  }\n": types.ExportOutcomeReportDocument,
    "\n  query OutcomeReport($panelId: ID!, $from: String!, $to: String!) {\n    outcomeReport(panelId: $panelId, from: $from, to: $to) {\n      from\n      to\n      referralsReceived\n      referralsAccepted\n      operationsAdopted\n      groupsMapped\n      groupsDismantled\n      nominalsIdentified\n      vehiclesIdentified\n      disruptions\n      arrests\n      charges\n      custodialYears\n      cashSeizedGbp\n      drugsSeized { type kg }\n      firearms\n      rounds\n      childrenSafeguarded\n      adultsSafeguarded\n      restraintOrders\n      licencesReviewed\n      licencesRevoked\n      taxActions\n      benefitActions\n      premisesClosed\n      vehiclesSeized\n      scoreChanges { reference name before latest change }\n      averageScoreChange\n      agencies { agencyId agencyName tasksCompleted disruptions major moderate minor noImpact negative }\n    }\n  }\n": types.OutcomeReportDocument,
    "\n  query PanelOverview($panelId: ID!) {\n    agencies(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n    members(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n  }\n": types.PanelOverviewDocument,
    "\n  fragment PanelScoring on Panel {\n    id\n    scaleMax\n    tiers {\n      name\n      minTotal\n    }\n    version\n  }\n": types.PanelScoringFragmentDoc,
    "\n  query PanelScoring($id: ID!) {\n    panel(id: $id) {\n      id\n      ...PanelScoring\n    }\n  }\n": types.PanelScoringDocument,
    "\n  mutation UpdatePanelScoring($input: UpdatePanelScoringInput!) {\n    updatePanelScoring(input: $input) {\n      retieredGroupCount\n      panel {\n        id\n        ...PanelScoring\n      }\n    }\n  }\n": types.UpdatePanelScoringDocument,
    "\n  query HighHarmMap($panelId: ID!, $filter: HighHarmMapFilter) {\n    highHarmMap(panelId: $panelId, filter: $filter) {\n      places { id label withheld kind area latitude longitude chbPhase groupReferences }\n      areas { area activeGroups highHarmPlaces disruptionsLast12Months }\n    }\n  }\n": types.HighHarmMapDocument,
    "\n  mutation LinkPlace($input: LinkInput!) {\n    linkPlace(input: $input) {\n      id\n      label\n    }\n  }\n": types.LinkPlaceDocument,
    "\n  fragment PlaceDetails on Place {\n    id\n    panelId\n    label\n    personalDataWithheld\n    kind\n    area\n    highHarm\n    chbPhase\n    latitude\n    longitude\n    version\n  }\n": types.PlaceDetailsFragmentDoc,
    "\n  query Place($id: ID!) {\n    place(id: $id) {\n      id\n      ...PlaceDetails\n    }\n  }\n": types.PlaceDocument,
    "\n  mutation RecordPlace($input: RecordPlaceInput!) {\n    recordPlace(input: $input) {\n      id\n      label\n    }\n  }\n": types.RecordPlaceDocument,
    "\n  mutation UpdatePlace($input: UpdatePlaceInput!) {\n    updatePlace(input: $input) {\n      id\n      ...PlaceDetails\n    }\n  }\n": types.UpdatePlaceDocument,
    "\n  mutation CreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      id\n      strand\n      objective\n    }\n  }\n": types.CreateObjectiveDocument,
    "\n  mutation DeleteObjective($input: DeleteObjectiveInput!) {\n    deleteObjective(input: $input)\n  }\n": types.DeleteObjectiveDocument,
    "\n  query OcgPlan($id: ID!) {\n    ocg(id: $id) {\n      id\n      plan {\n        ocgId\n        coveredHeadings\n        objectives {\n          id\n          strand\n          objective\n          tacticHeadings\n          version\n          ownerAgency {\n            id\n            name\n          }\n        }\n        gaps {\n          heading\n          agencies {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OcgPlanDocument,
    "\n  mutation UpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      id\n      strand\n      objective\n      tacticHeadings\n      version\n      ownerAgency {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateObjectiveDocument,
    "\n  query Projector($panelId: ID!) {\n    projector(panelId: $panelId) {\n      meeting { id title status startsAt }\n      currentItemTitle\n      topGroups { ocgId reference name tier score }\n      counts { tier count }\n    }\n  }\n": types.ProjectorDocument,
    "\n  fragment RecordReviewDueFields on RecordReviewDue {\n    kind\n    id\n    reference\n    name\n    nextReviewOn\n    createdAt\n    leadOfficers\n    version\n  }\n": types.RecordReviewDueFieldsFragmentDoc,
    "\n  query RecordReviewDue($panelId: ID!, $id: ID!) {\n    recordReviewDue(panelId: $panelId, id: $id) {\n      ...RecordReviewDueFields\n    }\n  }\n": types.RecordReviewDueDocument,
    "\n  query RecordReviewsDue($panelId: ID!, $limit: Int!, $offset: Int!) {\n    recordReviewsDue(panelId: $panelId, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        ...RecordReviewDueFields\n      }\n    }\n  }\n": types.RecordReviewsDueDocument,
    "\n  query RecordReviewsDueCount($panelId: ID!) {\n    recordReviewsDue(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n  }\n": types.RecordReviewsDueCountDocument,
    "\n  query RecordReviews($panelId: ID!, $limit: Int!, $offset: Int!) {\n    recordReviews(panelId: $panelId, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        subjectKind\n        subjectId\n        reference\n        dueOn\n        decision\n        rationale\n        nextReviewOn\n        erasedCount\n        decidedAt\n        decidedBy\n      }\n    }\n  }\n": types.RecordReviewsDocument,
    "\n  mutation ReviewRecord($input: ReviewRecordInput!) {\n    reviewRecord(input: $input) {\n      id\n      decision\n      reference\n      nextReviewOn\n      erasedCount\n    }\n  }\n": types.ReviewRecordDocument,
    "\n  mutation ExportNominals($panelId: ID!, $format: ExportFormat!, $filter: NominalFilter) {\n    exportNominals(panelId: $panelId, format: $format, filter: $filter) {\n      base64\n      contentType\n      filename\n      rowCount\n      personalDataWithheld\n    }\n  }\n": types.ExportNominalsDocument,
    "\n  mutation ExportOcgs($panelId: ID!, $format: ExportFormat!, $filter: OcgFilter, $sort: OcgSort!) {\n    exportOcgs(panelId: $panelId, format: $format, filter: $filter, sort: $sort) {\n      base64\n      contentType\n      filename\n      rowCount\n      personalDataWithheld\n    }\n  }\n": types.ExportOcgsDocument,
    "\n  mutation AcceptReferral($input: AcceptReferralInput!) {\n    acceptReferral(input: $input) {\n      id\n      ...ReferralDetails\n    }\n  }\n": types.AcceptReferralDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      reference\n    }\n  }\n": types.CreateReferralDocument,
    "\n  mutation DeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      id\n      ...ReferralDetails\n    }\n  }\n": types.DeclineReferralDocument,
    "\n  fragment ReferralDetails on Referral {\n    id\n    panelId\n    reference\n    status\n    createdAt\n    updatedAt\n    decidedAt\n    summary\n    onBehalfOf\n    crimeReferences\n    vehicles\n    places\n    offendersWithheld\n    withheldReason\n    offenders {\n      name\n      dateOfBirth\n      description\n    }\n    fromAgency {\n      id\n      name\n    }\n    ocgId\n    ocgReference\n    ocg {\n      id\n      name\n    }\n    declineReason\n    version\n  }\n": types.ReferralDetailsFragmentDoc,
    "\n  fragment ReferralRow on Referral {\n    id\n    reference\n    status\n    createdAt\n    summary\n    crimeReferences\n    fromAgency {\n      id\n      name\n    }\n  }\n": types.ReferralRowFragmentDoc,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      id\n      ...ReferralDetails\n    }\n  }\n": types.ReferralDocument,
    "\n  query Referrals($panelId: ID!, $status: ReferralStatus, $search: String, $limit: Int!, $offset: Int!) {\n    referrals(panelId: $panelId, status: $status, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...ReferralRow\n      }\n    }\n  }\n": types.ReferralsDocument,
    "\n  mutation StartReferralAssessment($input: ReferralVersionInput!) {\n    startReferralAssessment(input: $input) {\n      id\n      ...ReferralDetails\n    }\n  }\n": types.StartReferralAssessmentDocument,
    "\n  fragment AdministeredRegionFields on AdministeredRegion {\n    id\n    name\n    kind\n    version\n    panels {\n      id\n      name\n    }\n    analysts {\n      userId\n      name\n      email\n    }\n  }\n": types.AdministeredRegionFieldsFragmentDoc,
    "\n  query AdministeredRegions {\n    administeredRegions {\n      ...AdministeredRegionFields\n    }\n  }\n": types.AdministeredRegionsDocument,
    "\n  query AdministeredRegion($id: ID!) {\n    administeredRegion(id: $id) {\n      ...AdministeredRegionFields\n    }\n  }\n": types.AdministeredRegionDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      ...AdministeredRegionFields\n    }\n  }\n": types.CreateRegionDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      ...AdministeredRegionFields\n    }\n  }\n": types.UpdateRegionDocument,
    "\n  mutation AddRegionAnalyst($input: AddRegionAnalystInput!) {\n    addRegionAnalyst(input: $input) {\n      ...AdministeredRegionFields\n    }\n  }\n": types.AddRegionAnalystDocument,
    "\n  mutation RemoveRegionAnalyst($input: RemoveRegionAnalystInput!) {\n    removeRegionAnalyst(input: $input) {\n      ...AdministeredRegionFields\n    }\n  }\n": types.RemoveRegionAnalystDocument,
    "\n  fragment RegionOutcomeFigures on RegionOutcomeFigures {\n    referralsReceived\n    referralsAccepted\n    operationsAdopted\n    groupsMapped\n    groupsDismantled\n    nominalsIdentified\n    vehiclesIdentified\n    disruptions\n    arrests\n    charges\n    custodialYears\n    cashSeizedGbp\n    drugsSeized {\n      type\n      kg\n    }\n    firearms\n    rounds\n    childrenSafeguarded\n    adultsSafeguarded\n    restraintOrders\n    licencesReviewed\n    licencesRevoked\n    taxActions\n    benefitActions\n    premisesClosed\n    vehiclesSeized\n    averageScoreChange\n    groupsCompared\n  }\n": types.RegionOutcomeFiguresFragmentDoc,
    "\n  query RegionOutcomeReport($regionId: ID!, $from: String!, $to: String!) {\n    regionOutcomeReport(regionId: $regionId, from: $from, to: $to) {\n      regionId\n      from\n      to\n      total {\n        ...RegionOutcomeFigures\n      }\n      panels {\n        panelId\n        panelName\n        figures {\n          ...RegionOutcomeFigures\n        }\n      }\n    }\n  }\n": types.RegionOutcomeReportDocument,
    "\n  fragment RegionThreatFigures on RegionThreatFigures {\n    activeGroups\n    risingGroups\n    groupsCreated\n    groupsDismantled\n    groupsArchived\n    emergingThreats\n    disruptions\n    tasksCompleted\n    tasksClosed\n    tasksOpen\n    tasksOverdue\n    completionRate\n    overdueRate\n    activeByCrimeType {\n      key\n      label\n      count\n    }\n    disruptionsByStrand {\n      key\n      label\n      count\n    }\n    disruptionsByImpact {\n      key\n      label\n      count\n    }\n  }\n": types.RegionThreatFiguresFragmentDoc,
    "\n  query RegionThreatPicture($regionId: ID!, $from: String!, $to: String!) {\n    regionThreatPicture(regionId: $regionId, from: $from, to: $to) {\n      regionId\n      total {\n        ...RegionThreatFigures\n      }\n      panels {\n        panelId\n        panelName\n        figures {\n          ...RegionThreatFigures\n        }\n      }\n    }\n  }\n": types.RegionThreatPictureDocument,
    "\n  query Region($id: ID!) {\n    region(id: $id) {\n      id\n      name\n      kind\n      panels {\n        id\n        name\n        forceName\n      }\n    }\n  }\n": types.RegionDocument,
    "\n  query SearchRecords($panelId: ID!, $text: String!, $limit: Int!) {\n    search(panelId: $panelId, text: $text, limit: $limit) {\n      namesSearched\n      hits {\n        id\n        kind\n        title\n        subtitle\n        score\n        nominal {\n          id\n          reference\n          personalDataWithheld\n        }\n        vehicle {\n          id\n          ocgs {\n            id\n            reference\n            name\n          }\n        }\n        place {\n          id\n          highHarm\n          ocgs {\n            id\n            reference\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SearchRecordsDocument,
    "\n  mutation CreateIdentityProvider($input: CreateIdentityProviderInput!) {\n    createIdentityProvider(input: $input) {\n      ...IdentityProviderDetails\n    }\n  }\n": types.CreateIdentityProviderDocument,
    "\n  fragment IdentityProviderDetails on IdentityProvider {\n    id\n    name\n    issuer\n    clientId\n    secretEnv\n    secretSet\n    emailDomains\n    tenantIds\n    enabled\n    version\n  }\n": types.IdentityProviderDetailsFragmentDoc,
    "\n  query IdentityProviders {\n    identityProviders {\n      ...IdentityProviderDetails\n    }\n  }\n": types.IdentityProvidersDocument,
    "\n  mutation SetIdentityProviderEnabled($input: SetIdentityProviderEnabledInput!) {\n    setIdentityProviderEnabled(input: $input) {\n      ...IdentityProviderDetails\n    }\n  }\n": types.SetIdentityProviderEnabledDocument,
    "\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n    }\n  }\n": types.SignInProvidersDocument,
    "\n  mutation UpdateIdentityProvider($input: UpdateIdentityProviderInput!) {\n    updateIdentityProvider(input: $input) {\n      ...IdentityProviderDetails\n    }\n  }\n": types.UpdateIdentityProviderDocument,
    "\n  query ActionLog($panelId: ID!, $offset: Int!) {\n    tasks(panelId: $panelId, filter: { statuses: [OPEN, IN_PROGRESS, BLOCKED] }, sort: DUE, limit: 50, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...TaskRow\n        updates(limit: 1) {\n          id\n          kind\n          text\n          toStatus\n          authorName\n          createdAt\n        }\n      }\n    }\n  }\n": types.ActionLogDocument,
    "\n  mutation AddTaskUpdate($input: AddTaskUpdateInput!) {\n    addTaskUpdate(input: $input) {\n      id\n      status\n      version\n      ...TaskDetails\n      ...TaskTimeline\n    }\n  }\n": types.AddTaskUpdateDocument,
    "\n  mutation AllocateTask($input: AllocateTaskInput!) {\n    allocateTask(input: $input) {\n      id\n      ...TaskDetails\n    }\n  }\n": types.AllocateTaskDocument,
    "\n  mutation EditTask($input: EditTaskInput!) {\n    editTask(input: $input) {\n      id\n      ...TaskDetails\n      ...TaskTimeline\n    }\n  }\n": types.EditTaskDocument,
    "\n  mutation ExportTasks($panelId: ID!, $format: ExportFormat!, $filter: TaskFilter, $sort: TaskSort!) {\n    exportTasks(panelId: $panelId, format: $format, filter: $filter, sort: $sort) {\n      base64\n      contentType\n      filename\n      rowCount\n    }\n  }\n": types.ExportTasksDocument,
    "\n  query TaskBoard($panelId: ID!) {\n    taskBoard(panelId: $panelId) {\n      byAgency {\n        agency {\n          id\n          name\n        }\n        open\n        overdue\n        blocked\n        completed\n        notDone\n        completionRate\n      }\n      byStatus {\n        status\n        count\n      }\n      byOcg {\n        ocgId\n        reference\n        name\n        open\n        overdue\n      }\n    }\n  }\n": types.TaskBoardDocument,
    "\n  subscription TaskChanged($panelId: ID!) {\n    taskChanged(panelId: $panelId) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n": types.TaskChangedDocument,
    "\n  fragment TaskDetails on Task {\n    id\n    panelId\n    reference\n    title\n    description\n    status\n    dueOn\n    isOverdue\n    priority\n    strand\n    gscMarking\n    agencyId\n    ownerUserId\n    ownerName\n    blockedReason\n    notDoneCause\n    closingNote\n    closedAt\n    disruptionId\n    version\n    updatedAt\n    agency {\n      id\n      name\n    }\n    ocg {\n      id\n      reference\n      name\n    }\n    nominal {\n      id\n      reference\n      displayName\n      personalDataWithheld\n    }\n  }\n": types.TaskDetailsFragmentDoc,
    "\n  query TaskOwnerOptions($panelId: ID!, $agencyId: ID!) {\n    members(panelId: $panelId, agencyId: $agencyId, includeDisabled: false, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        userId\n        name\n      }\n    }\n  }\n": types.TaskOwnerOptionsDocument,
    "\n  fragment TaskRow on Task {\n    id\n    reference\n    title\n    status\n    dueOn\n    isOverdue\n    ownerName\n    priority\n    gscMarking\n    updatedAt\n    agency {\n      id\n      name\n    }\n    ocg {\n      id\n      reference\n      name\n    }\n  }\n": types.TaskRowFragmentDoc,
    "\n  fragment TaskTimeline on Task {\n    id\n    updates(limit: 50) {\n      id\n      kind\n      text\n      fromStatus\n      toStatus\n      changes {\n        field\n        before\n        after\n      }\n      authorName\n      authorAgencyName\n      createdAt\n    }\n  }\n": types.TaskTimelineFragmentDoc,
    "\n  query Task($id: ID!) {\n    task(id: $id) {\n      id\n      ...TaskDetails\n      ...TaskTimeline\n    }\n  }\n": types.TaskDocument,
    "\n  query Tasks($panelId: ID!, $filter: TaskFilter, $sort: TaskSort!, $limit: Int!, $offset: Int!) {\n    tasks(panelId: $panelId, filter: $filter, sort: $sort, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...TaskRow\n      }\n    }\n  }\n": types.TasksDocument,
    "\n  query ThreatPicture($panelId: ID!, $filter: ThreatPictureFilter) {\n    threatPicture(panelId: $panelId, filter: $filter) {\n      from\n      to\n      activeCount\n      baselineAt\n      activeByTier { key label count }\n      activeByCrimeType { key label count }\n      topGroups { reference name tier score }\n      risingCount\n      risingGroups { reference name tier previous current }\n      groupChanges { month created dismantled archived }\n      emergingThreatCount\n      emergingThreatOutcomes { key label count }\n      emergingThreats { id title raisedOn outcome }\n      disruptionsByStrand { month key label count }\n      disruptionsByImpact { month key label count }\n      disruptionsByAgency { month key label count }\n      taskRates { agencyId agencyName completed closed open overdue completionRate overdueRate }\n    }\n  }\n": types.ThreatPictureDocument,
    "\n  mutation LinkVehicle($input: LinkInput!) {\n    linkVehicle(input: $input) {\n      id\n      registration\n    }\n  }\n": types.LinkVehicleDocument,
    "\n  mutation RecordVehicle($input: RecordVehicleInput!) {\n    recordVehicle(input: $input) {\n      id\n      registration\n    }\n  }\n": types.RecordVehicleDocument,
    "\n  query VehicleLookalikes($panelId: ID!, $text: String!, $limit: Int!) {\n    search(panelId: $panelId, text: $text, kinds: [VEHICLE], limit: $limit) {\n      hits {\n        id\n        title\n        subtitle\n        vehicle {\n          id\n          vrm\n        }\n      }\n    }\n  }\n": types.VehicleLookalikesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: SetPasswordByLinkInput!) {\n    acceptInvitation(input: $input) {\n      id\n      memberships {\n        permissions\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: SetPasswordByLinkInput!) {\n    acceptInvitation(input: $input) {\n      id\n      memberships {\n        permissions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountLinkOpen($input: AccountLinkInput!) {\n    accountLinkOpen(input: $input)\n  }\n"): (typeof documents)["\n  query AccountLinkOpen($input: AccountLinkInput!) {\n    accountLinkOpen(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderPreference {\n    viewer {\n      id\n      remindersEnabled\n    }\n  }\n"): (typeof documents)["\n  query ReminderPreference {\n    viewer {\n      id\n      remindersEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: SetPasswordByLinkInput!) {\n    resetPassword(input: $input) {\n      id\n      memberships {\n        permissions\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: SetPasswordByLinkInput!) {\n    resetPassword(input: $input) {\n      id\n      memberships {\n        permissions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReminderPreference($enabled: Boolean!) {\n    setReminderPreference(enabled: $enabled)\n  }\n"): (typeof documents)["\n  mutation SetReminderPreference($enabled: Boolean!) {\n    setReminderPreference(enabled: $enabled)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdministeredPanels($search: String, $limit: Int!, $offset: Int!) {\n    administeredPanels(search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        forceName\n        disabled\n        activeMembers\n        chairs\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdministeredPanels($search: String, $limit: Int!, $offset: Int!) {\n    administeredPanels(search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        forceName\n        disabled\n        activeMembers\n        chairs\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePanel($input: CreatePanelInput!) {\n    createPanel(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePanel($input: CreatePanelInput!) {\n    createPanel(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPanelDisabled($input: SetPanelDisabledInput!) {\n    setPanelDisabled(input: $input) {\n      id\n      disabled\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetPanelDisabled($input: SetPanelDisabledInput!) {\n    setPanelDisabled(input: $input) {\n      id\n      disabled\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($search: String, $limit: Int!, $offset: Int!) {\n    adminUsers(search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        isAdmin\n        disabled\n        invited\n        lastSignedInAt\n        memberships {\n          panelId\n          panelCode\n          role\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($search: String, $limit: Int!, $offset: Int!) {\n    adminUsers(search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        isAdmin\n        disabled\n        invited\n        lastSignedInAt\n        memberships {\n          panelId\n          panelCode\n          role\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies($panelId: ID!, $search: String, $limit: Int!, $offset: Int!) {\n    agencies(panelId: $panelId, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...AgencyRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agencies($panelId: ID!, $search: String, $limit: Int!, $offset: Int!) {\n    agencies(panelId: $panelId, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...AgencyRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyDetails on Agency {\n    id\n    panelId\n    name\n    kind\n    tacticHeadings\n    memberCount\n    version\n    updatedAt\n    isa {\n      reference\n      signedOn\n      expiresOn\n      coversPersonalData\n      allowsPersonalData\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment AgencyDetails on Agency {\n    id\n    panelId\n    name\n    kind\n    tacticHeadings\n    memberCount\n    version\n    updatedAt\n    isa {\n      reference\n      signedOn\n      expiresOn\n      coversPersonalData\n      allowsPersonalData\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyOptions($panelId: ID!) {\n    agencies(panelId: $panelId, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyOptions($panelId: ID!) {\n    agencies(panelId: $panelId, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyRow on Agency {\n    id\n    name\n    kind\n    tacticHeadings\n    memberCount\n    isa {\n      status\n      allowsPersonalData\n    }\n  }\n"): (typeof documents)["\n  fragment AgencyRow on Agency {\n    id\n    name\n    kind\n    tacticHeadings\n    memberCount\n    isa {\n      status\n      allowsPersonalData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agency($id: ID!) {\n    agency(id: $id) {\n      id\n      ...AgencyDetails\n    }\n  }\n"): (typeof documents)["\n  query Agency($id: ID!) {\n    agency(id: $id) {\n      id\n      ...AgencyDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      ...AgencyDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      ...AgencyDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      id\n      ...AgencyDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      id\n      ...AgencyDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaRecord($input: AgendaRecordInput!) {\n    addAgendaRecord(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaRecord($input: AgendaRecordInput!) {\n    addAgendaRecord(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    meetingId\n    kind\n    position\n    title\n    minutesAllocated\n    predictedStart\n    predictedEnd\n    overruns\n    presenterName\n    presenterUserId\n    presenterAgencyId\n    restrictedToIds\n    restrictedTo {\n      id\n      name\n    }\n    notes\n    decisions\n    startedAt\n    endedAt\n    version\n    records {\n      __typename\n      kind\n      recordId\n      reference\n      title\n      status\n      reason\n      ... on AgendaTaskRecord {\n        isOverdue\n        dueOn\n      }\n      ... on AgendaOcgRecord {\n        tier\n        score\n      }\n    }\n    tasks {\n      id\n      reference\n      title\n      status\n      isOverdue\n      agency {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaItemFields on AgendaItem {\n    id\n    meetingId\n    kind\n    position\n    title\n    minutesAllocated\n    predictedStart\n    predictedEnd\n    overruns\n    presenterName\n    presenterUserId\n    presenterAgencyId\n    restrictedToIds\n    restrictedTo {\n      id\n      name\n    }\n    notes\n    decisions\n    startedAt\n    endedAt\n    version\n    records {\n      __typename\n      kind\n      recordId\n      reference\n      title\n      status\n      reason\n      ... on AgendaTaskRecord {\n        isOverdue\n        dueOn\n      }\n      ... on AgendaOcgRecord {\n        tier\n        score\n      }\n    }\n    tasks {\n      id\n      reference\n      title\n      status\n      isOverdue\n      agency {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaOcgCandidates($panelId: ID!, $search: String!, $limit: Int!) {\n    ocgs(panelId: $panelId, filter: { search: $search }, sort: REFERENCE, limit: $limit, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaOcgCandidates($panelId: ID!, $search: String!, $limit: Int!) {\n    ocgs(panelId: $panelId, filter: { search: $search }, sort: REFERENCE, limit: $limit, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaPackInfo($meetingId: ID!) {\n    agendaPackInfo(meetingId: $meetingId) {\n      meetingId\n      htmlUrl\n      pdfUrl\n      minutesPdfUrl\n      minutesDocxUrl\n    }\n  }\n"): (typeof documents)["\n  query AgendaPackInfo($meetingId: ID!) {\n    agendaPackInfo(meetingId: $meetingId) {\n      meetingId\n      htmlUrl\n      pdfUrl\n      minutesPdfUrl\n      minutesDocxUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaReferralCandidates($panelId: ID!, $search: String!, $limit: Int!) {\n    referrals(panelId: $panelId, search: $search, limit: $limit, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaReferralCandidates($panelId: ID!, $search: String!, $limit: Int!) {\n    referrals(panelId: $panelId, search: $search, limit: $limit, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaTaskCandidates($panelId: ID!, $statuses: [TaskStatus!], $search: String!, $limit: Int!) {\n    tasks(panelId: $panelId, filter: { statuses: $statuses, search: $search }, sort: RECENTLY_UPDATED, limit: $limit, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaTaskCandidates($panelId: ID!, $statuses: [TaskStatus!], $search: String!, $limit: Int!) {\n    tasks(panelId: $panelId, filter: { statuses: $statuses, search: $search }, sort: RECENTLY_UPDATED, limit: $limit, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaThreatCandidates($panelId: ID!, $search: String!, $limit: Int!) {\n    emergingThreats(panelId: $panelId, search: $search, limit: $limit, offset: 0) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaThreatCandidates($panelId: ID!, $search: String!, $limit: Int!) {\n    emergingThreats(panelId: $panelId, search: $search, limit: $limit, offset: 0) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaFields on Agenda {\n    meetingId\n    meetingTitle\n    meetingVersion\n    panelId\n    startsAt\n    status\n    slotMinutes\n    totalMinutes\n    overrunsBy\n    items {\n      id\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaFields on Agenda {\n    meetingId\n    meetingTitle\n    meetingVersion\n    panelId\n    startsAt\n    status\n    slotMinutes\n    totalMinutes\n    overrunsBy\n    items {\n      id\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agenda($meetingId: ID!) {\n    agenda(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n"): (typeof documents)["\n  query Agenda($meetingId: ID!) {\n    agenda(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuildAgenda($meetingId: ID!, $rebuild: Boolean!) {\n    buildAgenda(meetingId: $meetingId, rebuild: $rebuild) {\n      ...AgendaFields\n    }\n  }\n"): (typeof documents)["\n  mutation BuildAgenda($meetingId: ID!, $rebuild: Boolean!) {\n    buildAgenda(meetingId: $meetingId, rebuild: $rebuild) {\n      ...AgendaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMeeting($meetingId: ID!, $confirmEmptyRegister: Boolean) {\n    closeMeeting(meetingId: $meetingId, confirmEmptyRegister: $confirmEmptyRegister) {\n      ...MeetingLiveFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMeeting($meetingId: ID!, $confirmEmptyRegister: Boolean) {\n    closeMeeting(meetingId: $meetingId, confirmEmptyRegister: $confirmEmptyRegister) {\n      ...MeetingLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftMinutes($meetingId: ID!) {\n    draftMinutes(meetingId: $meetingId) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n"): (typeof documents)["\n  mutation DraftMinutes($meetingId: ID!) {\n    draftMinutes(meetingId: $meetingId) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveMeeting($meetingId: ID!) {\n    liveMeeting(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n"): (typeof documents)["\n  query LiveMeeting($meetingId: ID!) {\n    liveMeeting(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingLiveFields on MeetingLive {\n    meetingId\n    status\n    kind\n    itemId\n    restrictedItemInProgress\n    currentItemStartedAt\n    currentItem {\n      id\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingLiveFields on MeetingLive {\n    meetingId\n    status\n    kind\n    itemId\n    restrictedItemInProgress\n    currentItemStartedAt\n    currentItem {\n      id\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingLiveEvents($meetingId: ID!) {\n    meetingLive(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingLiveEvents($meetingId: ID!) {\n    meetingLive(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgendaItem($id: ID!, $toPosition: Int!) {\n    moveAgendaItem(id: $id, toPosition: $toPosition) {\n      ...AgendaFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAgendaItem($id: ID!, $toPosition: Int!) {\n    moveAgendaItem(id: $id, toPosition: $toPosition) {\n      ...AgendaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenMeeting($meetingId: ID!) {\n    openMeeting(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenMeeting($meetingId: ID!) {\n    openMeeting(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAgenda($meetingId: ID!, $version: Int!) {\n    publishAgenda(meetingId: $meetingId, version: $version) {\n      ...AgendaFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishAgenda($meetingId: ID!, $version: Int!) {\n    publishAgenda(meetingId: $meetingId, version: $version) {\n      ...AgendaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseTaskAtItem($input: RaiseTaskAtItemInput!) {\n    raiseTaskAtItem(input: $input) {\n      id\n      reference\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseTaskAtItem($input: RaiseTaskAtItemInput!) {\n    raiseTaskAtItem(input: $input) {\n      id\n      reference\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordItemMinutes($input: RecordItemMinutesInput!) {\n    recordItemMinutes(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordItemMinutes($input: RecordItemMinutesInput!) {\n    recordItemMinutes(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaItem($id: ID!, $version: Int!) {\n    removeAgendaItem(id: $id, version: $version) {\n      ...AgendaFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAgendaItem($id: ID!, $version: Int!) {\n    removeAgendaItem(id: $id, version: $version) {\n      ...AgendaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaRecord($input: AgendaRecordInput!) {\n    removeAgendaRecord(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAgendaRecord($input: AgendaRecordInput!) {\n    removeAgendaRecord(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCurrentItem($meetingId: ID!, $itemId: ID!) {\n    setCurrentItem(meetingId: $meetingId, itemId: $itemId) {\n      ...MeetingLiveFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCurrentItem($meetingId: ID!, $itemId: ID!) {\n    setCurrentItem(meetingId: $meetingId, itemId: $itemId) {\n      ...MeetingLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      id\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      agencyId\n      isAdmin\n      secondFactor {\n        enrolled\n        required\n        verified\n      }\n      agency {\n        id\n        name\n      }\n      regions {\n        regionId\n        name\n        kind\n        role\n      }\n      memberships {\n        panelId\n        role\n        permissions\n        panel {\n          id\n          name\n          code\n          forceName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      agencyId\n      isAdmin\n      secondFactor {\n        enrolled\n        required\n        verified\n      }\n      agency {\n        id\n        name\n      }\n      regions {\n        regionId\n        name\n        kind\n        role\n      }\n      memberships {\n        panelId\n        role\n        permissions\n        panel {\n          id\n          name\n          code\n          forceName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnnotateAssessment($input: AnnotateAssessmentInput!) { annotateAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnnotateAssessment($input: AnnotateAssessmentInput!) { annotateAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentFields on AssessmentObject {\n    id\n    panelId\n    periodFrom\n    periodTo\n    version\n    editVersion\n    status\n    content\n    annotations { section text }\n    publishedAt\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AssessmentFields on AssessmentObject {\n    id\n    panelId\n    periodFrom\n    periodTo\n    version\n    editVersion\n    status\n    content\n    annotations { section text }\n    publishedAt\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessment($id: ID!) { assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  query Assessment($id: ID!) { assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessments($panelId: ID!) { assessments(panelId: $panelId) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  query Assessments($panelId: ID!) { assessments(panelId: $panelId) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateAssessment($panelId: ID!, $periodTo: String) { generateAssessment(panelId: $panelId, periodTo: $periodTo) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateAssessment($panelId: ID!, $periodTo: String) { generateAssessment(panelId: $panelId, periodTo: $periodTo) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAssessment($id: ID!, $version: Int!) { publishAssessment(id: $id, version: $version) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishAssessment($id: ID!, $version: Int!) { publishAssessment(id: $id, version: $version) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseAssessment($id: ID!) { reviseAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseAssessment($id: ID!) { reviseAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSecondFactorEnrolment($input: ConfirmSecondFactorInput!) {\n    confirmSecondFactorEnrolment(input: $input) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSecondFactorEnrolment($input: ConfirmSecondFactorInput!) {\n    confirmSecondFactorEnrolment(input: $input) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($proof: SecondFactorProofInput!) {\n    regenerateRecoveryCodes(proof: $proof) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($proof: SecondFactorProofInput!) {\n    regenerateRecoveryCodes(proof: $proof) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      secondFactor {\n        enrolled\n        required\n        verified\n      }\n      memberships {\n        permissions\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      secondFactor {\n        enrolled\n        required\n        verified\n      }\n      memberships {\n        permissions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSecondFactorEnrolment($proof: SecondFactorProofInput) {\n    startSecondFactorEnrolment(proof: $proof) {\n      secret\n      qrCodeSvg\n    }\n  }\n"): (typeof documents)["\n  mutation StartSecondFactorEnrolment($proof: SecondFactorProofInput) {\n    startSecondFactorEnrolment(proof: $proof) {\n      secret\n      qrCodeSvg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySecondFactor($input: VerifySecondFactorInput!) {\n    verifySecondFactor(input: $input) {\n      verified\n      recoveryCodesLeft\n    }\n  }\n"): (typeof documents)["\n  mutation VerifySecondFactor($input: VerifySecondFactorInput!) {\n    verifySecondFactor(input: $input) {\n      verified\n      recoveryCodesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreeCrossPanelMatch($input: ResolveCrossPanelMatchInput!) {\n    agreeCrossPanelMatch(input: $input) {\n      ...CrossPanelMatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation AgreeCrossPanelMatch($input: ResolveCrossPanelMatchInput!) {\n    agreeCrossPanelMatch(input: $input) {\n      ...CrossPanelMatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossPanelHits($panelId: ID!) {\n    crossPanelMatches(panelId: $panelId, limit: 1) {\n      awaitingDecision\n    }\n  }\n"): (typeof documents)["\n  query CrossPanelHits($panelId: ID!) {\n    crossPanelMatches(panelId: $panelId, limit: 1) {\n      awaitingDecision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossPanelMatchDetails($id: ID!) {\n    crossPanelMatchDetails(id: $id) {\n      matchId\n      kind\n      otherPanelName\n      reference\n      nominal {\n        surname\n        forenames\n        aliases\n        dateOfBirth\n      }\n      vehicle {\n        registration\n        make\n        model\n        colour\n      }\n      group {\n        name\n        status\n        tier\n        scoreTotal\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrossPanelMatchDetails($id: ID!) {\n    crossPanelMatchDetails(id: $id) {\n      matchId\n      kind\n      otherPanelName\n      reference\n      nominal {\n        surname\n        forenames\n        aliases\n        dateOfBirth\n      }\n      vehicle {\n        registration\n        make\n        model\n        colour\n      }\n      group {\n        name\n        status\n        tier\n        scoreTotal\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrossPanelMatchFields on CrossPanelMatch {\n    id\n    kind\n    status\n    recordId\n    recordReference\n    recordName\n    otherPanelName\n    otherPanelForce\n    otherContacts {\n      name\n      email\n    }\n    foundAt\n    closedAt\n    agreedAt\n    agreedByName\n    declinedAt\n    declinedByName\n    otherAgreed\n    otherDeclined\n    version\n  }\n"): (typeof documents)["\n  fragment CrossPanelMatchFields on CrossPanelMatch {\n    id\n    kind\n    status\n    recordId\n    recordReference\n    recordName\n    otherPanelName\n    otherPanelForce\n    otherContacts {\n      name\n      email\n    }\n    foundAt\n    closedAt\n    agreedAt\n    agreedByName\n    declinedAt\n    declinedByName\n    otherAgreed\n    otherDeclined\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossPanelMatch($id: ID!) {\n    crossPanelMatch(id: $id) {\n      ...CrossPanelMatchFields\n    }\n  }\n"): (typeof documents)["\n  query CrossPanelMatch($id: ID!) {\n    crossPanelMatch(id: $id) {\n      ...CrossPanelMatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossPanelMatches($panelId: ID!, $limit: Int!, $offset: Int!) {\n    crossPanelMatches(panelId: $panelId, limit: $limit, offset: $offset) {\n      totalCount\n      awaitingDecision\n      nodes {\n        ...CrossPanelMatchFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrossPanelMatches($panelId: ID!, $limit: Int!, $offset: Int!) {\n    crossPanelMatches(panelId: $panelId, limit: $limit, offset: $offset) {\n      totalCount\n      awaitingDecision\n      nodes {\n        ...CrossPanelMatchFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineCrossPanelMatch($input: ResolveCrossPanelMatchInput!) {\n    declineCrossPanelMatch(input: $input) {\n      ...CrossPanelMatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineCrossPanelMatch($input: ResolveCrossPanelMatchInput!) {\n    declineCrossPanelMatch(input: $input) {\n      ...CrossPanelMatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChainStatus($panelId: ID!) {\n    auditChainStatus(panelId: $panelId) {\n      log\n      verified\n      rows\n      problem\n      checkedAt\n    }\n  }\n"): (typeof documents)["\n  query AuditChainStatus($panelId: ID!) {\n    auditChainStatus(panelId: $panelId) {\n      log\n      verified\n      rows\n      problem\n      checkedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail(\n    $panelId: ID!\n    $nominalId: ID\n    $userId: ID\n    $agencyId: ID\n    $action: AuditAction\n    $from: String\n    $to: String\n    $limit: Int!\n    $offset: Int!\n  ) {\n    auditTrail(\n      panelId: $panelId\n      nominalId: $nominalId\n      userId: $userId\n      agencyId: $agencyId\n      action: $action\n      from: $from\n      to: $to\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        at\n        action\n        entityType\n        entityId\n        changedFields\n        actorName\n        actorAgencyName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail(\n    $panelId: ID!\n    $nominalId: ID\n    $userId: ID\n    $agencyId: ID\n    $action: AuditAction\n    $from: String\n    $to: String\n    $limit: Int!\n    $offset: Int!\n  ) {\n    auditTrail(\n      panelId: $panelId\n      nominalId: $nominalId\n      userId: $userId\n      agencyId: $agencyId\n      action: $action\n      from: $from\n      to: $to\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        at\n        action\n        entityType\n        entityId\n        changedFields\n        actorName\n        actorAgencyName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationLog(\n    $panelId: ID!\n    $nominalId: ID\n    $userId: ID\n    $agencyId: ID\n    $channel: DataChannel\n    $action: ConsultationAction\n    $from: String\n    $to: String\n    $limit: Int!\n    $offset: Int!\n  ) {\n    consultationLog(\n      panelId: $panelId\n      nominalId: $nominalId\n      userId: $userId\n      agencyId: $agencyId\n      channel: $channel\n      action: $action\n      from: $from\n      to: $to\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        at\n        action\n        channel\n        purpose\n        subjectSummary\n        actorName\n        actorAgencyName\n        disclosedToAgencyName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsultationLog(\n    $panelId: ID!\n    $nominalId: ID\n    $userId: ID\n    $agencyId: ID\n    $channel: DataChannel\n    $action: ConsultationAction\n    $from: String\n    $to: String\n    $limit: Int!\n    $offset: Int!\n  ) {\n    consultationLog(\n      panelId: $panelId\n      nominalId: $nominalId\n      userId: $userId\n      agencyId: $agencyId\n      channel: $channel\n      action: $action\n      from: $from\n      to: $to\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        at\n        action\n        channel\n        purpose\n        subjectSummary\n        actorName\n        actorAgencyName\n        disclosedToAgencyName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataProtectionNominals($panelId: ID!, $search: String!) {\n    dataProtectionNominals(panelId: $panelId, search: $search, limit: 25, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        displayName\n        dateOfBirth\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataProtectionNominals($panelId: ID!, $search: String!) {\n    dataProtectionNominals(panelId: $panelId, search: $search, limit: 25, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        displayName\n        dateOfBirth\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogPeople($panelId: ID!) {\n    members(panelId: $panelId, includeDisabled: true, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        userId\n        name\n      }\n    }\n    agencies(panelId: $panelId, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query LogPeople($panelId: ID!) {\n    members(panelId: $panelId, includeDisabled: true, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        userId\n        name\n      }\n    }\n    agencies(panelId: $panelId, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DisruptionOutcomesFields on DisruptionOutcomes {\n    arrests\n    charges\n    firearms\n    rounds\n    vehiclesSeized\n    childrenSafeguarded\n    adultsSafeguarded\n    restraintOrders\n    licencesReviewed\n    licencesRevoked\n    benefitActions\n    taxActions\n    premisesClosed\n    custodialYears\n    cashSeizedGbp\n    drugsSeized {\n      type\n      kg\n    }\n  }\n"): (typeof documents)["\n  fragment DisruptionOutcomesFields on DisruptionOutcomes {\n    arrests\n    charges\n    firearms\n    rounds\n    vehiclesSeized\n    childrenSafeguarded\n    adultsSafeguarded\n    restraintOrders\n    licencesReviewed\n    licencesRevoked\n    benefitActions\n    taxActions\n    premisesClosed\n    custodialYears\n    cashSeizedGbp\n    drugsSeized {\n      type\n      kg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Disruption($id: ID!) {\n    disruption(id: $id) {\n      id\n      ocgId\n      version\n      occurredOn\n      strand\n      tacticHeading\n      description\n      impact\n      rationale\n      gscMarking\n      agency {\n        id\n        name\n      }\n      nominals {\n        id\n      }\n      outcomes {\n        ...DisruptionOutcomesFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Disruption($id: ID!) {\n    disruption(id: $id) {\n      id\n      ocgId\n      version\n      occurredOn\n      strand\n      tacticHeading\n      description\n      impact\n      rationale\n      gscMarking\n      agency {\n        id\n        name\n      }\n      nominals {\n        id\n      }\n      outcomes {\n        ...DisruptionOutcomesFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OcgDisruptions($id: ID!) {\n    ocg(id: $id) {\n      id\n      disruptions(limit: 50) {\n        id\n        occurredOn\n        strand\n        tacticHeading\n        description\n        impact\n        rationale\n        gscMarking\n        agency {\n          id\n          name\n        }\n        outcomes {\n          ...DisruptionOutcomesFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OcgDisruptions($id: ID!) {\n    ocg(id: $id) {\n      id\n      disruptions(limit: 50) {\n        id\n        occurredOn\n        strand\n        tacticHeading\n        description\n        impact\n        rationale\n        gscMarking\n        agency {\n          id\n          name\n        }\n        outcomes {\n          ...DisruptionOutcomesFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDisruption($input: RecordDisruptionInput!) {\n    recordDisruption(input: $input) {\n      id\n      occurredOn\n      impact\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDisruption($input: RecordDisruptionInput!) {\n    recordDisruption(input: $input) {\n      id\n      occurredOn\n      impact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDisruption($input: UpdateDisruptionInput!) {\n    updateDisruption(input: $input) {\n      id\n      occurredOn\n      impact\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDisruption($input: UpdateDisruptionInput!) {\n    updateDisruption(input: $input) {\n      id\n      occurredOn\n      impact\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmergingThreatFields on EmergingThreat {\n    id\n    panelId\n    title\n    description\n    crimeType\n    area\n    status\n    raisedByUserId\n    raisedByName\n    raisedByAgencyName\n    createdAt\n    version\n    outcomes {\n      outcome\n      note\n      recordedAt\n      meeting {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EmergingThreatFields on EmergingThreat {\n    id\n    panelId\n    title\n    description\n    crimeType\n    area\n    status\n    raisedByUserId\n    raisedByName\n    raisedByAgencyName\n    createdAt\n    version\n    outcomes {\n      outcome\n      note\n      recordedAt\n      meeting {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmergingThreat($id: ID!) {\n    emergingThreat(id: $id) {\n      id\n      ...EmergingThreatFields\n    }\n  }\n"): (typeof documents)["\n  query EmergingThreat($id: ID!) {\n    emergingThreat(id: $id) {\n      id\n      ...EmergingThreatFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmergingThreats($panelId: ID!, $limit: Int!, $offset: Int!) {\n    emergingThreats(panelId: $panelId, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...EmergingThreatFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmergingThreats($panelId: ID!, $limit: Int!, $offset: Int!) {\n    emergingThreats(panelId: $panelId, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...EmergingThreatFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseEmergingThreat($input: RaiseEmergingThreatInput!) {\n    raiseEmergingThreat(input: $input) {\n      id\n      ...EmergingThreatFields\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseEmergingThreat($input: RaiseEmergingThreatInput!) {\n    raiseEmergingThreat(input: $input) {\n      id\n      ...EmergingThreatFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordThreatOutcome($meetingId: ID!, $threatId: ID!, $outcome: EmergingThreatOutcome!, $note: String) {\n    recordThreatOutcome(meetingId: $meetingId, threatId: $threatId, outcome: $outcome, note: $note) {\n      id\n      ...EmergingThreatFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordThreatOutcome($meetingId: ID!, $threatId: ID!, $outcome: EmergingThreatOutcome!, $note: String) {\n    recordThreatOutcome(meetingId: $meetingId, threatId: $threatId, outcome: $outcome, note: $note) {\n      id\n      ...EmergingThreatFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmergingThreat($input: UpdateEmergingThreatInput!) {\n    updateEmergingThreat(input: $input) {\n      id\n      ...EmergingThreatFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmergingThreat($input: UpdateEmergingThreatInput!) {\n    updateEmergingThreat(input: $input) {\n      id\n      ...EmergingThreatFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominalsNamedIn($panelId: ID!, $text: String!) {\n    nominalsNamedIn(panelId: $panelId, text: $text) {\n      id\n      reference\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query NominalsNamedIn($panelId: ID!, $text: String!) {\n    nominalsNamedIn(panelId: $panelId, text: $text) {\n      id\n      reference\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerHitCheck($input: AnswerHitCheckInput!) {\n    answerHitCheck(input: $input) {\n      ...HitCheckFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerHitCheck($input: AnswerHitCheckInput!) {\n    answerHitCheck(input: $input) {\n      ...HitCheckFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CirculateHitCheck($meetingId: ID!) {\n    circulateHitCheck(meetingId: $meetingId) {\n      ...HitCheckFields\n    }\n  }\n"): (typeof documents)["\n  mutation CirculateHitCheck($meetingId: ID!) {\n    circulateHitCheck(meetingId: $meetingId) {\n      ...HitCheckFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HitCheckDetails($subjectId: ID!) {\n    hitCheckDetails(subjectId: $subjectId) {\n      agencyName\n      detail\n      answeredAt\n    }\n  }\n"): (typeof documents)["\n  query HitCheckDetails($subjectId: ID!) {\n    hitCheckDetails(subjectId: $subjectId) {\n      agencyName\n      detail\n      answeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HitCheckFields on HitCheck {\n    id\n    meetingId\n    circulatedAt\n    circulatedBy\n    agenciesAsked\n    agenciesAnswered\n    answering\n    subjects {\n      id\n      kind\n      reference\n      heldBy\n      yourAnswer\n      yourDetail\n      detailsOpen\n    }\n  }\n"): (typeof documents)["\n  fragment HitCheckFields on HitCheck {\n    id\n    meetingId\n    circulatedAt\n    circulatedBy\n    agenciesAsked\n    agenciesAnswered\n    answering\n    subjects {\n      id\n      kind\n      reference\n      heldBy\n      yourAnswer\n      yourDetail\n      detailsOpen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HitCheck($meetingId: ID!) {\n    hitCheck(meetingId: $meetingId) {\n      ...HitCheckFields\n    }\n  }\n"): (typeof documents)["\n  query HitCheck($meetingId: ID!) {\n    hitCheck(meetingId: $meetingId) {\n      ...HitCheckFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntelligenceEntryItem on IntelligenceEntry {\n    id\n    recordedOn\n    text\n    sourceGrade\n    intelligenceGrade\n    handling\n    handlingConditions\n    gscMarking\n    submittingAgency {\n      id\n      name\n    }\n    recipients {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment IntelligenceEntryItem on IntelligenceEntry {\n    id\n    recordedOn\n    text\n    sourceGrade\n    intelligenceGrade\n    handling\n    handlingConditions\n    gscMarking\n    submittingAgency {\n      id\n      name\n    }\n    recipients {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OcgIntelligence($id: ID!) {\n    ocg(id: $id) {\n      id\n      intelligence(limit: 50) {\n        id\n        ...IntelligenceEntryItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query OcgIntelligence($id: ID!) {\n    ocg(id: $id) {\n      id\n      intelligence(limit: 50) {\n        id\n        ...IntelligenceEntryItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIntelligence($input: RecordIntelligenceInput!) {\n    recordIntelligence(input: $input) {\n      id\n      ...IntelligenceEntryItem\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIntelligence($input: RecordIntelligenceInput!) {\n    recordIntelligence(input: $input) {\n      id\n      ...IntelligenceEntryItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubjectIntelligence($panelId: ID!, $subjectKind: RecordKind!, $subjectId: ID!) {\n    intelligence(panelId: $panelId, subjectKind: $subjectKind, subjectId: $subjectId, limit: 50, offset: 0) {\n      totalCount\n      nodes {\n        id\n        ...IntelligenceEntryItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubjectIntelligence($panelId: ID!, $subjectKind: RecordKind!, $subjectId: ID!) {\n    intelligence(panelId: $panelId, subjectKind: $subjectKind, subjectId: $subjectId, limit: 50, offset: 0) {\n      totalCount\n      nodes {\n        id\n        ...IntelligenceEntryItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkChart($panelId: ID!, $ocgId: ID, $depth: Int, $includeArchived: Boolean) {\n    linkChart(panelId: $panelId, ocgId: $ocgId, depth: $depth, includeArchived: $includeArchived) {\n      truncated\n      nodes { id kind label sublabel recordId ocgCount shared }\n      edges { id source target kind role }\n    }\n  }\n"): (typeof documents)["\n  query LinkChart($panelId: ID!, $ocgId: ID, $depth: Int, $includeArchived: Boolean) {\n    linkChart(panelId: $panelId, ocgId: $ocgId, depth: $depth, includeArchived: $includeArchived) {\n      truncated\n      nodes { id kind label sublabel recordId ocgCount shared }\n      edges { id source target kind role }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedNominals($panelId: ID!) {\n    sharedNominals(panelId: $panelId) {\n      nominal { id reference displayName }\n      groups { ocgId reference name role }\n    }\n  }\n"): (typeof documents)["\n  query SharedNominals($panelId: ID!) {\n    sharedNominals(panelId: $panelId) {\n      nominal { id reference displayName }\n      groups { ocgId reference name role }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelMail($panelId: ID!, $outcome: MailOutcome, $limit: Int!, $offset: Int!) {\n    panelMail(panelId: $panelId, outcome: $outcome, limit: $limit, offset: $offset) {\n      totalCount\n      undeliveredCount\n      nodes {\n        id\n        at\n        kind\n        recipient\n        subject\n        outcome\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query PanelMail($panelId: ID!, $outcome: MailOutcome, $limit: Int!, $offset: Int!) {\n    panelMail(panelId: $panelId, outcome: $outcome, limit: $limit, offset: $offset) {\n      totalCount\n      undeliveredCount\n      nodes {\n        id\n        at\n        kind\n        recipient\n        subject\n        outcome\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeConfidentiality($meetingId: ID!) {\n    acknowledgeConfidentiality(meetingId: $meetingId) {\n      id\n      ...MeetingDetails\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeConfidentiality($meetingId: ID!) {\n    acknowledgeConfidentiality(meetingId: $meetingId) {\n      id\n      ...MeetingDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceFigures($panelId: ID!) {\n    attendanceFigures(panelId: $panelId) {\n      byAgency {\n        agencyId\n        agencyName\n        meetingsHeld\n        meetingsRepresented\n        membersInvited\n        presentInPerson\n        presentRemote\n        apologies\n        absent\n        attendanceRate\n      }\n      byMeeting {\n        meetingId\n        title\n        startsAt\n        attendees\n        agenciesRepresented\n        presentInPerson\n        presentRemote\n        members\n        agencies\n        joined\n        left\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttendanceFigures($panelId: ID!) {\n    attendanceFigures(panelId: $panelId) {\n      byAgency {\n        agencyId\n        agencyName\n        meetingsHeld\n        meetingsRepresented\n        membersInvited\n        presentInPerson\n        presentRemote\n        apologies\n        absent\n        attendanceRate\n      }\n      byMeeting {\n        meetingId\n        title\n        startsAt\n        attendees\n        agenciesRepresented\n        presentInPerson\n        presentRemote\n        members\n        agencies\n        joined\n        left\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($id: ID!, $version: Int!) {\n    cancelMeeting(id: $id, version: $version) {\n      id\n      ...MeetingDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($id: ID!, $version: Int!) {\n    cancelMeeting(id: $id, version: $version) {\n      id\n      ...MeetingDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      ...MeetingDetails\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      ...MeetingDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingDetails on Meeting {\n    id\n    ...MeetingRow\n    panelId\n    seriesId\n    agendaPublishedAt\n    openedAt\n    closedAt\n    attendance {\n      userId\n      userName\n      agencyId\n      agencyName\n      reply\n      repliedAt\n      substituteUserId\n      substituteName\n      presence\n      confidentialityAcknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingDetails on Meeting {\n    id\n    ...MeetingRow\n    panelId\n    seriesId\n    agendaPublishedAt\n    openedAt\n    closedAt\n    attendance {\n      userId\n      userName\n      agencyId\n      agencyName\n      reply\n      repliedAt\n      substituteUserId\n      substituteName\n      presence\n      confidentialityAcknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingInvite($meetingId: ID!) {\n    meetingInvite(meetingId: $meetingId) {\n      filename\n      contentType\n      content\n    }\n  }\n"): (typeof documents)["\n  query MeetingInvite($meetingId: ID!) {\n    meetingInvite(meetingId: $meetingId) {\n      filename\n      contentType\n      content\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingRow on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    mode\n    teamsUrl\n    location\n    version\n    myReply {\n      userId\n      reply\n      substituteUserId\n      substituteName\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingRow on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    mode\n    teamsUrl\n    location\n    version\n    myReply {\n      userId\n      reply\n      substituteUserId\n      substituteName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingSeries($panelId: ID!) {\n    meetingSeries(panelId: $panelId) {\n      id\n      rule\n      startsOn\n      startTime\n      durationMinutes\n      firstMode\n      teamsUrl\n      location\n      version\n    }\n  }\n"): (typeof documents)["\n  query MeetingSeries($panelId: ID!) {\n    meetingSeries(panelId: $panelId) {\n      id\n      rule\n      startsOn\n      startTime\n      durationMinutes\n      firstMode\n      teamsUrl\n      location\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...MeetingDetails\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...MeetingDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings($panelId: ID!, $from: String, $to: String, $limit: Int!, $offset: Int!) {\n    meetings(panelId: $panelId, from: $from, to: $to, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...MeetingRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Meetings($panelId: ID!, $from: String, $to: String, $limit: Int!, $offset: Int!) {\n    meetings(panelId: $panelId, from: $from, to: $to, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...MeetingRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveMeeting($input: MoveMeetingInput!) {\n    moveMeeting(input: $input) {\n      id\n      ...MeetingDetails\n    }\n  }\n"): (typeof documents)["\n  mutation MoveMeeting($input: MoveMeetingInput!) {\n    moveMeeting(input: $input) {\n      id\n      ...MeetingDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextMeeting($panelId: ID!) {\n    nextMeeting(panelId: $panelId) {\n      id\n      ...MeetingRow\n    }\n  }\n"): (typeof documents)["\n  query NextMeeting($panelId: ID!) {\n    nextMeeting(panelId: $panelId) {\n      id\n      ...MeetingRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToMeeting($input: ReplyToMeetingInput!) {\n    replyToMeeting(input: $input) {\n      id\n      ...MeetingDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToMeeting($input: ReplyToMeetingInput!) {\n    replyToMeeting(input: $input) {\n      id\n      ...MeetingDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesInvite($panelId: ID!) {\n    seriesInvite(panelId: $panelId) {\n      filename\n      contentType\n      content\n    }\n  }\n"): (typeof documents)["\n  query SeriesInvite($panelId: ID!) {\n    seriesInvite(panelId: $panelId) {\n      filename\n      contentType\n      content\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMeetingSeries($input: SetMeetingSeriesInput!) {\n    setMeetingSeries(input: $input) {\n      id\n      rule\n      startsOn\n      startTime\n      durationMinutes\n      firstMode\n      teamsUrl\n      location\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetMeetingSeries($input: SetMeetingSeriesInput!) {\n    setMeetingSeries(input: $input) {\n      id\n      rule\n      startsOn\n      startTime\n      durationMinutes\n      firstMode\n      teamsUrl\n      location\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      invitationSent\n      member {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      invitationSent\n      member {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      ...MemberDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      ...MemberDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberDetails on Member {\n    id\n    panelId\n    userId\n    name\n    email\n    role\n    disabled\n    accessConfirmedAt\n    invited\n    invitationExpiresAt\n    version\n    agencyId\n    agency {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MemberDetails on Member {\n    id\n    panelId\n    userId\n    name\n    email\n    role\n    disabled\n    accessConfirmedAt\n    invited\n    invitationExpiresAt\n    version\n    agencyId\n    agency {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow on Member {\n    id\n    name\n    email\n    role\n    disabled\n    invited\n    invitationExpiresAt\n    agency {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MemberRow on Member {\n    id\n    name\n    email\n    role\n    disabled\n    invited\n    invitationExpiresAt\n    agency {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      ...MemberDetails\n    }\n  }\n"): (typeof documents)["\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      ...MemberDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members(\n    $panelId: ID!\n    $agencyId: ID\n    $role: PanelRole\n    $search: String\n    $includeDisabled: Boolean!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    members(\n      panelId: $panelId\n      agencyId: $agencyId\n      role: $role\n      search: $search\n      includeDisabled: $includeDisabled\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        ...MemberRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members(\n    $panelId: ID!\n    $agencyId: ID\n    $role: PanelRole\n    $search: String\n    $includeDisabled: Boolean!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    members(\n      panelId: $panelId\n      agencyId: $agencyId\n      role: $role\n      search: $search\n      includeDisabled: $includeDisabled\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        ...MemberRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipReview($panelId: ID!) {\n    membershipReview(panelId: $panelId) {\n      id\n      openedAt\n      closesAt\n      awaitingCount\n    }\n  }\n"): (typeof documents)["\n  query MembershipReview($panelId: ID!) {\n    membershipReview(panelId: $panelId) {\n      id\n      openedAt\n      closesAt\n      awaitingCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersAwaitingConfirmation($panelId: ID!, $limit: Int!, $offset: Int!) {\n    members(panelId: $panelId, awaitingConfirmation: true, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        name\n        role\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembersAwaitingConfirmation($panelId: ID!, $limit: Int!, $offset: Int!) {\n    members(panelId: $panelId, awaitingConfirmation: true, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        name\n        role\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMemberAccess($input: ConfirmMemberAccessInput!) {\n    confirmMemberAccess(input: $input) {\n      id\n      awaitingCount\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmMemberAccess($input: ConfirmMemberAccessInput!) {\n    confirmMemberAccess(input: $input) {\n      id\n      awaitingCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetMemberSecondFactor($input: ResetMemberSecondFactorInput!) {\n    resetMemberSecondFactor(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetMemberSecondFactor($input: ResetMemberSecondFactorInput!) {\n    resetMemberSecondFactor(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendInvitationAgain($id: ID!) {\n    sendInvitationAgain(id: $id) {\n      invitationSent\n      member {\n        ...MemberDetails\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendInvitationAgain($id: ID!) {\n    sendInvitationAgain(id: $id) {\n      invitationSent\n      member {\n        ...MemberDetails\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberDisabled($input: SetMemberDisabledInput!) {\n    setMemberDisabled(input: $input) {\n      id\n      ...MemberDetails\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberDisabled($input: SetMemberDisabledInput!) {\n    setMemberDisabled(input: $input) {\n      id\n      ...MemberDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMinutes($minutesId: ID!, $version: Int!) {\n    approveMinutes(minutesId: $minutesId, version: $version) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMinutes($minutesId: ID!, $version: Int!) {\n    approveMinutes(minutesId: $minutesId, version: $version) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectMinutes($input: CorrectMinutesInput!) {\n    correctMinutes(input: $input) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectMinutes($input: CorrectMinutesInput!) {\n    correctMinutes(input: $input) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMinutes($input: EditMinutesInput!) {\n    editMinutes(input: $input) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditMinutes($input: EditMinutesInput!) {\n    editMinutes(input: $input) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingMinutesFields on MeetingMinutes {\n    id\n    meetingId\n    number\n    status\n    version\n    correctionReason\n    createdAt\n    approvedAt\n    items {\n      itemId\n      position\n      kind\n      title\n      notes\n      decisions\n      restrictedTo\n      tasks {\n        taskId\n        reference\n        title\n        agencyName\n      }\n      threatOutcomes {\n        emergingThreatId\n        title\n        outcome\n        note\n      }\n    }\n    otherTasks {\n      taskId\n      reference\n      title\n      agencyName\n    }\n    otherThreatOutcomes {\n      emergingThreatId\n      title\n      outcome\n      note\n    }\n    attendance {\n      present {\n        name\n        agencyName\n        presence\n      }\n      apologies {\n        name\n        agencyName\n        substituteName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingMinutesFields on MeetingMinutes {\n    id\n    meetingId\n    number\n    status\n    version\n    correctionReason\n    createdAt\n    approvedAt\n    items {\n      itemId\n      position\n      kind\n      title\n      notes\n      decisions\n      restrictedTo\n      tasks {\n        taskId\n        reference\n        title\n        agencyName\n      }\n      threatOutcomes {\n        emergingThreatId\n        title\n        outcome\n        note\n      }\n    }\n    otherTasks {\n      taskId\n      reference\n      title\n      agencyName\n    }\n    otherThreatOutcomes {\n      emergingThreatId\n      title\n      outcome\n      note\n    }\n    attendance {\n      present {\n        name\n        agencyName\n        presence\n      }\n      apologies {\n        name\n        agencyName\n        substituteName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingMinutes($meetingId: ID!) {\n    meetingMinutes(meetingId: $meetingId) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n"): (typeof documents)["\n  query MeetingMinutes($meetingId: ID!) {\n    meetingMinutes(meetingId: $meetingId) {\n      id\n      ...MeetingMinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNominal($input: CreateNominalInput!) {\n    createNominal(input: $input) {\n      id\n      reference\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNominal($input: CreateNominalInput!) {\n    createNominal(input: $input) {\n      id\n      reference\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominalByReference($panelId: ID!, $reference: String!) {\n    nominals(panelId: $panelId, filter: { reference: $reference }, limit: 1, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query NominalByReference($panelId: ID!, $reference: String!) {\n    nominals(panelId: $panelId, filter: { reference: $reference }, limit: 1, offset: 0) {\n      totalCount\n      nodes {\n        id\n        reference\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NominalDetails on Nominal {\n    id\n    panelId\n    reference\n    displayName\n    personalDataWithheld\n    withheldReason\n    surname\n    forenames\n    aliases\n    dateOfBirth\n    isVulnerable\n    isChild\n    riskToOfficers\n    nextReviewOn\n    archivedAt\n    gscMarking\n    version\n    ocgs {\n      role\n      ocg {\n        id\n        reference\n        name\n        status\n      }\n    }\n    vehicles {\n      id\n      registration\n      make\n      model\n      colour\n    }\n    places {\n      id\n      label\n      personalDataWithheld\n      kind\n      area\n      highHarm\n      chbPhase\n    }\n  }\n"): (typeof documents)["\n  fragment NominalDetails on Nominal {\n    id\n    panelId\n    reference\n    displayName\n    personalDataWithheld\n    withheldReason\n    surname\n    forenames\n    aliases\n    dateOfBirth\n    isVulnerable\n    isChild\n    riskToOfficers\n    nextReviewOn\n    archivedAt\n    gscMarking\n    version\n    ocgs {\n      role\n      ocg {\n        id\n        reference\n        name\n        status\n      }\n    }\n    vehicles {\n      id\n      registration\n      make\n      model\n      colour\n    }\n    places {\n      id\n      label\n      personalDataWithheld\n      kind\n      area\n      highHarm\n      chbPhase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominalSearch($panelId: ID!, $text: String!, $limit: Int!) {\n    search(panelId: $panelId, text: $text, limit: $limit, kinds: [NOMINAL]) {\n      namesSearched\n      hits {\n        id\n        title\n        subtitle\n        nominal {\n          id\n          reference\n          personalDataWithheld\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NominalSearch($panelId: ID!, $text: String!, $limit: Int!) {\n    search(panelId: $panelId, text: $text, limit: $limit, kinds: [NOMINAL]) {\n      namesSearched\n      hits {\n        id\n        title\n        subtitle\n        nominal {\n          id\n          reference\n          personalDataWithheld\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Nominal($id: ID!) {\n    nominal(id: $id) {\n      id\n      ...NominalDetails\n    }\n  }\n"): (typeof documents)["\n  query Nominal($id: ID!) {\n    nominal(id: $id) {\n      id\n      ...NominalDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNominalRole($input: SetNominalRoleInput!) {\n    setNominalRole(input: $input) {\n      id\n      reference\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation SetNominalRole($input: SetNominalRoleInput!) {\n    setNominalRole(input: $input) {\n      id\n      reference\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNominal($input: UpdateNominalInput!) {\n    updateNominal(input: $input) {\n      id\n      ...NominalDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNominal($input: UpdateNominalInput!) {\n    updateNominal(input: $input) {\n      id\n      ...NominalDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOcg($input: CreateOcgInput!) {\n    createOcg(input: $input) {\n      id\n      ...OcgDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOcg($input: CreateOcgInput!) {\n    createOcg(input: $input) {\n      id\n      ...OcgDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupOption on Ocg {\n    id\n    reference\n    name\n    status\n  }\n"): (typeof documents)["\n  fragment GroupOption on Ocg {\n    id\n    reference\n    name\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupPickerChoice($id: ID!) {\n    ocg(id: $id) {\n      id\n      panelId\n      ...GroupOption\n    }\n  }\n"): (typeof documents)["\n  query GroupPickerChoice($id: ID!) {\n    ocg(id: $id) {\n      id\n      panelId\n      ...GroupOption\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupPickerSearch($panelId: ID!, $text: String!, $limit: Int!) {\n    search(panelId: $panelId, text: $text, kinds: [OCG], limit: $limit) {\n      hits {\n        id\n        ocg {\n          id\n          ...GroupOption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupPickerSearch($panelId: ID!, $text: String!, $limit: Int!) {\n    search(panelId: $panelId, text: $text, kinds: [OCG], limit: $limit) {\n      hits {\n        id\n        ocg {\n          id\n          ...GroupOption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerOptions($panelId: ID!) {\n    members(panelId: $panelId, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        userId\n        name\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficerOptions($panelId: ID!) {\n    members(panelId: $panelId, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        userId\n        name\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OcgDetails on Ocg {\n    id\n    panelId\n    reference\n    name\n    status\n    crimeTypes\n    areas\n    summary\n    lroUserId\n    lroName\n    sroUserId\n    sroName\n    dateMapped\n    nextReviewOn\n    archivedAt\n    gscMarking\n    tier\n    scoreTotal\n    scoredAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment OcgDetails on Ocg {\n    id\n    panelId\n    reference\n    name\n    status\n    crimeTypes\n    areas\n    summary\n    lroUserId\n    lroName\n    sroUserId\n    sroName\n    dateMapped\n    nextReviewOn\n    archivedAt\n    gscMarking\n    tier\n    scoreTotal\n    scoredAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OcgLinks on Ocg {\n    id\n    nominals {\n      role\n      nominal {\n        id\n        reference\n        displayName\n        personalDataWithheld\n        withheldReason\n        riskToOfficers\n        isChild\n        isVulnerable\n      }\n    }\n    vehicles {\n      id\n      registration\n      make\n      model\n      colour\n    }\n    places {\n      id\n      label\n      personalDataWithheld\n      kind\n      area\n      highHarm\n      chbPhase\n    }\n  }\n"): (typeof documents)["\n  fragment OcgLinks on Ocg {\n    id\n    nominals {\n      role\n      nominal {\n        id\n        reference\n        displayName\n        personalDataWithheld\n        withheldReason\n        riskToOfficers\n        isChild\n        isVulnerable\n      }\n    }\n    vehicles {\n      id\n      registration\n      make\n      model\n      colour\n    }\n    places {\n      id\n      label\n      personalDataWithheld\n      kind\n      area\n      highHarm\n      chbPhase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OcgRow on Ocg {\n    id\n    reference\n    name\n    status\n    tier\n    scoreTotal\n    crimeTypes\n    areas\n    lroName\n    gscMarking\n    openTaskCount\n    overdueTaskCount\n  }\n"): (typeof documents)["\n  fragment OcgRow on Ocg {\n    id\n    reference\n    name\n    status\n    tier\n    scoreTotal\n    crimeTypes\n    areas\n    lroName\n    gscMarking\n    openTaskCount\n    overdueTaskCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OcgScoreHistory on Ocg {\n    id\n    scoreHistory(limit: 20) {\n      id\n      harmPhysical\n      harmCommunity\n      harmGeographic\n      harmVulnerability\n      likelihood\n      capability\n      capacity\n      confidence\n      rationale\n      scaleMax\n      scoredAt\n      tier\n      total\n    }\n  }\n"): (typeof documents)["\n  fragment OcgScoreHistory on Ocg {\n    id\n    scoreHistory(limit: 20) {\n      id\n      harmPhysical\n      harmCommunity\n      harmGeographic\n      harmVulnerability\n      likelihood\n      capability\n      capacity\n      confidence\n      rationale\n      scaleMax\n      scoredAt\n      tier\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ocg($id: ID!) {\n    ocg(id: $id) {\n      id\n      ...OcgDetails\n      ...OcgScoreHistory\n      ...OcgLinks\n    }\n  }\n"): (typeof documents)["\n  query Ocg($id: ID!) {\n    ocg(id: $id) {\n      id\n      ...OcgDetails\n      ...OcgScoreHistory\n      ...OcgLinks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ocgs($panelId: ID!, $filter: OcgFilter, $sort: OcgSort!, $limit: Int!, $offset: Int!) {\n    ocgs(panelId: $panelId, filter: $filter, sort: $sort, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...OcgRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ocgs($panelId: ID!, $filter: OcgFilter, $sort: OcgSort!, $limit: Int!, $offset: Int!) {\n    ocgs(panelId: $panelId, filter: $filter, sort: $sort, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...OcgRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoreOcg($input: ScoreOcgInput!) {\n    scoreOcg(input: $input) {\n      id\n      ...OcgDetails\n      ...OcgScoreHistory\n    }\n  }\n"): (typeof documents)["\n  mutation ScoreOcg($input: ScoreOcgInput!) {\n    scoreOcg(input: $input) {\n      id\n      ...OcgDetails\n      ...OcgScoreHistory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOcg($input: UpdateOcgInput!) {\n    updateOcg(input: $input) {\n      id\n      ...OcgDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOcg($input: UpdateOcgInput!) {\n    updateOcg(input: $input) {\n      id\n      ...OcgDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportOutcomeReport($panelId: ID!, $from: String!, $to: String!, $format: OutcomeReportFormat!) {\n    exportOutcomeReport(panelId: $panelId, from: $from, to: $to, format: $format) {\n      base64\n      filename\n      contentType\n    }\n  }\n"): (typeof documents)["\n  mutation ExportOutcomeReport($panelId: ID!, $from: String!, $to: String!, $format: OutcomeReportFormat!) {\n    exportOutcomeReport(panelId: $panelId, from: $from, to: $to, format: $format) {\n      base64\n      filename\n      contentType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeReport($panelId: ID!, $from: String!, $to: String!) {\n    outcomeReport(panelId: $panelId, from: $from, to: $to) {\n      from\n      to\n      referralsReceived\n      referralsAccepted\n      operationsAdopted\n      groupsMapped\n      groupsDismantled\n      nominalsIdentified\n      vehiclesIdentified\n      disruptions\n      arrests\n      charges\n      custodialYears\n      cashSeizedGbp\n      drugsSeized { type kg }\n      firearms\n      rounds\n      childrenSafeguarded\n      adultsSafeguarded\n      restraintOrders\n      licencesReviewed\n      licencesRevoked\n      taxActions\n      benefitActions\n      premisesClosed\n      vehiclesSeized\n      scoreChanges { reference name before latest change }\n      averageScoreChange\n      agencies { agencyId agencyName tasksCompleted disruptions major moderate minor noImpact negative }\n    }\n  }\n"): (typeof documents)["\n  query OutcomeReport($panelId: ID!, $from: String!, $to: String!) {\n    outcomeReport(panelId: $panelId, from: $from, to: $to) {\n      from\n      to\n      referralsReceived\n      referralsAccepted\n      operationsAdopted\n      groupsMapped\n      groupsDismantled\n      nominalsIdentified\n      vehiclesIdentified\n      disruptions\n      arrests\n      charges\n      custodialYears\n      cashSeizedGbp\n      drugsSeized { type kg }\n      firearms\n      rounds\n      childrenSafeguarded\n      adultsSafeguarded\n      restraintOrders\n      licencesReviewed\n      licencesRevoked\n      taxActions\n      benefitActions\n      premisesClosed\n      vehiclesSeized\n      scoreChanges { reference name before latest change }\n      averageScoreChange\n      agencies { agencyId agencyName tasksCompleted disruptions major moderate minor noImpact negative }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelOverview($panelId: ID!) {\n    agencies(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n    members(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PanelOverview($panelId: ID!) {\n    agencies(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n    members(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PanelScoring on Panel {\n    id\n    scaleMax\n    tiers {\n      name\n      minTotal\n    }\n    version\n  }\n"): (typeof documents)["\n  fragment PanelScoring on Panel {\n    id\n    scaleMax\n    tiers {\n      name\n      minTotal\n    }\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelScoring($id: ID!) {\n    panel(id: $id) {\n      id\n      ...PanelScoring\n    }\n  }\n"): (typeof documents)["\n  query PanelScoring($id: ID!) {\n    panel(id: $id) {\n      id\n      ...PanelScoring\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePanelScoring($input: UpdatePanelScoringInput!) {\n    updatePanelScoring(input: $input) {\n      retieredGroupCount\n      panel {\n        id\n        ...PanelScoring\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePanelScoring($input: UpdatePanelScoringInput!) {\n    updatePanelScoring(input: $input) {\n      retieredGroupCount\n      panel {\n        id\n        ...PanelScoring\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HighHarmMap($panelId: ID!, $filter: HighHarmMapFilter) {\n    highHarmMap(panelId: $panelId, filter: $filter) {\n      places { id label withheld kind area latitude longitude chbPhase groupReferences }\n      areas { area activeGroups highHarmPlaces disruptionsLast12Months }\n    }\n  }\n"): (typeof documents)["\n  query HighHarmMap($panelId: ID!, $filter: HighHarmMapFilter) {\n    highHarmMap(panelId: $panelId, filter: $filter) {\n      places { id label withheld kind area latitude longitude chbPhase groupReferences }\n      areas { area activeGroups highHarmPlaces disruptionsLast12Months }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkPlace($input: LinkInput!) {\n    linkPlace(input: $input) {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  mutation LinkPlace($input: LinkInput!) {\n    linkPlace(input: $input) {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaceDetails on Place {\n    id\n    panelId\n    label\n    personalDataWithheld\n    kind\n    area\n    highHarm\n    chbPhase\n    latitude\n    longitude\n    version\n  }\n"): (typeof documents)["\n  fragment PlaceDetails on Place {\n    id\n    panelId\n    label\n    personalDataWithheld\n    kind\n    area\n    highHarm\n    chbPhase\n    latitude\n    longitude\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Place($id: ID!) {\n    place(id: $id) {\n      id\n      ...PlaceDetails\n    }\n  }\n"): (typeof documents)["\n  query Place($id: ID!) {\n    place(id: $id) {\n      id\n      ...PlaceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPlace($input: RecordPlaceInput!) {\n    recordPlace(input: $input) {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPlace($input: RecordPlaceInput!) {\n    recordPlace(input: $input) {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlace($input: UpdatePlaceInput!) {\n    updatePlace(input: $input) {\n      id\n      ...PlaceDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlace($input: UpdatePlaceInput!) {\n    updatePlace(input: $input) {\n      id\n      ...PlaceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      id\n      strand\n      objective\n    }\n  }\n"): (typeof documents)["\n  mutation CreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      id\n      strand\n      objective\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteObjective($input: DeleteObjectiveInput!) {\n    deleteObjective(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteObjective($input: DeleteObjectiveInput!) {\n    deleteObjective(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OcgPlan($id: ID!) {\n    ocg(id: $id) {\n      id\n      plan {\n        ocgId\n        coveredHeadings\n        objectives {\n          id\n          strand\n          objective\n          tacticHeadings\n          version\n          ownerAgency {\n            id\n            name\n          }\n        }\n        gaps {\n          heading\n          agencies {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OcgPlan($id: ID!) {\n    ocg(id: $id) {\n      id\n      plan {\n        ocgId\n        coveredHeadings\n        objectives {\n          id\n          strand\n          objective\n          tacticHeadings\n          version\n          ownerAgency {\n            id\n            name\n          }\n        }\n        gaps {\n          heading\n          agencies {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      id\n      strand\n      objective\n      tacticHeadings\n      version\n      ownerAgency {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      id\n      strand\n      objective\n      tacticHeadings\n      version\n      ownerAgency {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projector($panelId: ID!) {\n    projector(panelId: $panelId) {\n      meeting { id title status startsAt }\n      currentItemTitle\n      topGroups { ocgId reference name tier score }\n      counts { tier count }\n    }\n  }\n"): (typeof documents)["\n  query Projector($panelId: ID!) {\n    projector(panelId: $panelId) {\n      meeting { id title status startsAt }\n      currentItemTitle\n      topGroups { ocgId reference name tier score }\n      counts { tier count }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordReviewDueFields on RecordReviewDue {\n    kind\n    id\n    reference\n    name\n    nextReviewOn\n    createdAt\n    leadOfficers\n    version\n  }\n"): (typeof documents)["\n  fragment RecordReviewDueFields on RecordReviewDue {\n    kind\n    id\n    reference\n    name\n    nextReviewOn\n    createdAt\n    leadOfficers\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordReviewDue($panelId: ID!, $id: ID!) {\n    recordReviewDue(panelId: $panelId, id: $id) {\n      ...RecordReviewDueFields\n    }\n  }\n"): (typeof documents)["\n  query RecordReviewDue($panelId: ID!, $id: ID!) {\n    recordReviewDue(panelId: $panelId, id: $id) {\n      ...RecordReviewDueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordReviewsDue($panelId: ID!, $limit: Int!, $offset: Int!) {\n    recordReviewsDue(panelId: $panelId, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        ...RecordReviewDueFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordReviewsDue($panelId: ID!, $limit: Int!, $offset: Int!) {\n    recordReviewsDue(panelId: $panelId, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        ...RecordReviewDueFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordReviewsDueCount($panelId: ID!) {\n    recordReviewsDue(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RecordReviewsDueCount($panelId: ID!) {\n    recordReviewsDue(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordReviews($panelId: ID!, $limit: Int!, $offset: Int!) {\n    recordReviews(panelId: $panelId, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        subjectKind\n        subjectId\n        reference\n        dueOn\n        decision\n        rationale\n        nextReviewOn\n        erasedCount\n        decidedAt\n        decidedBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordReviews($panelId: ID!, $limit: Int!, $offset: Int!) {\n    recordReviews(panelId: $panelId, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        subjectKind\n        subjectId\n        reference\n        dueOn\n        decision\n        rationale\n        nextReviewOn\n        erasedCount\n        decidedAt\n        decidedBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewRecord($input: ReviewRecordInput!) {\n    reviewRecord(input: $input) {\n      id\n      decision\n      reference\n      nextReviewOn\n      erasedCount\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewRecord($input: ReviewRecordInput!) {\n    reviewRecord(input: $input) {\n      id\n      decision\n      reference\n      nextReviewOn\n      erasedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportNominals($panelId: ID!, $format: ExportFormat!, $filter: NominalFilter) {\n    exportNominals(panelId: $panelId, format: $format, filter: $filter) {\n      base64\n      contentType\n      filename\n      rowCount\n      personalDataWithheld\n    }\n  }\n"): (typeof documents)["\n  mutation ExportNominals($panelId: ID!, $format: ExportFormat!, $filter: NominalFilter) {\n    exportNominals(panelId: $panelId, format: $format, filter: $filter) {\n      base64\n      contentType\n      filename\n      rowCount\n      personalDataWithheld\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportOcgs($panelId: ID!, $format: ExportFormat!, $filter: OcgFilter, $sort: OcgSort!) {\n    exportOcgs(panelId: $panelId, format: $format, filter: $filter, sort: $sort) {\n      base64\n      contentType\n      filename\n      rowCount\n      personalDataWithheld\n    }\n  }\n"): (typeof documents)["\n  mutation ExportOcgs($panelId: ID!, $format: ExportFormat!, $filter: OcgFilter, $sort: OcgSort!) {\n    exportOcgs(panelId: $panelId, format: $format, filter: $filter, sort: $sort) {\n      base64\n      contentType\n      filename\n      rowCount\n      personalDataWithheld\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptReferral($input: AcceptReferralInput!) {\n    acceptReferral(input: $input) {\n      id\n      ...ReferralDetails\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptReferral($input: AcceptReferralInput!) {\n    acceptReferral(input: $input) {\n      id\n      ...ReferralDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      id\n      ...ReferralDetails\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      id\n      ...ReferralDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralDetails on Referral {\n    id\n    panelId\n    reference\n    status\n    createdAt\n    updatedAt\n    decidedAt\n    summary\n    onBehalfOf\n    crimeReferences\n    vehicles\n    places\n    offendersWithheld\n    withheldReason\n    offenders {\n      name\n      dateOfBirth\n      description\n    }\n    fromAgency {\n      id\n      name\n    }\n    ocgId\n    ocgReference\n    ocg {\n      id\n      name\n    }\n    declineReason\n    version\n  }\n"): (typeof documents)["\n  fragment ReferralDetails on Referral {\n    id\n    panelId\n    reference\n    status\n    createdAt\n    updatedAt\n    decidedAt\n    summary\n    onBehalfOf\n    crimeReferences\n    vehicles\n    places\n    offendersWithheld\n    withheldReason\n    offenders {\n      name\n      dateOfBirth\n      description\n    }\n    fromAgency {\n      id\n      name\n    }\n    ocgId\n    ocgReference\n    ocg {\n      id\n      name\n    }\n    declineReason\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralRow on Referral {\n    id\n    reference\n    status\n    createdAt\n    summary\n    crimeReferences\n    fromAgency {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralRow on Referral {\n    id\n    reference\n    status\n    createdAt\n    summary\n    crimeReferences\n    fromAgency {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      id\n      ...ReferralDetails\n    }\n  }\n"): (typeof documents)["\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      id\n      ...ReferralDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referrals($panelId: ID!, $status: ReferralStatus, $search: String, $limit: Int!, $offset: Int!) {\n    referrals(panelId: $panelId, status: $status, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...ReferralRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Referrals($panelId: ID!, $status: ReferralStatus, $search: String, $limit: Int!, $offset: Int!) {\n    referrals(panelId: $panelId, status: $status, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...ReferralRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReferralAssessment($input: ReferralVersionInput!) {\n    startReferralAssessment(input: $input) {\n      id\n      ...ReferralDetails\n    }\n  }\n"): (typeof documents)["\n  mutation StartReferralAssessment($input: ReferralVersionInput!) {\n    startReferralAssessment(input: $input) {\n      id\n      ...ReferralDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdministeredRegionFields on AdministeredRegion {\n    id\n    name\n    kind\n    version\n    panels {\n      id\n      name\n    }\n    analysts {\n      userId\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment AdministeredRegionFields on AdministeredRegion {\n    id\n    name\n    kind\n    version\n    panels {\n      id\n      name\n    }\n    analysts {\n      userId\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdministeredRegions {\n    administeredRegions {\n      ...AdministeredRegionFields\n    }\n  }\n"): (typeof documents)["\n  query AdministeredRegions {\n    administeredRegions {\n      ...AdministeredRegionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdministeredRegion($id: ID!) {\n    administeredRegion(id: $id) {\n      ...AdministeredRegionFields\n    }\n  }\n"): (typeof documents)["\n  query AdministeredRegion($id: ID!) {\n    administeredRegion(id: $id) {\n      ...AdministeredRegionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      ...AdministeredRegionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      ...AdministeredRegionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      ...AdministeredRegionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      ...AdministeredRegionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRegionAnalyst($input: AddRegionAnalystInput!) {\n    addRegionAnalyst(input: $input) {\n      ...AdministeredRegionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddRegionAnalyst($input: AddRegionAnalystInput!) {\n    addRegionAnalyst(input: $input) {\n      ...AdministeredRegionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRegionAnalyst($input: RemoveRegionAnalystInput!) {\n    removeRegionAnalyst(input: $input) {\n      ...AdministeredRegionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveRegionAnalyst($input: RemoveRegionAnalystInput!) {\n    removeRegionAnalyst(input: $input) {\n      ...AdministeredRegionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionOutcomeFigures on RegionOutcomeFigures {\n    referralsReceived\n    referralsAccepted\n    operationsAdopted\n    groupsMapped\n    groupsDismantled\n    nominalsIdentified\n    vehiclesIdentified\n    disruptions\n    arrests\n    charges\n    custodialYears\n    cashSeizedGbp\n    drugsSeized {\n      type\n      kg\n    }\n    firearms\n    rounds\n    childrenSafeguarded\n    adultsSafeguarded\n    restraintOrders\n    licencesReviewed\n    licencesRevoked\n    taxActions\n    benefitActions\n    premisesClosed\n    vehiclesSeized\n    averageScoreChange\n    groupsCompared\n  }\n"): (typeof documents)["\n  fragment RegionOutcomeFigures on RegionOutcomeFigures {\n    referralsReceived\n    referralsAccepted\n    operationsAdopted\n    groupsMapped\n    groupsDismantled\n    nominalsIdentified\n    vehiclesIdentified\n    disruptions\n    arrests\n    charges\n    custodialYears\n    cashSeizedGbp\n    drugsSeized {\n      type\n      kg\n    }\n    firearms\n    rounds\n    childrenSafeguarded\n    adultsSafeguarded\n    restraintOrders\n    licencesReviewed\n    licencesRevoked\n    taxActions\n    benefitActions\n    premisesClosed\n    vehiclesSeized\n    averageScoreChange\n    groupsCompared\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionOutcomeReport($regionId: ID!, $from: String!, $to: String!) {\n    regionOutcomeReport(regionId: $regionId, from: $from, to: $to) {\n      regionId\n      from\n      to\n      total {\n        ...RegionOutcomeFigures\n      }\n      panels {\n        panelId\n        panelName\n        figures {\n          ...RegionOutcomeFigures\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionOutcomeReport($regionId: ID!, $from: String!, $to: String!) {\n    regionOutcomeReport(regionId: $regionId, from: $from, to: $to) {\n      regionId\n      from\n      to\n      total {\n        ...RegionOutcomeFigures\n      }\n      panels {\n        panelId\n        panelName\n        figures {\n          ...RegionOutcomeFigures\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionThreatFigures on RegionThreatFigures {\n    activeGroups\n    risingGroups\n    groupsCreated\n    groupsDismantled\n    groupsArchived\n    emergingThreats\n    disruptions\n    tasksCompleted\n    tasksClosed\n    tasksOpen\n    tasksOverdue\n    completionRate\n    overdueRate\n    activeByCrimeType {\n      key\n      label\n      count\n    }\n    disruptionsByStrand {\n      key\n      label\n      count\n    }\n    disruptionsByImpact {\n      key\n      label\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment RegionThreatFigures on RegionThreatFigures {\n    activeGroups\n    risingGroups\n    groupsCreated\n    groupsDismantled\n    groupsArchived\n    emergingThreats\n    disruptions\n    tasksCompleted\n    tasksClosed\n    tasksOpen\n    tasksOverdue\n    completionRate\n    overdueRate\n    activeByCrimeType {\n      key\n      label\n      count\n    }\n    disruptionsByStrand {\n      key\n      label\n      count\n    }\n    disruptionsByImpact {\n      key\n      label\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionThreatPicture($regionId: ID!, $from: String!, $to: String!) {\n    regionThreatPicture(regionId: $regionId, from: $from, to: $to) {\n      regionId\n      total {\n        ...RegionThreatFigures\n      }\n      panels {\n        panelId\n        panelName\n        figures {\n          ...RegionThreatFigures\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionThreatPicture($regionId: ID!, $from: String!, $to: String!) {\n    regionThreatPicture(regionId: $regionId, from: $from, to: $to) {\n      regionId\n      total {\n        ...RegionThreatFigures\n      }\n      panels {\n        panelId\n        panelName\n        figures {\n          ...RegionThreatFigures\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Region($id: ID!) {\n    region(id: $id) {\n      id\n      name\n      kind\n      panels {\n        id\n        name\n        forceName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Region($id: ID!) {\n    region(id: $id) {\n      id\n      name\n      kind\n      panels {\n        id\n        name\n        forceName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchRecords($panelId: ID!, $text: String!, $limit: Int!) {\n    search(panelId: $panelId, text: $text, limit: $limit) {\n      namesSearched\n      hits {\n        id\n        kind\n        title\n        subtitle\n        score\n        nominal {\n          id\n          reference\n          personalDataWithheld\n        }\n        vehicle {\n          id\n          ocgs {\n            id\n            reference\n            name\n          }\n        }\n        place {\n          id\n          highHarm\n          ocgs {\n            id\n            reference\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchRecords($panelId: ID!, $text: String!, $limit: Int!) {\n    search(panelId: $panelId, text: $text, limit: $limit) {\n      namesSearched\n      hits {\n        id\n        kind\n        title\n        subtitle\n        score\n        nominal {\n          id\n          reference\n          personalDataWithheld\n        }\n        vehicle {\n          id\n          ocgs {\n            id\n            reference\n            name\n          }\n        }\n        place {\n          id\n          highHarm\n          ocgs {\n            id\n            reference\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIdentityProvider($input: CreateIdentityProviderInput!) {\n    createIdentityProvider(input: $input) {\n      ...IdentityProviderDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIdentityProvider($input: CreateIdentityProviderInput!) {\n    createIdentityProvider(input: $input) {\n      ...IdentityProviderDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdentityProviderDetails on IdentityProvider {\n    id\n    name\n    issuer\n    clientId\n    secretEnv\n    secretSet\n    emailDomains\n    tenantIds\n    enabled\n    version\n  }\n"): (typeof documents)["\n  fragment IdentityProviderDetails on IdentityProvider {\n    id\n    name\n    issuer\n    clientId\n    secretEnv\n    secretSet\n    emailDomains\n    tenantIds\n    enabled\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityProviders {\n    identityProviders {\n      ...IdentityProviderDetails\n    }\n  }\n"): (typeof documents)["\n  query IdentityProviders {\n    identityProviders {\n      ...IdentityProviderDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIdentityProviderEnabled($input: SetIdentityProviderEnabledInput!) {\n    setIdentityProviderEnabled(input: $input) {\n      ...IdentityProviderDetails\n    }\n  }\n"): (typeof documents)["\n  mutation SetIdentityProviderEnabled($input: SetIdentityProviderEnabledInput!) {\n    setIdentityProviderEnabled(input: $input) {\n      ...IdentityProviderDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIdentityProvider($input: UpdateIdentityProviderInput!) {\n    updateIdentityProvider(input: $input) {\n      ...IdentityProviderDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIdentityProvider($input: UpdateIdentityProviderInput!) {\n    updateIdentityProvider(input: $input) {\n      ...IdentityProviderDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionLog($panelId: ID!, $offset: Int!) {\n    tasks(panelId: $panelId, filter: { statuses: [OPEN, IN_PROGRESS, BLOCKED] }, sort: DUE, limit: 50, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...TaskRow\n        updates(limit: 1) {\n          id\n          kind\n          text\n          toStatus\n          authorName\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionLog($panelId: ID!, $offset: Int!) {\n    tasks(panelId: $panelId, filter: { statuses: [OPEN, IN_PROGRESS, BLOCKED] }, sort: DUE, limit: 50, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...TaskRow\n        updates(limit: 1) {\n          id\n          kind\n          text\n          toStatus\n          authorName\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTaskUpdate($input: AddTaskUpdateInput!) {\n    addTaskUpdate(input: $input) {\n      id\n      status\n      version\n      ...TaskDetails\n      ...TaskTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation AddTaskUpdate($input: AddTaskUpdateInput!) {\n    addTaskUpdate(input: $input) {\n      id\n      status\n      version\n      ...TaskDetails\n      ...TaskTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocateTask($input: AllocateTaskInput!) {\n    allocateTask(input: $input) {\n      id\n      ...TaskDetails\n    }\n  }\n"): (typeof documents)["\n  mutation AllocateTask($input: AllocateTaskInput!) {\n    allocateTask(input: $input) {\n      id\n      ...TaskDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditTask($input: EditTaskInput!) {\n    editTask(input: $input) {\n      id\n      ...TaskDetails\n      ...TaskTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation EditTask($input: EditTaskInput!) {\n    editTask(input: $input) {\n      id\n      ...TaskDetails\n      ...TaskTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportTasks($panelId: ID!, $format: ExportFormat!, $filter: TaskFilter, $sort: TaskSort!) {\n    exportTasks(panelId: $panelId, format: $format, filter: $filter, sort: $sort) {\n      base64\n      contentType\n      filename\n      rowCount\n    }\n  }\n"): (typeof documents)["\n  mutation ExportTasks($panelId: ID!, $format: ExportFormat!, $filter: TaskFilter, $sort: TaskSort!) {\n    exportTasks(panelId: $panelId, format: $format, filter: $filter, sort: $sort) {\n      base64\n      contentType\n      filename\n      rowCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskBoard($panelId: ID!) {\n    taskBoard(panelId: $panelId) {\n      byAgency {\n        agency {\n          id\n          name\n        }\n        open\n        overdue\n        blocked\n        completed\n        notDone\n        completionRate\n      }\n      byStatus {\n        status\n        count\n      }\n      byOcg {\n        ocgId\n        reference\n        name\n        open\n        overdue\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskBoard($panelId: ID!) {\n    taskBoard(panelId: $panelId) {\n      byAgency {\n        agency {\n          id\n          name\n        }\n        open\n        overdue\n        blocked\n        completed\n        notDone\n        completionRate\n      }\n      byStatus {\n        status\n        count\n      }\n      byOcg {\n        ocgId\n        reference\n        name\n        open\n        overdue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskChanged($panelId: ID!) {\n    taskChanged(panelId: $panelId) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  subscription TaskChanged($panelId: ID!) {\n    taskChanged(panelId: $panelId) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskDetails on Task {\n    id\n    panelId\n    reference\n    title\n    description\n    status\n    dueOn\n    isOverdue\n    priority\n    strand\n    gscMarking\n    agencyId\n    ownerUserId\n    ownerName\n    blockedReason\n    notDoneCause\n    closingNote\n    closedAt\n    disruptionId\n    version\n    updatedAt\n    agency {\n      id\n      name\n    }\n    ocg {\n      id\n      reference\n      name\n    }\n    nominal {\n      id\n      reference\n      displayName\n      personalDataWithheld\n    }\n  }\n"): (typeof documents)["\n  fragment TaskDetails on Task {\n    id\n    panelId\n    reference\n    title\n    description\n    status\n    dueOn\n    isOverdue\n    priority\n    strand\n    gscMarking\n    agencyId\n    ownerUserId\n    ownerName\n    blockedReason\n    notDoneCause\n    closingNote\n    closedAt\n    disruptionId\n    version\n    updatedAt\n    agency {\n      id\n      name\n    }\n    ocg {\n      id\n      reference\n      name\n    }\n    nominal {\n      id\n      reference\n      displayName\n      personalDataWithheld\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskOwnerOptions($panelId: ID!, $agencyId: ID!) {\n    members(panelId: $panelId, agencyId: $agencyId, includeDisabled: false, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        userId\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskOwnerOptions($panelId: ID!, $agencyId: ID!) {\n    members(panelId: $panelId, agencyId: $agencyId, includeDisabled: false, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        userId\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskRow on Task {\n    id\n    reference\n    title\n    status\n    dueOn\n    isOverdue\n    ownerName\n    priority\n    gscMarking\n    updatedAt\n    agency {\n      id\n      name\n    }\n    ocg {\n      id\n      reference\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TaskRow on Task {\n    id\n    reference\n    title\n    status\n    dueOn\n    isOverdue\n    ownerName\n    priority\n    gscMarking\n    updatedAt\n    agency {\n      id\n      name\n    }\n    ocg {\n      id\n      reference\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskTimeline on Task {\n    id\n    updates(limit: 50) {\n      id\n      kind\n      text\n      fromStatus\n      toStatus\n      changes {\n        field\n        before\n        after\n      }\n      authorName\n      authorAgencyName\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment TaskTimeline on Task {\n    id\n    updates(limit: 50) {\n      id\n      kind\n      text\n      fromStatus\n      toStatus\n      changes {\n        field\n        before\n        after\n      }\n      authorName\n      authorAgencyName\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Task($id: ID!) {\n    task(id: $id) {\n      id\n      ...TaskDetails\n      ...TaskTimeline\n    }\n  }\n"): (typeof documents)["\n  query Task($id: ID!) {\n    task(id: $id) {\n      id\n      ...TaskDetails\n      ...TaskTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tasks($panelId: ID!, $filter: TaskFilter, $sort: TaskSort!, $limit: Int!, $offset: Int!) {\n    tasks(panelId: $panelId, filter: $filter, sort: $sort, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...TaskRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Tasks($panelId: ID!, $filter: TaskFilter, $sort: TaskSort!, $limit: Int!, $offset: Int!) {\n    tasks(panelId: $panelId, filter: $filter, sort: $sort, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...TaskRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreatPicture($panelId: ID!, $filter: ThreatPictureFilter) {\n    threatPicture(panelId: $panelId, filter: $filter) {\n      from\n      to\n      activeCount\n      baselineAt\n      activeByTier { key label count }\n      activeByCrimeType { key label count }\n      topGroups { reference name tier score }\n      risingCount\n      risingGroups { reference name tier previous current }\n      groupChanges { month created dismantled archived }\n      emergingThreatCount\n      emergingThreatOutcomes { key label count }\n      emergingThreats { id title raisedOn outcome }\n      disruptionsByStrand { month key label count }\n      disruptionsByImpact { month key label count }\n      disruptionsByAgency { month key label count }\n      taskRates { agencyId agencyName completed closed open overdue completionRate overdueRate }\n    }\n  }\n"): (typeof documents)["\n  query ThreatPicture($panelId: ID!, $filter: ThreatPictureFilter) {\n    threatPicture(panelId: $panelId, filter: $filter) {\n      from\n      to\n      activeCount\n      baselineAt\n      activeByTier { key label count }\n      activeByCrimeType { key label count }\n      topGroups { reference name tier score }\n      risingCount\n      risingGroups { reference name tier previous current }\n      groupChanges { month created dismantled archived }\n      emergingThreatCount\n      emergingThreatOutcomes { key label count }\n      emergingThreats { id title raisedOn outcome }\n      disruptionsByStrand { month key label count }\n      disruptionsByImpact { month key label count }\n      disruptionsByAgency { month key label count }\n      taskRates { agencyId agencyName completed closed open overdue completionRate overdueRate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkVehicle($input: LinkInput!) {\n    linkVehicle(input: $input) {\n      id\n      registration\n    }\n  }\n"): (typeof documents)["\n  mutation LinkVehicle($input: LinkInput!) {\n    linkVehicle(input: $input) {\n      id\n      registration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVehicle($input: RecordVehicleInput!) {\n    recordVehicle(input: $input) {\n      id\n      registration\n    }\n  }\n"): (typeof documents)["\n  mutation RecordVehicle($input: RecordVehicleInput!) {\n    recordVehicle(input: $input) {\n      id\n      registration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehicleLookalikes($panelId: ID!, $text: String!, $limit: Int!) {\n    search(panelId: $panelId, text: $text, kinds: [VEHICLE], limit: $limit) {\n      hits {\n        id\n        title\n        subtitle\n        vehicle {\n          id\n          vrm\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VehicleLookalikes($panelId: ID!, $text: String!, $limit: Int!) {\n    search(panelId: $panelId, text: $text, kinds: [VEHICLE], limit: $limit) {\n      hits {\n        id\n        title\n        subtitle\n        vehicle {\n          id\n          vrm\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;