import { Injectable } from '@nestjs/common';
import type { ApplicationStage } from '@rapport/shared/contracts';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InjectTenantRepository } from '../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../common/tenancy/tenant.repository';
import { ApplicationEntity } from '../hiring/applications/application.entity';
import { StageChangeEntity } from '../hiring/applications/stage-change.entity';
import type { Journey } from './journeys';

export interface JourneyFilter {
  /** The openings whose applications count; `'all'`: every opening of the organization (no id list to send). */
  openingIds: string[] | 'all';
  /** Applications created on or after this day (`YYYY-MM-DD`). */
  from?: string;
  /** Applications created on or before this day (inclusive). */
  to?: string;
}

interface ApplicationRow {
  id: string;
  opening_id: string;
  candidate_id: string;
  stage: ApplicationStage;
  created_at: Date;
}

interface ChangeRow {
  application_id: string;
  to_stage: ApplicationStage;
  created_at: Date;
}

/** Restricts `a` (applications) to the filter's openings and creation days. */
function narrow<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, filter: JourneyFilter): SelectQueryBuilder<T> {
  if (filter.openingIds !== 'all') qb.andWhere('a.opening_id IN (:...openingIds)', { openingIds: filter.openingIds });
  // Whole days in UTC, whatever the session's time zone.
  if (filter.from) qb.andWhere("a.created_at >= CAST(:from AS date)::timestamp AT TIME ZONE 'UTC'", { from: filter.from });
  if (filter.to) qb.andWhere("a.created_at < (CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'UTC'", { to: filter.to });
  return qb;
}

/**
 * Loads applications with their stage history, tenant-scoped, for the funnel and adverse impact:
 * two statements however many applications there are (the stage changes are read by organization,
 * through their (organization_id, application_id, created_at) index, not by lists of ids), as raw
 * rows (a group's 200,000 stage changes are not worth hydrating into entities).
 */
@Injectable()
export class JourneysService {
  constructor(
    @InjectTenantRepository(ApplicationEntity) private readonly applications: TenantRepository<ApplicationEntity>,
    @InjectTenantRepository(StageChangeEntity) private readonly changes: TenantRepository<StageChangeEntity>,
  ) {}

  async load(filter: JourneyFilter): Promise<Journey[]> {
    if (filter.openingIds !== 'all' && filter.openingIds.length === 0) return [];
    const apps = narrow(
      this.applications
        .qb('a')
        .select('a.id', 'id')
        .addSelect('a.opening_id', 'opening_id')
        .addSelect('a.candidate_id', 'candidate_id')
        .addSelect('a.stage', 'stage')
        .addSelect('a.created_at', 'created_at'),
      filter,
    ).orderBy('a.created_at', 'ASC');
    const changes = this.changes
      .qb('c')
      .select('c.application_id', 'application_id')
      .addSelect('c.to_stage', 'to_stage')
      .addSelect('c.created_at', 'created_at')
      .orderBy('c.application_id', 'ASC')
      .addOrderBy('c.created_at', 'ASC');
    // Every application of the organization: its changes are all the organization's; otherwise the same filter, joined.
    if (filter.openingIds !== 'all' || filter.from || filter.to) {
      narrow(changes.innerJoin(ApplicationEntity, 'a', 'a.organization_id = c.organization_id AND a.id = c.application_id'), filter);
    }
    const [appRows, changeRows] = await Promise.all([apps.getRawMany<ApplicationRow>(), changes.getRawMany<ChangeRow>()]);

    const history = new Map<string, { toStage: ApplicationStage; at: Date }[]>();
    for (const row of changeRows) {
      const list = history.get(row.application_id);
      const change = { toStage: row.to_stage, at: row.created_at };
      if (list) list.push(change);
      else history.set(row.application_id, [change]);
    }
    return appRows.map((a) => ({
      applicationId: a.id,
      openingId: a.opening_id,
      candidateId: a.candidate_id,
      stage: a.stage,
      createdAt: a.created_at,
      changes: history.get(a.id) ?? [],
    }));
  }
}
