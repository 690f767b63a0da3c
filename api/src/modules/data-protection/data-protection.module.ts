import { Module } from '@nestjs/common';
import { MinutesModule } from '../minutes/minutes.module.js';
import { DataProtectionController } from './data-protection.controller.js';
import { AuditTrailEntryResolver, ConsultationLogEntryResolver, DataProtectionResolver } from './data-protection.resolver.js';
import { DataProtectionService } from './data-protection.service.js';
import { SubjectAccessService } from './subject-access.service.js';

/**
 * The data protection officer's view of a panel: its audit trail and s.62 log, the chains' verification, and a
 * nominal's subject-access report (printed by the minutes module's PdfService: one browser).
 */
@Module({
  imports: [MinutesModule],
  controllers: [DataProtectionController],
  providers: [DataProtectionResolver, ConsultationLogEntryResolver, AuditTrailEntryResolver, DataProtectionService, SubjectAccessService],
})
export class DataProtectionModule {}
