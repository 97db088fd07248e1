import { Injectable } from '@nestjs/common';
import type { MessageKind } from '@rapport/shared/contracts';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { MessageQueue } from './message-queue.service';
import { composeMessage, type MessageData } from './message-templates';
import { MessageEntity } from './message.entity';

export interface NewMessage<K extends MessageKind> {
  organizationId: string;
  kind: K;
  to: string;
  userId: string | null;
  data: MessageData[K];
}

/** How a message written now leaves the building: sent over SMTP, or kept to be read in the admin. */
export type DeliveryMode = 'emailed' | 'kept';

/**
 * Writes messages into the outbox, always inside the transaction of the change that causes them
 * (the invitation and its email commit together or not at all).
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly config: AppConfig,
    private readonly queue: MessageQueue,
  ) {}

  get mode(): DeliveryMode {
    return this.config.get('SMTP_URL') ? 'emailed' : 'kept';
  }

  async write<K extends MessageKind>(manager: EntityManager, message: NewMessage<K>): Promise<MessageEntity> {
    const content = composeMessage(message.kind, message.data);
    const repo = manager.getRepository(MessageEntity);
    const saved = await repo.save(
      repo.create({
        organizationId: message.organizationId,
        kind: message.kind,
        to: message.to,
        userId: message.userId,
        ...content,
        status: this.mode === 'emailed' ? 'queued' : 'kept',
        error: null,
        sentAt: null,
        claimedAt: null,
      }),
    );
    if (saved.status === 'queued') await this.queue.enqueue(manager, saved.id);
    return saved;
  }
}
