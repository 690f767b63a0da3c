import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AgendaItemEntity } from '../meetings/agenda-item.entity.js';
import { readsAgenda, ROOM_AUDIENCE, seesItem } from '../meetings/meeting-access.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { toMeetingObject } from '../meetings/meetings.service.js';
import type { ProjectorObject } from './projector.objects.js';

const OPEN_OCG = `status NOT IN ('DISMANTLED','ARCHIVED')`;

/** The meeting-room screen: four statements, and nothing on it that not everyone in the room may see. */
@Injectable()
export class ProjectorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async projector(ctx: RequestContext, panelId: string): Promise<ProjectorObject> {
    this.access.requirePanel(ctx, panelId, PERMISSIONS.MEETING_READ);
    const meeting = await this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.panel_id = :panelId', { panelId })
      .andWhere(`(m.status = 'IN_PROGRESS' OR (m.status IN ('PLANNED','AGENDA_PUBLISHED') AND m.ends_at >= now()))`)
      .orderBy(`(m.status = 'IN_PROGRESS')`, 'DESC')
      .addOrderBy('m.starts_at', 'ASC')
      .getOne();
    const item = meeting?.currentItemId ? await this.dataSource.getRepository(AgendaItemEntity).findOneBy({ id: meeting.currentItemId }) : null;
    // The screen is seen by everyone in the room, so it follows the agenda rule for an attendee from no agency in particular.
    const currentItemTitle = meeting && item && readsAgenda(ROOM_AUDIENCE, meeting) && seesItem(ROOM_AUDIENCE, item) ? item.title : null;
    const top: { id: string; reference: string; name: string; tier: string | null; score_total: number | null }[] = await this.dataSource.query(
      `SELECT id, reference, name, tier, score_total FROM ocg WHERE panel_id = $1 AND ${OPEN_OCG}
        ORDER BY score_total DESC NULLS LAST, reference LIMIT 10`,
      [panelId],
    );
    const counts: { tier: string; count: number }[] = await this.dataSource.query(
      `SELECT COALESCE(tier, 'Not scored') AS tier, count(*)::int AS count FROM ocg WHERE panel_id = $1 AND ${OPEN_OCG}
        GROUP BY 1 ORDER BY 1`,
      [panelId],
    );
    return {
      meeting: meeting ? toMeetingObject(meeting) : null,
      currentItemTitle,
      topGroups: top.map((g) => ({ ocgId: g.id, reference: g.reference, name: g.name, tier: g.tier, score: g.score_total })),
      counts,
    };
  }
}
