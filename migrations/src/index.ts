import { CreateFoundation1764300000000 } from './1764300000000-CreateFoundation.js';
import { CreateOcgRecords1764400000000 } from './1764400000000-CreateOcgRecords.js';
import { CreateTasks1764500000000 } from './1764500000000-CreateTasks.js';
import { CreateMeetings1764600000000 } from './1764600000000-CreateMeetings.js';
import { CreateAssessments1764700000000 } from './1764700000000-CreateAssessments.js';
import { LockPublishedAssessments1764800000000 } from './1764800000000-LockPublishedAssessments.js';
import { CreateReminderScan1764900000000 } from './1764900000000-CreateReminderScan.js';
import { CreateRecordTextSearch1765000000000 } from './1765000000000-CreateRecordTextSearch.js';
import { AddAuditChannel1765100000000 } from './1765100000000-AddAuditChannel.js';
import { EnforcePanelIsolation1765200000000 } from './1765200000000-EnforcePanelIsolation.js';
import { CreatePasswordChangeAttempts1765300000000 } from './1765300000000-CreatePasswordChangeAttempts.js';
import { ChainAuditTrail1765400000000 } from './1765400000000-ChainAuditTrail.js';
import { CreateConsultationLog1765500000000 } from './1765500000000-CreateConsultationLog.js';
import { CreatePanelRevision1765600000000 } from './1765600000000-CreatePanelRevision.js';
import { CreateSessionViewerFunctions1765700000000 } from './1765700000000-CreateSessionViewerFunctions.js';
import { ReviseGroupListTables1765800000000 } from './1765800000000-ReviseGroupListTables.js';
import { CreateMailLog1765930000000 } from './1765930000000-CreateMailLog.js';
import { FoldPlateMAndN1765950000001 } from './1765950000001-FoldPlateMAndN.js';
import { AddAssessmentEditVersion1766000000000 } from './1766000000000-AddAssessmentEditVersion.js';
import { ReviseKnownTermTables1766300000000 } from './1766300000000-ReviseKnownTermTables.js';
import { CreateAccountTokens1766400000000 } from './1766400000000-CreateAccountTokens.js';
import { CreateSecondFactor1766410000000 } from './1766410000000-CreateSecondFactor.js';
import { CreateIdentityProviders1766420000000 } from './1766420000000-CreateIdentityProviders.js';
import { CreateMembershipReview1766430000000 } from './1766430000000-CreateMembershipReview.js';
import { AddPanelDisabled1766440000000 } from './1766440000000-AddPanelDisabled.js';
import { HideDisabledPanelsFromViewers1766450000000 } from './1766450000000-HideDisabledPanelsFromViewers.js';
import { NarrowAdministratorScope1766460000000 } from './1766460000000-NarrowAdministratorScope.js';
import { CreateRegions1766470000000 } from './1766470000000-CreateRegions.js';
import { AllowDataProtectionOfficer1766480000000 } from './1766480000000-AllowDataProtectionOfficer.js';
import { CreateCrossPanelMatches1766490000000 } from './1766490000000-CreateCrossPanelMatches.js';
import { CreateHitChecks1766500000000 } from './1766500000000-CreateHitChecks.js';
import { CreateRecordReviews1766510000000 } from './1766510000000-CreateRecordReviews.js';
import { ReachParentsInScope1766520000000 } from './1766520000000-ReachParentsInScope.js';

/** Every migration, oldest first. */
export const MIGRATIONS = [
  CreateFoundation1764300000000,
  CreateOcgRecords1764400000000,
  CreateTasks1764500000000,
  CreateMeetings1764600000000,
  CreateAssessments1764700000000,
  LockPublishedAssessments1764800000000,
  CreateReminderScan1764900000000,
  CreateRecordTextSearch1765000000000,
  AddAuditChannel1765100000000,
  EnforcePanelIsolation1765200000000,
  CreatePasswordChangeAttempts1765300000000,
  ChainAuditTrail1765400000000,
  CreateConsultationLog1765500000000,
  CreatePanelRevision1765600000000,
  CreateSessionViewerFunctions1765700000000,
  ReviseGroupListTables1765800000000,
  CreateMailLog1765930000000,
  FoldPlateMAndN1765950000001,
  AddAssessmentEditVersion1766000000000,
  ReviseKnownTermTables1766300000000,
  CreateAccountTokens1766400000000,
  CreateSecondFactor1766410000000,
  CreateIdentityProviders1766420000000,
  CreateMembershipReview1766430000000,
  AddPanelDisabled1766440000000,
  HideDisabledPanelsFromViewers1766450000000,
  NarrowAdministratorScope1766460000000,
  CreateRegions1766470000000,
  AllowDataProtectionOfficer1766480000000,
  CreateCrossPanelMatches1766490000000,
  CreateHitChecks1766500000000,
  CreateRecordReviews1766510000000,
  ReachParentsInScope1766520000000,
];
