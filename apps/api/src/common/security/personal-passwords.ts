import { registerDecorator, type ValidationOptions } from 'class-validator';

const normalize = (value: string) => value.toLowerCase().replace(/\s+/g, '');

/**
 * A password equal to something anyone who knows the person can type (their email, its local part,
 * their name, their organization's name) is the first guess of an attacker (NIST SP 800-63B:
 * "context-specific words"). Compared case-insensitively and ignoring spaces.
 */
export function isPersonalPassword(password: string, person: { email?: unknown; name?: unknown; organizationName?: unknown }): boolean {
  const candidate = normalize(password);
  const email = typeof person.email === 'string' ? person.email : '';
  const words = [email, email.split('@')[0], person.name, person.organizationName];
  return words.some((word) => typeof word === 'string' && word.trim() !== '' && normalize(word) === candidate);
}

export const PERSONAL_PASSWORD_MESSAGE = 'password must not be your email address, its part before the @, or your name';

/** class-validator rule on a DTO that also carries `email` and/or `name`. */
export function IsNotPersonalPassword(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotPersonalPassword',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: PERSONAL_PASSWORD_MESSAGE, ...options },
      validator: {
        validate: (value: unknown, args) => typeof value !== 'string' || !isPersonalPassword(value, args?.object as Record<string, unknown>),
      },
    });
}
