import { In } from 'typeorm';
import type { TenantRepository } from '../../../common/tenancy/tenant.repository';
import type { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';

/** Of these fingerprints, the ones already stored for the caller's organization. */
export async function existingFingerprints<T extends TenantOwnedEntity & { fingerprint: string }>(
  repo: TenantRepository<T>,
  fingerprints: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < fingerprints.length; i += 1000) {
    const chunk = fingerprints.slice(i, i + 1000);
    const rows = await repo.find({ where: { fingerprint: In(chunk) } as never, select: { fingerprint: true } as never });
    rows.forEach((r) => found.add(r.fingerprint));
  }
  return found;
}

/** First and last day of an import (the rows are never empty: an empty file is refused earlier). */
export function importSpan(days: readonly string[]): { from: string; to: string } {
  const sorted = [...days].sort();
  return { from: sorted[0] ?? '', to: sorted.at(-1) ?? '' };
}
