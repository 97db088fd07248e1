import { dropDatabase } from './postgres';

/** Stops the API (SIGTERM: graceful shutdown) and drops the run's database. */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__API_E2E__;
  if (!state) return;
  try {
    await state.api.stop();
  } finally {
    await dropDatabase(state.serverUrl, state.database);
    globalThis.__API_E2E__ = undefined;
  }
}
