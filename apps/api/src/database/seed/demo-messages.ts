import type { EntityManager } from 'typeorm';
import { composeMessage } from '../../app/messages/message-templates';
import { MessageEntity } from '../../app/messages/message.entity';
import { UserEntity } from '../../app/users/user.entity';
import { randomToken, sha256 } from '../../common/security/tokens';

/** A new hire invited but not yet signed in, so Settings → Messages shows a link to follow in the demo. */
export const DEMO_PENDING_USER = { local: 'new.hire', name: 'Nina Okafor' } as const;

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

/**
 * Always kept, never sent (the demo's addresses are not deliverable): the message is read in the
 * admin. The token exists only in the kept message, like any invitation written without SMTP.
 */
export async function seedDemoInvitation(
  manager: EntityManager,
  organization: { id: string; name: string },
  domain: string,
  publicUrl: string,
): Promise<void> {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  const users = manager.getRepository(UserEntity);
  const user = await users.save(
    users.create({
      organizationId: organization.id,
      email: `${DEMO_PENDING_USER.local}@${domain}`,
      name: DEMO_PENDING_USER.name,
      roles: ['staff'],
      passwordHash: null,
      invitationTokenHash: sha256(token),
      invitationExpiresAt: expiresAt,
    }),
  );
  const content = composeMessage('invitation', {
    inviteeName: user.name,
    organizationName: organization.name,
    link: `${publicUrl}/accept-invite?token=${token}`,
    expiresAt,
  });
  await manager.getRepository(MessageEntity).insert({
    organizationId: organization.id,
    kind: 'invitation',
    to: user.email,
    userId: user.id,
    ...content,
    status: 'kept',
    sentAt: null,
    error: null,
    claimedAt: null,
  });
}
