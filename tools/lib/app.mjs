// Facts about the running app that the launchers print or wait for.
import { setTimeout as sleep } from 'node:timers/promises';

// Mirrors the API's demo seed (apps/api/src/database/seed) and the README's table.
export const DEMO_PRACTICE = 'Lumen Aesthetics';
export const DEMO_PASSWORD = 'Rapport-demo-2026';
export const DEMO_LOGINS = [
  ['owner', 'owner@demo.rapport.test'],
  ['admin', 'admin@demo.rapport.test'],
  ['hr', 'hr@demo.rapport.test'],
  ['hiring manager', 'manager@demo.rapport.test'],
  ['interviewer', 'interviewer@demo.rapport.test'],
  ['leader', 'leader@demo.rapport.test'],
  ['staff', 'staff@demo.rapport.test'],
];

/**
 * Polls `${baseUrl}/api/health/ready` until it answers 200. Gives up (false) when `until`
 * settles first (the process ended) or after `timeoutMs`.
 */
export async function waitForReady(baseUrl, until, timeoutMs = 180_000) {
  let settled = false;
  until?.then(
    () => (settled = true),
    () => (settled = true),
  );
  const deadline = Date.now() + timeoutMs;
  while (!settled && Date.now() < deadline) {
    try {
      const res = await fetch(`${baseUrl}/api/health/ready`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return true;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  return false;
}
