import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../db/backup.js';
import { engines, openTestDatabase, seedOrganisation } from '../testing/harness.js';
import type { Database } from '../db/connection.js';
import { loadSecretBox, resealSecrets, secretBox } from './secret-box.js';

describe('secrets at rest', () => {
  const key = randomBytes(32);

  it('seals a secret so that it reads back, differs every time and cannot be altered unnoticed', () => {
    const box = secretBox(key);
    const a = box.seal('JBSWY3DPEHPK3PXP');
    const b = box.seal('JBSWY3DPEHPK3PXP');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(a)).toBe('JBSWY3DPEHPK3PXP');
    const tampered = `${a.slice(0, -2)}${a.endsWith('A') ? 'B' : 'A'}${a.slice(-1)}`;
    expect(() => box.open(tampered)).toThrow();
    expect(() => secretBox(randomBytes(32)).open(a)).toThrow(/does not have/);
  });

  it('rotates: a new key reads what the previous one sealed, and seals with the new one', () => {
    const old = secretBox(key);
    const sealed = old.seal('geheim');
    const renewed = secretBox(randomBytes(32), [key]);
    expect(renewed.open(sealed)).toBe('geheim');
    expect(renewed.isCurrent(sealed)).toBe(false);
    expect(renewed.isCurrent(renewed.seal('geheim'))).toBe(true);
  });

  it('makes a key file of its own in the data directory, readable only by its owner, and keeps it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-key-'));
    const first = loadSecretBox({}, dir);
    const file = path.join(dir, 'secret.key');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const sealed = first.seal('x');
    expect(loadSecretBox({}, dir).open(sealed)).toBe('x');
    // On PostgreSQL the key must come from the environment, in the right size.
    expect(() => loadSecretBox({}, null)).toThrow(/KRING_SECRET_KEY/);
    expect(() => loadSecretBox({ KRING_SECRET_KEY: 'te kort' }, null)).toThrow(/32 random bytes/);
    const fromEnv = loadSecretBox({ KRING_SECRET_KEY: key.toString('base64') }, null);
    expect(fromEnv.open(secretBox(key).seal('y'))).toBe('y');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe.each(engines)('secrets at rest in the database on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database.close());

  it('seals secrets stored before encryption, renews them after a rotation, and keeps the key out of backups', async () => {
    const org = await seedOrganisation(database, `keys-${engine}`);
    const user = org.users.coordinator.id;
    await database.db.updateTable('users').set({ totp_secret: 'JBSWY3DPEHPK3PXP' }).where('id', '=', user).execute();
    const stored = async () =>
      (await database.db.selectFrom('users').select('totp_secret').where('id', '=', user).executeTakeFirstOrThrow())
        .totp_secret!;
    const key = randomBytes(32);
    const box = secretBox(key);
    expect(await resealSecrets(database.db, box)).toBeGreaterThanOrEqual(1);
    expect(await stored()).toMatch(/^v1:/);
    expect(box.open(await stored())).toBe('JBSWY3DPEHPK3PXP');
    // Rotation: the new key is current, the old one only read.
    const next = randomBytes(32);
    const rotated = secretBox(next, [key]);
    await resealSecrets(database.db, rotated);
    expect(secretBox(next).open(await stored())).toBe('JBSWY3DPEHPK3PXP');
    // A backup holds the sealed value, never a key.
    const backup = JSON.stringify(await createBackup(database.db));
    expect(backup).not.toContain('JBSWY3DPEHPK3PXP');
    for (const k of [key, next]) {
      expect(backup).not.toContain(k.toString('base64'));
      expect(backup).not.toContain(k.toString('hex'));
    }
  });
});
