import { Table, type TableProps } from '@mantine/core';
import { useLayoutEffect, useRef } from 'react';

import { labelCells } from './column-labels';
import classes from './data-table.module.css';
import { DESK_QUERY, fitColumns } from './fit-columns';

export type DataTableProps = TableProps & {
  /** The table's accessible name. */
  label?: string;
};

/**
 * Every list of the SPA: a table at the desk that never needs sideways scrolling, cards on a
 * phone. Header cells declare their column's rules, body cells may override them:
 * - `data-wrap` for long text that wraps in its own column (`data-wrap="name"` for names, which
 *   may wrap but never to one character a line);
 * - `data-priority="1"` / `"2"` for columns folded away, in that order, while the table is still
 *   wider than the screen at the desk (a group header folds every column under it);
 * - `data-action` (body cells) for the row's links and buttons, kept visible at the right.
 */
export function DataTable({ label, className, children, ...props }: DataTableProps) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const ref = useRef<HTMLTableElement>(null);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    const table = ref.current;
    if (!scroller || !table) return;
    const desk = () => window.matchMedia(DESK_QUERY).matches;
    const layOut = () => {
      labelCells(table);
      fitColumns(scroller, table, desk());
    };
    layOut();
    // Rows that arrive later (a page, a refetch) are labelled as they are added; a new width or
    // the Japanese font arriving may fold columns or bring them back.
    const mutations = new MutationObserver(layOut);
    mutations.observe(table, { childList: true, subtree: true, characterData: true });
    const resizes = new ResizeObserver(() => fitColumns(scroller, table, desk()));
    resizes.observe(scroller);
    let live = true;
    void document.fonts?.ready.then(() => live && fitColumns(scroller, table, desk()));
    return () => {
      live = false;
      mutations.disconnect();
      resizes.disconnect();
    };
  });

  return (
    <div ref={scrollerRef} className={classes.scroller} data-list>
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
