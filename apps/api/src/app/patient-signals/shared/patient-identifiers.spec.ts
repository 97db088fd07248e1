import { identifierColumnKind, identifierInText } from './patient-identifiers';

describe('identifierColumnKind', () => {
  it.each([
    ['Patient Name', 'name'],
    ['first_name', 'name'],
    ['LastName', 'name'],
    ['DOB', 'date of birth'],
    ['Date of Birth', 'date of birth'],
    ['phone', 'phone number'],
    ['Mobile Number', 'phone number'],
    ['patient_email', 'email address'],
    ['E-mail', 'email address'],
    ['MRN', 'record number'],
    ['Medical Record Number', 'record number'],
    ['chart_no', 'record number'],
    ['SSN', 'government id'],
    ['Street Address', 'address'],
    ['author', 'name'],
  ])('flags %s as a %s', (header, kind) => {
    expect(identifierColumnKind(header)).toBe(kind);
  });

  it.each(['date', 'location_code', 'comment', 'courteous', 'rating', 'source', 'text', 'response_id'])('leaves %s alone', (header) => {
    expect(identifierColumnKind(header)).toBeNull();
  });

  it("never flags the file's own columns", () => {
    expect(identifierColumnKind('staff_emails')).toBe('email address');
    expect(identifierColumnKind('staff_emails', ['staff_emails'])).toBeNull();
  });
});

describe('identifierInText', () => {
  it('finds an email address or a phone number in free text', () => {
    expect(identifierInText('please write to jane.doe@example.com')).toBe('email address');
    expect(identifierInText('call me on (555) 010-2030')).toBe('phone number');
    expect(identifierInText('call me on +1 555 010 2030')).toBe('phone number');
  });

  it('leaves ordinary comments alone, numbers included', () => {
    expect(identifierInText('Waited 20 minutes, but the team was lovely. 5 stars!')).toBeNull();
    expect(identifierInText('Paid $1,250 for two areas on 2026-03-04')).toBeNull();
  });
});
