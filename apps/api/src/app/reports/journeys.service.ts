import { Injectable } from '@nestjs/common';
import { InjectTenantRepository } from '../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../common/tenancy/tenant.repository';
import { ApplicationEntity } from '../hiring/applications/application.entity';
import { StageChangeEntity } from '../hiring/applications/stage-change.entity';
import type { Journey } from './journeys';

/** Ids per `IN (...)` list: well below PostgreSQL's 65,535 bind parameters. */
const CHUNK = 5000;

export interface JourneyFilter {
  openingIds: string[];
  /** Applications created on or after this day (`YYYY-MM-DD`). */
  from?: string;
  /** Applications created on or before this day (inclusive). */
  to?: string;
}

/** Loads applications with their stage history, tenant-scoped, for the funnel and adverse impact. */
@Injectable()
export class JourneysService {
  constructor(
    @InjectTenantRepository(ApplicationEntity) private readonly applications: TenantRepository<ApplicationEntity>,
    @InjectTenantRepository(StageChangeEntity) private readonly changes: TenantRepository<StageChangeEntity>,
  ) {}

  async load(filter: JourneyFilter): Promise<Journey[]> {
    if (filter.openingIds.length === 0) return [];
    const qb = this.applications
      .qb('a')
      .andWhere('a.opening_id IN (:...openingIds)', { openingIds: filter.openingIds })
      .orderBy('a.created_at', 'ASC');
    // Whole days in UTC, whatever the session's time zone.
    if (filter.from) qb.andWhere("a.created_at >= CAST(:from AS date)::timestamp AT TIME ZONE 'UTC'", { from: filter.from });
    if (filter.to) qb.andWhere("a.created_at < (CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'UTC'", { to: filter.to });
    const apps = await qb.getMany();
    const history = new Map<string, { toStage: StageChangeEntity['toStage']; at: Date }[]>();
    for (let i = 0; i < apps.length; i += CHUNK) {
      const ids = apps.slice(i, i + CHUNK).map((a) => a.id);
      const rows = await this.changes
        .qb('c')
        .andWhere('c.application_id IN (:...ids)', { ids })
        .orderBy('c.created_at', 'ASC')
        .getMany();
      for (const row of rows) {
        const list = history.get(row.applicationId) ?? [];
        list.push({ toStage: row.toStage, at: row.createdAt });
        history.set(row.applicationId, list);
      }
    }
    return apps.map((a) => ({
      applicationId: a.id,
      openingId: a.openingId,
      candidateId: a.candidateId,
      stage: a.stage,
      createdAt: a.createdAt,
      changes: history.get(a.id) ?? [],
    }));
  }
}
