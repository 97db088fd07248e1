import { FormControl, Validators } from '@angular/forms';
import { fieldErrorMessage } from './field-error';

describe('fieldErrorMessage', () => {
  it('prefers the server message over client validator messages', () => {
    const control = new FormControl('', Validators.required);
    control.setErrors({ required: true, server: 'name is already in use' });
    expect(fieldErrorMessage(control, 'Name')).toBe('name is already in use');
  });

  it.each([
    [Validators.required, '', 'Name is required'],
    [Validators.email, 'nope', 'Enter a valid email address'],
    [Validators.minLength(10), 'short', 'Name must be at least 10 characters'],
    [Validators.maxLength(3), 'too long', 'Name must be at most 3 characters'],
    [Validators.pattern(/^x$/), 'y', 'Name is not valid'],
  ])('explains a client validator failure (%#)', (validator, value, message) => {
    expect(fieldErrorMessage(new FormControl(value, validator), 'Name')).toBe(message);
  });

  it('uses a custom validator message when it gives one', () => {
    const control = new FormControl('a', () => ({ message: 'Passwords do not match' }));
    expect(fieldErrorMessage(control, 'Confirm')).toBe('Passwords do not match');
  });

  it('is empty for a valid control', () => {
    expect(fieldErrorMessage(new FormControl('ok', Validators.required), 'Name')).toBe('');
  });
});
