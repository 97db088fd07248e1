import { Injectable } from '@nestjs/common';
import type { Message, Page } from '@rapport/shared/contracts';
import { pageByKeyset, pageInfo, type KeysetOrder } from '../../common/pagination/keyset-query';
import { InjectTenantRepository } from '../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../common/tenancy/tenant.repository';
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
    private readonly outbox: Outbox,
  ) {}

  async list(query: MessageListQueryDto): Promise<Page<Message>> {
    const qb = this.messages.qb('m');
    if (query.to) qb.andWhere('m.to_address = :to', { to: query.to });
    if (query.kind) qb.andWhere('m.kind = :kind', { kind: query.kind });
    const page = await pageByKeyset(qb, ORDER, query);
    return { items: page.rows.map((row) => this.toMessage(row)), ...pageInfo(page) };
  }

  /**
   * With SMTP configured, a secret-bearing body (a reset link) belongs to its recipient alone and
   * is never listed. Kept mode is the offline demo: there the list is the only way to the link.
   */
  private toMessage(row: MessageEntity): Message {
    const hidden = MESSAGE_KIND_SPECS[row.kind].secret && (this.outbox.mode === 'emailed' || row.status !== 'kept');
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
