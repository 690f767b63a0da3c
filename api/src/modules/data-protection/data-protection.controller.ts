import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DocumentResponder } from '../../core/http/document-response.js';
import { SubjectAccessService } from './subject-access.service.js';

/** A nominal's subject-access report (subjectAccessPdfPath in @sentinel/shared); DocumentResponder checks the session, the service access. */
@Controller('nominals')
export class DataProtectionController {
  constructor(
    private readonly documents: DocumentResponder,
    private readonly reports: SubjectAccessService,
  ) {}

  @Get(':id/subject-access.pdf')
  pdf(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.documents.send(req, res, id, 'Nominal', (ctx) => this.documents.printed(ctx, () => this.reports.pdfFile(ctx, id)));
  }
}
