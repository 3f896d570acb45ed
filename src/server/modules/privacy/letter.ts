// The access-request letter's content (pure): what Kring keeps about the person, why, who used
// it, how long, and what they can do, in plain words in their language. pdf.ts only lays it out;
// letter.test.ts checks that the letter holds everything the data file holds.
import { formatters, type Translate } from '../../../shared/reporting/present.js';
import type { Locale } from '../../platform/messages.js';
import type { AccessExport, ExportTable } from './export.js';

export type LetterLine =
  | { kind: 'title' | 'heading' | 'subheading' | 'text' | 'muted' | 'bullet'; text: string }
  | { kind: 'field'; label: string; text: string };

/**
 * Coded values the catalogs already put into words: by table and column, or by column alone.
 * A value without words here is shown as stored (docs: a later pass names the rest).
 */
const valueWords: Record<string, string> = {
  'persons.kind': 'kinds',
  'network_alters.kind': 'network.kind',
  'network_maps.label': 'network.labels',
  'network_maps.model': 'settings.models',
  'trajectories.status': 'coaching.status',
  'trajectory_steps.status': 'coaching.stepStatus',
  'coach_matches.status': 'privacy.matchStatus',
  'network_alters.status': 'network.status',
  'group_participants.status': 'groups.routeStatus',
  'participant_route.status': 'groups.routeStatus',
  'dropout_followups.outcome': 'groups.outcomes',
  'trajectories.end_reason': 'coaching.closing.endReasons',
  'trajectories.follow_up_result': 'coaching.closing.results',
  'coach_matches.declined_by': 'coaching.match.sides',
  purpose: 'consent.purposes',
  user_role: 'roles',
  action: 'audit.actions',
  sector: 'network.sectors',
  relationship: 'network.relationship',
  quality: 'network.quality',
  channel: 'network.channel',
  frequency: 'network.frequency',
  reachability: 'network.reachability',
  strategy: 'network.strategy',
  signal: 'coaching.signals',
  intake_outcome: 'coaching.intake.outcomes',
  suitability: 'coaching.intake.suit',
  age_group: 'coaching.ageGroups',
  situations: 'coaching.situations',
  came_via: 'groups.cameVias',
  support_type: 'groups.supportTypes',
  how: 'groups.hows',
  by_kind: 'groups.byKinds',
  tags: 'groups.tagNames',
  contributions: 'groups.contributions',
};
/** Keys inside a stored form that the catalogs put into words. */
const keyWords: Record<string, string> = { intake_points: 'coaching.intake.point', balances: 'groups.balanceNames' };
/** Columns the letter leaves out because another line says the same (the data file keeps them). */
export const notInLetter = new Set(['sort_key']);

const isoMoment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** A stored value in words, as leaf lines (a worksheet or a map position has several). */
export function valueLines(
  table: string,
  column: string,
  value: unknown,
  t: Translate,
  locale: Locale,
  path = '',
): { label: string; text: string }[] {
  const f = formatters(locale);
  const words = valueWords[`${table}.${column}`] ?? valueWords[column];
  const inWords = (v: string) => (words ? t(`${words}.${v}`, { defaultValue: v }) : v);
  const label = path;
  if (value === null || value === undefined || value === '') return [];
  if (typeof value === 'boolean') return [{ label, text: t(value ? 'privacy.letter.yes' : 'privacy.letter.no') }];
  // A year is written as a year (1948), not as an amount (1.948).
  if (typeof value === 'number') return [{ label, text: column === 'year_of_birth' ? String(value) : f.count(value) }];
  if (typeof value === 'string') {
    if (isoMoment.test(value)) return [{ label, text: f.day(value.slice(0, 10)) }];
    if (isoDay.test(value)) return [{ label, text: f.day(value) }];
    return [{ label, text: path ? value : inWords(value) }];
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string'))
      return value.length ? [{ label, text: value.map(inWords).join(', ') }] : [];
    return value.flatMap((v, i) => valueLines(table, column, v, t, locale, path ? `${path} ${i + 1}` : `${i + 1}`));
  }
  if (typeof value === 'object') {
    const keys = keyWords[column];
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => {
      const key = keys ? t(`${keys}.${k}`, { defaultValue: k }) : k;
      return valueLines(table, column, v, t, locale, path ? `${path}, ${key}` : key);
    });
  }
  return [{ label, text: String(value) }];
}

/** One table's rows as fields: every column the person may read, except references. */
function tableLines(table: ExportTable, t: Translate, locale: Locale): LetterLine[] {
  const lines: LetterLine[] = [{ kind: 'subheading', text: t(`privacy.tables.${table.table}`) }];
  table.rows.forEach((row, i) => {
    if (table.rows.length > 1) lines.push({ kind: 'muted', text: t('privacy.letter.item', { n: i + 1 }) });
    for (const [column, handling] of Object.entries(table.columns)) {
      if (handling === 'ref' || notInLetter.has(column)) continue;
      const columnLabel = t(`privacy.fields.${column}`);
      for (const leaf of valueLines(table.table, column, row[column], t, locale)) {
        lines.push({
          kind: 'field',
          label: leaf.label ? `${columnLabel} (${leaf.label})` : columnLabel,
          text: leaf.text,
        });
      }
    }
  });
  return lines;
}

