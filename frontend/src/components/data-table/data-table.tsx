import { Table, type TableProps } from '@mantine/core';
import { useLayoutEffect, useRef } from 'react';

import { labelCells } from './column-labels';
import classes from './data-table.module.css';

export type DataTableProps = TableProps & {
  /** The table's accessible name. */
  label?: string;
};

/**
 * Every list of the SPA: a table at the desk that never needs sideways scrolling for its key
 * columns, cards on a phone. Cells mark themselves: `data-wrap` for long text that wraps in its
 * own column (`data-wrap="name"` for names, which may wrap but never to one character a line),
 * `data-action` for the row's links and buttons (kept visible at the right).
 */
export function DataTable({ label, className, children, ...props }: DataTableProps) {
  const ref = useRef<HTMLTableElement>(null);

  useLayoutEffect(() => {
    const table = ref.current;
    if (!table) return;
    labelCells(table);
    // Rows that arrive later (a page, a refetch) are labelled as they are added.
    const observer = new MutationObserver(() => labelCells(table));
    observer.observe(table, { childList: true, subtree: true });
    return () => observer.disconnect();
  });

  return (
    <div className={classes.scroller} data-list>
      <Table
        ref={ref}
        aria-label={label}
        className={className ? `${classes.table} ${className}` : classes.table}
        {...props}
      >
        {children}
      </Table>
    </div>
  );
}
