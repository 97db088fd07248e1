import { Logger } from '@nestjs/common';
import type { Role } from '@rapport/shared/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAuditEvent } from '../../app/audit/audit.service';
import { seedCareStandard } from '../../app/competencies/care-standard.seed';
import { LocationEntity } from '../../app/locations/location.entity';
import { OrganizationEntity } from '../../app/organizations/organization.entity';
import { UserEntity } from '../../app/users/user.entity';
import { hashPassword } from '../../common/security/passwords';
import { seedDemoCulture } from './demo-culture';
import { seedDemoHiring } from './demo-hiring';
import { seedDemoInvitation } from './demo-messages';
import { seedDemoPatientSignals } from './demo-patient';

export const DEMO_ORGANIZATION = 'Lumen Aesthetics';
export const DEMO_PASSWORD = 'Rapport-demo-2026';
export const DEMO_DOMAIN = 'demo.rapport.test';

/** One user per role; the email's local part is what the README documents. */
export const DEMO_USERS: { local: string; name: string; roles: Role[] }[] = [
  { local: 'owner', name: 'Dr. Olivia Hart', roles: ['owner', 'leader'] },
  { local: 'admin', name: 'Adam Reyes', roles: ['admin'] },
  { local: 'hr', name: 'Hana Brooks', roles: ['hr'] },
  { local: 'manager', name: 'Maya Chen', roles: ['hiring_manager', 'interviewer'] },
  { local: 'interviewer', name: 'Ivan Novak', roles: ['interviewer'] },
  { local: 'leader', name: 'Dr. Leo Martins', roles: ['leader'] },
  { local: 'staff', name: 'Sofia Alvarez', roles: ['staff'] },
];

const DEMO_LOCATIONS = [
  { name: 'Downtown Clinic', code: 'DTN' },
  { name: 'Riverside Medspa', code: 'RVS' },
  { name: 'Northgate Studio', code: 'NGT' },
];

const demoExists = (manager: EntityManager) => manager.getRepository(UserEntity).exists({ where: { email: `owner@${DEMO_DOMAIN}` } });

/**
 * Seeds the demo practice on an empty database. Idempotent: it does nothing when the demo
 * organization already exists. Never called in production (config refuses it).
 *
 * Several instances may start at once on a fresh database: the check and the inserts run in one
 * transaction under an advisory lock (as migrations do, database/migrate.ts), so the second
 * instance waits for the first to commit, then finds the practice and leaves it alone.
 */
export async function seedDemo(dataSource: DataSource, publicUrl: string, logger = new Logger('Seed')): Promise<boolean> {
  // Fast path for every restart: no argon2 hash, no lock.
  if (await demoExists(dataSource.manager)) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('rapport.demo_seed'))`);
    if (await demoExists(manager)) return false;
    const org = await manager.getRepository(OrganizationEntity).save({ name: DEMO_ORGANIZATION });
    await seedCareStandard(manager, org.id);
    const locations = await manager
      .getRepository(LocationEntity)
      .save(DEMO_LOCATIONS.map((l) => ({ ...l, organizationId: org.id })));
    const created = await manager.getRepository(UserEntity).save(
      DEMO_USERS.map((u) =>
        manager.getRepository(UserEntity).create({
          organizationId: org.id,
          email: `${u.local}@${DEMO_DOMAIN}`,
          name: u.name,
          roles: u.roles,
          passwordHash,
          invitationTokenHash: null,
          invitationExpiresAt: null,
        }),
      ),
    );
    await seedDemoHiring(
      manager,
      org.id,
      new Map(created.map((u) => [u.email.split('@')[0], u.id])),
      new Map(locations.map((l) => [l.code, l.id])),
    );
    await seedDemoCulture(
      manager,
      org.id,
      new Map(created.map((u) => [u.email.split('@')[0], u.id])),
      new Map(locations.map((l) => [l.code, l.id])),
    );
    await seedDemoPatientSignals(manager, org.id, new Map(locations.map((l) => [l.code, l.id])));
    await seedDemoInvitation(manager, org, DEMO_DOMAIN, publicUrl);
    await appendAuditEvent(manager, {
      organizationId: org.id,
      actorUserId: null,
      action: 'organization.seeded',
      entityType: 'organization',
      entityId: org.id,
      after: { name: org.name, users: created.length, locations: DEMO_LOCATIONS.length },
      requestId: null,
    });
    return true;
  });
  if (!seeded) return false;
  logger.log(`Seeded the demo practice "${DEMO_ORGANIZATION}"`);
  return true;
}
