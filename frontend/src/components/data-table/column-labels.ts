// Each body cell learns its column's header (data-label), so a row can be shown as a card on a
// phone, each line labelled. Headers may span rows and columns (現場一覧's two header rows).

function headerText(cell: HTMLTableCellElement): string {
  const explicit = cell.dataset.label ?? cell.getAttribute('aria-label');
  if (explicit) return explicit;
  // <br> separates words that textContent would run together.
  const parts = Array.from(cell.childNodes, (node) => node.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Labels of the table's columns, top header row first ("就業履歴蓄積期間 開始日"). */
export function columnLabels(table: HTMLTableElement): string[] {
  const rows = Array.from(table.tHead?.rows ?? []);
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      while (grid[r]![column] !== undefined) column += 1;
      const text = headerText(cell);
      for (let dr = 0; dr < Math.max(cell.rowSpan, 1) && r + dr < rows.length; dr += 1) {
        for (let dc = 0; dc < Math.max(cell.colSpan, 1); dc += 1) {
          // A cell spanning rows below is recorded once, so it is not repeated in the label.
          grid[r + dr]![column + dc] = dr === 0 ? text : '';
        }
      }
      column += Math.max(cell.colSpan, 1);
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return Array.from({ length: width }, (_, column) =>
    grid
      .map((row) => row[column] ?? '')
      .filter(Boolean)
      .join(' '),
  );
}

/** Writes data-label on every body cell that does not set its own. */
export function labelCells(table: HTMLTableElement): void {
  const labels = columnLabels(table);
  for (const body of Array.from(table.tBodies)) {
    for (const row of Array.from(body.rows)) {
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        const label = labels[column] ?? '';
        if (cell.dataset.label === undefined || cell.dataset.labelFrom === 'header') {
          cell.dataset.label = label;
          cell.dataset.labelFrom = 'header';
        }
        column += Math.max(cell.colSpan, 1);
      }
    }
  }
}
