import { parseServiceMetricsCsv, type MetricLookup } from './service-metrics-csv';

const lookup: MetricLookup = {
  staffByEmail: new Map([
    ['sofia@demo.test', 'staff-sofia'],
    ['leo@demo.test', 'staff-leo'],
  ]),
  locationByCode: new Map([['DTN', 'loc-dtn']]),
};
const parse = (text: string) => parseServiceMetricsCsv(text, lookup, '2026-11');

describe('parseServiceMetricsCsv', () => {
  it('reads a good file: staff and location rows, any column order, case-insensitive header and keys', () => {
    const result = parse(
      [
        'Metric,Period,Value,Staff_Email,Location_Code',
        'calls_returned_rate,2026-09,0.92,Sofia@Demo.test,',
        'inquiry_response_minutes,2026-09,45,,dtn',
        'review_rating,2026-10,4.6,leo@demo.test,',
        '',
        'fee_estimate_given_rate,2026-10,1,,DTN',
      ].join('\n'),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { line: 2, staffMemberId: 'staff-sofia', locationId: null, period: '2026-09', metric: 'calls_returned_rate', value: 0.92 },
      { line: 3, staffMemberId: null, locationId: 'loc-dtn', period: '2026-09', metric: 'inquiry_response_minutes', value: 45 },
      { line: 4, staffMemberId: 'staff-leo', locationId: null, period: '2026-10', metric: 'review_rating', value: 4.6 },
      { line: 6, staffMemberId: null, locationId: 'loc-dtn', period: '2026-10', metric: 'fee_estimate_given_rate', value: 1 },
    ]);
  });

  it('accepts a UTF-8 byte-order mark and CRLF line ends (Excel exports)', () => {
    const result = parse('\uFEFFstaff_email,period,metric,value\r\nsofia@demo.test,2026-01,on_time_rate,0.9\r\n');
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(1);
  });

  it('reports every bad row with its line number and reason, and returns no rows at all', () => {
    const result = parse(
      [
        'staff_email,location_code,period,metric,value', // 1
        'sofia@demo.test,,2026-09,calls_returned_rate,0.9', // 2 good
        'nobody@demo.test,,2026-09,calls_returned_rate,0.9', // 3 unknown email
        ',XYZ,2026-09,review_rating,4', // 4 unknown location
        'sofia@demo.test,DTN,2026-09,on_time_rate,0.9', // 5 both subjects
        ',,2026-09,on_time_rate,0.9', // 6 no subject
        'sofia@demo.test,,2026-13,on_time_rate,0.9', // 7 bad month
        'sofia@demo.test,,2027-01,on_time_rate,0.9', // 8 future
        'sofia@demo.test,,2026-09,happiness,3', // 9 unknown metric
        'sofia@demo.test,,2026-09,on_time_rate,', // 10 missing value
        'sofia@demo.test,,2026-09,on_time_rate,ninety', // 11 not a number
        'sofia@demo.test,,2026-09,on_time_rate,85%', // 12 percent
        'sofia@demo.test,,2026-09,billing_error_rate,1.5', // 13 rate > 1
        'sofia@demo.test,,2026-09,inquiry_response_minutes,-5', // 14 negative minutes
        'sofia@demo.test,,2026-09,review_rating,0.5', // 15 rating < 1
        'sofia@demo.test,,2026-09,review_rating,6', // 16 rating > 5
        'sofia@demo.test,,2026-09,calls_returned_rate,0.8', // 17 duplicate of line 2
        'sofia@demo.test,,2026-09', // 18 short row
      ].join('\n'),
    );
    expect(result.rows).toEqual([]);
    const reasons = new Map(result.errors.map((e) => [e.line, e.reason]));
    expect([...reasons.keys()]).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(reasons.get(3)).toContain('no staff member has the email "nobody@demo.test"');
    expect(reasons.get(4)).toContain('no location has the code "XYZ"');
    expect(reasons.get(5)).toContain('not both');
    expect(reasons.get(6)).toContain('staff_email or location_code is required');
    expect(reasons.get(7)).toContain('period must be a month written YYYY-MM, got "2026-13"');
    expect(reasons.get(8)).toContain('period 2027-01 is in the future');
    expect(reasons.get(9)).toContain('metric "happiness" is not one of');
    expect(reasons.get(10)).toContain('value is required');
    expect(reasons.get(11)).toContain('value "ninety" is not a number');
    expect(reasons.get(12)).toContain('a fraction from 0 to 1');
    expect(reasons.get(13)).toContain('billing_error_rate must be a fraction from 0 to 1');
    expect(reasons.get(14)).toContain('minutes, 0 or more');
    expect(reasons.get(15)).toContain('a rating from 1 to 5');
    expect(reasons.get(16)).toContain('a rating from 1 to 5');
    expect(reasons.get(17)).toContain('repeats line 2');
    expect(reasons.get(18)).toContain('the row has 3 fields; the header has 5');
  });

  it('lists all the reasons of one row together', () => {
    const result = parse('staff_email,period,metric,value\nnobody@demo.test,2026-99,happiness,x');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].line).toBe(2);
    expect(result.errors[0].reason.split('; ')).toHaveLength(3);
  });

  it('refuses a bad header on line 1', () => {
    expect(parse('email,period,metric,value\nsofia@demo.test,2026-01,on_time_rate,1').errors).toEqual([
      { line: 1, reason: expect.stringContaining('unknown column: email') },
    ]);
    expect(parse('staff_email,period,metric\nsofia@demo.test,2026-01,on_time_rate').errors[0].reason).toBe('missing column: value');
    expect(parse('period,metric,value\n2026-01,on_time_rate,1').errors[0].reason).toContain('needs a staff_email or a location_code');
    expect(parse('staff_email,period,period,metric,value').errors[0].reason).toBe('column period appears twice');
  });

  it('refuses empty files, header-only files and broken CSV with a line number', () => {
    expect(parse('').errors).toEqual([{ line: 1, reason: 'the file is empty' }]);
    expect(parse('staff_email,period,metric,value\n').errors).toEqual([{ line: 1, reason: 'the file has a header but no data rows' }]);
    const broken = parse('staff_email,period,metric,value\nsofia@demo.test,2026-01,on_time_rate,1\n"unclosed,2026-01,on_time_rate,1');
    expect(broken.rows).toEqual([]);
    expect(broken.errors).toHaveLength(1);
    expect(broken.errors[0].line).toBe(3);
    expect(broken.errors[0].reason).toContain('not valid CSV');
  });
});
