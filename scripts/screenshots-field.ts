// Screenshots of the screens the field-flow work touched, on the demo organisation, at 360 px,
// phone, tablet and desktop width; says per screen whether the page scrolls sideways and what axe
// finds. `tsx scripts/screenshots-field.ts <baseUrl> <outDir> role=email:password ...`.
import { screenSession } from './shots.js';

const { base, shoot, visit, close } = await screenSession(process.argv.slice(2));

await visit('coordinator', async (p) => {
  await shoot(p, 'coordinator-home');
  await p.goto(`${base}/coaching`);
  await p.getByRole('heading', { name: 'Wachtlijst' }).waitFor();
  await shoot(p, 'coaching-dashboard');
  await p.getByRole('region', { name: 'Wachtlijst' }).getByRole('link').first().click();
  await p.getByRole('heading', { name: /Traject van/ }).waitFor();
  await shoot(p, 'trajectory-waiting');
  await p.goto(`${base}/coaching/trajectories?status=active`);
  await p.locator('main table a').first().click();
  await p.getByRole('heading', { name: /Traject van/ }).waitFor();
  await shoot(p, 'trajectory-active');
  await p.goto(`${base}/people`);
  await p.locator('main table a').first().click();
  await p.waitForTimeout(800);
  await shoot(p, 'person-page');
});
await visit('admin', async (p) => {
  await shoot(p, 'admin-home');
  for (const [path, name] of [
    ['/admin/users', 'users'],
    ['/admin/settings', 'settings'],
    ['/admin/audit', 'audit'],
  ]) {
    await p.goto(`${base}${path}`);
    await p.waitForTimeout(800);
    await shoot(p, name);
  }
});
await visit('social_worker', async (p) => {
  await p.goto(`${base}/groups`);
  await p.locator('a[href^="/groups/"]').first().waitFor();
  const href = await p
    .locator('a[href^="/groups/"]')
    .evaluateAll((links) =>
      links.map((a) => a.getAttribute('href')).find((h) => /^\/groups\/[0-9a-f-]{36}$/.test(h ?? '')),
    );
  const group = `${base}${href}`;
  await p.goto(group);
  await p.waitForTimeout(800);
  await shoot(p, 'group-page');
  await p.goto(`${group}/session`);
  await p.waitForTimeout(800);
  await shoot(p, 'session-page');
  await p.goto(`${group}/logbook`);
  await p.waitForTimeout(800);
  await shoot(p, 'logbook-page');
});
await visit('coach', async (p) => shoot(p, 'coach-home'));
await visit('evaluator', async (p) => shoot(p, 'evaluator-home'));
await close();
