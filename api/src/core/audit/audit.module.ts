import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service.js';
import { ConsultationLogJobs } from './consultation-log.jobs.js';

@Global()
@Module({ providers: [AuditService, ConsultationLogJobs], exports: [AuditService] })
export class AuditModule {}
