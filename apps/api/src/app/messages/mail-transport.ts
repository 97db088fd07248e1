import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';

/** What the delivery worker hands to the mail server for one outbox row. */
export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  organizationName: string;
  /** A one-click unsubscribe URL (RFC 8058), for notification categories only. */
  unsubscribeUrl?: string;
}

/** Short enough that an attempt ends long before the job's lease (DELIVERY_LEASE_SECONDS). */
const TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 };

export function smtpTransport(smtpUrl: string): Transporter {
  return createTransport({ url: smtpUrl, ...TIMEOUTS });
}

/**
 * The message as sent: both parts, the organization's name as the sender's name, and a
 * Message-ID derived from the outbox row, so a resend after a crash carries the same id and mail
 * clients can recognise the duplicate.
 */
export function mailOptions(mail: OutgoingMail, mailFrom: string): SendMailOptions {
  const domain = mailFrom.split('@').pop() ?? 'rapport.localhost';
  const headers: Record<string, string> = {};
  if (mail.unsubscribeUrl) {
    headers['List-Unsubscribe'] = `<${mail.unsubscribeUrl}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  return {
    from: { name: mail.organizationName, address: mailFrom },
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: `<${mail.id}@${domain}>`,
    headers,
  };
}
