import { hash, verify } from '@node-rs/argon2';
import * as bcrypt from 'bcryptjs';

/** New hashes are argon2id with the library's defaults (19 MiB, 2 passes, the OWASP minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export interface PasswordCheck {
  valid: boolean;
  /** The hash is an older kind (bcrypt) and should be replaced by an argon2id hash now that the password is known. */
  needsRehash: boolean;
}

/** Verifies argon2 hashes, and the bcrypt hashes of accounts created before argon2. */
export async function checkPassword(stored: string, password: string): Promise<PasswordCheck> {
  if (stored.startsWith('$2')) return { valid: await bcrypt.compare(password, stored), needsRehash: true };
  try {
    return { valid: await verify(stored, password), needsRehash: !stored.startsWith('$argon2id$') };
  } catch {
    return { valid: false, needsRehash: false };
  }
}
