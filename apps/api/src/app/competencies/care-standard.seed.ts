import { CARE_STANDARD } from '@rapport/shared/contracts';
import type { EntityManager } from 'typeorm';
import { CompetencyEntity } from './competency.entity';

/** Gives a new organization its own editable copy of the care standard (DESIGN.md §2). */
export async function seedCareStandard(manager: EntityManager, organizationId: string): Promise<void> {
  await manager.getRepository(CompetencyEntity).insert(
    CARE_STANDARD.map((entry, position) => ({
      organizationId,
      key: entry.key,
      name: entry.name,
      definition: entry.definition,
      indicators: [...entry.indicators],
      position,
    })),
  );
}
