import { labelCells } from './column-labels';

function table(): HTMLTableElement {
  document.body.innerHTML = `
    <table>
      <thead>
        <tr>
          <th rowspan="2" data-wrap="name">現場</th>
          <th colspan="2" data-wrap>保険加入状況</th>
          <th rowspan="2">技能者数<br>(スポット数)</th>
          <th rowspan="2">入退場有無</th>
          <th rowspan="2">特別加入労災保険</th>
        </tr>
        <tr><th>健康</th><th data-wrap="name">雇用</th></tr>
      </thead>
      <tbody>
        <tr><td data-wrap="">大磯</td><td>加入</td><td>未加入</td><td>2(0)</td><td>有</td><td>×</td></tr>
      </tbody>
    </table>`;
  return document.querySelector('table')!;
}

const wraps = (element: HTMLTableElement) =>
  Array.from(element.querySelectorAll('tbody td'), (cell) => (cell as HTMLElement).dataset.wrap ?? null);

test("a header's wrap rule reaches every cell of its columns; the lowest header and the cell's own win", () => {
  const element = table();
  labelCells(element);
  // 現場's cell declares its own; 健康 takes its group's rule; 雇用 its own header's.
  expect(wraps(element)).toEqual(['', '', 'name', null, null, null]);
});

test('a rule taken from the header goes when the header drops it', () => {
  const element = table();
  labelCells(element);
  delete element.querySelector<HTMLElement>('th[colspan]')!.dataset.wrap;
  labelCells(element);
  expect(wraps(element).slice(0, 3)).toEqual(['', null, 'name']);
});

test('only headers over five characters, not already cut by <br>, may wrap', () => {
  const element = table();
  labelCells(element);
  const long = Array.from(element.querySelectorAll('th[data-long]'), (cell) => cell.textContent);
  expect(long).toEqual(['保険加入状況', '特別加入労災保険']);
});

const labels = (element: HTMLTableElement) =>
  Array.from(element.querySelectorAll('tbody td'), (cell) => (cell as HTMLElement).dataset.label ?? null);

test('a cell across several columns is labelled by the header above them all, or by none', () => {
  const element = table();
  element.tBodies[0]!.innerHTML = '<tr><td colspan="2">元請</td><td colspan="2">—</td><td>有</td><td>×</td></tr>';
  labelCells(element);
  // 現場 and 健康 share no header: not 現場; 雇用 and 技能者数 neither.
  expect(labels(element)).toEqual(['', '', '入退場有無', '特別加入労災保険']);
  element.tBodies[0]!.innerHTML = '<tr><td>大磯</td><td colspan="2">未加入</td><td>2(0)</td><td>有</td><td>×</td></tr>';
  labelCells(element);
  expect(labels(element)[1]).toBe('保険加入状況');
});
