#!/usr/bin/env node
// `npm run db:migration:generate -- <Name>`: writes apps/api/src/database/migrations/<timestamp>-<Name>.ts
// with the SQL that brings the migrated schema up to the entities. It works in a scratch database
// (migrated from empty), so your development data and its state play no part. Register the new
// class in apps/api/src/database/migrations/index.ts afterwards (the API is a webpack bundle).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DATA_SOURCE, schemaDiff, tsNodeEnv, withScratchDatabase } from './lib/typeorm.mjs';

const exec = promisify(execFile);
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run db:migration:generate -- <PascalCaseName>');
  process.exit(2);
}
try {
  await withScratchDatabase('generate', async (url) => {
    await schemaDiff(url); // applies the existing migrations
    const { stdout } = await exec(
      process.execPath,
      ['node_modules/typeorm/cli.js', 'migration:generate', '-p', '-d', DATA_SOURCE, `apps/api/src/database/migrations/${name}`],
      { env: tsNodeEnv(url) },
    );
    process.stdout.write(stdout);
  });
  console.log('Now add the class to MIGRATIONS in apps/api/src/database/migrations/index.ts.');
} catch (err) {
  process.stderr.write(`${err.stdout ?? ''}${err.stderr ?? err.message}\n`);
  process.exit(1);
}
