import { SecretBox } from '@tp/core/auth/secret-box';
import { checkPassword, hashPassword } from '@tp/core/auth/password';
import * as bcrypt from 'bcryptjs';

describe('the secret box', () => {
  const box = new SecretBox('a-secret-of-at-least-thirty-two-characters');

  it('opens what it sealed, and never shows the plain text', () => {
    const sealed = box.seal('client-secret-123');
    expect(sealed).not.toContain('client-secret-123');
    expect(box.open(sealed)).toBe('client-secret-123');
    expect(box.seal('client-secret-123')).not.toBe(sealed); // a fresh IV each time
  });

  it('refuses a sealed text that was changed, or sealed under another secret', () => {
    const sealed = box.seal('client-secret-123');
    const [v, iv, tag, data] = sealed.split('.');
    const flipped = Buffer.from(data, 'base64url');
    flipped[0] ^= 1;
    expect(box.open([v, iv, tag, flipped.toString('base64url')].join('.'))).toBeNull();
    expect(new SecretBox('another-secret-of-at-least-thirty-two-chars').open(sealed)).toBeNull();
    expect(box.open('garbage')).toBeNull();
  });
});

describe('password hashes', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await checkPassword(hash, 'correct horse battery')).toEqual({ valid: true, needsRehash: false });
    expect((await checkPassword(hash, 'wrong')).valid).toBe(false);
  });

  it('verifies an old bcrypt hash and asks for a new one', async () => {
    const hash = bcrypt.hashSync('correct horse battery', 4);
    expect(await checkPassword(hash, 'correct horse battery')).toEqual({ valid: true, needsRehash: true });
    expect((await checkPassword(hash, 'wrong')).valid).toBe(false);
  });

  it('treats a hash it cannot read as a wrong password', async () => {
    expect(await checkPassword('not-a-hash', 'anything')).toEqual({ valid: false, needsRehash: false });
  });
});
