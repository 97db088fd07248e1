import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { InjectTenantRepository } from '../../common/tenancy/inject-tenant-repository.decorator';
import type { Caller } from '../../common/tenancy/request-context';
import { TenantRepository } from '../../common/tenancy/tenant.repository';
import { HiringScope } from '../hiring/hiring-scope.service';
import { OpeningEntity } from '../hiring/openings/opening.entity';
import { LocationEntity } from '../locations/location.entity';

/**
 * Who may export what about openings: HR, owner and admin every opening; a hiring manager only the
 * openings they manage. Another manager's opening is a 404, like another organization's. The rule
 * itself is HiringScope's, the same the hiring routes apply.
 */
@Injectable()
export class ReportAccess {
  constructor(
    @InjectTenantRepository(OpeningEntity) private readonly openingsRepo: TenantRepository<OpeningEntity>,
    @InjectTenantRepository(LocationEntity) private readonly locations: TenantRepository<LocationEntity>,
    private readonly scope: HiringScope,
  ) {}

  caller(): Caller {
    return this.scope.caller();
  }

  seesAllOpenings(): boolean {
    return this.scope.seesAll();
  }

  /** One opening the caller may export, or 404. */
  opening(id: string): Promise<OpeningEntity> {
    return this.scope.openingOrFail(id);
  }

  /** The openings the caller may export (one when `openingId` is given), oldest first. */
  async openings(openingId?: string): Promise<OpeningEntity[]> {
    if (openingId) return [await this.opening(openingId)];
    return this.scope.restrictOpenings(this.openingsRepo.qb('o'), 'o').orderBy('o.created_at', 'ASC').getMany();
  }

  /**
   * The openings `openings(openingId)` returned, for JourneysService: `'all'` when they are every
   * opening of the organization (no id list to send), their ids otherwise.
   */
  openingScope(openingId: string | undefined, openings: readonly OpeningEntity[]): string[] | 'all' {
    return !openingId && this.seesAllOpenings() ? 'all' : openings.map((o) => o.id);
  }

  async locationNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.locations.find({ where: { id: In([...new Set(ids)]) } });
    return new Map(rows.map((l) => [l.id, l.name]));
  }
}
