// The operator's regional report over every organisation that agreed to share:
//   npm run report:regional -- <from> <to> <file.csv|file.xlsx|file.pdf> [nl|en]
import fs from 'node:fs';
import path from 'node:path';
import { clock } from '../../shared/clock.js';
import { reportPeriodSchema } from '../../shared/schemas.js';
import { openConfiguredDatabase } from '../db/configured.js';
import { datasetCsv } from '../modules/reporting/files/dataset.js';
import { reportPdf } from '../modules/reporting/files/pdf.js';
import { reportXlsx } from '../modules/reporting/files/xlsx.js';
import { makeRegionalReport } from '../modules/reporting/regional.js';
import { translator } from '../platform/texts.js';

const [from, to, file, language = 'nl'] = process.argv.slice(2);
const period = reportPeriodSchema.safeParse({ from, to });
const format = path.extname(file ?? '').slice(1);
if (!period.success || !['csv', 'xlsx', 'pdf'].includes(format) || !['nl', 'en'].includes(language)) {
  console.error(
    'Gebruik / usage: npm run report:regional -- <van/from JJJJ-MM-DD> <tot en met/to JJJJ-MM-DD> <bestand/file .csv|.xlsx|.pdf> [nl|en]',
  );
  process.exit(1);
}
const locale = language as 'nl' | 'en';
const database = await openConfiguredDatabase();
try {
  const regional = await makeRegionalReport(database.db, { ...period.data, madeOn: clock.today() });
  if (!regional) {
    console.error(
      'Geen enkele organisatie deelt haar aantallen voor een regionaal overzicht. / No organisation shares its numbers for a regional report.',
    );
    process.exitCode = 1;
  } else {
    const t = translator(locale);
    const content =
      format === 'csv'
        ? datasetCsv(regional.report)
        : format === 'xlsx'
          ? await reportXlsx(regional.report, t, locale)
          : await reportPdf(regional.report, t, locale);
    fs.writeFileSync(file!, content);
    console.log(
      `${file}: ${regional.organisations.length} organisaties / organisations (${regional.organisations.join(', ')})`,
    );
  }
} finally {
  await database.close();
}
