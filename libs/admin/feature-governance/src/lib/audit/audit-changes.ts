/** One field of an audit event's before/after snapshots, as the detail table shows it. */
export interface AuditChange {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

type Snapshot = Record<string, unknown> | null;

function show(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * The fields of an event's snapshots side by side, in the order they were recorded (fields only in
 * `after` last). A creation has no `before` and a deletion no `after`; `changed` marks the fields
 * the event actually changed, compared by value (key order inside nested objects is ignored, because
 * PostgreSQL's jsonb does not keep it).
 */
export function auditChanges(before: Snapshot, after: Snapshot): AuditChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.map((field) => {
    const b = before?.[field];
    const a = after?.[field];
    return { field, before: show(b), after: show(a), changed: canonical(b) !== canonical(a) };
  });
}

function canonical(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Entity types the API records (`entityType` of audit events), for the filter. */
export const AUDIT_ENTITY_TYPES = [
  'application',
  'candidate',
  'competency',
  'culture_settings',
  'export',
  'interview',
  'interview_kit',
  'leadership_goal',
  'location',
  'observation',
  'opening',
  'organization',
  'review_assignment',
  'review_cycle',
  'scorecard',
  'service_metric_import',
  'staff_member',
  'user',
] as const;

/** `interview_kit` → `Interview kit`. */
export function entityLabel(type: string): string {
  const words = type.replace(/[_-]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : type;
}
