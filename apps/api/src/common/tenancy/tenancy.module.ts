import { DynamicModule, Module, Provider } from '@nestjs/common';
import { getRepositoryToken, TypeOrmModule } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { TenantRepository } from './tenant.repository';
import type { TenantOwnedEntity } from './tenant-owned.entity';

type EntityClass = (new () => TenantOwnedEntity) & { name: string };

/** Injection token of the TenantRepository for an entity. */
export const tenantRepositoryToken = (entity: EntityClass) => `TenantRepository<${entity.name}>`;

/** Provides a TenantRepository for each tenant-owned entity (`@InjectTenantRepository(X)`). */
@Module({})
export class TenancyModule {
  static forFeature(entities: EntityClass[]): DynamicModule {
    const providers: Provider[] = entities.map((entity) => ({
      provide: tenantRepositoryToken(entity),
      inject: [getRepositoryToken(entity)],
      useFactory: (repo: Repository<TenantOwnedEntity>) =>
        new TenantRepository(repo, entity.name.replace(/Entity$/, '')),
    }));
    return {
      module: TenancyModule,
      imports: [TypeOrmModule.forFeature(entities)],
      providers,
      exports: providers,
    };
  }
}
