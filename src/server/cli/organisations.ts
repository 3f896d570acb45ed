// The operator's command for the organisations of an installation (docs/operations.md):
//   npm run org -- list
//   npm run org -- create "<name>" <admin e-mail> "<admin name>"
//   npm run org -- suspend <id>        npm run org -- resume <id>
//   npm run org -- export <id> <file.json.gz>
//   npm run org -- delete <id> "<exact name>"
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readConfig } from '../config.js';
import { openConfiguredDatabase } from '../db/configured.js';
import {
  createOrganisation,
  deleteOrganisation,
  exportOrganisation,
  listOrganisations,
  OperatorError,
  suspendOrganisation,
} from '../modules/identity/organisations.js';
import { linkFor } from '../modules/identity/tokens.js';

const usage = `Gebruik / usage:
  npm run org -- list
  npm run org -- create "<naam/name>" <e-mail beheerder/admin> "<naam beheerder/admin name>"
  npm run org -- suspend <id>
  npm run org -- resume <id>
  npm run org -- export <id> <bestand/file.json.gz>
  npm run org -- delete <id> "<exacte naam/exact name>"`;

const [command, ...args] = process.argv.slice(2);
const needs = { list: 0, create: 3, suspend: 1, resume: 1, export: 2, delete: 2 } as const;
if (!command || !(command in needs) || args.length !== needs[command as keyof typeof needs]) {
  console.error(usage);
  process.exit(1);
}

const config = readConfig();
const database = await openConfiguredDatabase(config);
const { db } = database;
try {
  if (command === 'list') {
    const rows = await listOrganisations(db);
    if (rows.length === 0) console.log('Geen organisaties. / No organisations.');
    for (const o of rows) {
      const state = o.suspended_at ? `suspended ${o.suspended_at.toISOString().slice(0, 10)}` : 'active';
      const exported = o.exported_at ? `, exported ${o.exported_at.toISOString().slice(0, 16)}` : '';
      console.log(
        `${o.id}  ${o.name}  [${state}${exported}]  users: ${Number(o.users)}, persons: ${Number(o.persons)}`,
      );
    }
  } else if (command === 'create') {
    const [name, adminEmail, adminName] = args as [string, string, string];
    const created = await createOrganisation(db, { name, adminEmail, adminName });
    console.log(`Organisatie aangemaakt / organisation created: ${created.organisationId}`);
    console.log(
      'Stuur de eerste beheerder deze eenmalige link (7 dagen geldig) / send the first admin this one-time link:',
    );
    console.log(`\n  ${linkFor(config.publicUrl, 'invitation', created.token)}\n`);
  } else if (command === 'suspend' || command === 'resume') {
    await suspendOrganisation(db, args[0]!, command === 'suspend');
    console.log(
      command === 'suspend'
        ? 'Uitgeschakeld; iedereen is uitgelogd. / Suspended; everyone is signed out.'
        : 'Weer actief. / Active again.',
    );
  } else if (command === 'export') {
    const [id, file] = args as [string, string];
    const backup = await exportOrganisation(db, id);
    // A temporary name first, so a crash never leaves a half file under the real name.
    fs.writeFileSync(`${file}.partial`, gzipSync(JSON.stringify(backup)), { mode: 0o600 });
    fs.renameSync(`${file}.partial`, file);
    const counts = Object.entries(backup.tables)
      .filter(([, rows]) => rows.length > 0)
      .map(([t, rows]) => `${t}: ${rows.length}`)
      .join(', ');
    console.log(
      `Geschreven naar / written to ${file} (${counts}). Dit bevat persoonsgegevens: bewaar het versleuteld.`,
    );
  } else if (command === 'delete') {
    const counts = await deleteOrganisation(db, args[0]!, args[1]!);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`Verwijderd / deleted: de organisatie en ${total} rijen / the organisation and ${total} rows.`);
  }
} catch (error) {
  if (!(error instanceof OperatorError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await database.close();
}
