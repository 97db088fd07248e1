import { Injectable } from '@nestjs/common';
import {
  DEFAULT_FEEDBACK_ITEM_COMPETENCY,
  PATIENT_FEEDBACK_ITEM_LABELS,
  PATIENT_FEEDBACK_ITEMS,
  type FeedbackItemMappingResponse,
  type PatientFeedbackItem,
} from '@rapport/shared/contracts';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext } from '../../../common/tenancy/request-context';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { assertReferences } from '../../../common/validation/references';
import { AuditService } from '../../audit/audit.service';
import { CompetencyEntity } from '../../competencies/competency.entity';
import type { UpdateFeedbackItemsDto } from './patient-feedback.dto';
import { FeedbackItemMappingEntity } from './patient-feedback.entity';

/** Which competency each survey item speaks to: the organization's choice, else the default by key. */
@Injectable()
export class FeedbackItemsService {
  constructor(
    @InjectTenantRepository(FeedbackItemMappingEntity) private readonly mappings: TenantRepository<FeedbackItemMappingEntity>,
    @InjectTenantRepository(CompetencyEntity) private readonly competencies: TenantRepository<CompetencyEntity>,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  /** item → competency id (or `null`: the item counts toward none). */
  async resolve(): Promise<Map<PatientFeedbackItem, string | null>> {
    const [stored, competencies] = await Promise.all([
      this.mappings.find(),
      this.competencies.find({ select: { id: true, key: true, organizationId: true } }),
    ]);
    const byKey = new Map(competencies.map((c) => [c.key, c.id]));
    const chosen = new Map(stored.map((m) => [m.item, m.competencyId]));
    return new Map(
      PATIENT_FEEDBACK_ITEMS.map((item) => [item, chosen.has(item) ? (chosen.get(item) ?? null) : (byKey.get(DEFAULT_FEEDBACK_ITEM_COMPETENCY[item]) ?? null)]),
    );
  }

  async get(): Promise<FeedbackItemMappingResponse> {
    const mapping = await this.resolve();
    return {
      items: PATIENT_FEEDBACK_ITEMS.map((item) => ({ item, label: PATIENT_FEEDBACK_ITEM_LABELS[item], competencyId: mapping.get(item) ?? null })),
    };
  }

  /** Items left out of the request keep their mapping. */
  async update(dto: UpdateFeedbackItemsDto): Promise<FeedbackItemMappingResponse> {
    await assertReferences(
      dto.items.map((i, n) => ({
        field: `items.${n}.competencyId`,
        id: i.competencyId ?? undefined,
        repo: this.competencies,
        message: `items.${n}.competencyId does not name a competency`,
      })),
    );
    const before = await this.get();
    await this.tx.run(async (manager) => {
      const repo = this.mappings.withManager(manager);
      for (const { item, competencyId } of dto.items) {
        const existing = await repo.findOne({ item });
        await repo.save(existing ? Object.assign(existing, { competencyId }) : repo.create({ item, competencyId }));
      }
      await this.audit.record(
        { action: 'patient_feedback.items_mapped', entityType: 'patient_feedback_items', entityId: RequestContext.organizationId(), before: before.items, after: dto.items },
        manager,
      );
    });
    return this.get();
  }
}
