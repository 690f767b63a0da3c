import { Module } from '@nestjs/common';
import { ExportService } from './export.service.js';
import { ImportController } from './import.controller.js';
import { ImportErrorFilter, ImportRequestGuard } from './import-http.js';
import { ImportService } from './import.service.js';
import { RecordsIoResolver } from './records-io.resolver.js';

@Module({
  controllers: [ImportController],
  providers: [RecordsIoResolver, ExportService, ImportService, ImportRequestGuard, ImportErrorFilter],
})
export class RecordsIoModule {}
