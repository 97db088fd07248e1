import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { withSchemaLock } from '../../database/migrate';

/** The delivery queue; a job carries only a message id (the outbox row is the source of truth). */
export const DELIVERY_QUEUE = 'messages.deliver';

/**
 * How long a delivery job may run before pg-boss gives it up as crashed and retries it. The SMTP
 * timeouts (mail-transport.ts) end an attempt well before, so only a dead worker reaches it.
 */
export const DELIVERY_LEASE_SECONDS = 180;

export interface DeliveryJob {
  messageId: string;
}

type Handler = (job: PgBoss.JobWithMetadata<DeliveryJob>) => Promise<void>;

/**
 * pg-boss in the API process (docs/adr/0013-outbox-and-queue.md): its own schema `pgboss`, started
 * with the module and stopped gracefully on shutdown (running deliveries finish first).
 */
@Injectable()
export class MessageQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MessageQueue.name);
  private readonly boss: PgBoss;
  private started = false;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {
    this.boss = new PgBoss({
      connectionString: config.get('DATABASE_URL'),
      schema: 'pgboss',
      application_name: 'rapport-queue',
      max: 2,
      // No cron jobs yet (reminders are a later slice); maintenance still expires crashed jobs.
      schedule: false,
    });
    // pg-boss reports its own failures as events; an unhandled 'error' event would end the process.
    this.boss.on('error', (error) => this.logger.error(`Queue error: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    // pg-boss installs or upgrades its schema on start: one instance at a time, like migrations.
    await withSchemaLock(this.dataSource, async () => {
      await this.boss.start();
      await this.boss.createQueue(DELIVERY_QUEUE);
    });
    this.started = true;
  }

  /**
   * Enqueues delivery of `messageId` in the caller's transaction: the job exists if and only if
   * the message row (and the change that caused it) commits.
   */
  async enqueue(manager: EntityManager, messageId: string): Promise<void> {
    const data: DeliveryJob = { messageId };
    await this.boss.send(DELIVERY_QUEUE, data, {
      db: { executeSql: async (text: string, values: unknown[]) => ({ rows: (await manager.query(text, values)) as unknown[] }) },
      retryLimit: this.config.get('MAIL_RETRY_LIMIT'),
      retryDelay: this.config.get('MAIL_RETRY_DELAY_SECONDS'),
      retryBackoff: true,
      expireInSeconds: DELIVERY_LEASE_SECONDS,
    });
  }

  async work(handler: Handler): Promise<void> {
    await this.boss.work<DeliveryJob>(
      DELIVERY_QUEUE,
      { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: this.config.get('MAIL_POLL_SECONDS') },
      async ([job]) => handler(job),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    // Waits for a delivery in progress (bounded by the SMTP timeouts), then closes the pool.
    await this.boss.stop({ graceful: true, wait: true, timeout: 20_000 });
  }
}
