// Nothing scrolls sideways on a small phone (issue 14, item 2): every route of the web app is
// opened at 360 px on the demo organisation, as a role that may see it, and the document must be
// no wider than the screen. The list of routes is read from App.tsx, so a new route without a
// visit here fails the test instead of being skipped silently.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/shared/roles.js';
import { loadDemo } from '../../src/server/demo/load.js';
import { signInPage } from './browser.js';
import { journey } from './server.js';

const narrow = { width: 360, height: 740 };

/** Every path App.tsx declares, except the catch-all. */
function declaredRoutes(): string[] {
  const source = fs.readFileSync('src/web/App.tsx', 'utf8');
  return [...source.matchAll(/path="([^"]+)"/g)].map((m) => m[1]).filter((p) => p !== '*');
}

/** How wide the page is, and which elements stick out past the right edge (for the message). */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1;
      })
      .slice(0, 4)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
  });
}

describe('every page fits a 360 px phone', () => {
  const fixture = journey('pglite');

  it('no route scrolls sideways', async () => {
    const { server, browser } = fixture;
    const demo = await loadDemo(server.database.db);
    const db = server.database.db;
    const one = async <T>(query: Promise<T | undefined>) => {
      const row = await query;
      if (!row) throw new Error('the demo organisation lacks a record this test visits');
      return row;
    };
    // The demo's busiest records, so the pages are as full as they get.
    const map = await one(
      db
        .selectFrom('network_maps as m')
        .innerJoin('network_alters as a', 'a.map_id', 'm.id')
        .select(['m.id', 'm.person_id'])
        .groupBy(['m.id', 'm.person_id'])
        .orderBy((eb) => eb.fn.countAll(), 'desc')
        .executeTakeFirst(),
    );
    const [before, after] = await db
      .selectFrom('network_maps')
      .select('id')
      .where('person_id', '=', map.person_id)
      .orderBy('taken_on')
      .execute();
    const trajectory = await one(
      db.selectFrom('trajectories').select('id').where('status', '=', 'active').executeTakeFirst(),
    );
    const coach = await one(db.selectFrom('coaches').select('id').where('status', '=', 'active').executeTakeFirst());
    const group = await one(
      db
        .selectFrom('support_groups as g')
        .innerJoin('group_sessions as s', 's.group_id', 'g.id')
        .select('g.id')
        .groupBy('g.id')
        .orderBy((eb) => eb.fn.countAll(), 'desc')
        .executeTakeFirst(),
    );
    const participant = await one(
      db.selectFrom('group_participants').select('id').where('group_id', '=', group.id).executeTakeFirst(),
    );
    const interview = await one(db.selectFrom('evaluation_interviews').select('id').executeTakeFirst());
    // A place with a long description and more than one address would be the widest; the first will do.
    const place = await one(db.selectFrom('social_map_entries').select('id').orderBy('name').executeTakeFirst());

    // Route → who opens it and the address with the demo's ids filled in.
    const visits: Record<string, [Role | null, string]> = {
      '/login': [null, '/login'],
      '/setup': [null, '/setup'],
      '/invite': [null, '/invite'],
      '/reset': [null, '/reset'],
      '/two-factor': [null, '/two-factor'],
      '/': ['coordinator', '/'],
      '/account': ['coach', '/account'],
      '/people': ['coordinator', '/people'],
      '/people/new': ['coordinator', '/people/new'],
      '/people/:id': ['coordinator', `/people/${map.person_id}`],
      '/people/:id/edit': ['coordinator', `/people/${map.person_id}/edit`],
      '/people/:personId/maps/:mapId': ['coordinator', `/people/${map.person_id}/maps/${map.id}`],
      '/people/:personId/maps/:mapId/print': ['coordinator', `/people/${map.person_id}/maps/${map.id}/print`],
      '/people/:personId/compare': [
        'coordinator',
        after
          ? `/people/${map.person_id}/compare?from=${before.id}&to=${after.id}`
          : `/people/${map.person_id}/compare`,
      ],
      '/coaching': ['coordinator', '/coaching'],
      '/coaching/register': ['coordinator', '/coaching/register'],
      '/coaching/trajectories': ['coordinator', '/coaching/trajectories'],
      '/coaching/trajectories/:id': ['coordinator', `/coaching/trajectories/${trajectory.id}`],
      '/coaching/trajectories/:id/print': ['coordinator', `/coaching/trajectories/${trajectory.id}/print`],
      '/coaching/coaches': ['coordinator', '/coaching/coaches'],
      '/coaching/coaches/new': ['coordinator', '/coaching/coaches/new'],
      '/coaching/coaches/:id': ['coordinator', `/coaching/coaches/${coach.id}`],
      '/coaching/support': ['coordinator', '/coaching/support'],
      '/coaching/mine': ['coach', '/coaching/mine'],
      '/groups': ['social_worker', '/groups'],
      '/groups/:id': ['social_worker', `/groups/${group.id}`],
      '/groups/:id/session': ['social_worker', `/groups/${group.id}/session`],
      '/groups/:id/logbook': ['social_worker', `/groups/${group.id}/logbook`],
      '/groups/:id/network': ['social_worker', `/groups/${group.id}/network`],
      '/groups/:id/evaluation': ['social_worker', `/groups/${group.id}/evaluation`],
      '/groups/participants/:id': ['social_worker', `/groups/participants/${participant.id}`],
      '/interviews': ['evaluator', '/interviews'],
      '/interviews/:id': ['evaluator', `/interviews/${interview.id}`],
      '/admin/users': ['admin', '/admin/users'],
      '/admin/teams': ['admin', '/admin/teams'],
      '/admin/settings': ['admin', '/admin/settings'],
      '/admin/audit': ['admin', '/admin/audit'],
      '/admin/privacy': ['admin', '/admin/privacy'],
      '/report': ['coordinator', '/report'],
      '/social-map': ['coach', '/social-map'],
      '/social-map/new': ['social_worker', '/social-map/new'],
      '/social-map/upkeep': ['coordinator', '/social-map/upkeep'],
      '/social-map/:id': ['coordinator', `/social-map/${place.id}`],
      '/social-map/:id/edit': ['coordinator', `/social-map/${place.id}/edit`],
      '/social-map/for/:personId': ['coordinator', `/social-map/for/${map.person_id}`],
      '/social-map/for/:personId/leaflet': ['coordinator', `/social-map/for/${map.person_id}/leaflet`],
    };
    expect(Object.keys(visits).sort()).toEqual(declaredRoutes().sort());

    const pages = new Map<Role | null, Page>();
    const pageFor = async (role: Role | null) => {
      const open = pages.get(role);
      if (open) return open;
      let page: Page;
      if (role === null) page = await browser.newPage({ viewport: narrow });
      else {
        // The demo's first account of the role (Sam, not Bo, for the groups).
        const account = demo.accounts.find((a) => a.role === role)!;
        page = await signInPage(browser, server.url, account.email, account.password, narrow);
      }
      pages.set(role, page);
      return page;
    };

    const tooWide: string[] = [];
    for (const [route, [role, path]] of Object.entries(visits)) {
      const page = await pageFor(role);
      await page.goto(`${server.url}${path}`);
      const shown = await page
        .locator('h1')
        .first()
        .waitFor({ timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      if (!shown) {
        tooWide.push(`${route}: no page heading as ${role ?? 'visitor'}`);
        continue;
      }
      await page.waitForLoadState('networkidle');
      // Lists that load after the first paint (the map's list editor) must have arrived too.
      await page.waitForTimeout(300);
      const found = await overflow(page);
      if (found.scrollWidth > found.width)
        tooWide.push(`${route}: ${found.scrollWidth} px (${found.culprits.join(', ')})`);
    }
    for (const page of pages.values()) await page.close();
    expect(tooWide).toEqual([]);
  });
});
