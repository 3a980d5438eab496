import { fitColumns } from './fit-columns';

// 現場一覧-like: a group header (利用機能) over two columns, priorities on a plain column and a group.
function table(): HTMLTableElement {
  document.body.innerHTML = `
    <div><table>
      <thead>
        <tr>
          <th rowspan="2">現場名</th>
          <th rowspan="2" data-priority="1">顔認証設定</th>
          <th colspan="2" data-priority="2">利用機能</th>
          <th rowspan="2" data-priority="1">作業場所メモ</th>
          <th rowspan="2" aria-label="操作"></th>
        </tr>
        <tr><th>建退共</th><th>労災</th></tr>
      </thead>
      <tbody>
        <tr><td>大磯</td><td>なし</td><td>あり</td><td>なし</td><td>無効</td><td data-action>選択</td></tr>
        <tr><td colspan="6">合計</td></tr>
      </tbody>
    </table></div>`;
  return document.querySelector('table')!;
}

const shown = (element: HTMLTableElement) =>
  Array.from(element.querySelectorAll('tbody tr:first-child td'))
    .filter((cell) => !cell.hasAttribute('data-folded'))
    .map((cell) => cell.textContent);
const shownHeaders = (element: HTMLTableElement) =>
  Array.from(element.querySelectorAll('th'))
    .filter((cell) => !cell.hasAttribute('data-folded'))
    .map((cell) => cell.textContent || cell.getAttribute('aria-label'));

/** The table "fits" once it shows at most `columns` body cells in its first row. */
const fitsWith = (element: HTMLTableElement, columns: number) => () => shown(element).length <= columns;

test('a table that fits folds nothing', () => {
  const element = table();
  fitColumns(element.parentElement!, element, true, fitsWith(element, 6));
  expect(shown(element)).toEqual(['大磯', 'なし', 'あり', 'なし', '無効', '選択']);
});

test('priority 1 folds first, the rightmost of equals first, one column at a time', () => {
  const element = table();
  fitColumns(element.parentElement!, element, true, fitsWith(element, 5));
  expect(shown(element)).toEqual(['大磯', 'なし', 'あり', 'なし', '選択']);
  fitColumns(element.parentElement!, element, true, fitsWith(element, 4));
  expect(shown(element)).toEqual(['大磯', 'あり', 'なし', '選択']);
});

test('a group header with a priority folds with every column under it', () => {
  const element = table();
  fitColumns(element.parentElement!, element, true, fitsWith(element, 2));
  expect(shown(element)).toEqual(['大磯', '選択']);
  expect(shownHeaders(element)).toEqual(['現場名', '操作']);
  // A cell spanning columns that are not all folded stays.
  expect(element.querySelector('td[colspan]')!.hasAttribute('data-folded')).toBe(false);
});

test('columns come back once the table fits again, and a phone never folds', () => {
  const element = table();
  fitColumns(element.parentElement!, element, true, fitsWith(element, 2));
  fitColumns(element.parentElement!, element, true, fitsWith(element, 6));
  expect(shown(element)).toHaveLength(6);
  fitColumns(element.parentElement!, element, false, fitsWith(element, 2));
  expect(shown(element)).toHaveLength(6);
  expect(shownHeaders(element)).toHaveLength(7);
});
