import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DocumentResponder } from '../../core/http/document-response.js';
import { AssessmentDocumentService } from './assessment-document.service.js';

/** The assessment's PDF (assessmentPdfPath in @sentinel/shared); DocumentResponder checks the session, the service access. */
@Controller('assessments')
export class AssessmentsController {
  constructor(
    private readonly documents: DocumentResponder,
    private readonly files: AssessmentDocumentService,
  ) {}

  @Get(':id/assessment.pdf')
  pdf(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.documents.send(req, res, id, 'Assessment', (ctx) => this.documents.printed(ctx, () => this.files.pdfFile(ctx, id)));
  }
}
