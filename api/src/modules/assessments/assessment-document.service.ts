import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assessmentDocument } from '@sentinel/shared';
import { maskOf } from '../../core/access/known-names.js';
import { maskHtml } from '../../core/access/masked-files.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import type { DocumentFile } from '../../core/http/document-response.js';
import { PdfService } from '../minutes/pdf.service.js';
import { assessmentHtml } from './assessment-html.js';
import { AssessmentsService } from './assessments.service.js';

/**
 * The assessment as a PDF, published or draft, for whoever may read that version on screen (a draft only for
 * those who run the panel's meetings; to anyone else it does not exist). It holds figures, crime types, areas and
 * threat titles, no one's personal data; the file is still written to the log as a disclosure to the reader's
 * agency, as the minutes files are, once it exists.
 */
@Injectable()
export class AssessmentDocumentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsService,
    private readonly audit: AuditService,
    private readonly pdf: PdfService,
  ) {}

  async pdfFile(ctx: RequestContext, id: string): Promise<DocumentFile> {
    const a = await this.assessments.get(ctx, id);
    const [panel]: { name: string }[] = await this.dataSource.query(`SELECT name FROM panel WHERE id = $1`, [a.panelId]);
    const doc = assessmentDocument({ ...a, panelName: panel?.name ?? 'Panel', content: JSON.parse(a.content) as Record<string, unknown> });
    const body = await this.pdf.fromHtml(maskHtml(await maskOf(ctx), assessmentHtml(doc)));
    await this.audit.disclosed(ctx, {
      panelId: a.panelId,
      subjects: { Assessment: [a.id] },
      toAgencyId: ctx.viewer?.agencyId ?? null,
      purpose: 'Six-monthly assessment file',
    });
    const state = a.status === 'PUBLISHED' ? '' : '-draft';
    return { filename: `assessment-${a.periodFrom}-to-${a.periodTo}-v${a.version}${state}.pdf`, contentType: 'application/pdf', body };
  }
}
