import { Injectable } from '@nestjs/common';
import { OWNER_MANAGED_ROLES, type Message, type Page } from '@rapport/shared/contracts';
import { pageByKeyset, pageInfo, type KeysetOrder } from '../../common/pagination/keyset-query';
import { InjectTenantRepository } from '../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext } from '../../common/tenancy/request-context';
import { TenantRepository } from '../../common/tenancy/tenant.repository';
import { UserEntity } from '../users/user.entity';
import type { MessageListQueryDto } from './message.dto';
import { MESSAGE_KIND_SPECS } from './message-templates';
import { MessageEntity } from './message.entity';
import { Outbox } from './outbox.service';

const ORDER: KeysetOrder = { alias: 'm', keys: [{ sql: 'm.created_at', type: 'timestamptz' }], direction: 'DESC' };

/** The organization's outbox as owners and admins see it. */
@Injectable()
export class MessagesService {
  constructor(
    @InjectTenantRepository(MessageEntity) private readonly messages: TenantRepository<MessageEntity>,
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    private readonly outbox: Outbox,
  ) {}

  async list(query: MessageListQueryDto): Promise<Page<Message>> {
    const qb = this.messages.qb('m');
    if (query.to) qb.andWhere('m.to_address = :to', { to: query.to });
    if (query.kind) qb.andWhere('m.kind = :kind', { kind: query.kind });
    const page = await pageByKeyset(qb, ORDER, query);
    const guarded = await this.ownerManagedRecipients(page.rows);
    return { items: page.rows.map((row) => this.toMessage(row, guarded.has(row.userId ?? ''))), ...pageInfo(page) };
  }

  /**
   * Recipients of the page's secret-bearing messages who hold a role only an owner manages. An admin
   * who could open such a user's kept reset link could take over an owner or HR account, which is
   * exactly what an admin may not grant themselves (OWNER_MANAGED_ROLES); an owner sees every body.
   */
  private async ownerManagedRecipients(rows: MessageEntity[]): Promise<Set<string>> {
    if (RequestContext.caller()?.roles.includes('owner')) return new Set();
    const ids = [...new Set(rows.filter((r) => MESSAGE_KIND_SPECS[r.kind].secret && r.userId).map((r) => r.userId as string))];
    if (ids.length === 0) return new Set();
    const holders = await this.users
      .qb('u')
      .select('u.id', 'id')
      .andWhere('u.id IN (:...ids)', { ids })
      .andWhere('u.roles && CAST(:managed AS user_role[])', { managed: [...OWNER_MANAGED_ROLES] })
      .getRawMany<{ id: string }>();
    return new Set(holders.map((h) => h.id));
  }

  /**
   * With SMTP configured, a secret-bearing body (a reset link) belongs to its recipient alone and
   * is never listed. Kept mode is the offline demo: there the list is the only way to the link.
   */
  private toMessage(row: MessageEntity, ownerOnly: boolean): Message {
    const hidden = MESSAGE_KIND_SPECS[row.kind].secret && (ownerOnly || this.outbox.mode === 'emailed' || row.status !== 'kept');
    return {
      id: row.id,
      kind: row.kind,
      to: row.to,
      subject: row.subject,
      text: hidden ? null : row.text,
      html: hidden ? null : row.html,
      status: row.status === 'sending' ? 'queued' : row.status,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
      error: row.error,
    };
  }
}
