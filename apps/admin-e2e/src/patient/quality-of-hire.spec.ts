import { readFile } from 'node:fs/promises';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { checkPage, demoEmail, signIn, unique } from '../support/app';
import { apiCall, apiSession, apiUpload, daysAgo } from './patient.helpers';

interface Opening {
  id: string;
  status: string;
  locationId: string;
  hiringManagerId: string;
}
interface Interview {
  id: string;
  questions: { id: string }[];
}

let hired: Promise<void> | null = null;

/**
 * One hire through Rapport, interviewed by Ivan Novak (interviewer) and Maya Chen (hiring manager),
 * hired 15 months ago, with six months of service metrics after the hire quarter: enough for the
 * quality-of-hire report to count them (two scored quarters). Once per worker.
 */
function ensureHire(request: APIRequestContext): Promise<void> {
  hired ??= (async () => {
    const [hr, ivan, maya] = await Promise.all([apiSession(request, 'hr'), apiSession(request, 'interviewer'), apiSession(request, 'manager')]);
    const openings = await apiCall<{ items: Opening[] }>(request, hr, 'GET', '/api/openings');
    // Maya Chen decides: the decision belongs to the opening's hiring manager.
    const opening = openings.items.find((o) => o.hiringManagerId === maya.userId && o.status === 'open') ?? openings.items.find((o) => o.hiringManagerId === maya.userId);
    if (!opening) throw new Error('The demo seed has no opening managed by Maya Chen');
    const tag = unique().toLowerCase();
    const email = `quality.${tag}@example.com`;
    const candidate = await apiCall<{ id: string }>(request, hr, 'POST', '/api/candidates', { name: `Quality ${tag}`, email, source: 'Referral' });
    const application = await apiCall<{ id: string }>(request, hr, 'POST', '/api/applications', { candidateId: candidate.id, openingId: opening.id });
    const interview = await apiCall<Interview>(request, hr, 'POST', '/api/interviews', {
      applicationId: application.id,
      scheduledAt: `${daysAgo(480)}T15:00:00.000Z`,
      interviewerIds: [ivan.userId, maya.userId],
    });
    for (const session of [ivan, maya]) {
      const ratings = interview.questions.map((q) => ({ questionId: q.id, rating: 4, evidence: 'Acknowledged the feeling first' }));
      await apiCall(request, session, 'PUT', `/api/interviews/${interview.id}/scorecards/me`, { ratings, recommendation: 'yes' });
      await apiCall(request, session, 'POST', `/api/interviews/${interview.id}/scorecards/me/submit`, undefined, 200);
    }
    await apiCall(request, maya, 'POST', `/api/applications/${application.id}/decision`, { decision: 'hire', rationale: 'Warm and precise' }, 200);
    const hiredAt = daysAgo(456);
    await apiCall(request, hr, 'POST', '/api/staff', {
      name: `Quality ${tag}`,
      email,
      roleTitle: 'Patient coordinator',
      locationId: opening.locationId,
      hiredAt,
      applicationId: application.id,
    });
    // Six months starting with the first month of the quarter after the hire quarter.
    const [y, m] = hiredAt.split('-').map(Number);
    const quarterEnd = Math.ceil(m / 3) * 3;
    const months = Array.from({ length: 6 }, (_, i) => {
      const index = y * 12 + quarterEnd + i; // months since year 0, 0-based month of the quarter after
      return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    });
    const rows = months.map((month) => `${email},,${month},on_time_rate,0.9`);
    await apiUpload(request, hr, '/api/service-metrics/import', ['staff_email,location_code,period,metric,value', ...rows].join('\n') + '\n');
  })();
  return hired;
}

test('HR reads quality of hire by competency, question and interviewer, and downloads the XLSX', async ({ page, request }, testInfo) => {
  // The first test of the file hires someone through the API first.
  test.setTimeout(90_000);
  await ensureHire(request);
  await signIn(page, demoEmail('hr'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quality of hire' }).click();
  await expect(page).toHaveURL(/\/quality-of-hire$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Quality of hire' })).toBeVisible();

  await expect(page.getByRole('table', { name: 'Quality of hire by competency' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Quality of hire by question' }).getByRole('row').nth(1)).toBeVisible();
  const interviewers = page.getByRole('table', { name: 'Quality of hire by interviewer' });
  await expect(interviewers.getByRole('row', { name: /Ivan Novak/ })).toBeVisible();
  await expect(interviewers.getByRole('row', { name: /Maya Chen/ })).toBeVisible();
  // One hire is far below the minimum: every row says so instead of showing a correlation.
  await expect(interviewers.getByRole('row', { name: /Ivan Novak/ })).toContainText('Not enough data');
  await expect(page.getByTestId('hidden-interviewers')).toHaveCount(0);
  await checkPage(page, testInfo, 'quality-of-hire');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export XLSX' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = await readFile(await download.path());
  // An XLSX is a ZIP archive.
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  await expect(page.getByTestId('download-done')).toContainText(`Saved ${download.suggestedFilename()}`);
});

test('an interviewer sees only their own interviewer row, and how many are hidden', async ({ page, request }) => {
  test.setTimeout(90_000);
  await ensureHire(request);
  await signIn(page, demoEmail('interviewer'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quality of hire' }).click();
  const rows = page.getByRole('table', { name: 'Quality of hire by interviewer' }).getByRole('row');
  await expect(rows).toHaveCount(2); // header + their own row
  await expect(rows.nth(1)).toContainText('Ivan Novak');
  await expect(page.getByTestId('hidden-interviewers')).toContainText(/\d+ other interviewers?'s? rows? (is|are) hidden/);
});
