import {
  EMPTY_VALUE,
  formatAddress,
  formatDate,
  formatDateTime,
  formatNumber,
  formatTime,
  isoToJapanLocal,
  japanLocalToIso,
  orEmpty,
  todayInJapan,
} from './format';

// 23:05 UTC on 3 September is already 4 September, 08:05 in Japan.
const LATE_UTC = '2024-09-03T23:05:00Z';

test('a plain date is shown as written, an instant as its date in Japan', () => {
  expect(formatDate('2024-09-04')).toBe('2024/09/04');
  expect(formatDate('2024-12-31')).toBe('2024/12/31');
  expect(formatDate(LATE_UTC)).toBe('2024/09/04');
  expect(formatDate('2024-09-04T00:30:00+09:00')).toBe('2024/09/04');
});

test('times and date-times are shown in Japan time', () => {
  expect(formatDateTime(LATE_UTC)).toBe('2024/09/04 08:05');
  expect(formatTime(LATE_UTC)).toBe('08:05');
});

test('a missing value shows nothing', () => {
  for (const value of [null, undefined, '']) {
    expect(formatDate(value)).toBe('');
    expect(formatDateTime(value)).toBe('');
    expect(formatTime(value)).toBe('');
    expect(isoToJapanLocal(value)).toBe('');
  }
});

test('today turns over at midnight in Japan, not in UTC', () => {
  expect(todayInJapan(new Date('2024-09-03T14:59:59Z'))).toBe('2024-09-03');
  expect(todayInJapan(new Date('2024-09-03T15:00:00Z'))).toBe('2024-09-04');
  expect(todayInJapan(new Date('2024-12-31T15:00:00Z'))).toBe('2025-01-01');
});

test('a typed Japan time becomes an instant with +09:00, seconds added only when missing', () => {
  expect(japanLocalToIso('2024-09-04T08:05')).toBe('2024-09-04T08:05:00+09:00');
  expect(japanLocalToIso('2024-09-04T08:05:30')).toBe('2024-09-04T08:05:30+09:00');
});

test('an instant becomes the Japan time a datetime-local input shows, and back', () => {
  expect(isoToJapanLocal(LATE_UTC)).toBe('2024-09-04T08:05');
  expect(isoToJapanLocal('2024-09-04T08:05:00+09:00')).toBe('2024-09-04T08:05');
  expect(new Date(japanLocalToIso(isoToJapanLocal(LATE_UTC))).toISOString()).toBe('2024-09-03T23:05:00.000Z');
});

test('numbers get Japanese digit grouping', () => {
  expect(formatNumber(1234567)).toBe('1,234,567');
  expect(formatNumber(0)).toBe('0');
});

test('a field without a value reads — on every screen; zero and text are values', () => {
  for (const value of [null, undefined, '', '  ']) expect(orEmpty(value)).toBe(EMPTY_VALUE);
  expect(EMPTY_VALUE).toBe('—');
  expect(orEmpty(0)).toBe('0');
  expect(orEmpty('なし')).toBe('なし');
});

test('an address names its prefecture and city once', () => {
  expect(formatAddress('東京都', null, '東京都東久留米市上の原2-5-7')).toBe('東京都東久留米市上の原2-5-7');
  expect(formatAddress('東京都', '千代田区', '内神田1-3-8')).toBe('東京都千代田区内神田1-3-8');
  expect(formatAddress('東京都', '千代田区', '東京都千代田区内神田1-3')).toBe('東京都千代田区内神田1-3');
  expect(formatAddress('神奈川県', '中郡大磯町', null)).toBe('神奈川県中郡大磯町');
  expect(formatAddress(null, undefined, '')).toBe('');
});
