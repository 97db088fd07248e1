import { parseReviewsCsv } from './reviews-csv';

const locations = new Map([['DTN', 'loc-dtn']]);

describe('parseReviewsCsv', () => {
  it('reads source, day, location, rating and text', () => {
    const { rows, problems } = parseReviewsCsv(
      'source,date,location_code,rating,text\nGoogle,2026-04-01,DTN,4,"Kind staff, long wait"\n',
      locations,
      '2026-06-30',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([expect.objectContaining({ source: 'Google', reviewedOn: '2026-04-01', locationId: 'loc-dtn', rating: 4, text: 'Kind staff, long wait' })]);
  });

  it("refuses a reviewer-name column as a patient identifier", () => {
    const { problems } = parseReviewsCsv('source,date,location_code,rating,text,author\n', locations, '2026-06-30');
    expect(problems[0]).toEqual(expect.objectContaining({ column: 'author', reason: expect.stringContaining('patient identifier') }));
  });

  it('reports bad rows with their reasons', () => {
    const { rows, problems } = parseReviewsCsv('source,date,location_code,rating,text\n,2026-04-01,DTN,0,x\nYelp,2026-04-02,DTN,,y\n', locations, '2026-06-30');
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      { line: 2, reason: expect.stringMatching(/source is required.*rating must be a whole number/) },
      { line: 3, reason: 'rating is required' },
    ]);
  });
});
