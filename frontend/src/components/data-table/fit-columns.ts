// At the desk a table wider than its column folds its least needed columns away, in steps:
// headers mark them with data-priority="1" (folds first) or "2" (folds next), for their whole
// column (a group header for all columns under it). The folded values stay on the row's detail
// screen and in the phone's cards, which show every column.

export const DESK_QUERY = '(min-width: 48em)';
const STEPS = ['1', '2'] as const;

function overflows(scroller: HTMLElement, table: HTMLTableElement): boolean {
  return table.scrollWidth > scroller.clientWidth + 1;
}

/** Sets data-fold on the table to the fewest steps that make it fit (none if it fits as is). */
export function fitColumns(
  scroller: HTMLElement,
  table: HTMLTableElement,
  desk: boolean,
  fits: () => boolean = () => !overflows(scroller, table),
): void {
  delete table.dataset.fold;
  if (!desk || fits()) return;
  const present = STEPS.filter((step) => table.querySelector(`th[data-priority='${step}']`));
  for (const step of present) {
    table.dataset.fold = step;
    if (fits()) return;
  }
}
