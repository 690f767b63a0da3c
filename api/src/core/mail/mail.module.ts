import { Global, Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { MailLogResolver } from './mail-log.resolver.js';
import { MailLogService } from './mail-log.service.js';
import { MailService } from './mail.service.js';

@Global()
@Module({ imports: [AccessModule], providers: [MailService, MailLogService, MailLogResolver], exports: [MailService] })
export class MailModule {}
