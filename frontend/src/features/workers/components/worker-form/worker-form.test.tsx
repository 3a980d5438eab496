import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

import { BUSINESS_ID, OCC_CARPENTER, OCC_REBAR, WORKER_ID, masterHandlers, worker } from '../../testing/fixtures';

type User = ReturnType<typeof userEvent.setup>;

async function choose(user: User, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function fillRequired(user: User) {
  await user.type(screen.getByLabelText(/技能者名\(姓\)/), '川越');
  await user.type(screen.getByLabelText(/技能者名\(名\)/), '十郎');
  await user.type(screen.getByLabelText(/技能者名カナ\(姓\)/), 'カワゴエ');
  await user.type(screen.getByLabelText(/技能者名カナ\(名\)/), 'ジュウロウ');
  await user.type(screen.getByLabelText(/生年月日/), '1980-04-01');
  await choose(user, '雇用区分', '労働者');
  await choose(user, '代表職種(大分類)', '鉄筋工');
  await choose(user, '代表職種(小分類)', '鉄筋工');
}

test('a create refused on phones.1 shows the error next to that phone and keeps what was typed', async () => {
  const user = userEvent.setup();
  const bodies: Record<string, unknown>[] = [];
  server.use(
    ...masterHandlers,
    http.post('*/api/v1/workers', async ({ request }) => {
      bodies.push((await request.json()) as Record<string, unknown>);
      return problem(422, 'request.validation', [
        { loc: ['body', 'phones', 1], code: 'worker.phone_taken', message: 'taken' },
      ]);
    }),
  );
  await renderApp(`/workers/new?business_id=${BUSINESS_ID}`);
  await waitFor(() => expect(screen.getByRole('combobox', { name: '所属事業者' })).toHaveValue('(株)阿佐ヶ谷鉄筋工業'));
  await fillRequired(user);
  await user.type(screen.getByLabelText('携帯電話番号 1台目'), '090-1111-2222');
  await user.click(screen.getByRole('button', { name: '携帯電話番号を追加' }));
  await user.type(screen.getByLabelText('携帯電話番号 2台目'), '09033334444');
  await user.click(screen.getByRole('button', { name: '登録' }));

  const second = screen.getByLabelText('携帯電話番号 2台目');
  await waitFor(() => expect(second).toHaveAccessibleDescription('この携帯電話番号は別の技能者に登録されています。'));
  expect(screen.getByLabelText('携帯電話番号 1台目')).not.toHaveAccessibleDescription();
  expect(second).toHaveValue('09033334444');
  expect(screen.getByLabelText('携帯電話番号 1台目')).toHaveValue('090-1111-2222');
  expect(screen.getByLabelText(/技能者名\(姓\)/)).toHaveValue('川越');
  expect(screen.getByRole('alert')).toHaveTextContent('入力内容に誤りがあります。');

  expect(bodies).toHaveLength(1);
  expect(bodies[0]).toMatchObject({
    business_id: BUSINESS_ID,
    family_name: '川越',
    family_kana: 'カワゴエ',
    birth_date: '1980-04-01',
    employment_type_code: '2',
    primary_occupation_id: OCC_REBAR,
    phones: ['09011112222', '09033334444'],
    occupation_ids: [],
  });
});

test('a blank phone row is not sent, and errors map back to the row they came from', async () => {
  const user = userEvent.setup();
  let body: Record<string, unknown> | null = null;
  server.use(
    ...masterHandlers,
    http.post('*/api/v1/workers', async ({ request }) => {
      body = (await request.json()) as Record<string, unknown>;
      return problem(422, 'request.validation', [
        { loc: ['body', 'phones', 0], code: 'worker.phone_taken', message: 'taken' },
      ]);
    }),
  );
  await renderApp(`/workers/new?business_id=${BUSINESS_ID}`);
  await fillRequired(user);
  await user.click(screen.getByRole('button', { name: '携帯電話番号を追加' }));
  await user.type(screen.getByLabelText('携帯電話番号 2台目'), '09033334444');
  await user.click(screen.getByRole('button', { name: '登録' }));
  await waitFor(() =>
    expect(screen.getByLabelText('携帯電話番号 2台目')).toHaveAccessibleDescription(
      'この携帯電話番号は別の技能者に登録されています。',
    ),
  );
  expect(body).toMatchObject({ phones: ['09033334444'] });
});

test('a phone or an email is required before anything is sent', async () => {
  const user = userEvent.setup();
  let posted = false;
  server.use(
    ...masterHandlers,
    http.post('*/api/v1/workers', () => {
      posted = true;
      return HttpResponse.json(worker(), { status: 201 });
    }),
  );
  await renderApp(`/workers/new?business_id=${BUSINESS_ID}`);
  await fillRequired(user);
  await user.click(screen.getByRole('button', { name: '登録' }));
  expect(await screen.findByTestId('phones-error')).toHaveTextContent(
    '携帯電話番号、メールアドレスのどちらかは必ず入力して下さい。',
  );
  expect(posted).toBe(false);
});

test('a created worker with further occupations and a qualification opens its page', async () => {
  const user = userEvent.setup();
  let body: Record<string, unknown> | null = null;
  server.use(
    ...masterHandlers,
    http.post('*/api/v1/workers', async ({ request }) => {
      body = (await request.json()) as Record<string, unknown>;
      return HttpResponse.json(worker(), { status: 201 });
    }),
    http.get('*/api/v1/workers/:id', () => HttpResponse.json(worker())),
    http.get('*/api/v1/workers/:id/career', () =>
      HttpResponse.json({ worker_id: WORKER_ID, total_days: 0, ccus_valid_days: 0, thresholds: [] }),
    ),
  );
  const { router } = await renderApp(`/workers/new?business_id=${BUSINESS_ID}`);
  await fillRequired(user);
  await user.type(screen.getByLabelText('メールアドレス'), 'kawagoe@example.jp');
  await user.click(screen.getByRole('button', { name: '職種を追加' }));
  await choose(user, 'その他の職種1(大分類)', '大工');
  await choose(user, 'その他の職種1(小分類)', '型枠大工');
  await user.click(screen.getByRole('button', { name: '資格・免許を追加' }));
  await user.type(screen.getByLabelText(/資格・免許名1/), '玉掛け');
  await user.type(screen.getByLabelText('取得日1'), '2015-06-01');
  await user.click(screen.getByRole('button', { name: '登録' }));

  await waitFor(() => expect(router.state.location.pathname).toBe(`/workers/${WORKER_ID}`));
  expect(body).toMatchObject({
    email: 'kawagoe@example.jp',
    phones: [],
    occupation_ids: [OCC_CARPENTER],
    qualifications: [{ name: '玉掛け', number: null, acquired_on: '2015-06-01', expires_on: null }],
  });
});

describe('editing', () => {
  function editHandlers(onPatch: (body: Record<string, unknown>) => Response | Promise<Response>) {
    return [
      ...masterHandlers,
      http.get('*/api/v1/workers/:id', () =>
        HttpResponse.json(worker({ phones: ['09056190001', '09056190002'], email: 'old@example.jp' })),
      ),
      http.get('*/api/v1/workers/:id/career', () =>
        HttpResponse.json({ worker_id: WORKER_ID, total_days: 0, ccus_valid_days: 0, thresholds: [] }),
      ),
      http.patch('*/api/v1/workers/:id', async ({ request }) =>
        onPatch((await request.json()) as Record<string, unknown>),
      ),
    ];
  }

  test('only changed fields are sent, and a retirement date retires the worker', async () => {
    const user = userEvent.setup();
    let body: Record<string, unknown> | null = null;
    server.use(
      ...editHandlers((sent) => {
        body = sent;
        return HttpResponse.json(worker({ retired_on: '2026-03-31', is_retired: true }));
      }),
    );
    const { router } = await renderApp(`/workers/${WORKER_ID}/edit`);
    const email = await screen.findByLabelText('メールアドレス');
    expect(screen.getByLabelText('本人確認番号')).toHaveValue('');
    expect(screen.getByText(/空欄のまま更新すると、登録済みの番号はそのまま保持されます/)).toBeInTheDocument();

    await user.clear(email);
    await user.type(email, 'new@example.jp');
    await user.type(screen.getByLabelText(/退職日/), '2026-03-31');
    expect(await screen.findByTestId('retirement-notice')).toHaveTextContent('退職となります');
    await user.click(screen.getByRole('button', { name: '更新' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/workers/${WORKER_ID}`));
    expect(body).toEqual({ email: 'new@example.jp', retired_on: '2026-03-31' });
  });

  test('removing a phone row sends the remaining phones; a typed 本人確認番号 is sent', async () => {
    const user = userEvent.setup();
    let body: Record<string, unknown> | null = null;
    server.use(
      ...editHandlers((sent) => {
        body = sent;
        return HttpResponse.json(worker());
      }),
    );
    const { router } = await renderApp(`/workers/${WORKER_ID}/edit`);
    await user.click(await screen.findByRole('button', { name: '1台目を削除' }));
    expect(screen.getByLabelText('携帯電話番号 1台目')).toHaveValue('09056190002');
    await user.type(screen.getByLabelText('本人確認番号'), '1234');
    await user.click(screen.getByRole('button', { name: '更新' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/workers/${WORKER_ID}`));
    expect(body).toEqual({ phones: ['09056190002'], verification_number: '1234' });
  });

  test('a refused update keeps the values and shows the field error on the nested field', async () => {
    const user = userEvent.setup();
    let body: Record<string, unknown> | null = null;
    server.use(
      http.get('*/api/v1/workers/:id', () =>
        HttpResponse.json(
          worker({ qualifications: [{ name: '玉掛け', number: 'A-1', acquired_on: '2015-06-01', expires_on: null }] }),
        ),
      ),
      ...editHandlers((sent) => {
        body = sent;
        return problem(422, 'request.validation', [
          {
            loc: ['body', 'qualifications', 0, 'number'],
            code: 'string_pattern_mismatch',
            message: 'pattern',
          },
        ]);
      }),
    );
    await renderApp(`/workers/${WORKER_ID}/edit`);
    const expires = await screen.findByLabelText('有効期限1');
    await user.type(expires, '2030-01-01');
    await user.click(screen.getByRole('button', { name: '更新' }));

    await waitFor(() => expect(screen.getByLabelText('番号1')).toHaveAccessibleDescription('形式が正しくありません。'));
    expect(screen.getByLabelText('番号1')).toHaveValue('A-1');
    expect(screen.getByLabelText('有効期限1')).toHaveValue('2030-01-01');
    expect(screen.getByLabelText(/資格・免許名1/)).toHaveValue('玉掛け');
    expect(screen.getByText('保存できませんでした').closest('[role="alert"]')).toHaveTextContent(
      '入力内容に誤りがあります。',
    );
    expect(body).toEqual({
      qualifications: [{ name: '玉掛け', number: 'A-1', acquired_on: '2015-06-01', expires_on: '2030-01-01' }],
    });
  });
});
