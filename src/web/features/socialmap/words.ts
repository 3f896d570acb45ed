// An entry's times and cost in words, in the reader's language: "Elke donderdag, 17:30–19:30",
// "Elke eerste dinsdag van de maand", "€ 4,50". Only catalog texts and the locale's formats.
import type { TFunction } from 'i18next';
import type { TimeSlot } from '../../../shared/socialmap/schedule.js';
import type { SuggestionReason } from '../../../shared/socialmap/suggest.js';
import { weekdayOf } from '../../../shared/week.js';
import { formatDate, formatEuros } from '../../i18n/index.js';

export function slotInWords(t: TFunction, slot: TimeSlot): string {
  const time = t('socialMap.timeRange', { start: slot.start, end: slot.end });
  const day = slot.weekday ? t(`coaching.dayNames.${slot.weekday}`) : '';
  switch (slot.pattern) {
    case 'weekly':
      return t('socialMap.when.weekly', { day, time });
    case 'every_other_week':
      return t('socialMap.when.everyOtherWeek', { day, time });
    case 'monthly':
      return t('socialMap.when.monthly', { nth: t(`socialMap.nth.${slot.nth ?? 1}`), day, time });
    default:
      return t('socialMap.when.oneOff', { date: formatDate(slot.date ?? ''), time });
  }
}

export function costInWords(
  t: TFunction,
  entry: { costKind: string; costCents?: number | null; costNote?: string | null },
): string {
  if (entry.costKind === 'free') return t('socialMap.cost.free');
  if (entry.costKind === 'amount' && entry.costCents != null)
    return entry.costNote ? `${formatEuros(entry.costCents)} (${entry.costNote})` : formatEuros(entry.costCents);
  return entry.costNote ?? t('socialMap.cost.ask');
}

/** A next date as people say it: "zaterdag 12 december 2026, 10:00–13:00". */
export const occurrenceInWords = (t: TFunction, o: { date: string; start: string; end: string }) =>
  `${t(`coaching.dayNames.${weekdayOf(o.date)}`)} ${formatDate(o.date)}, ${t('socialMap.timeRange', { start: o.start, end: o.end })}`;

/** Why a place is suggested, in words: "houdt van Koken en eten · dinsdag ochtend · zelfde buurt". */
export function reasonsInWords(t: TFunction, reasons: readonly SuggestionReason[]): string {
  return reasons
    .map((r) => {
      switch (r.code) {
        case 'likes':
          return t('socialMap.suggest.likes', {
            interests: r.interests.map((i) => t(`socialMap.interests.${i}`, { defaultValue: i })).join(', '),
          });
        case 'free_then': {
          const [day, part] = r.part.split('_');
          return `${t(`coaching.dayNames.${day}`)} ${t(`coaching.parts.${part}`)}`;
        }
        default:
          return t(`socialMap.suggest.${r.code}`);
      }
    })
    .join(' · ');
}
