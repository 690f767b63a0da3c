import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { londonToday, PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import type { DocumentFile } from '../../core/http/document-response.js';
import { AgendaService } from '../agenda/agenda.service.js';
import type { AgendaView } from '../meetings/meeting-access.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { documentPage, esc, minutesBody } from './document-html.js';
import { maskOf } from '../../core/access/known-names.js';
import { maskDocx, maskHtml } from '../../core/access/masked-files.js';
import { minutesDocx } from './minutes-docx.js';
import type { AgendaPackInfoObject } from './minutes.objects.js';
import { MinutesService } from './minutes.service.js';
import { documentPaths } from './document-paths.js';
import { packAgenda, PackReader } from './pack-data.js';
import { renderPack } from './pack-html.js';
import { PdfService } from './pdf.service.js';

const TYPES = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/**
 * The agenda pack and the minutes files, each built for the viewer by the same rules as the screens (agenda
 * items, tasks, minutes content, intelligence, personal data): what they may receive and nothing else. Every
 * file produced is written to the audit trail as a disclosure to their agency, once the file exists (a print
 * that fails has disclosed nothing).
 */
@Injectable()
export class PackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly agendas: AgendaService,
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
    // Until the agenda is published the pack is the chair's working draft; to members it does not exist yet.
    const { view, agency } = await this.audience(ctx, meetingId);
    const { meeting } = view;
    const viewer = this.access.requireViewer(ctx);
    const personalData = this.access.holdsInPanel(viewer, meeting.panelId, PERMISSIONS.PERSONAL_DATA_READ);
    const intelligence = this.access.holdsInPanel(viewer, meeting.panelId, PERMISSIONS.INTELLIGENCE_READ);
    const m = this.dataSource.manager;
    const reader = new PackReader(m, this.access, ctx, view, { personalData, intelligence });
    const [agenda, actions, threat, groups, previousRow] = [
      packAgenda(await this.agendas.load(m, view)),
      await reader.actions(londonToday()),
      await reader.threatPicture(),
      await reader.groupsForReview(),
      await this.minutes.previousApproved(m, meeting),
    ];
    let previous = null;
    if (previousRow) {
      const [prior]: { title: string }[] = await this.dataSource.query(`SELECT title FROM meeting WHERE id = $1`, [previousRow.meetingId]);
      previous = {
        title: prior.title,
        number: previousRow.number,
        approvedAt: previousRow.approvedAt,
        content: this.minutes.contentFor(ctx, previousRow),
      };
    }
    const mask = await maskOf(ctx);
    const html = maskHtml(
      mask,
      renderPack({
        meeting,
        agencyName: agency.name,
        generatedAt: new Date(),
        agenda,
        previous,
        actions,
        threat,
        groups,
        personalData,
        intelligence,
      }),
    );
    const body = format === 'pdf' ? await this.pdf.fromHtml(html) : html;
    const nominalIds = personalData ? [...new Set(groups.flatMap((g) => g.nominals.map((n) => n.id)))] : [];
    await this.audit.disclosed(ctx, {
      panelId: meeting.panelId,
      subjects: { Meeting: [meeting.id], Nominal: nominalIds },
      toAgencyId: agency.id,
      purpose: 'Agenda pack',
    });
    return { filename: `agenda-pack-${day(meeting)}.${format}`, contentType: TYPES[format], body };
  }

  async minutesFile(ctx: RequestContext, meetingId: string, format: 'pdf' | 'docx'): Promise<DocumentFile> {
    const { view, agency } = await this.audience(ctx, meetingId);
    const { meeting } = view;
    const row = await this.minutes.forExport(this.dataSource.manager, meeting.id);
    if (!row) throw AppError.notFound('Minutes');
    const content = this.minutes.contentFor(ctx, row);
    const state = row.status === 'APPROVED' ? 'approved' : 'draft, not yet approved';
    const subtitle = `Version ${row.number} (${state})${row.correctionReason ? `. Corrected: ${row.correctionReason}` : ''}`;
    const title = `Minutes: ${meeting.title}`;
    const mask = await maskOf(ctx);
    const body =
      format === 'docx'
        ? maskDocx(mask, await minutesDocx({ title, subtitle, agencyName: agency.name, content }))
        : await this.pdf.fromHtml(
            maskHtml(
              mask,
              documentPage(
                `${title} – ${agency.name}`,
                `<h1>${esc(title)}</h1>\n<p class="meta">${esc(subtitle)}.</p>\n<p class="notice">Prepared for <strong>${esc(agency.name)}</strong>. Do not forward outside your agency.</p>\n${minutesBody(content, 2)}`,
              ),
            ),
          );
    await this.audit.disclosed(ctx, {
      panelId: meeting.panelId,
      subjects: { MeetingMinutes: [row.id] },
      toAgencyId: agency.id,
      purpose: 'Minutes file',
    });
    return { filename: `minutes-${day(meeting)}-v${row.number}.${format}`, contentType: TYPES[format], body };
  }

  /**
   * The meeting's agenda as the viewer may see it (NOT_FOUND as for a missing meeting, a draft included), and
   * the agency the document is issued to. Every document is built for the viewer: their agency's items and
   * tasks, and every item for those who run the meeting.
   */
  private async audience(ctx: RequestContext, meetingId: string): Promise<{ view: AgendaView; agency: { id: string | null; name: string } }> {
    const viewer = this.access.requireViewer(ctx);
    const view = await this.meetings.findAgenda(this.dataSource.manager, ctx, meetingId);
    this.access.requireInPanel(ctx, view.meeting.panelId, PERMISSIONS.MEETING_READ);
    const [row]: { name: string }[] = viewer.agencyId ? await this.dataSource.query(`SELECT name FROM agency WHERE id = $1`, [viewer.agencyId]) : [];
    return { view, agency: { id: viewer.agencyId, name: row?.name ?? 'No agency' } };
  }
}

function day(meeting: MeetingEntity): string {
  return londonToday(meeting.startsAt);
}
