import { ValidateIf, getMetadataStorage } from 'class-validator';
import type { FieldError } from '@rapport/shared/contracts';

const NULLABLE = 'rapport:nullable';

/**
 * Marks a property that may be sent as `null` (to clear it, or "not asked"). Everywhere else a
 * `null` is refused: class-validator's `@IsOptional()` — which PATCH DTOs get for every field —
 * lets null through, and a null for a required column must be a 400, not a database error.
 */
export const Nullable = () => ValidateIf((_object, value) => value !== null, { context: { [NULLABLE]: true } });

function nullableProperties(target: object): Set<string> {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  return new Set(metadata.filter((m) => m.type === 'conditionalValidation' && m.context?.[NULLABLE]).map((m) => m.propertyName));
}

/** Fields of a validated DTO (and its nested DTOs) that are null without being `@Nullable()`. */
export function forbiddenNulls(value: unknown, path = ''): FieldError[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => forbiddenNulls(item, `${path}${path ? '.' : ''}${i}`));
  if (value.constructor === Object) return [];
  const allowed = nullableProperties(value);
  return Object.entries(value).flatMap(([key, child]) => {
    const field = `${path}${path ? '.' : ''}${key}`;
    if (child === null) return allowed.has(key) ? [] : [{ field, message: `${key} cannot be null` }];
    return forbiddenNulls(child, field);
  });
}
