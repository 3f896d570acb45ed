// Journey: a coordinator makes a network map with a person — quick-add, drag someone inward, set
// support both ways, see the analysis change, move someone with the keyboard, undo — axe clean.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engines, seedOrganisation, testPassword } from '../../src/server/testing/harness.js';
import { seriousA11yViolations, viewports } from './browser.js';
import { journey } from './server.js';

describe.each(engines)('network map journey on %s', (engine) => {
  const fixture = journey(engine);

  it('makes and edits a map', async () => {
    const { server, browser } = fixture;
    const org = await seedOrganisation(server.database, `map-${engine}`);
    const page = await browser.newPage({ viewport: viewports.tablet });
    await page.goto(`${server.url}/login`);
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(org.users.coordinator.email);
    await page.getByLabel('Wachtwoord').fill(testPassword);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('heading', { name: /Goedendag/ }).waitFor();
    await page.goto(`${server.url}/people/new`);
    await page.getByRole('textbox', { name: 'Voornaam of roepnaam' }).fill('Gerrit');
    // A map needs a basis: Gerrit gives consent as he is registered (issue 19).
    await page.getByLabel('Deze persoon geeft nu toestemming om gegevens vast te leggen').check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { name: 'Gerrit' }).waitFor();
    await page.getByRole('button', { name: 'Eerste kaart maken' }).click();
    await page.getByRole('heading', { name: 'Netwerkkaart van Gerrit — Begin' }).waitFor();

    await page.getByRole('textbox', { name: 'Namen toevoegen' }).fill('Ans, Buurman Kees, Ans');
    await page.getByRole('button', { name: '3 namen toevoegen' }).click();
    await page.getByText('Sommige namen staan er twee keer op.').waitFor();
    // New names wait beside the map until the worker and the person place them (issue 14); the
    // analysis does not count them yet.
    await page.getByText('3 namen wachten op een plek op de kaart').waitFor();
    await page.getByText('3 namen hebben nog geen plek.', { exact: false }).waitFor();
    expect(await seriousA11yViolations(page), 'map page with names waiting').toEqual([]);

    // Drag Buurman Kees from beside the map into the personal circle (up and to the right of the centre).
    const waiting = page.locator('.map-tray');
    const chip = (await waiting.getByRole('button', { name: 'Buurman Kees' }).boundingBox())!;
    const svg = (await page.locator('svg.map-drawing').boundingBox())!;
    const centre = { x: svg.x + svg.width / 2, y: svg.y + svg.height / 2 };
    await page.mouse.move(chip.x + chip.width / 2, chip.y + chip.height / 2);
    await page.mouse.down();
    await page.mouse.move(centre.x + svg.height * 0.12, centre.y - svg.height * 0.07, { steps: 8 });
    await page.mouse.up();
    const ringOfKees = page.getByRole('combobox', { name: 'Cirkel van Buurman Kees' });
    await expect.poll(() => ringOfKees.inputValue()).toBe('1');

    // A tap on the first Ans opens her details, where her circle is chosen; Escape closes them and
    // the keyboard is back on Ans, now on the map; Enter opens her again.
    await waiting.getByRole('button', { name: 'Ans' }).first().click();
    const details = page.getByRole('dialog', { name: 'Ans' });
    await details.getByText('Nog geen plek op de kaart').waitFor();
    expect(await seriousA11yViolations(page), 'details of a name still to place').toEqual([]);
    await details.getByRole('combobox', { name: 'Cirkel' }).selectOption('2');
    await page.getByText('1 naam wacht op een plek op de kaart').waitFor();
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'hidden' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Ans, Bekenden/);
    await page.keyboard.press('Enter');
    await details.getByRole('combobox', { name: 'Cirkel' }).waitFor();
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'hidden' });
    // The second Ans is placed from the list.
    await page.getByRole('combobox', { name: 'Cirkel van Ans' }).nth(1).selectOption('2');
    await page.getByText('Er staan 3 mensen in het netwerk.').waitFor();
    expect(await page.locator('.map-tray').count()).toBe(0);

    // "Look at it together": the whole screen, no method marks, the legend in words.
    await page.getByRole('button', { name: 'Samen bekijken' }).click();
    const together = page.getByRole('dialog', { name: 'De kaart van Gerrit' });
    await together.getByRole('button', { name: /^Buurman Kees,/ }).waitFor();
    expect(await together.locator('.map-node-strategy, .map-node-warn').count()).toBe(0);
    await together.getByText('Groen: doet goed').waitFor();
    expect(await seriousA11yViolations(page), 'looking at the map together').toEqual([]);
    await page.keyboard.press('Escape');
    await together.waitFor({ state: 'hidden' });

    // Support both ways: the person gets emotional support from Kees and gives it back.
    await page.getByRole('button', { name: 'Meer over Buurman Kees' }).click();
    await page
      .getByRole('group', { name: 'De persoon krijgt van Buurman Kees' })
      .getByLabel('Emotionele steun')
      .check();
    await expect.poll(() => page.getByText('Er staan 3 mensen').count()).toBe(1);
    await page
      .getByRole('group', { name: 'Buurman Kees krijgt van de persoon' })
      .getByLabel('Emotionele steun')
      .check();
    await page.getByText('Bij 33% van de contacten gaat steun twee kanten op.', { exact: false }).waitFor();
    await expect
      .poll(() => page.locator('.support-coverage li', { hasText: 'Emotionele steun' }).textContent())
      .toContain('1 persoon');

    // Two quick changes in the open details, then a note: the panel stays open while its own saves
    // reload the map, and the note is saved as typed (issue 19).
    await page.getByLabel('Hoe is het contact?').selectOption('mixed');
    await page.getByLabel('Stand van het contact').selectOption('faded');
    await page.getByLabel('Hoe is het contact?').selectOption('supportive');
    await page.getByLabel('Stand van het contact').selectOption('active');
    await page.getByLabel('Notitie').fill('Komt elke dinsdag langs');
    await page.getByLabel('Notitie').blur();
    await page.getByText('Opgeslagen').waitFor();
    expect(await page.getByRole('button', { name: 'Minder' }).count()).toBe(1);
    await page.reload();
    await page.getByRole('button', { name: 'Meer over Buurman Kees' }).click();
    expect(await page.getByLabel('Notitie').inputValue()).toBe('Komt elke dinsdag langs');

    // Who knows whom: Kees also knows the first Ans; a line appears and the density changes.
    await page.getByRole('group', { name: 'Wie kent Buurman Kees ook?' }).getByLabel('Ans').first().check();
    await page.getByText('33% van de mensen op de kaart kent elkaar.').waitFor();
    await expect.poll(() => page.locator('line.map-tie').count()).toBe(1);

    // The keyboard does what dragging does: Ans moves one circle outward.
    const ans = page.getByRole('button', { name: /^Ans,/ }).first();
    await ans.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByRole('combobox', { name: 'Cirkel van Ans' }).first().inputValue()).toBe('3');
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Cirkel van Ans' }).first().inputValue()).toBe('2');
    await page.getByText('Opgeslagen').waitFor();

    // Export as JSON; an invalid CSV imports nothing and names its line; the JSON re-imports.
    await page.getByText('Exporteren en importeren').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'JSON' }).click(),
    ]);
    const json = fs.readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(json).alters.map((a: { name: string }) => a.name)).toEqual(['Ans', 'Buurman Kees', 'Ans']);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Afbeelding (PNG)' }).click(),
    ]);
    const pngBytes = fs.readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    expect(pngBytes.length).toBeGreaterThan(10_000);
    fs.mkdirSync('test-results', { recursive: true });
    fs.writeFileSync(`test-results/map-image-${engine}.png`, pngBytes);
    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Afbeelding (SVG)' }).click(),
    ]);
    const svgText = fs.readFileSync((await svgFile.path())!, 'utf8');
    expect(svgText).toContain('Buurman Kees');
    expect(svgText).not.toContain('class=');
    const fileInput = page.getByLabel('Mensen importeren uit een JSON- of CSV-bestand');
    await fileInput.setInputFiles({
      name: 'fout.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,closeness\nPiet,9\n'),
    });
    await page.getByText('fout.csv bevat fouten. Er is niets geïmporteerd.', { exact: false }).waitFor();
    await page.getByText('Regel 2:', { exact: false }).waitFor();
    await fileInput.setInputFiles({ name: 'kaart.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await page.getByRole('button', { name: '3 mensen toevoegen aan deze kaart' }).click();
    await page.getByText('Er staan 6 mensen in het netwerk.').waitFor();
    expect(await seriousA11yViolations(page), 'map page after edits').toEqual([]);

    // Contact with Kees's wife Ria broke off: the sheet lists her under "no contact any more",
    // never among the close ones (issue 19).
    await page.getByRole('textbox', { name: 'Namen toevoegen' }).fill('Ria');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await page.getByRole('button', { name: 'Meer over Ria' }).click();
    await page.getByLabel('Stand van het contact').selectOption('broken');
    await page.getByText('Opgeslagen').waitFor();

    // The sheet to take home, as it prints on A4.
    await page.getByRole('link', { name: 'Blad om mee te geven' }).click();
    await page.getByRole('heading', { name: 'Mijn netwerk — Gerrit' }).waitFor();
    await page.getByText('Heel dichtbij: Buurman Kees').waitFor();
    await page.getByText('Geen contact meer: Ria').waitFor();
    const circles = await page
      .locator('p', { hasText: /^(Heel dichtbij|Dichtbij|Wat verder weg|Verder weg):/ })
      .allTextContents();
    expect(circles.length).toBeGreaterThan(0);
    expect(circles.join(' ')).not.toContain('Ria');
    await page.emulateMedia({ media: 'print' });
    fs.mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/print-view-${engine}.png`, fullPage: true });
    expect(await seriousA11yViolations(page), 'print sheet').toEqual([]);
    await page.emulateMedia({ media: 'screen' });

    // Take the next snapshot (a copy of this one), move someone, and compare the two.
    await page.getByRole('link', { name: /Terug naar de kaart/ }).click();
    await page.getByRole('link', { name: /Terug naar Gerrit/ }).click();
    await page.getByLabel('Soort kaart').selectOption('mid_term');
    await page.getByRole('button', { name: 'Nieuwe kaart, verder vanaf de vorige' }).click();
    await page.getByRole('heading', { name: 'Netwerkkaart van Gerrit — Halverwege' }).waitFor();
    await page.getByText('Er staan 6 mensen in het netwerk.').waitFor();
    await page.getByRole('combobox', { name: 'Cirkel van Buurman Kees' }).first().selectOption('3');
    await page.getByText('Opgeslagen').waitFor();
    await page.getByRole('link', { name: /Terug naar Gerrit/ }).click();
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await page.getByRole('heading', { name: 'Netwerk van Gerrit: toen en nu' }).waitFor();
    await expect.poll(() => page.locator('dt:has-text("Verder weg") + dd').textContent()).toBe('Buurman Kees');
    expect(await seriousA11yViolations(page), 'comparison').toEqual([]);
  });
});
