import { parseFeedbackCsv } from './feedback-csv';

const lookup = {
  staffByEmail: new Map([
    ['ana@clinic.test', 'staff-ana'],
    ['dr.lee@clinic.test', 'staff-lee'],
  ]),
  locationByCode: new Map([['DTN', 'loc-dtn']]),
};
const TODAY = '2026-06-30';
const parse = (text: string) => parseFeedbackCsv(text, lookup, TODAY);

describe('parseFeedbackCsv', () => {
  it('reads item scores, named staff and the comment; blank items are not answered', () => {
    const { rows, problems } = parse(
      'date,location_code,staff_emails,courteous,fees_explained,no_pressure,comment\n' +
        '2026-05-02,dtn,ANA@clinic.test; dr.lee@clinic.test,5,,4,Lovely team\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({
        line: 2,
        respondedOn: '2026-05-02',
        locationId: 'loc-dtn',
        staffMemberIds: ['staff-ana', 'staff-lee'],
        scores: { courteous: 5, no_pressure: 4 },
        comment: 'Lovely team',
      }),
    ]);
  });

  it('refuses a patient-identifier column, naming it, and reads no row', () => {
    const { rows, problems } = parse('date,location_code,Patient Name,courteous\n2026-05-02,DTN,Jane Roe,5\n');
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ line: 1, column: 'Patient Name', reason: expect.stringContaining('"Patient Name" looks like a patient identifier (name)') }]);
  });

  it.each([
    ['DOB', 'date of birth'],
    ['phone', 'phone number'],
    ['patient_email', 'email address'],
    ['MRN', 'record number'],
  ])('refuses a %s column as a %s', (column, kind) => {
    const { problems } = parse(`date,location_code,${column},courteous\n2026-05-02,DTN,x,5\n`);
    expect(problems[0]).toEqual(expect.objectContaining({ column, reason: expect.stringContaining(`(${kind})`) }));
  });

  it('refuses a comment that carries a phone number or an email, naming the comment column', () => {
    const { rows, problems } = parse('date,location_code,courteous,comment\n2026-05-02,DTN,5,call me at 555-010-2030\n');
    expect(rows).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ line: 2, column: 'comment', reason: expect.stringContaining('phone number') })]);
  });

  it('reports every bad row with its line and every reason, and returns no rows then', () => {
    const { rows, problems } = parse(
      'date,location_code,staff_emails,courteous,listened\n' +
        '2026-05-02,DTN,,5,4\n' +
        '2026-13-01,XXX,nobody@else.test,6,\n' +
        '2027-01-01,DTN,,,\n',
    );
    expect(rows).toEqual([]);
    expect(problems.map((p) => p.line)).toEqual([3, 4]);
    expect(problems[0].reason).toContain('date must be a day written YYYY-MM-DD');
    expect(problems[0].reason).toContain('no location has the code "XXX"');
    expect(problems[0].reason).toContain('no staff member has the email "nobody@else.test"');
    expect(problems[0].reason).toContain('courteous must be a whole number from 1 to 5');
    expect(problems[1].reason).toContain('is in the future');
    expect(problems[1].reason).toContain('answers no item');
  });

  it('needs the required columns and at least one item column', () => {
    expect(parse('date,courteous\n2026-05-02,5\n').problems[0].reason).toContain('missing column: location_code');
    expect(parse('date,location_code,comment\n2026-05-02,DTN,hi\n').problems[0].reason).toContain('at least one item column');
  });

  it('gives the same fingerprint to the same response and uses response_id when present', () => {
    const a = parse('date,location_code,courteous\n2026-05-02,DTN,5\n').rows[0];
    const b = parse('location_code,courteous,date\nDTN,5,2026-05-02\n').rows[0];
    expect(a.fingerprint).toBe(b.fingerprint);
    const c = parse('date,location_code,courteous,response_id\n2026-05-02,DTN,5,R-1\n').rows[0];
    const d = parse('date,location_code,courteous,response_id\n2026-05-03,DTN,4,R-1\n').rows[0];
    expect(c.fingerprint).toBe(d.fingerprint);
    expect(c.fingerprint).not.toBe(a.fingerprint);
  });

  it('refuses a row repeated within the file', () => {
    const { problems } = parse('date,location_code,courteous\n2026-05-02,DTN,5\n2026-05-02,DTN,5\n');
    expect(problems).toEqual([{ line: 3, reason: 'repeats line 2' }]);
  });
});
