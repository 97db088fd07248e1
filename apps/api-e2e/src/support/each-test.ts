import { closeDb, truncateAll } from './db';

// Every test starts from a migrated, empty database (throttling counters included).
beforeEach(async () => {
  await truncateAll();
});

afterAll(async () => {
  await closeDb();
});
