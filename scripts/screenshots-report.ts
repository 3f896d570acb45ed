// Screenshots on the demo organisation of the funder report (as the funder), the social worker's
// overview of groups, and the admin's start page, settings and access log with its person filter,
// at 360 px, phone, tablet and desktop. Also writes the report's PDF.
// `tsx scripts/screenshots-report.ts <baseUrl> <outDir> role=email:password ...`.
import fs from 'node:fs';
import { screenSession } from './shots.js';

const { base, out, shoot, visit, close } = await screenSession(process.argv.slice(2));

await visit('funder', async (p) => {
  p.on('pageerror', (e) => console.log('pageerror:', e.message));
  await shoot(p, 'funder-home');
  await p.getByRole('link', { name: 'Open de verantwoording' }).click();
  await p.getByRole('heading', { name: 'Coachprogramma', exact: true }).waitFor();
  await shoot(p, 'report');
  const pdf = await p.evaluate(async () => {
    const href = document.querySelector<HTMLAnchorElement>('a[href*="format=pdf"]')!.href;
    const bytes = new Uint8Array(await (await fetch(href)).arrayBuffer());
    return Array.from(bytes);
  });
  fs.writeFileSync(`${out}/report.pdf`, Buffer.from(pdf));
});
await visit('worker', async (p) => {
  await p.goto(`${base}/groups`);
  await p.getByText('Bezoeken, laatste 6 maanden').first().waitFor();
  await shoot(p, 'groups-overview');
});
await visit('admin', async (p) => {
  await shoot(p, 'admin-home');
  await p.goto(`${base}/admin/settings`);
  await p.getByText('Kleinste aantal dat de verantwoording toont').waitFor();
  await shoot(p, 'settings');
  await p.goto(`${base}/admin/audit`);
  await p.getByRole('searchbox', { name: 'Persoon' }).fill('henk');
  await p.getByRole('button', { name: /Henk de Boer/ }).waitFor();
  await shoot(p, 'audit-person-search');
});
await close();
