import { Inject } from '@nestjs/common';
import { tenantRepositoryToken } from './tenancy.module';
import type { TenantOwnedEntity } from './tenant-owned.entity';

export const InjectTenantRepository = (entity: (new () => TenantOwnedEntity) & { name: string }) =>
  Inject(tenantRepositoryToken(entity));
