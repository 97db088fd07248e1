import { Logger } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { DEMO_DOMAIN, DEMO_PASSWORD, DEMO_USERS } from './database/seed/demo-seed';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  const app = await createApp();
  const config = app.get(AppConfig);
  await app.listen({ port: config.get('PORT'), host: config.get('HOST') });
  const url = config.publicUrl;
  const logger = new Logger('Rapport');
  logger.log(`Rapport is running at ${url} (API ${url}/api, docs ${url}/api/docs)`);
  if (config.get('SEED_DEMO')) {
    const logins = DEMO_USERS.map((u) => `${u.local}@${DEMO_DOMAIN}`).join(', ');
    logger.log(`Demo practice logins (password ${DEMO_PASSWORD}): ${logins}`);
  }
}

main().catch((error: unknown) => {
  // Configuration errors name the bad variable; print them plainly and stop.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
