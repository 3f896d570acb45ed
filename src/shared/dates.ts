/** Today's date in the Netherlands as YYYY-MM-DD (the server may run in UTC). */
export function todayInNL(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}
