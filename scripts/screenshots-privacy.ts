// Screenshots on the demo organisation of the admin's privacy page (a person found, the erasure
// confirmation, a waiting request) and the start page with the scheduled jobs, at 360 px, phone,
// tablet and desktop. Also writes the access-request letter (PDF).
// `tsx scripts/screenshots-privacy.ts <baseUrl> <outDir> admin=email:password`.
import fs from 'node:fs';
import { screenSession } from './shots.js';

const { base, out, shoot, visit, close } = await screenSession(process.argv.slice(2));

await visit('admin', async (p) => {
  p.on('pageerror', (e) => console.log('pageerror:', e.message));
  await p.goto(`${base}/admin/privacy`);
  await p.getByRole('searchbox', { name: 'Persoon' }).fill('henk');
  await p.getByRole('button', { name: /Henk de Boer/ }).click();
  await p.getByRole('heading', { name: 'Inzageverzoek' }).waitFor();
  await shoot(p, 'privacy-person');
  const pdf = await p.evaluate(async () => {
    const href = document.querySelector<HTMLAnchorElement>('a[href*="format=pdf"]')!.href;
    return Array.from(new Uint8Array(await (await fetch(href)).arrayBuffer()));
  });
  fs.writeFileSync(`${out}/access-letter.pdf`, Buffer.from(pdf));
  await p.getByRole('button', { name: 'Wissen aanvragen' }).click();
  await p.getByText('Weet je het zeker?').waitFor();
  await shoot(p, 'privacy-confirm');
  await p.getByRole('button', { name: 'Ja, wissen aanvragen' }).click();
  await p.getByText(/Wacht tot/).waitFor();
  await shoot(p, 'privacy-waiting');
  await p.getByRole('button', { name: 'Verzoek intrekken' }).click();
  await p.getByText('Verzoek ingetrokken.').waitFor();
  await p.getByLabel('Persoon zonder activiteit: wissen na (jaren)').fill('2');
  await p.getByLabel('Afgesloten coachtraject: vrije tekst wissen na (jaren)').fill('1');
  await p.getByRole('button', { name: 'Termijnen opslaan en proefrun bekijken' }).click();
  await p.getByText('Opgeslagen als voorstel.', { exact: false }).waitFor();
  await p.getByRole('heading', { name: 'Proefrun: wat Kring zal opruimen' }).waitFor();
  await shoot(p, 'privacy-retention-dry-run');
  await p.goto(`${base}/`);
  await p.getByText('Automatische taken').waitFor();
  await shoot(p, 'admin-home-jobs');
});
await close();
