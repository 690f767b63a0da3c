import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import type { DocumentFile } from '../../core/http/document-response.js';
import { PdfService } from '../minutes/pdf.service.js';
import { readSubjectAccess, readSubjectNominal, type SubjectAccessContent } from './subject-access.content.js';
import { subjectAccessHtml } from './subject-access.html.js';

/**
 * A nominal's subject-access report as a PDF, for the data protection officer of the nominal's panel; to anyone
 * else the nominal does not exist. Not masked: the officer answers for the person's data and reads it whole. The
 * report is itself a disclosure of the person's data (the file leaves), logged to the officer's agency once printed.
 */
@Injectable()
export class SubjectAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly pdf: PdfService,
  ) {}

  async content(ctx: RequestContext, nominalId: string): Promise<SubjectAccessContent> {
    const scope = this.access.scope(ctx, PERMISSIONS.DATA_PROTECTION_READ);
    const panelIds = scope.all ? [] : scope.panelIds;
    const nominal = panelIds.length ? await readSubjectNominal(this.dataSource, nominalId, panelIds) : null;
    if (!nominal) throw AppError.notFound('Nominal');
    return readSubjectAccess(this.dataSource, nominal);
  }

  async pdfFile(ctx: RequestContext, nominalId: string): Promise<DocumentFile> {
    const content = await this.content(ctx, nominalId);
    const n = content.nominal;
    const body = await this.pdf.fromHtml(subjectAccessHtml(content, new Date(), ctx.viewer?.name ?? 'Sentinel'));
    await this.audit.disclosed(ctx, {
      panelId: n.panelId,
      subjects: { Nominal: [n.id], Intelligence: content.intelligence.map((i) => i.id) },
      toAgencyId: ctx.viewer?.agencyId ?? null,
      purpose: 'Subject access report',
    });
    return { filename: `subject-access-${n.reference}.pdf`, contentType: 'application/pdf', body };
  }
}
