import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { londonToday, PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { documentPage, esc, minutesBody } from './document-html.js';
import type { MinutesContent } from './minutes-content.js';
import { minutesDocx } from './minutes-docx.js';
import type { AgendaPackInfoObject } from './minutes.objects.js';
import { MinutesService } from './minutes.service.js';
import { documentPaths } from './document-paths.js';
import { PackReader } from './pack-data.js';
import { renderPack } from './pack-html.js';
import { PdfService } from './pdf.service.js';

export interface DocumentFile {
  filename: string;
  contentType: string;
  body: Buffer | string;
}

const TYPES = { html: 'text/html; charset=utf-8', pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

/**
 * The agenda pack and the minutes files, each built for the viewer's agency: what that agency may receive and
 * nothing else. Every file produced is written to the audit trail as a disclosure to that agency, once the file
 * exists (a print that fails has disclosed nothing).
 */
@Injectable()
export class PackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly minutes: MinutesService,
    private readonly pdf: PdfService,
  ) {}

  async info(ctx: RequestContext, meetingId: string): Promise<AgendaPackInfoObject> {
    const meeting = await this.meetings.findVisible(this.dataSource.manager, ctx, meetingId);
    const paths = documentPaths(meeting.id);
    const hasMinutes = Boolean(await this.minutes.forExport(this.dataSource.manager, meeting.id));
    return {
      meetingId: meeting.id,
      htmlUrl: paths.pack,
      pdfUrl: paths.packPdf,
      minutesPdfUrl: hasMinutes ? paths.minutesPdf : null,
      minutesDocxUrl: hasMinutes ? paths.minutesDocx : null,
    };
  }

  async pack(ctx: RequestContext, meetingId: string, format: 'html' | 'pdf'): Promise<DocumentFile> {
    const { meeting, agency } = await this.audience(ctx, meetingId);
    const viewer = this.access.requireViewer(ctx);
    // Until the agenda is published the pack is the chair's working draft; to members it does not exist yet.
    if (meeting.status === 'PLANNED' && !this.access.holdsInPanel(viewer, meeting.panelId, PERMISSIONS.MEETING_MANAGE)) {
      throw AppError.notFound('Agenda pack');
    }
    const personalData = this.access.holdsInPanel(viewer, meeting.panelId, PERMISSIONS.PERSONAL_DATA_READ);
    const intelligence = this.access.holdsInPanel(viewer, meeting.panelId, PERMISSIONS.INTELLIGENCE_READ);
    const reader = new PackReader(this.dataSource.manager, meeting, { agencyId: agency.id, personalData, intelligence });
    const [agenda, actions, threat, groups, previousRow] = [
      await reader.agenda(),
      await reader.actions(londonToday()),
      await reader.threatPicture(),
      await reader.groupsForReview(),
      await this.minutes.previousApproved(this.dataSource.manager, meeting),
    ];
    let previous = null;
    if (previousRow) {
      const filtered = this.minutes.present(ctx, previousRow, agency.id);
      const [prior]: { title: string }[] = await this.dataSource.query(`SELECT title FROM meeting WHERE id = $1`, [previousRow.meetingId]);
      previous = { title: prior.title, number: filtered.number, approvedAt: filtered.approvedAt, content: { ...(previousRow.content as unknown as MinutesContent), items: filtered.items } };
    }
    const html = renderPack({ meeting, agencyName: agency.name, generatedAt: new Date(), agenda, previous, actions, threat, groups, personalData, intelligence });
    const body = format === 'pdf' ? await this.pdf.fromHtml(html) : html;
    const nominalIds = personalData ? [...new Set(groups.flatMap((g) => g.nominals.map((n) => n.id)))] : [];
    await this.dataSource.transaction(async (m) => {
      const base = { panelId: meeting.panelId, toAgencyId: agency.id, reason: 'Agenda pack' };
      await this.audit.disclosed(ctx, { ...base, entityType: 'Meeting', entityIds: [meeting.id] }, m);
      await this.audit.disclosed(ctx, { ...base, entityType: 'Nominal', entityIds: nominalIds }, m);
    });
    return { filename: `agenda-pack-${day(meeting)}.${format}`, contentType: TYPES[format], body };
  }

  async minutesFile(ctx: RequestContext, meetingId: string, format: 'pdf' | 'docx'): Promise<DocumentFile> {
    const { meeting, agency } = await this.audience(ctx, meetingId);
    const row = await this.minutes.forExport(this.dataSource.manager, meeting.id);
    if (!row) throw AppError.notFound('Minutes');
    const filtered = this.minutes.present(ctx, row, agency.id);
    const content: MinutesContent = { ...(row.content as unknown as MinutesContent), items: filtered.items };
    const state = row.status === 'APPROVED' ? 'approved' : 'draft, not yet approved';
    const subtitle = `Version ${row.number} (${state})${row.correctionReason ? `. Corrected: ${row.correctionReason}` : ''}`;
    const title = `Minutes: ${meeting.title}`;
    const body =
      format === 'docx'
        ? await minutesDocx({ title, subtitle, agencyName: agency.name, content })
        : await this.pdf.fromHtml(
            documentPage(
              `${title} – ${agency.name}`,
              `<h1>${esc(title)}</h1>\n<p class="meta">${esc(subtitle)}.</p>\n<p class="notice">Prepared for <strong>${esc(agency.name)}</strong>. Do not forward outside your agency.</p>\n${minutesBody(content, 2)}`,
            ),
          );
    await this.audit.disclosed(ctx, { panelId: meeting.panelId, entityType: 'MeetingMinutes', entityIds: [row.id], toAgencyId: agency.id, reason: 'Minutes file' });
    return { filename: `minutes-${day(meeting)}-v${row.number}.${format}`, contentType: TYPES[format], body };
  }

  /** The meeting (NOT_FOUND as for a missing one) and the agency the document is built for. */
  private async audience(ctx: RequestContext, meetingId: string): Promise<{ meeting: MeetingEntity; agency: { id: string | null; name: string } }> {
    const viewer = this.access.requireViewer(ctx);
    const meeting = await this.meetings.findVisible(this.dataSource.manager, ctx, meetingId);
    this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_READ);
    const [row]: { name: string }[] = viewer.agencyId ? await this.dataSource.query(`SELECT name FROM agency WHERE id = $1`, [viewer.agencyId]) : [];
    return { meeting, agency: { id: viewer.agencyId, name: row?.name ?? 'No agency' } };
  }
}

function day(meeting: MeetingEntity): string {
  return londonToday(meeting.startsAt);
}
