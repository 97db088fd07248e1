import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * Passwords long enough to pass the length rule but known from breach lists and keyboard walks
 * (NIST SP 800-63B asks to refuse "commonly-used, expected, or compromised" values).
 */
const COMMON = new Set(
  [
    'password1234', 'password12345', 'password123456', 'passwordpassword', 'password1234!', 'Password1234', 'Password123!',
    'qwertyuiop12', 'qwertyuiop123', 'qwertyuiopasdf', '1qaz2wsx3edc', '1q2w3e4r5t6y', 'q1w2e3r4t5y6', 'asdfghjkl123',
    'zxcvbnm12345', 'iloveyou1234', 'iloveyou12345', 'letmein12345', 'welcome12345', 'welcome123456', 'changeme1234',
    'administrator', 'administrator1', 'admin1234567', 'trustno1trustno1', 'football1234', 'baseball1234', 'sunshine1234',
    'princess1234', 'superman1234', 'starwars1234', 'monkey123456', 'dragon123456', 'abc123456789', 'abcdefghijkl',
    'abcdefgh1234', 'aaaaaaaaaaaa', '111111111111', '123123123123', '123456789012', '1234567890123', '12345678910',
    '123456789abc', '000000000000', '987654321098', 'qazwsxedcrfv', 'passw0rd1234', 'p@ssw0rd1234', 'p@ssword1234',
    'rapport12345', 'rapport123456', 'rapportrapport', 'medspa123456', 'aesthetics123', 'clinic123456',
  ].map((p) => p.toLowerCase()),
);

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  if (/^(.)\1+$/.test(lower)) return true; // one repeated character
  if ('01234567890123456789'.includes(lower) || '98765432109876543210'.includes(lower)) return true;
  return /^password\d*[!@#$%]?$/.test(lower);
}

/** class-validator rule: refuses passwords from the blocklist. */
export function IsNotCommonPassword(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotCommonPassword',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'password is too common; choose a longer phrase only you would use', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && !isCommonPassword(value) },
    });
}
