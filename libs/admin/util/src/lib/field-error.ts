import type { AbstractControl } from '@angular/forms';

/**
 * The one sentence `<mat-error>` shows for a control. A server message (set by the problem mapping)
 * wins, because it reflects what the API actually refused; client validators come next.
 */
export function fieldErrorMessage(control: AbstractControl, label: string): string {
  const errors = control.errors;
  if (!errors) return '';
  if (typeof errors['server'] === 'string') return errors['server'];
  if (errors['required']) return `${label} is required`;
  if (errors['email']) return 'Enter a valid email address';
  if (errors['minlength']) {
    return `${label} must be at least ${(errors['minlength'] as { requiredLength: number }).requiredLength} characters`;
  }
  if (errors['maxlength']) {
    return `${label} must be at most ${(errors['maxlength'] as { requiredLength: number }).requiredLength} characters`;
  }
  if (typeof errors['message'] === 'string') return errors['message'];
  return `${label} is not valid`;
}
