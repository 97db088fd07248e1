import type { FieldError } from '@rapport/shared/contracts';
import { ValidationFailedException } from '../filters/validation-exception';

/** Any TenantRepository: only its tenant-scoped count is used. */
interface Countable {
  count(where?: object): Promise<number>;
}

export interface Reference {
  field: string;
  id: string | undefined;
  repo: Countable;
  /** Extra conditions the referenced row must meet (e.g. an active user). */
  where?: object;
  message?: string;
}

/**
 * 400 naming each field whose id does not name a record of the caller's organization. Another
 * organization's id is reported exactly like a non-existent one.
 */
export async function assertReferences(refs: Reference[]): Promise<void> {
  const errors: FieldError[] = [];
  for (const ref of refs) {
    if (ref.id === undefined) continue;
    const found = await ref.repo.count({ id: ref.id, ...(ref.where ?? {}) });
    if (!found) errors.push({ field: ref.field, message: ref.message ?? `${ref.field} does not name a record` });
  }
  if (errors.length) throw new ValidationFailedException(errors);
}
