import { EXPORT_REPORTS } from '@rapport/shared/contracts';
import { exportQuery, REPORT_DEFINITIONS, type ReportFilterValues } from './report-definitions';

const values = (overrides: Partial<ReportFilterValues> = {}): ReportFilterValues => ({
  format: 'csv',
  from: null,
  to: null,
  openingId: '',
  applicationId: '',
  leaderId: '',
  period: 'quarter',
  stage: '',
  ...overrides,
});

describe('exportQuery', () => {
  it('has a card definition for every export of the contract', () => {
    expect(Object.keys(REPORT_DEFINITIONS).sort()).toEqual([...EXPORT_REPORTS].sort());
  });

  it('sends inclusive days and the chosen opening for the funnel, nothing else', () => {
    const query = exportQuery(
      REPORT_DEFINITIONS['hiring-funnel'],
      values({ format: 'xlsx', from: new Date(2026, 6, 1), to: new Date(2026, 8, 30), openingId: 'o1', leaderId: 'u-leo', stage: 'offer' }),
    );
    expect(query).toEqual({ format: 'xlsx', from: '2026-07-01', to: '2026-09-30', openingId: 'o1' });
  });

  it('sends months and the period for culture', () => {
    expect(
      exportQuery(REPORT_DEFINITIONS.culture, values({ format: 'pdf', from: new Date(2026, 0, 15), to: new Date(2026, 5, 2), period: 'month' })),
    ).toEqual({ format: 'pdf', from: '2026-01', to: '2026-06', period: 'month' });
  });

  it("falls back to the report's first format when the chosen one does not exist for it", () => {
    expect(exportQuery(REPORT_DEFINITIONS['audit-log'], values({ format: 'pdf' }))).toEqual({ format: 'csv' });
  });

  it('leaves out empty filters (all openings, all stages, every leader)', () => {
    expect(exportQuery(REPORT_DEFINITIONS['adverse-impact'], values({ format: 'xlsx' }))).toEqual({ format: 'xlsx' });
    expect(exportQuery(REPORT_DEFINITIONS['leadership-goals'], values({ format: 'xlsx', leaderId: 'u-leo' }))).toEqual({
      format: 'xlsx',
      leaderId: 'u-leo',
    });
  });

  it('sends only the application for a candidate packet (the opening only narrows the list)', () => {
    expect(exportQuery(REPORT_DEFINITIONS['candidate-packet'], values({ format: 'pdf', openingId: 'o1', applicationId: 'a1' }))).toEqual({
      format: 'pdf',
      applicationId: 'a1',
    });
  });
});
