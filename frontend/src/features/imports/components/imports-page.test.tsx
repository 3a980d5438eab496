import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { pagination, problem, server } from '@/testing/server';

import { aJob, JOB_ID } from '../testing/fixtures';

const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
const xlsx = (name = '事業者.xlsx') =>
  new File(['PK-fake-xlsx'], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

function historyHandler(seen: URLSearchParams[], items = [aJob()]) {
  return http.get('*/api/v1/imports', ({ request }) => {
    seen.push(new URL(request.url).searchParams);
    return HttpResponse.json({ items, pagination: pagination(items.length) });
  });
}

test('the history lists past imports with status and counts, filtered by the chosen kind', async () => {
  const user = userEvent.setup();
  const seen: URLSearchParams[] = [];
  const finished = aJob({
    status: 'succeeded',
    mode: 'valid_rows_only',
    rows_total: 10,
    rows_done: 10,
    rows_imported: 8,
    row_errors: [
      { row: 3, column: '代表電話番号', code: 'phone.invalid', message: 'bad' },
      { row: 3, column: '事業者名', code: 'missing', message: 'required' },
      { row: 7, column: null, code: 'import.duplicate_in_file', message: 'dup' },
    ],
  });
  server.use(historyHandler(seen, [finished]));
  const { router } = await renderApp('/imports?kind=businesses');

  const row = (await screen.findByText('事業者.xlsx')).closest('tr') as HTMLElement;
  const cells = within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
  expect(cells.slice(1)).toEqual(['事業者', '事業者.xlsx', '正しい行のみ', '完了(エラー行あり)', '10', '8', '2']);
  expect(seen.at(-1)?.get('kind')).toBe('businesses');

  await user.click(screen.getByRole('radio', { name: '技能者' }));
  await waitFor(() => expect(router.state.location.search).toEqual({ kind: 'workers' }));
  await waitFor(() => expect(seen.at(-1)?.get('kind')).toBe('workers'));
});

/**
 * The multipart parts as name -> { filename, value }, read from the raw body: in this test
 * environment undici (fetch) and jsdom (File) do not share classes, so formData() cannot parse it.
 */
async function multipartParts(request: Request) {
  const boundary = /boundary=(.+)$/.exec(request.headers.get('Content-Type') ?? '')?.[1] ?? '';
  const text = await request.text();
  const parts = new Map<string, { filename: string | null; value: string }>();
  for (const chunk of text.split(`--${boundary}`).slice(1, -1)) {
    const [head = '', ...rest] = chunk.replace(/^\r\n/, '').split('\r\n\r\n');
    const name = /name="([^"]+)"/.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(head)?.[1] ?? null;
    parts.set(name, { filename, value: rest.join('\r\n\r\n').replace(/\r\n$/, '') });
  }
  return parts;
}

test('uploading sends multipart with the kind, the file and the chosen mode, then opens the job', async () => {
  const user = userEvent.setup();
  let parts: Map<string, { filename: string | null; value: string }> | undefined;
  let headers: Headers | undefined;
  // undici cannot read jsdom's File bytes, so the file part is checked where it is handed over.
  const append = vi.spyOn(FormData.prototype, 'append');
  server.use(
    historyHandler([], []),
    http.post('*/api/v1/imports', async ({ request }) => {
      headers = request.headers;
      parts = await multipartParts(request);
      return HttpResponse.json(aJob({ kind: 'workers', file_name: '技能者.xlsx' }), { status: 202 });
    }),
    http.get('*/api/v1/imports/:id', () => HttpResponse.json(aJob({ kind: 'workers', file_name: '技能者.xlsx' }))),
  );
  const { router } = await renderApp('/imports?kind=workers');
  expect(await screen.findByText('取込の履歴はまだありません。')).toBeInTheDocument();

  const chosen = xlsx('技能者.xlsx');
  await user.upload(fileInput(), chosen);
  await user.click(screen.getByRole('radio', { name: /正しい行のみ取込/ }));
  await user.click(screen.getByRole('button', { name: '取込開始' }));

  await waitFor(() => expect(router.state.location.pathname).toBe(`/imports/${JOB_ID}`));
  expect(headers?.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
  expect(headers?.get('Authorization')).toBe('Bearer test-token');
  expect(parts?.get('kind')).toEqual({ filename: null, value: 'workers' });
  expect(parts?.get('mode')).toEqual({ filename: null, value: 'valid_rows_only' });
  expect(parts?.has('file')).toBe(true);
  expect(append).toHaveBeenCalledWith('file', chosen, '技能者.xlsx');
  append.mockRestore();
  // The job page follows the import from there.
  expect(await screen.findByRole('progressbar', { name: '取込の進み具合' })).toBeInTheDocument();
});

test('no file, or a refused file, is explained and nothing is lost', async () => {
  const user = userEvent.setup();
  let posts = 0;
  server.use(
    historyHandler([], []),
    http.post('*/api/v1/imports', () => {
      posts += 1;
      return problem(422, 'import.unsupported_file');
    }),
  );
  const { router } = await renderApp('/imports');
  await user.click(await screen.findByRole('button', { name: '取込開始' }));
  expect(await screen.findByText('取り込むファイルを選択してください。')).toBeInTheDocument();
  expect(posts).toBe(0);

  await user.upload(fileInput(), xlsx('壊れた.xlsx'));
  await user.click(screen.getByRole('button', { name: '取込開始' }));
  expect(
    await screen.findByText(/対応していないファイル形式です。Excel\(.xlsx\)またはCSVを選択してください。/),
  ).toBeInTheDocument();
  expect(posts).toBe(1);
  expect(router.state.location.pathname).toBe('/imports');
  expect(screen.getByText('壊れた.xlsx')).toBeInTheDocument();
});

test('テンプレートをダウンロード fetches the template of the chosen kind', async () => {
  const user = userEvent.setup();
  const fetched: string[] = [];
  URL.createObjectURL = vi.fn(() => 'blob:template');
  URL.revokeObjectURL = vi.fn();
  server.use(
    historyHandler([], []),
    http.get('*/api/v1/imports/templates/:kind', ({ params }) => {
      fetched.push(String(params.kind));
      return new HttpResponse(new Blob(['x']));
    }),
  );
  await renderApp('/imports?kind=workers');
  await user.click(await screen.findByRole('button', { name: 'テンプレートをダウンロード' }));
  await waitFor(() => expect(fetched).toEqual(['workers']));
});
