/**
 * "Today" for PhuLuc: the calendar day where the officers are. Computed here, at the edge (the
 * command line, the pane), and passed into the core as the as-of date; the core never reads the
 * clock. A UTC date would still be yesterday in Vietnam until 07:00.
 */

/** Where the officers work; `PHULUC_TIME_ZONE` (command line) may name another IANA zone. */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * The ISO calendar day of an instant in a time zone (an unknown zone falls back to Vietnam's).
 * @example todayIso(new Date('2026-12-04T23:30:00Z')) // '2026-12-05'
 * @example todayIso(new Date('2026-12-04T23:30:00Z'), 'UTC') // '2026-12-04'
 */
export function todayIso(now: Date = new Date(), timeZone: string = DEFAULT_TIME_ZONE): string {
  return dayIn(now, knownZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE);
}

/**
 * The zone a command-line run uses: `PHULUC_TIME_ZONE` when set to a zone the runtime knows.
 * @example timeZoneFrom({ PHULUC_TIME_ZONE: 'Asia/Bangkok' }) // 'Asia/Bangkok'
 * @example timeZoneFrom({}) // 'Asia/Ho_Chi_Minh'
 */
export function timeZoneFrom(env: Readonly<Record<string, string | undefined>>): string {
  const zone = env.PHULUC_TIME_ZONE?.trim();
  return zone && knownZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

function dayIn(now: Date, timeZone: string): string {
  // en-CA writes YYYY-MM-DD; the parts are read by type so no locale detail can shift them.
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function knownZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return true;
  } catch {
    return false;
  }
}
