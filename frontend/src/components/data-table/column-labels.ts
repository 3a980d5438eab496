// Each body cell learns its column's header (data-label), so a row can be shown as a card on a
// phone, each line labelled, and its column's rules (data-wrap), declared once on the header cell.
// Headers may declare a folding priority (data-priority, see fit-columns.ts) for the columns they
// cover.
// Headers may span rows and columns (現場一覧's two header rows).

/** Cell attributes a header declares for its whole column; a body cell's own value wins. */
const COLUMN_RULES = ['wrap'] as const;

function headerText(cell: HTMLTableCellElement): string {
  const explicit = cell.dataset.label ?? cell.getAttribute('aria-label');
  if (explicit) return explicit;
  // <br> separates words that textContent would run together.
  const parts = Array.from(cell.childNodes, (node) => node.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Headers longer than this many characters may wrap at the desk. */
export const SHORT_HEADER = 5;

/** A header the browser may wrap: longer than SHORT_HEADER, and not already cut into lines. */
function isLong(cell: HTMLTableCellElement): boolean {
  return !cell.querySelector('br') && [...(cell.textContent ?? '').trim()].length > SHORT_HEADER;
}

type Slot = { text: string; cell: HTMLTableCellElement };
type Rules = Partial<Record<(typeof COLUMN_RULES)[number], string>>;

/** The header cells above each column, top row first; a cell spanning rows is recorded once. */
function headerGrid(table: HTMLTableElement): (Slot | undefined)[][] {
  const rows = Array.from(table.tHead?.rows ?? []);
  const grid: (Slot | null | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      while (grid[r]![column] !== undefined) column += 1;
      const slot = { text: headerText(cell), cell };
      for (let dr = 0; dr < Math.max(cell.rowSpan, 1) && r + dr < rows.length; dr += 1) {
        for (let dc = 0; dc < Math.max(cell.colSpan, 1); dc += 1) {
          grid[r + dr]![column + dc] = dr === 0 ? slot : null;
        }
      }
      column += Math.max(cell.colSpan, 1);
    }
  });
  return grid.map((row) => Array.from(row, (slot) => slot ?? undefined));
}

function columns(table: HTMLTableElement): Slot[][] {
  const grid = headerGrid(table);
  const width = Math.max(0, ...grid.map((row) => row.length));
  return Array.from({ length: width }, (_, column) =>
    grid.map((row) => row[column]).filter((slot): slot is Slot => slot !== undefined),
  );
}

/** Labels of the table's columns, top header row first ("就業履歴蓄積期間 開始日"). */
export function columnLabels(table: HTMLTableElement): string[] {
  return columns(table).map((slots) =>
    slots
      .map((slot) => slot.text)
      .filter(Boolean)
      .join(' '),
  );
}

/** Every cell of the table (header and body) with the columns it covers. */
export function columnSpans(table: HTMLTableElement): { cell: HTMLTableCellElement; columns: number[] }[] {
  const spans = new Map<HTMLTableCellElement, number[]>();
  columns(table).forEach((slots, column) => {
    for (const { cell } of slots) spans.set(cell, [...(spans.get(cell) ?? []), column]);
  });
  for (const body of Array.from(table.tBodies)) {
    for (const row of Array.from(body.rows)) {
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        const width = Math.max(cell.colSpan, 1);
        spans.set(
          cell,
          Array.from({ length: width }, (_, offset) => column + offset),
        );
        column += width;
      }
    }
  }
  return Array.from(spans, ([cell, columns]) => ({ cell, columns }));
}

/**
 * The columns each header with data-priority covers, in folding order: priority 1 before 2, and
 * among equals the rightmost first.
 */
export function headerPriorities(table: HTMLTableElement): number[][] {
  const declared = new Map<HTMLTableCellElement, number[]>();
  columns(table).forEach((slots, column) => {
    for (const { cell } of slots) {
      if (cell.dataset.priority !== undefined) {
        declared.set(cell, [...(declared.get(cell) ?? []), column]);
      }
    }
  });
  return Array.from(declared)
    .sort(([a, columnsA], [b, columnsB]) =>
      a.dataset.priority === b.dataset.priority
        ? columnsB[0]! - columnsA[0]!
        : (a.dataset.priority ?? '').localeCompare(b.dataset.priority ?? ''),
    )
    .map(([, covered]) => covered);
}

/** A column's rules: those of its lowest header cell that declares them. */
function columnRules(slots: Slot[]): Rules {
  const rules: Rules = {};
  for (const rule of COLUMN_RULES) {
    const declared = [...slots].reverse().find((slot) => slot.cell.dataset[rule] !== undefined);
    if (declared) rules[rule] = declared.cell.dataset[rule];
  }
  return rules;
}

/**
 * Marks long headers (data-long), and writes data-label and the column's rules declared on its
 * header on every body cell that does not set its own. A cell spanning several columns takes no
 * rules, and the label of the header above all its columns only (see spanLabel).
 */
export function labelCells(table: HTMLTableElement): void {
  for (const cell of Array.from(table.tHead?.querySelectorAll('th') ?? [])) {
    cell.toggleAttribute('data-long', isLong(cell));
  }
  const labels = columnLabels(table);
  const slots = columns(table);
  const rules = slots.map(columnRules);
  for (const body of Array.from(table.tBodies)) {
    for (const row of Array.from(body.rows)) {
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        const width = Math.max(cell.colSpan, 1);
        const label = width === 1 ? (labels[column] ?? '') : spanLabel(slots.slice(column, column + width));
        if (cell.dataset.label === undefined || cell.dataset.labelFrom === 'header') {
          cell.dataset.label = label;
          cell.dataset.labelFrom = 'header';
        }
        if (width === 1) inherit(cell, rules[column] ?? {});
        column += width;
      }
    }
  }
}

/**
 * A cell spanning several columns is labelled by the header above all of them (保険加入状況), or
 * not at all: the first column's label would be wrong (元請 across 1次…5次 is not 1次).
 */
function spanLabel(covered: Slot[][]): string {
  const [first, ...rest] = covered;
  const shared = first?.filter((slot) => rest.every((slots) => slots.some((other) => other.cell === slot.cell)));
  return (shared ?? []).map((slot) => slot.text).join(' ');
}

function inherit(cell: HTMLTableCellElement, rules: Rules): void {
  // data-rules-from names what this cell took from its header, so a later pass can tell it from
  // what the cell declares itself.
  const inherited = new Set((cell.dataset.rulesFrom ?? '').split(' ').filter(Boolean));
  for (const rule of COLUMN_RULES) {
    if (cell.dataset[rule] !== undefined && !inherited.has(rule)) continue;
    const value = rules[rule];
    if (value === undefined) {
      delete cell.dataset[rule];
      inherited.delete(rule);
    } else {
      cell.dataset[rule] = value;
      inherited.add(rule);
    }
  }
  if (inherited.size > 0) cell.dataset.rulesFrom = [...inherited].join(' ');
  else delete cell.dataset.rulesFrom;
}
