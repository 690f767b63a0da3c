import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DocumentResponder } from '../../core/http/document-response.js';
import { PackService } from './pack.service.js';

/** A meeting's documents as plain HTTP; DocumentResponder checks the session, the services check access. */
@Controller('meetings')
export class MinutesController {
  constructor(
    private readonly documents: DocumentResponder,
    private readonly packs: PackService,
  ) {}

  @Get(':id/pack')
  packHtml(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.documents.send(req, res, id, 'Meeting', (ctx) => this.packs.pack(ctx, id, 'html'));
  }

  @Get(':id/pack.pdf')
  packPdf(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.documents.send(req, res, id, 'Meeting', (ctx) => this.documents.printed(ctx, () => this.packs.pack(ctx, id, 'pdf')));
  }

  @Get(':id/minutes.pdf')
  minutesPdf(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.documents.send(req, res, id, 'Meeting', (ctx) => this.documents.printed(ctx, () => this.packs.minutesFile(ctx, id, 'pdf')));
  }

  @Get(':id/minutes.docx')
  minutesDocx(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.documents.send(req, res, id, 'Meeting', (ctx) => this.documents.printed(ctx, () => this.packs.minutesFile(ctx, id, 'docx')));
  }
}
