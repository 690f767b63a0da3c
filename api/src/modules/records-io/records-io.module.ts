import { Module } from '@nestjs/common';
import { ExportService } from './export.service.js';
import { ImportService } from './import.service.js';
import { RecordsIoResolver } from './records-io.resolver.js';

@Module({ providers: [RecordsIoResolver, ExportService, ImportService] })
export class RecordsIoModule {}
