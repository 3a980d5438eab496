// Dates and times shown in Japan time, the way site staff write them: 2024/09/04 08:00.

const dateFormat = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const dateTimeFormat = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const timeFormat = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  // A plain date (YYYY-MM-DD) has no time zone; show it as written.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value.replaceAll('-', '/');
  return dateFormat.format(new Date(value));
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dateTimeFormat.format(new Date(value)) : '';
}

export function formatTime(value: string | null | undefined): string {
  return value ? timeFormat.format(new Date(value)) : '';
}

/** Today in Japan as YYYY-MM-DD. */
export function todayInJapan(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return parts;
}

/** A local "YYYY-MM-DDTHH:mm" typed in Japan time, as an ISO instant with +09:00. */
export function japanLocalToIso(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}+09:00`;
}

/** An ISO instant as "YYYY-MM-DDTHH:mm" in Japan time, for datetime-local inputs. */
export function isoToJapanLocal(value: string | null | undefined): string {
  if (!value) return '';
  const shifted = new Date(new Date(value).getTime() + 9 * 3600_000);
  return shifted.toISOString().slice(0, 16);
}

/** What every screen shows for a field that has no value. */
export const EMPTY_VALUE = '—';

/** The value as shown, or EMPTY_VALUE when there is none. */
export function orEmpty(value: string | number | null | undefined): string {
  return value === null || value === undefined || String(value).trim() === '' ? EMPTY_VALUE : String(value);
}

/**
 * 住所 on one line from its parts, broadest first (都道府県, 市区町村, 番地…). A part already
 * written in a later one is not repeated: 東京都 + 東京都東久留米市… reads 東京都東久留米市….
 */
export function formatAddress(...parts: (string | null | undefined)[]): string {
  const present = parts.map((part) => part?.trim() ?? '').filter(Boolean);
  return present.filter((part, index) => !present.slice(index + 1).some((later) => later.includes(part))).join('');
}

export function formatNumber(value: number): string {
  return value.toLocaleString('ja-JP');
}
