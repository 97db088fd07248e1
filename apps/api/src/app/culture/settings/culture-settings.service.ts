import { Injectable } from '@nestjs/common';
import { ANONYMITY_MIN_RATERS, type CultureSettings } from '@rapport/shared/contracts';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { AuditService } from '../../audit/audit.service';
import type { UpdateCultureSettingsDto } from './culture-settings.dto';
import { CultureSettingsEntity } from './culture-settings.entity';

@Injectable()
export class CultureSettingsService {
  constructor(
    @InjectTenantRepository(CultureSettingsEntity) private readonly settings: TenantRepository<CultureSettingsEntity>,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  async get(): Promise<CultureSettings> {
    return { anonymityMinRaters: await this.minRaters() };
  }

  /** The organization's anonymity minimum; never below the product's floor of 3, whatever is stored. */
  async minRaters(): Promise<number> {
    const row = await this.settings.findOne({});
    return Math.max(ANONYMITY_MIN_RATERS, row?.anonymityMinRaters ?? ANONYMITY_MIN_RATERS);
  }

  update(dto: UpdateCultureSettingsDto): Promise<CultureSettings> {
    return this.tx.run(async (manager) => {
      const repo = this.settings.withManager(manager);
      const row = (await repo.findOne({}, { lock: true })) ?? repo.create({ anonymityMinRaters: ANONYMITY_MIN_RATERS });
      const before = row.id ? { anonymityMinRaters: row.anonymityMinRaters } : null;
      row.anonymityMinRaters = dto.anonymityMinRaters;
      const saved = await repo.save(row);
      await this.audit.record(
        { action: 'culture_settings.updated', entityType: 'culture_settings', entityId: saved.id, before, after: { anonymityMinRaters: saved.anonymityMinRaters } },
        manager,
      );
      return { anonymityMinRaters: saved.anonymityMinRaters };
    });
  }
}
