import { isPersonalPassword } from './personal-passwords';

describe('isPersonalPassword', () => {
  const person = { email: 'dana.whitfield@clinic.example', name: 'Dana Whitfield', organizationName: 'Harbour Dental' };

  it.each([
    'dana.whitfield@clinic.example',
    'DANA.WHITFIELD@Clinic.Example',
    'dana.whitfield',
    'Dana Whitfield',
    'danawhitfield',
    'harbour dental',
  ])('refuses %s', (password) => {
    expect(isPersonalPassword(password, person)).toBe(true);
  });

  it.each(['dana.whitfield!2026', 'correct-horse-battery-42', 'whitfield dana'])('accepts %s', (password) => {
    expect(isPersonalPassword(password, person)).toBe(false);
  });

  it('ignores missing or empty context', () => {
    expect(isPersonalPassword('anything at all', {})).toBe(false);
    expect(isPersonalPassword('', { name: '  ' })).toBe(false);
  });
});
