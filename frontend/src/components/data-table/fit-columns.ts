// At the desk a table wider than its column folds its least needed columns away, one at a time:
// headers mark them data-priority="1" (folds first) or "2" (folds next); among equals the
// rightmost folds first. A group header's priority folds every column under it. The folded values
// stay on the row's detail screen and in the phone's cards, which show every column.

import { columnSpans, headerPriorities } from './column-labels';

export const DESK_QUERY = '(min-width: 48em)';

function overflows(scroller: HTMLElement, table: HTMLTableElement): boolean {
  return table.scrollWidth > scroller.clientWidth + 1;
}

/** Marks data-folded on every cell that lies only in folded columns. */
function fold(table: HTMLTableElement, folded: Set<number>): void {
  for (const { cell, columns } of columnSpans(table)) {
    cell.toggleAttribute('data-folded', folded.size > 0 && columns.every((column) => folded.has(column)));
  }
}

/** Folds the fewest columns, in priority order, that make the table fit (none if it fits). */
export function fitColumns(
  scroller: HTMLElement,
  table: HTMLTableElement,
  desk: boolean,
  fits: () => boolean = () => !overflows(scroller, table),
): void {
  const folded = new Set<number>();
  fold(table, folded);
  if (!desk || fits()) return;
  for (const columns of headerPriorities(table)) {
    for (const column of columns) folded.add(column);
    fold(table, folded);
    if (fits()) return;
  }
}