/** Who used the data: per person, role and kind of action, how often and when (first, last). */
function accessLines(data: AccessExport, t: Translate, locale: Locale): LetterLine[] {
  const f = formatters(locale);
  const log = data.parts.find((p) => p.part === 'access')?.tables.flatMap((tb) => tb.rows) ?? [];
  const lines: LetterLine[] = [
    { kind: 'heading', text: t('privacy.letter.whoTitle') },
    { kind: 'text', text: t('privacy.letter.whoText') },
  ];
  if (log.length === 0) return [...lines, { kind: 'text', text: t('privacy.letter.nobody') }];
  const groups = new Map<
    string,
    { who: string; role: string; action: string; count: number; first: string; last: string }
  >();
  for (const row of log) {
    const userId = row.user_id as string | null;
    const who = userId ? (data.people[userId]?.name ?? t('privacy.letter.unknownUser')) : t('privacy.letter.system');
    const role = row.user_role
      ? t(`roles.${row.user_role}`, { defaultValue: String(row.user_role) })
      : t('privacy.letter.automatic');
    const action = t(`audit.actions.${row.action}`, { defaultValue: String(row.action) });
    const day = String(row.at).slice(0, 10);
    const key = `${userId}|${row.user_role}|${row.action}`;
    const g = groups.get(key);
    if (!g) groups.set(key, { who, role, action, count: 1, first: day, last: day });
    else {
      g.count++;
      if (day < g.first) g.first = day;
      if (day > g.last) g.last = day;
    }
  }
  for (const g of groups.values()) {
    const many = g.count > 1 && g.first !== g.last;
    lines.push({
      kind: 'bullet',
      text: t(many ? 'privacy.letter.whoLine_other' : 'privacy.letter.whoLine_one', {
        ...g,
        count: f.count(g.count),
        first: f.day(g.first),
        last: f.day(g.last),
      }),
    });
  }
  return lines;
}

/** How long: the organisation's approved retention periods, each in a sentence, or the general promise. */
function howLongLines(data: AccessExport, t: Translate): LetterLine[] {
  const lines: LetterLine[] = [
    { kind: 'heading', text: t('privacy.letter.howLongTitle') },
    { kind: 'text', text: t('privacy.letter.howLong') },
  ];
  const periods = data.organisation.retention;
  if (!periods) return lines;
  const rules = [
    ['inactivePersonYears', periods.inactivePersonYears],
    ['closedTrajectoryYears', periods.closedTrajectoryYears],
    ['leftParticipantYears', periods.leftParticipantYears],
    ['auditYears', periods.auditYears],
  ] as const;
  const set = rules.filter(([, years]) => years !== null);
  if (set.length === 0) return lines;
  lines.push({ kind: 'text', text: t('privacy.letter.periods') });
  for (const [rule, years] of set)
    lines.push({ kind: 'bullet', text: t(`privacy.letter.period.${rule}`, { count: years }) });
  return lines;
}

/** The whole letter, line by line. */
export function letterLines(data: AccessExport, t: Translate, locale: Locale): LetterLine[] {
  const f = formatters(locale);
  const lines: LetterLine[] = [
    { kind: 'title', text: t('privacy.letter.title', { organisation: data.organisation.name }) },
    { kind: 'text', text: t('privacy.letter.for', { name: data.person.name }) },
    { kind: 'muted', text: t('privacy.letter.madeOn', { date: f.day(data.madeAt.slice(0, 10)) }) },
    { kind: 'text', text: t('privacy.letter.intro') },
    { kind: 'heading', text: t('privacy.letter.whyTitle') },
    { kind: 'text', text: t('privacy.letter.whyConsent', { consents: t('privacy.parts.consents') }) },
    ...data.organisation.basisWithoutConsent.map(
      (work): LetterLine => ({
        kind: 'text',
        text: t('privacy.letter.whyBasis', {
          work: t(`settings.work.${work}`, { defaultValue: work }),
          note: data.organisation.otherBasisNote ?? '',
        }),
      }),
    ),
    { kind: 'heading', text: t('privacy.letter.whatTitle') },
  ];
  for (const part of data.parts) {
    if (part.part === 'access') continue;
    lines.push({ kind: 'heading', text: t(`privacy.parts.${part.part}`) });
    const filled = part.tables.filter((tb) => tb.rows.length > 0);
    if (filled.length === 0) lines.push({ kind: 'text', text: t('privacy.letter.nothing') });
    for (const table of filled) lines.push(...tableLines(table, t, locale));
  }
  lines.push(...accessLines(data, t, locale));
  lines.push(...howLongLines(data, t));
  lines.push({ kind: 'heading', text: t('privacy.letter.rightsTitle') });
  const rights = t('privacy.letter.rights', { returnObjects: true }) as unknown as string[];
  for (const right of rights) lines.push({ kind: 'bullet', text: right });
  return lines;
}
