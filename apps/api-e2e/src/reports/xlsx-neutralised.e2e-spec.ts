import { EXPORT_REPORT_FORMATS, EXPORT_REPORTS, type Competency } from '@rapport/shared/contracts';
import { send } from '../security/client';
import { REPORT_ROUTES } from '../security/routes-reports';
import { buildWorld } from '../security/world';
import { api, bearer, expectStatus } from '../support/http';
import { readXlsx, type XlsxCell } from './readers';
import { rename } from './reports.factory';

/** What a spreadsheet reads as the start of a formula, full-width forms included. */
const TRIGGER = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Every cell of every XLSX export (headers, row labels, notes, data), read back by openpyxl after
 * every name a user controls was made to start a formula (issue 13).
 */
describe('XLSX exports neutralise every text cell', () => {
  it('no cell of any XLSX export starts a formula, and the hostile names are there as text', async () => {
    const w = await buildWorld('=HYPERLINK("http://evil.example","x")', { full: true });
    const owner = w.owner;
    // People and competencies appear as row labels and column headers: give them the other triggers.
    const hostileUsers = { interviewer: '+SUM(1,1) Interviewer', hiring_manager: '-2+3 Manager', leader: '@SUM(1) Leader', hr: '\uFF1DSUM(1) HR' } as const;
    for (const [role, name] of Object.entries(hostileUsers)) {
      const session = w.users[role as keyof typeof hostileUsers];
      if (session) await rename(owner, session, name);
    }
    for (const [i, name] of ['\uFF20cmd Competency', '-cmd Competency'].entries()) {
      const competency = w.competencies[i] as Competency;
      await expectStatus(
        api().patch(`/api/competencies/${competency.id}`).set(bearer(owner.token)).send({ name, version: competency.version }),
        200,
      );
    }

    const reports = EXPORT_REPORTS.filter((r) => (EXPORT_REPORT_FORMATS[r] as readonly string[]).includes('xlsx'));
    expect(reports.length).toBeGreaterThanOrEqual(6);
    const seen: string[] = [];
    for (const report of reports) {
      const spec = REPORT_ROUTES.find((r) => r.path === `/api/exports/${report}`);
      if (!spec?.make) throw new Error(`no route spec for the ${report} export`);
      const call = await spec.make(w, 'owner');
      const reply = await send('GET', spec.path, { ...call, query: { ...call.query, format: 'xlsx' } }, owner.token);
      expect({ report, status: reply.status }).toEqual({ report, status: 200 });
      const book = readXlsx(reply.bytes);
      const cells = Object.entries(book).flatMap(([sheet, rows]) =>
        rows.flatMap((row, r) => row.map((value: XlsxCell, c) => ({ report, sheet, at: `R${r + 1}C${c + 1}`, value }))),
      );
      expect({ report, cells: cells.length > 0 }).toEqual({ report, cells: true });
      const formulas = cells.filter((cell) => typeof cell.value === 'string' && TRIGGER.test(cell.value));
      expect(formulas).toEqual([]);
      seen.push(...cells.filter((c) => typeof c.value === 'string' && c.value.startsWith("'")).map((c) => String(c.value)));
    }
    // Not vacuous: the planted names reached the exports, each behind its quote.
    expect(seen.some((v) => v.startsWith(`'=HYPERLINK`))).toBe(true);
    expect(seen.some((v) => /^'[+\-@\uFF1D\uFF20]/.test(v))).toBe(true);
  });
});
