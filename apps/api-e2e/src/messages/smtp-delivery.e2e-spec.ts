import type { Message, Page } from '@rapport/shared/contracts';
import type { AddressObject, ParsedMail } from 'mailparser';
import { readFileSync } from 'node:fs';
import PgBoss from 'pg-boss';
import { acceptInvite, createUser, login, PASSWORD, signup, type Session } from '../factories';
import { startApi, type ApiProcess } from '../support/api-process';
import { query, requireEnv } from '../support/db';
import { api, bearer, expectStatus } from '../support/http';
import { startMailServer, tokenIn, waitFor, type MailServer } from './mail-server';

const MAIL_FROM = 'no-reply@mail.rapport.test';
const NEW_PASSWORD = 'a-brand-new-passphrase-77';

/** An API instance that sends through `mail` (the suite's own API keeps messages instead). */
const smtpApi = (mail: MailServer, name: string): Promise<ApiProcess> =>
  startApi(requireEnv('E2E_DATABASE_URL'), {
    name,
    env: {
      SMTP_URL: mail.url,
      MAIL_FROM,
      MAIL_RETRY_LIMIT: '2',
      MAIL_RETRY_DELAY_SECONDS: '1',
      MAIL_POLL_SECONDS: '1',
      LOG_LEVEL: 'info',
    },
  });

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address));

const mailTo = (mail: MailServer, email: string) => () => mail.received.find((m) => addresses(m.to).includes(email));

async function listed(owner: Session, params = ''): Promise<Message[]> {
  return ((await expectStatus(api().get(`/api/messages${params}`).set(bearer(owner.token)), 200)).body as Page<Message>).items;
}

