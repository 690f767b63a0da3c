import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { withFilter } from 'graphql-subscriptions';
import { DataSource, type EntityManager } from 'typeorm';
import type { MeetingStatus } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { EventsService } from '../../core/events/events.service.js';
import { afterCommit } from '../meetings/after-commit.js';
import { agendaView, itemAudience, readsAgenda, seesItem, SERVER_AUDIENCE } from '../meetings/meeting-access.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import type { MeetingLiveEventKind } from './agenda.enums.js';
import type { AgendaItemObject } from './agenda.objects.js';
import { AgendaService } from './agenda.service.js';
import type { MeetingLiveObject } from './live.objects.js';

const MEETING_LIVE = 'meeting-live';

/** What is published: everything any subscriber might be shown. It never leaves the server unshaped. */
interface LiveEvent {
  meetingId: string;
  panelId: string;
  status: MeetingStatus;
  /** Null while the agenda is a draft: then only those who run the meeting are sent anything. */
  agendaPublishedAt: Date | null;
  kind: MeetingLiveEventKind | null;
  itemId: string | null;
  itemRestrictedTo: string[];
  currentItem: AgendaItemObject | null;
  currentItemStartedAt: Date | null;
}

/**
 * The live meeting's event stream. One event is built per change, with the current item in full; each
 * subscriber's copy is then shaped on the server by the agenda's visibility rule, so a restricted item's title
 * and notes reach only those who may see it, and events about items hidden from a subscriber are not sent.
 */
@Injectable()
export class LiveEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: EventsService,
    private readonly meetings: MeetingsService,
    private readonly agendas: AgendaService,
  ) {}

  /** Publishes once `m`'s transaction commits, reading the committed state so no one hears of a rollback. */
  announce(m: EntityManager, meeting: MeetingEntity, kind: MeetingLiveEventKind, itemId: string | null = null, itemRestrictedTo?: string[]): void {
    afterCommit(m, async () => {
      const current = await this.dataSource.getRepository(MeetingEntity).findOneBy({ id: meeting.id });
      if (!current) return;
      const event = await this.build(this.dataSource.manager, current, kind, itemId, itemRestrictedTo);
      await this.events.publish(MEETING_LIVE, current.panelId, { meetingLive: event });
    });
  }

  async state(ctx: RequestContext, meetingId: string): Promise<MeetingLiveObject> {
    const { meeting } = await this.meetings.findAgenda(this.dataSource.manager, ctx, meetingId);
    return this.shape(ctx, await this.build(this.dataSource.manager, meeting, null, null))!;
  }

  async watch(ctx: RequestContext, meetingId: string): Promise<AsyncIterableIterator<{ meetingLive: MeetingLiveObject }>> {
    const { meeting } = await this.meetings.findAgenda(this.dataSource.manager, ctx, meetingId);
    const filter = withFilter(
      () => this.events.subscribe<{ meetingLive: LiveEvent }>(MEETING_LIVE, meeting.panelId),
      (payload?: { meetingLive: LiveEvent }) =>
        Boolean(payload && payload.meetingLive.meetingId === meeting.id && this.shape(ctx, payload.meetingLive)),
    );
    // graphql-subscriptions 3 hands back a promise of the filtered iterator, whatever its typings say.
    const filtered = await (filter(undefined, {}, ctx, undefined as never) as unknown as Promise<AsyncIterableIterator<{ meetingLive: LiveEvent }>>);
    return mapIterator(filtered, (p) => ({ meetingLive: this.shape(ctx, p.meetingLive)! }));
  }

  private async build(
    m: EntityManager,
    meeting: MeetingEntity,
    kind: MeetingLiveEventKind | null,
    itemId: string | null,
    itemRestrictedTo?: string[],
  ): Promise<LiveEvent> {
    const needItems = Boolean(meeting.currentItemId) || (itemId !== null && itemRestrictedTo === undefined);
    const items = needItems ? (await this.agendas.load(m, agendaView(meeting, SERVER_AUDIENCE))).items : [];
    const current = items.find((i) => i.id === meeting.currentItemId) ?? null;
    return {
      meetingId: meeting.id,
      panelId: meeting.panelId,
      status: meeting.status,
      agendaPublishedAt: meeting.agendaPublishedAt,
      kind,
      itemId,
      itemRestrictedTo: itemRestrictedTo ?? items.find((i) => i.id === itemId)?.restrictedToIds ?? [],
      currentItem: current,
      currentItemStartedAt: meeting.currentItemStartedAt,
    };
  }

  /** The event as this subscriber may receive it, or null when it is about an item they may not see. */
  private shape(ctx: RequestContext, e: LiveEvent): MeetingLiveObject | null {
    if (!ctx.viewer) return null;
    const audience = itemAudience(this.access, ctx);
    if (!readsAgenda(audience, { panelId: e.panelId, status: e.status, agendaPublishedAt: e.agendaPublishedAt })) return null;
    const sees = (restrictedTo: readonly string[]) => seesItem(audience, { panelId: e.panelId, restrictedTo });
    const aboutItem = e.kind !== 'CURRENT_ITEM_CHANGED' && e.kind !== 'STATUS_CHANGED' && e.itemId !== null;
    if (aboutItem && !sees(e.itemRestrictedTo)) return null;
    const visible = e.currentItem && sees(e.currentItem.restrictedToIds) ? e.currentItem : null;
    return {
      meetingId: e.meetingId,
      status: e.status,
      kind: e.kind,
      currentItem: visible,
      currentItemStartedAt: e.currentItemStartedAt,
      restrictedItemInProgress: Boolean(e.currentItem && !visible),
      itemId: e.itemId && sees(e.itemRestrictedTo) ? e.itemId : null,
    };
  }
}

function mapIterator<T, U>(source: AsyncIterableIterator<T>, fn: (value: T) => U): AsyncIterableIterator<U> {
  return {
    async next() {
      const r = await source.next();
      return r.done ? { done: true, value: undefined } : { done: false, value: fn(r.value) };
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    async throw(e: unknown) {
      await source.return?.();
      throw e;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
