#!/usr/bin/env node
// `npm run db:check`: proves that the migrations, run on an empty database, produce exactly the
// schema the entities describe. Exit code 1 (and the missing SQL) when a migration is missing.
import { fileURLToPath } from 'node:url';
import { schemaDiff, withScratchDatabase } from './lib/typeorm.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
try {
  const diff = await withScratchDatabase('schema', schemaDiff);
  if (process.argv.includes('--json')) console.log(JSON.stringify(diff));
  if (diff.upQueries.length === 0) {
    console.log(`db:check: ${diff.migrations.length} migration(s) applied; schema matches the entities.`);
  } else {
    console.error(`db:check: the entities differ from the migrated schema; a migration is missing:`);
    for (const q of diff.upQueries) console.error(`  ${q};`);
    console.error('Generate one with: npm run db:migration:generate -- <Name>');
    process.exitCode = 1;
  }
} catch (err) {
  console.error(`db:check failed: ${err.stderr || err.message}`);
  process.exitCode = 2;
}
