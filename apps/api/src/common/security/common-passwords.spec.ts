import { isCommonPassword } from './common-passwords';

describe('isCommonPassword', () => {
  it.each(['password1234', 'Password1234', 'qwertyuiop12', 'aaaaaaaaaaaa', '123456789012', 'Password12345!'])('refuses %s', (p) => {
    expect(isCommonPassword(p)).toBe(true);
  });

  it.each(['correct-horse-battery-42', 'Rapport-demo-2026', 'a long enough password'])('accepts %s', (p) => {
    expect(isCommonPassword(p)).toBe(false);
  });
});
