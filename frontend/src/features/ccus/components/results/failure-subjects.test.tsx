import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { renderApp } from '@/testing/render-app';
import { pagination, server } from '@/testing/server';

type OutboxEntry = components['schemas']['OutboxEntry'];
type FailureSubject = components['schemas']['FailureSubject'];

const COMTEX = { id: '00000000-0000-4000-8000-00000000b001', name: 'コムテックス株式会社', ccus_id: '19869311056822' };
const refusedWorker = (id: string, name: string, ccusId: string, day: string): FailureSubject => ({
  business: COMTEX,
  worker: { id, name, ccus_id: ccusId },
  work_date: day,
  hold_code: null,
  error_code: 'DATK0408E',
  error_message: `技能者ID:${ccusId}、技能者IDに紐付く技能者情報が存在しません。`,
});
// One 施工体制 send, two of its differences refused: both are listed, not only the first.
const refused: OutboxEntry = {
  id: '00000000-0000-4000-8000-0000000000e3',
  kind: 'structure',
  entity_id: '00000000-0000-4000-8000-00000000a001',
  status: 'rejected',
  scheduled_for: '2024-09-21T01:00:00Z',
  attempts: 1,
  sent_at: '2024-09-21T01:00:00Z',
  resolved_at: '2024-09-21T01:00:00Z',
  hold_code: null,
  hold_message: null,
  error_code: 'DATK0408E',
  error_message: '技能者IDに紐付く技能者情報が存在しません。',
  advice: '技能者IDを確認してください。',
  branch: { id: '00000000-0000-4000-8000-00000000c002', name: '神奈川支店', ccus_id: null },
  site: { id: '00000000-0000-4000-8000-00000000a001', name: '大磯工浚渫工事', ccus_id: '02139361740172' },
  business: COMTEX,
  worker: { id: '00000000-0000-4000-8000-00000000f001', name: '水本 林男', ccus_id: '12304567891234' },
  work_date: null,
  subjects: [
    refusedWorker('00000000-0000-4000-8000-00000000f001', '水本 林男', '12304567891234', '2024-09-03'),
    refusedWorker('00000000-0000-4000-8000-00000000f003', '水本 竹男', '12304567890002', '2024-09-05'),
  ],
};

test('a refused 施工体制 row lists every refused difference with its 入退場日, each with a fix link', async () => {
  server.use(
    http.get('*/api/v1/ccus/results', () => HttpResponse.json([])),
    http.get('*/api/v1/ccus/results/failures', () =>
      HttpResponse.json({ items: [refused], pagination: pagination(1) }),
    ),
  );
  await renderApp('/ccus/results?failures=1');
  const table = await screen.findByRole('table', { name: '連携エラー' });
  const row = within(table).getAllByRole('row')[1];
  if (!row) throw new Error('no row');
  for (const text of ['水本 林男', '12304567891234', '2024/09/03', '水本 竹男', '12304567890002', '2024/09/05']) {
    expect(within(row).getByText(text)).toBeInTheDocument();
  }
  expect(within(row).getAllByText('DATK0408E')).toHaveLength(2);
  expect(within(row).getByRole('link', { name: '技能者を修正（水本 竹男）' }).getAttribute('href')).toContain(
    `/workers/00000000-0000-4000-8000-00000000f003/edit?fix=${refused.id}`,
  );
});
