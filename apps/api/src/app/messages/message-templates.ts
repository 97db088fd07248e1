import type { MessageKind } from '@rapport/shared/contracts';

/** What a kind needs to render one message. */
export interface MessageData {
  invitation: { inviteeName: string; organizationName: string; link: string; expiresAt: Date };
  password_reset: { name: string; organizationName: string; link: string; expiresAt: Date };
}

export interface ComposedMessage {
  subject: string;
  text: string;
  html: string;
}

/**
 * How a kind is sent. `category: 'notification'` (later slices) adds List-Unsubscribe (RFC 8058)
 * and honours the recipient's preference; `account` messages (invitation, reset) always go out.
 * `secret: true` marks a body that grants access: with SMTP configured it is shown to no one but
 * its recipient (never listed, dropped from the row once handed to the mail server).
 */
export interface MessageKindSpec<K extends MessageKind> {
  category: 'account' | 'notification';
  secret: boolean;
  compose(data: MessageData[K]): ComposedMessage;
}

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const isoMinute = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** One simple, accessible layout for every kind: paragraphs and a single call-to-action link. */
function layout(paragraphs: string[], action: { label: string; href: string }, footer: string): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html><body style="font-family: sans-serif; line-height: 1.5; color: #1f2933">
${body}
<p><a href="${escapeHtml(action.href)}">${escapeHtml(action.label)}</a></p>
<p style="color: #52606d; font-size: 0.9em">${escapeHtml(footer)}</p>
</body></html>`;
}

export const MESSAGE_KIND_SPECS: { [K in MessageKind]: MessageKindSpec<K> } = {
  invitation: {
    category: 'account',
    secret: false,
    compose: ({ inviteeName, organizationName, link, expiresAt }) => {
      const lines = [
        `Hello ${inviteeName},`,
        `${organizationName} has invited you to Rapport. Choose a password to set up your account.`,
      ];
      const footer = `The link works once and until ${isoMinute(expiresAt)}. If you did not expect this invitation, ignore this email.`;
      return {
        subject: `You are invited to ${organizationName} on Rapport`,
        text: `${lines.join('\n\n')}\n\nAccept the invitation: ${link}\n\n${footer}\n`,
        html: layout(lines, { label: 'Accept the invitation', href: link }, footer),
      };
    },
  },
  password_reset: {
    category: 'account',
    secret: true,
    compose: ({ name, organizationName, link, expiresAt }) => {
      const lines = [`Hello ${name},`, `Someone asked to reset the password of your ${organizationName} account on Rapport.`];
      const footer = `The link works once and until ${isoMinute(expiresAt)}; it signs you out everywhere else. If you did not ask for it, ignore this email: your password stays as it is.`;
      return {
        subject: `Reset your Rapport password`,
        text: `${lines.join('\n\n')}\n\nChoose a new password: ${link}\n\n${footer}\n`,
        html: layout(lines, { label: 'Choose a new password', href: link }, footer),
      };
    },
  },
};

export function composeMessage<K extends MessageKind>(kind: K, data: MessageData[K]): ComposedMessage {
  return (MESSAGE_KIND_SPECS[kind] as MessageKindSpec<K>).compose(data);
}
