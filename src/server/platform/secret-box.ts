// Secrets at rest (issue 13, D38): a value the server must read back (the TOTP secret) is stored
// encrypted with AES-256-GCM under a key that is never in the database, so a stolen backup or
// database dump gives no one the second factor. The key comes from KRING_SECRET_KEY, or in the
// embedded mode from a key file in the data directory, made on first start with mode 0600.
// Rotation: the new key becomes current, the old one stays readable as KRING_SECRET_KEY_PREVIOUS
// (or secret.key.previous) until `reseal` has re-encrypted every value.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export interface SecretBox {
  /** `v1:<key id>:<iv>:<ciphertext and tag>`, all base64url. */
  seal(plain: string): string;
  /** The plain value; a value stored before encryption existed is returned as it is. */
  open(stored: string): string;
  /** Whether a stored value is sealed with the current key (else `reseal` should renew it). */
  isCurrent(stored: string): boolean;
}

const keyId = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);

function parseKey(text: string, source: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`${source} must be 32 random bytes in base64 (openssl rand -base64 32)`);
  return key;
}

/** A box for the current key and any previous ones still being phased out. */
export function secretBox(current: Buffer, previous: Buffer[] = []): SecretBox {
  const keys = new Map([current, ...previous].map((k) => [keyId(k), k]));
  const currentId = keyId(current);
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `v1:${currentId}:${iv.toString('base64url')}:${body.toString('base64url')}`;
    },
    open(stored) {
      if (!stored.startsWith('v1:')) return stored;
      const [, id, iv, body] = stored.split(':');
      const key = keys.get(id!);
      if (!key) throw new Error(`a secret is sealed with key ${id}, which this server does not have`);
      const data = Buffer.from(body!, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv!, 'base64url'));
      decipher.setAuthTag(data.subarray(data.length - 16));
      return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
    },
    isCurrent: (stored) => stored.startsWith(`v1:${currentId}:`),
  };
}

/** A box with a key made up for this process only: for tests and benchmarks, never for data that must outlive it. */
export const throwawaySecretBox = () => secretBox(randomBytes(32));

/**
 * The server's keys: from the environment, else (embedded mode) from `secret.key` in the data
 * directory, which is created with mode 0600 when it does not exist yet.
 */
export function loadSecretBox(env: NodeJS.ProcessEnv, dataDir: string | null): SecretBox {
  const previous = (text: string | undefined, source: string) => (text ? [parseKey(text, source)] : []);
  if (env.KRING_SECRET_KEY) {
    return secretBox(
      parseKey(env.KRING_SECRET_KEY, 'KRING_SECRET_KEY'),
      previous(env.KRING_SECRET_KEY_PREVIOUS, 'KRING_SECRET_KEY_PREVIOUS'),
    );
  }
  if (!dataDir) throw new Error('Set KRING_SECRET_KEY (openssl rand -base64 32) when Kring runs on PostgreSQL');
  const file = path.join(dataDir, 'secret.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  }
  const old = path.join(dataDir, 'secret.key.previous');
  return secretBox(
    parseKey(fs.readFileSync(file, 'utf8'), file),
    fs.existsSync(old) ? previous(fs.readFileSync(old, 'utf8'), old) : [],
  );
}

/**
 * Seals every stored secret that is not sealed with the current key: secrets from before
 * encryption existed, and those under a previous key after a rotation. Runs at every start.
 */
export async function resealSecrets(db: Kysely<DB>, box: SecretBox): Promise<number> {
  const users = await db
    .selectFrom('users')
    .select(['id', 'totp_secret'])
    .where('totp_secret', 'is not', null)
    .execute();
  let renewed = 0;
  for (const user of users) {
    if (box.isCurrent(user.totp_secret!)) continue;
    await db
      .updateTable('users')
      .set({ totp_secret: box.seal(box.open(user.totp_secret!)) })
      .where('id', '=', user.id)
      .where('totp_secret', '=', user.totp_secret)
      .execute();
    renewed += 1;
  }
  return renewed;
}
