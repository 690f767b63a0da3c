import { Module } from '@nestjs/common';
import { PdfService } from '../minutes/pdf.service.js';
import { OutcomeReportExportService } from './outcome-report-export.service.js';
import { OutcomeReportResolver } from './outcome-report.resolver.js';
import { OutcomeReportService } from './outcome-report.service.js';

/** The outcome report and its files (issue 6, item 4). PdfService is stateless apart from its lazily started browser. */
@Module({ providers: [OutcomeReportResolver, OutcomeReportService, OutcomeReportExportService, PdfService] })
export class OutcomeReportModule {}
