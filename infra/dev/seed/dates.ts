/** Asia/Shanghai has no daylight saving time: company local time is UTC+8. */
export const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The company-local calendar date of an instant. */
export const local = (at: Date) => {
  const d = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD`; a day or month out of range rolls over (day 0 is the last day of the month before). */
export const isoDate = (year: number, month: number, day: number) => {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** The instant a company-local day starts (00:00 in Shanghai). */
export const localMidnight = (year: number, month: number, day = 1) =>
  Date.UTC(year, month - 1, day) - SHANGHAI_OFFSET_MS;
