import { Injectable } from '@nestjs/common';
import { Tenancy, paginate, type AuthContext, type PageQueryDto } from '@parley/server-core';
import { Notification } from '@parley/server-data';
import { LiveEvents } from '@parley/server-live';
import type { ListOf, NotificationDto } from '@parley/shared-types';

const toDto = (n: Notification): NotificationDto => ({
  id: n.id,
  type: n.type,
  title: n.title,
  body: n.body,
  outreachId: n.outreachId,
  data: n.data,
  readAt: n.readAt ? n.readAt.toISOString() : null,
  createdAt: n.createdAt.toISOString(),
});

export interface NewNotification {
  type: string;
  title: string;
  body?: string;
  outreachId?: string | null;
  data?: Record<string, unknown>;
}

/** The team's notifications: stored for the list in the SPA and pushed at once over SSE (`notification`). */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly live: LiveEvents,
  ) {}

  async notify(storeId: string, input: NewNotification): Promise<NotificationDto> {
    const repo = this.tenancy.repo(Notification, storeId);
    const saved = await repo.save(repo.create({ type: input.type, title: input.title, body: input.body ?? '', outreachId: input.outreachId ?? null, data: input.data ?? {}, readAt: null }));
    const dto = toDto(saved);
    await this.live.publish(storeId, 'notification', dto);
    return dto;
  }

  async list(auth: AuthContext, query: PageQueryDto & { unread?: boolean }): Promise<ListOf<'notifications', NotificationDto> & { unread: number }> {
    const repo = this.tenancy.repo(Notification, auth.storeId);
    const qb = repo.qb('n').orderBy('n.createdAt', 'DESC');
    if (query.unread) qb.andWhere('n.readAt IS NULL');
    const [{ items, pagination }, unread] = await Promise.all([paginate(qb, query), repo.qb('n').andWhere('n.readAt IS NULL').getCount()]);
    return { notifications: items.map(toDto), pagination, unread };
  }

  /** Marks notifications read: these ids, those about one outreach (its thread was opened), or all; answers how many changed. */
  async markRead(auth: AuthContext, which: { ids: string[] } | { outreachId: string } | 'all'): Promise<{ updated: number }> {
    const rows = await this.tenancy.query<{ id: string }>(
      auth.storeId,
      `UPDATE notifications SET read_at = now(), updated_at = now()
        WHERE store_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[])) AND ($3::uuid IS NULL OR outreach_id = $3)
        RETURNING id`,
      [which !== 'all' && 'ids' in which ? which.ids : null, which !== 'all' && 'outreachId' in which ? which.outreachId : null],
    );
    return { updated: rows.length };
  }
}
