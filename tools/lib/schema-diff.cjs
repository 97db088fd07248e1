// Runs inside `node -r ts-node/register/transpile-only -r tsconfig-paths/register` (see
// tools/lib/typeorm.mjs): loads the API's TypeORM data source from its TypeScript source, applies
// every migration to DATABASE_URL and prints, as JSON, the SQL TypeORM would still need to make
// the schema match the entities. An empty `upQueries` means migrations and entities agree.
const path = require('node:path');

async function main() {
  const mod = require(path.resolve('apps/api/src/database/data-source.ts'));
  const dataSource = mod.default ?? mod.dataSource ?? mod.AppDataSource;
  if (!dataSource || typeof dataSource.initialize !== 'function') {
    throw new Error('apps/api/src/database/data-source.ts must default-export a TypeORM DataSource');
  }
  dataSource.setOptions({ url: process.env.DATABASE_URL, synchronize: false, migrationsRun: false, logging: false });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const log = await dataSource.driver.createSchemaBuilder().log();
    const text = (q) => (typeof q === 'string' ? q : q.query);
    process.stdout.write(
      JSON.stringify({ migrations: applied.map((m) => m.name), upQueries: log.upQueries.map(text) }) + '\n',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
