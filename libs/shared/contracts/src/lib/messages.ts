/**
 * Email the API writes (issue 14). Every kind is one row of MESSAGE_KINDS; later slices add
 * notification kinds (category 'notification': List-Unsubscribe, a preference to switch off).
 */
export const MESSAGE_KINDS = ['invitation', 'password_reset'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * queued: waiting for the delivery worker; sending: claimed by one worker; sent / failed: final;
 * kept: written while no SMTP server is configured (the offline demo), listed instead of sent.
 */
export const MESSAGE_STATUSES = ['queued', 'sending', 'sent', 'failed', 'kept'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** One entry of GET /api/messages. `text` and `html` are null where the caller may not read the body. */
export interface Message {
  id: string;
  kind: MessageKind;
  to: string;
  subject: string;
  text: string | null;
  html: string | null;
  /** `sending` is reported as `queued`: the claim is an implementation detail of delivery. */
  status: 'queued' | 'sent' | 'failed' | 'kept';
  createdAt: string;
  sentAt: string | null;
  error: string | null;
}

export interface MessageListQuery {
  to?: string;
  kind?: MessageKind;
  limit?: number;
  cursor?: string;
}

/** Body of POST /api/auth/password-reset (always answered 202, whether or not the email has an account). */
export interface PasswordResetRequest {
  email: string;
}

/** Body of POST /api/auth/password-reset/confirm. */
export interface PasswordResetConfirmRequest {
  token: string;
  password: string;
}
