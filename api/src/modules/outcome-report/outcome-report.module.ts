import { Module } from '@nestjs/common';
import { MinutesModule } from '../minutes/minutes.module.js';
import { OutcomeReportExportService } from './outcome-report-export.service.js';
import { OutcomeReportResolver } from './outcome-report.resolver.js';
import { OutcomeReportService } from './outcome-report.service.js';

/** The outcome report and its files; PDFs are printed by the minutes module's PdfService (one browser). */
@Module({ imports: [MinutesModule], providers: [OutcomeReportResolver, OutcomeReportService, OutcomeReportExportService] })
export class OutcomeReportModule {}
