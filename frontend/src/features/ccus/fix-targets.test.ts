import type { OutboxEntry } from './api/outbox-types';
import { fixTargets } from './fix-targets';

const base: OutboxEntry = {
  id: 'o1',
  kind: 'work_day',
  entity_id: 'd1',
  status: 'rejected',
  scheduled_for: '2024-09-20T17:00:00Z',
  attempts: 1,
  sent_at: null,
  resolved_at: null,
  hold_code: null,
  hold_message: null,
  error_code: null,
  error_message: null,
  advice: null,
  branch: { id: null, name: '本社', ccus_id: null },
  site: { id: 's1', name: '現場', ccus_id: null },
  business: { id: 'b1', name: '事業者', ccus_id: null },
  worker: { id: 'w1', name: '技能者', ccus_id: null },
  work_date: '2024-09-04',
};

test('the record the error code names comes first, then the sent record', () => {
  expect(fixTargets({ ...base, error_code: 'DATK0402E' }).map((t) => [t.type, t.id])).toEqual([
    ['business', 'b1'],
    ['work_day', 'd1'],
  ]);
});

test('the named record carries the outbox row, so its edit page shows the error', () => {
  expect(fixTargets({ ...base, hold_code: 'GENB0002E', status: 'held' })[0]).toEqual({
    type: 'business',
    id: 'b1',
    label: '事業者を修正',
    fix: 'o1',
  });
});

test('a wrong 本人確認番号 leads to the record that was sent, once', () => {
  expect(fixTargets({ ...base, kind: 'business', entity_id: 'b1', error_code: 'DATF0001E' })).toEqual([
    { type: 'business', id: 'b1', label: '事業者を修正', fix: 'o1' },
  ]);
});

test('an unknown code leads to the sent record only, without duplicates', () => {
  expect(fixTargets({ ...base, kind: 'structure', entity_id: 's1', error_code: 'XXXX0000E' })).toEqual([
    { type: 'structure', id: 's1', label: '施工体制を確認' },
  ]);
});
