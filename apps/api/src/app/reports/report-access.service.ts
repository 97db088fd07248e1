import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { In } from 'typeorm';
import { InjectTenantRepository } from '../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext, type Caller } from '../../common/tenancy/request-context';
import { TenantRepository } from '../../common/tenancy/tenant.repository';
import { OpeningEntity } from '../hiring/openings/opening.entity';
import { LocationEntity } from '../locations/location.entity';
import { EXPORTERS } from './reports.roles';

/**
 * Who may export what about openings: HR, owner and admin every opening; a hiring manager only the
 * openings they manage. Another manager's opening is a 404, like another organization's.
 */
@Injectable()
export class ReportAccess {
  constructor(
    @InjectTenantRepository(OpeningEntity) private readonly openingsRepo: TenantRepository<OpeningEntity>,
    @InjectTenantRepository(LocationEntity) private readonly locations: TenantRepository<LocationEntity>,
  ) {}

  caller(): Caller {
    const caller = RequestContext.caller();
    if (!caller) throw new ForbiddenException();
    return caller;
  }

  seesAllOpenings(): boolean {
    return this.caller().roles.some((r) => EXPORTERS.includes(r));
  }

  /** One opening the caller may export, or 404. */
  async opening(id: string): Promise<OpeningEntity> {
    const opening = await this.openingsRepo.findByIdOrFail(id);
    if (!this.seesAllOpenings() && opening.hiringManagerId !== this.caller().userId) {
      throw new NotFoundException(`Opening ${id} was not found`);
    }
    return opening;
  }

  /** The openings the caller may export (one when `openingId` is given), oldest first. */
  async openings(openingId?: string): Promise<OpeningEntity[]> {
    if (openingId) return [await this.opening(openingId)];
    return this.openingsRepo.find({
      where: this.seesAllOpenings() ? {} : { hiringManagerId: this.caller().userId },
      order: { createdAt: 'ASC' },
    });
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
