import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';

type S = components['schemas'];

const occupation = (minor: string, name: string, active: boolean): S['Occupation'] => ({
  id: `00000000-0000-4000-8000-0000000000${minor}`,
  major_code: '05',
  major_name: '鉄筋工',
  minor_code: minor,
  minor_name: name,
  evaluable: true,
  confidence: 'seed',
  source: 'seed',
  is_active: active,
  shipped: true,
});

test('マスタ設定 lists every occupation, retired ones too, and each master on its tab', async () => {
  const user = userEvent.setup();
  const asked: (string | null)[] = [];
  server.use(
    http.get('*/api/v1/masters/occupations', ({ request }) => {
      asked.push(new URL(request.url).searchParams.get('active_only'));
      return HttpResponse.json([occupation('01', '鉄筋工', true), occupation('02', '鉄筋圧接工', false)]);
    }),
    http.get('*/api/v1/masters/positions', () =>
      HttpResponse.json([{ code: '01', name: '職長', is_management: true }]),
    ),
    http.get('*/api/v1/masters/employment-types', () => HttpResponse.json([{ code: '02', name: '労働者' }])),
    http.get('*/api/v1/masters/insurance-values', () =>
      HttpResponse.json([{ kind: 'health', code: '03', name: '建設国保' }]),
    ),
    http.get('*/api/v1/masters/prefectures', () => HttpResponse.json([{ code: '13', name: '東京都' }])),
  );
  await renderApp('/masters');

  const occupations = await screen.findByRole('table', { name: '職種' });
  expect(asked).toContain('false');
  expect(within(within(occupations).getByRole('row', { name: /鉄筋圧接工/ })).getByText('使用停止')).toBeVisible();
  expect(
    within(within(occupations).getByRole('row', { name: /05 鉄筋工 01 鉄筋工/ })).getByText('使用中'),
  ).toBeVisible();

  await user.click(screen.getByRole('tab', { name: '保険加入状況' }));
  const insurance = await screen.findByRole('table', { name: '保険加入状況' });
  expect(within(insurance).getByRole('row', { name: /健康保険 03 建設国保/ })).toBeInTheDocument();

  await user.click(screen.getByRole('tab', { name: '立場' }));
  expect(within(await screen.findByRole('table', { name: '立場' })).getByText('職長')).toBeInTheDocument();
});
