import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Transporter } from 'nodemailer';
import type PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { mailOptions, smtpTransport } from './mail-transport';
import { DELIVERY_LEASE_SECONDS, type DeliveryJob, MessageQueue } from './message-queue.service';
import { MESSAGE_KIND_SPECS } from './message-templates';
import type { MessageEntity } from './message.entity';

type ClaimedRow = Pick<MessageEntity, 'id' | 'kind' | 'to' | 'subject' | 'text' | 'html'> & { organizationName: string };

/**
 * Drains the outbox when SMTP is configured. A job is at-least-once; the row's claim makes the
 * send at-most-once per claim: `queued → sending` is one conditional UPDATE, so of two workers
 * (two API instances, or a duplicate job) exactly one gets the row. A claim left in `sending` by a
 * crashed worker is taken over once after the job's lease (the message may then go out twice,
 * never three times; docs/adr/0013-outbox-and-queue.md).
 */
@Injectable()
export class MessageDelivery implements OnApplicationBootstrap {
  private readonly logger = new Logger(MessageDelivery.name);
  private transport?: Transporter;

  constructor(
    private readonly config: AppConfig,
    private readonly queue: MessageQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** After every module's init, so the queue (MessageQueue.onModuleInit) has started. */
  async onApplicationBootstrap(): Promise<void> {
    const smtpUrl = this.config.get('SMTP_URL');
    if (!smtpUrl) return; // kept mode: messages are listed, not sent, and this instance takes no jobs
    this.transport = smtpTransport(smtpUrl);
    await this.queue.work((job) => this.deliver(job));
  }

  async deliver(job: PgBoss.JobWithMetadata<DeliveryJob>): Promise<void> {
    const row = await this.claim(job.data.messageId);
    if (!row) return; // already sent, failed, claimed by another worker, or erased
    try {
      await this.transport?.sendMail(
        mailOptions(
          { id: row.id, to: row.to, subject: row.subject, text: row.text ?? '', html: row.html ?? '', organizationName: row.organizationName },
          this.config.get('MAIL_FROM'),
        ),
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const final = job.retryCount >= job.retryLimit;
      await this.release(row.id, reason, final && MESSAGE_KIND_SPECS[row.kind].secret, final);
      // Not the address or the body: only the id and the server's answer reach the log.
      this.logger.warn(`Message ${row.id} not delivered (attempt ${job.retryCount + 1}${final ? ', giving up' : ''}): ${reason}`);
      throw error; // pg-boss retries with backoff, or marks the job failed after the last attempt
    }
    await this.markSent(row.id, MESSAGE_KIND_SPECS[row.kind].secret);
  }

  /** Takes the row for this worker, or returns null when it is not ours to send. */
  private async claim(id: string): Promise<ClaimedRow | null> {
    const [rows] = (await this.dataSource.query(
      `UPDATE messages m
          SET status = 'sending', attempts = attempts + 1, claimed_at = now(),
              resumed_after_crash = resumed_after_crash OR m.status = 'sending'
         FROM organizations o
        WHERE m.id = $1 AND o.id = m.organization_id
          AND (m.status = 'queued'
               OR (m.status = 'sending' AND NOT m.resumed_after_crash AND m.claimed_at < now() - make_interval(secs => $2)))
        RETURNING m.id, m.kind, m.to_address AS "to", m.subject, m.text, m.html, o.name AS "organizationName"`,
      [id, DELIVERY_LEASE_SECONDS],
    )) as [ClaimedRow[], number];
    return rows[0] ?? null;
  }

  private async release(id: string, reason: string, dropBody: boolean, final: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE messages SET status = $2, error = $3, claimed_at = NULL,
              text = CASE WHEN $4 THEN NULL ELSE text END, html = CASE WHEN $4 THEN NULL ELSE html END
        WHERE id = $1 AND status = 'sending'`,
      [id, final ? 'failed' : 'queued', reason.slice(0, 1000), dropBody],
    );
  }

  private async markSent(id: string, secret: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE messages SET status = 'sent', sent_at = now(), error = NULL, claimed_at = NULL,
              text = CASE WHEN $2 THEN NULL ELSE text END, html = CASE WHEN $2 THEN NULL ELSE html END
        WHERE id = $1 AND status = 'sending'`,
      [id, secret],
    );
  }
}
