import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Algorithm, hash, verify } from '@node-rs/argon2';

/** A random secret for links and cookies (256 bits, URL-safe). Only its hash is stored. */
export const newSecret = () => randomBytes(32).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

// argon2id with the OWASP-recommended minimum (19 MiB, 2 iterations, 1 lane).
const argonOptions = {
  algorithm: 2 as Algorithm /* Argon2id; a const enum */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};
export const hashPassword = (password: string) => hash(password, argonOptions);
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Without a hash we still spend the same time, so response times do not reveal accounts.
  if (!passwordHash) {
    dummyHash ??= await hash('not-a-real-password', argonOptions);
    await verify(dummyHash, password);
    return false;
  }
  return verify(passwordHash, password);
}
let dummyHash: string | undefined;
