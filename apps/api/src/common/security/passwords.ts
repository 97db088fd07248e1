import * as argon2 from 'argon2';

/** argon2id with the library's defaults (memory-hard parameters in line with OWASP guidance). */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id });

let dummyHash: Promise<string> | undefined;

export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  if (!hash) {
    // Spend the same time as a real check so response time does not reveal unknown emails.
    dummyHash ??= hashPassword('rapport-timing-equaliser');
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}
