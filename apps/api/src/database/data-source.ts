import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { TenantGuardSubscriber } from '../common/tenancy/tenant-guard.subscriber';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** Options shared by the API and the TypeORM CLI. The schema comes from migrations only. */
export function dataSourceOptions(url: string, poolMax = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    subscribers: [TenantGuardSubscriber],
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: poolMax, connectionTimeoutMillis: 5000 },
  };
}

/** For the TypeORM CLI (`npm run db:migration:generate`, `db:check`). */
export default new DataSource(
  dataSourceOptions(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/rapport'),
);
