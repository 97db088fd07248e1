/**
 * Rapport stores no patient identity. Survey and review exports often carry one anyway (a name
 * column, a date of birth, a chart number); such a file is refused whole, naming the column, rather
 * than silently dropping it: the person uploading should fix the export, not trust us to.
 */

export type IdentifierKind = 'name' | 'date of birth' | 'phone number' | 'email address' | 'record number' | 'address' | 'government id';

/** Header names (lower-case, separators folded to `_`) that identify a patient, by kind. */
const HEADER_RULES: readonly { kind: IdentifierKind; pattern: RegExp }[] = [
  { kind: 'date of birth', pattern: /(^|_)(dob|birth_?date|date_of_birth|birthday|born)($|_)/ },
  { kind: 'record number', pattern: /(^|_)(mrn|chart(_no|_number)?|record(_no|_number|_id)?|medical_record|patient_id|patient_number|account(_no|_number)?)($|_)/ },
  { kind: 'government id', pattern: /(^|_)(ssn|social_security|nhs(_number)?|insurance(_id|_number)|member_id)($|_)/ },
  { kind: 'phone number', pattern: /(^|_)(phone|mobile|cell|telephone|tel)($|_)/ },
  { kind: 'email address', pattern: /(^|_)(e_?mails?)($|_)/ },
  { kind: 'address', pattern: /(^|_)(address|street|zip|zip_code|postcode|postal_code)($|_)/ },
  {
    kind: 'name',
    pattern: /(^|_)(name|first_?name|last_?name|full_?name|surname|given_name|patient_name|reviewer|reviewer_name|author|initials)($|_)/,
  },
];

export const normaliseHeader = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

/**
 * The kind of patient identifier a column header names, or `null`. `allowed` headers (the file's own
 * columns, e.g. `staff_emails`) are never flagged.
 */
export function identifierColumnKind(header: string, allowed: readonly string[] = []): IdentifierKind | null {
  const h = normaliseHeader(header);
  if (allowed.includes(h)) return null;
  return HEADER_RULES.find((r) => r.pattern.test(h))?.kind ?? null;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
// 10+ digits with the usual separators, e.g. (555) 010-2030, +1 555 010 2030, 555.010.2030.
const PHONE = /(?:\+?\d[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}\b/;

/** Free text (a comment) that carries an email address or a phone number: the kind found, or `null`. */
export function identifierInText(text: string): IdentifierKind | null {
  if (EMAIL.test(text)) return 'email address';
  if (PHONE.test(text)) return 'phone number';
  return null;
}

export const identifierMessage = (column: string, kind: IdentifierKind) =>
  `column "${column}" looks like a patient identifier (${kind}); Rapport stores no patient identities: remove the column from the export and upload again`;
