import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../support/api-process';

export interface MailServer {
  url: string;
  /** Every message accepted so far, parsed, in arrival order. */
  received: ParsedMail[];
  /** While true, every recipient is refused with a temporary failure (451). */
  rejecting: boolean;
  /** Recipients refused so far (one per delivery attempt). */
  refused: number;
  close(): Promise<void>;
}

/** A real SMTP server on a free port (no TLS, no auth) whose messages are parsed by mailparser. */
export async function startMailServer(): Promise<MailServer> {
  const port = await freePort();
  const state: MailServer = { url: `smtp://127.0.0.1:${port}`, received: [], rejecting: false, refused: 0, close: async () => undefined };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!state.rejecting) return callback();
      state.refused += 1;
      callback(Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          state.received.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

/** Polls `probe` until it returns a value (not undefined), or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The one-time token of the first `path?token=` link in `text`. */
export function tokenIn(text: string | undefined | null, path: '/accept-invite' | '/reset-password'): string {
  const match = new RegExp(`${path}\\?token=([\\w-]+)`).exec(text ?? '');
  if (!match) throw new Error(`no ${path} link in: ${text ?? '(nothing)'}`);
  return match[1];
}