describe('email over SMTP', () => {
  const suiteApi = requireEnv('E2E_BASE_URL');
  let mail: MailServer;
  let sender: ApiProcess;

  beforeAll(async () => {
    mail = await startMailServer();
    sender = await smtpApi(mail, 'smtp-sender');
    process.env['E2E_BASE_URL'] = sender.baseUrl;
  }, 90_000);
  afterAll(async () => {
    process.env['E2E_BASE_URL'] = suiteApi;
    await sender?.stop();
    await mail?.close();
  });
  beforeEach(() => {
    mail.received.length = 0;
    mail.rejecting = false;
  });

  it('delivers the invitation: both parts, From the organization at MAIL_FROM, a stable Message-ID, a link that accepts', async () => {
    const owner = await signup('Mailing practice');
    const invited = await createUser(owner.token, ['hr'], 'Mia Mailed');
    expect(invited.invitationDelivery).toBe('emailed');
    const received: ParsedMail = await waitFor('the invitation email', mailTo(mail, invited.email));
    expect(addresses(received.to)).toEqual([invited.email]);
    expect(received.from?.value).toEqual([{ address: MAIL_FROM, name: 'Mailing practice' }]);
    expect(received.subject).toBe('You are invited to Mailing practice on Rapport');
    const [row] = await listed(owner);
    expect(received.messageId).toBe(`<${row.id}@mail.rapport.test>`);
    expect(received.headers.has('list-unsubscribe')).toBe(false); // an account message, not a notification
    const token = tokenIn(received.text, '/accept-invite');
    expect(tokenIn(typeof received.html === 'string' ? received.html : '', '/accept-invite')).toBe(token);
    const hr = await acceptInvite(token, invited.email);
    expect(hr.user.roles).toEqual(['hr']);
    const status = await waitFor('the sent status', async () => ((await listed(owner))[0].status === 'sent' ? true : undefined));
    expect(status).toBe(true);
    const [sent] = await listed(owner);
    expect(sent).toMatchObject({ kind: 'invitation', to: invited.email, status: 'sent', error: null, sentAt: expect.any(String) });
    expect(sent.text).toContain('/accept-invite?token=');
  });

  it('delivers a password reset whose body no one else can read, and whose link resets the password', async () => {
    const owner = await signup('Reset by mail');
    await expectStatus(api().post('/api/auth/password-reset').send({ email: owner.email }), 202);
    const received = await waitFor('the reset email', mailTo(mail, owner.email));
    expect(received.subject).toBe('Reset your Rapport password');
    const token = tokenIn(received.text, '/reset-password');
    const listedReset = await waitFor('the reset marked sent', async () => {
      const [m] = await listed(owner, '?kind=password_reset');
      return m?.status === 'sent' ? m : undefined;
    });
    expect(listedReset).toMatchObject({ to: owner.email, subject: 'Reset your Rapport password', text: null, html: null });
    // Once handed to the mail server, the link is gone from the database too.
    expect(await query('SELECT text, html FROM messages WHERE id = $1', [listedReset.id])).toEqual([{ text: null, html: null }]);
    await expectStatus(api().post('/api/auth/password-reset/confirm').send({ token, password: NEW_PASSWORD }), 204);
    await login(owner.email, NEW_PASSWORD);
    // Tokens never reach the log (the instance logs every request at info level).
    const log = readFileSync(sender.logFile, 'utf8');
    expect(log).toContain('password-reset');
    expect(log).not.toContain(token);
  });

  it('retries a refused delivery with backoff, then marks it failed with the error', async () => {
    const owner = await signup('Refused practice');
    mail.rejecting = true;
    const invited = await createUser(owner.token, ['staff']);
    const failed = await waitFor(
      'the message marked failed',
      async () => {
        const [m] = await listed(owner);
        return m?.status === 'failed' ? m : undefined;
      },
      30_000,
    );
    expect(mail.refused).toBeGreaterThanOrEqual(3); // the first attempt and MAIL_RETRY_LIMIT=2 retries
    expect(failed).toMatchObject({ to: invited.email, sentAt: null, error: expect.stringContaining('451') });
    const [row] = await query<{ attempts: number }>('SELECT attempts FROM messages WHERE id = $1', [failed.id]);
    expect(row.attempts).toBe(3);
    expect(mail.received).toEqual([]);
  }, 45_000);

  describe('with a second instance delivering from the same queue', () => {
    let second: ApiProcess;
    let producer: PgBoss;
    beforeAll(async () => {
      second = await smtpApi(mail, 'smtp-second');
      // A second producer, as a duplicate job would come from (pg-boss jobs are at-least-once).
      producer = new PgBoss({ connectionString: requireEnv('E2E_DATABASE_URL'), schema: 'pgboss', supervise: false, schedule: false, migrate: false, max: 1 });
      await producer.start();
    }, 90_000);
    afterAll(async () => {
      await producer?.stop({ graceful: false, wait: true });
      await second?.stop();
    });

    it('never delivers one message twice, even when its job is queued three times', async () => {
      const owner = await signup('Two senders');
      const invitations = [];
      for (let i = 0; i < 6; i++) {
        invitations.push(await createUser(owner.token, ['staff'], `Person ${i}`));
        const [row] = await query<{ id: string }>('SELECT id FROM messages ORDER BY created_at DESC LIMIT 1');
        for (let copy = 0; copy < 2; copy++) await producer.send('messages.deliver', { messageId: row.id });
      }
      await waitFor('every invitation marked sent', async () => {
        const rows = await listed(owner);
        return rows.length === 6 && rows.every((m) => m.status === 'sent') ? true : undefined;
      });
      await new Promise((r) => setTimeout(r, 2500)); // time for any duplicate job to (wrongly) send
      const ids = mail.received.map((m) => m.messageId);
      expect(ids).toHaveLength(6);
      expect(new Set(ids).size).toBe(6);
      expect(new Set(mail.received.flatMap((m) => addresses(m.to)))).toEqual(new Set(invitations.map((i) => i.email)));
      expect(await query('SELECT attempts FROM messages WHERE attempts <> 1')).toEqual([]);
      // Every job ran to completion, the duplicates without sending.
      const workers = await query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'messages.deliver' AND state = 'completed'`);
      expect(workers[0].n).toBeGreaterThanOrEqual(18);
      await acceptInvite(tokenIn(mail.received[0].text, '/accept-invite'), addresses(mail.received[0].to)[0] ?? '', PASSWORD);
    }, 60_000);

    it('after a worker died between sending and marking, sends the message once more and never a third time', async () => {
      const owner = await signup('Crash practice');
      const invited = await createUser(owner.token, ['staff']);
      const [{ id }] = await query<{ id: string }>('SELECT id FROM messages WHERE to_address = $1', [invited.email]);
      await waitFor('the first copy marked sent', async () => ((await listed(owner))[0]?.status === 'sent' ? true : undefined));
      // A worker that sent and then died leaves its claim behind; pg-boss retries the expired job.
      const crash = () =>
        query(`UPDATE messages SET status = 'sending', sent_at = NULL, claimed_at = now() - interval '1 hour' WHERE id = $1`, [id]);
      await crash();
      await producer.send('messages.deliver', { messageId: id });
      await waitFor('the resent copy', () => (mail.received.length === 2 ? true : undefined));
      await waitFor('the resend marked sent', async () => ((await listed(owner))[0]?.status === 'sent' ? true : undefined));
      expect(mail.received.map((m) => m.messageId)).toEqual([`<${id}@mail.rapport.test>`, `<${id}@mail.rapport.test>`]);
      expect(await query('SELECT attempts, resumed_after_crash FROM messages WHERE id = $1', [id])).toEqual([
        { attempts: 2, resumed_after_crash: true },
      ]);
      // A second interrupted claim is not taken over: a third copy is never sent.
      await crash();
      await producer.send('messages.deliver', { messageId: id });
      await new Promise((r) => setTimeout(r, 3000));
      expect(mail.received).toHaveLength(2);
      expect(await query('SELECT status, attempts FROM messages WHERE id = $1', [id])).toEqual([{ status: 'sending', attempts: 2 }]);
    }, 60_000);
  });
});
