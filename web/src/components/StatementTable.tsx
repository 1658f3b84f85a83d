import { useState, type KeyboardEvent } from 'react';
import type { StatementTableQuery } from '../generated/graphql.js';
import { describeScale, displayFigure, filingDisplay } from '../format.js';

export type Table = Extract<NonNullable<StatementTableQuery['node']>, { __typename: 'StatementTable' }>;

// `scaleExponent` applies to money only: counts, per-share amounts and ratios print as they are.
const SCALES: Record<number, string> = { 0: '', 3: 'money in thousands', 6: 'money in millions', 9: 'money in billions' };

/**
 * A statement table rendered from its rows, columns and cells alone (any source: the
 * curated release or an XBRL filing): cells exactly as printed, rows indented by depth,
 * headings and totals set apart. Figures are buttons in a roving-tabindex grid: Tab enters
 * the table once, arrow keys move between figures, Home/End jump along the row, Enter opens
 * the trace.
 */
export function StatementTable({ table, selectedFactId, onOpen }: { table: Table; selectedFactId: string | null; onOpen: (factId: string) => void }) {
  const [focus, setFocus] = useState<[number, number] | null>(null);
  const first = firstFigure(table);
  const [fr, fc] = focus ?? first ?? [-1, -1];

  const move = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const r = Number(target.dataset.r);
    const c = Number(target.dataset.c);
    if (Number.isNaN(r)) return;
    const next = nextFigure(table, r, c, event.key);
    if (!next) return;
    event.preventDefault();
    setFocus(next);
    const button = event.currentTarget.querySelector<HTMLButtonElement>(`button[data-r="${next[0]}"][data-c="${next[1]}"]`);
    button?.focus();
  };

  // A filing's full-unit cells are shown scaled for reading; the curated release's as printed.
  const display = filingDisplay(table);
  const scale = display ? describeScale(display, table.columns[0]?.currency) : SCALES[table.scaleExponent] ?? `money × 10^${table.scaleExponent}`;
  const hidden = table.rows.map(isScaffolding);
  const base = Math.min(...table.rows.filter((_, r) => !hidden[r]).map((row) => row.depth));
  const shown = (cell: string, r: number, c: number) => (display ? displayFigure(cell, table.rows[r].facts[c]?.unit, display) : cell);
  // The member group each row is printed in (its heading's label), to name its figures apart from the whole company's.
  const groupOf: (string | null)[] = [];
  table.rows.forEach((row, r) => {
    const heading = row.dimensions.length > 0 && row.cells.every((c) => c === null) && !sameMembers(table.rows[r - 1]?.dimensions, row.dimensions);
    groupOf.push(row.dimensions.length === 0 ? null : heading ? row.label : groupOf[r - 1] ?? null);
  });
  return (
    <div className="table-wrap">
      <table className="statement" onKeyDown={move} aria-describedby={`${table.id}-help`}>
        <caption>
          {table.title}
          {scale && <span className="muted"> ({scale})</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">Line item</span>
            </th>
            {table.columns.map((column) => (
              <th key={column.id} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => {
            if (hidden[r]) return null;
            const heading = row.lineItem.isAbstract || row.cells.every((c) => c === null);
            // A member group's heading (Apple's "Products"): its rows follow, restricted to that member.
            const group = heading && row.dimensions.length > 0 && !sameMembers(table.rows[r - 1]?.dimensions, row.dimensions);
            return (
              <tr key={`${row.lineItem.id}-${r}`} className={group ? 'heading group' : heading ? 'heading' : row.isTotal ? 'total' : undefined} data-group={group ? 'true' : undefined}>
                <th scope="row" style={{ paddingLeft: `${0.5 + (row.depth - base) * 1.25}rem` }}>
                  {row.label}
                </th>
                {row.cells.map((cell, c) => {
                  const fact = row.facts[c];
                  return (
                    <td key={table.columns[c].id}>
                      {cell !== null && fact ? (
                        <button
                          type="button"
                          className={fact.id === selectedFactId ? 'figure selected' : 'figure'}
                          data-r={r}
                          data-c={c}
                          tabIndex={r === fr && c === fc ? 0 : -1}
                          aria-label={`${row.label}${groupOf[r] ? ` (${groupOf[r]})` : ''}, ${table.columns[c].label}: ${shown(cell, r, c)}`}
                          aria-pressed={fact.id === selectedFactId}
                          onFocus={() => setFocus([r, c])}
                          onClick={() => onOpen(fact.id)}
                        >
                          {shown(cell, r, c)}
                        </button>
                      ) : (
                        cell
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p id={`${table.id}-help`} className="sr-only">
        Arrow keys move between figures; Enter shows where a figure comes from.
      </p>
    </div>
  );
}

/**
 * A filing's presentation scaffolding: the hypercube, its axes, domains and members, the
 * "[Line Items]" and "[Abstract]" containers. They carry no figure and are not printed
 * (the columns say which member a figure is of), so they are not shown.
 */
function isScaffolding(row: Table['rows'][number]): boolean {
  if (row.cells.some((c) => c !== null) || row.dimensions.length > 0) return false;
  return /(Member|Axis|Domain|Table|LineItems)$/.test(row.lineItem.key) || /\[Abstract\]$/.test(row.label);
}

function sameMembers(a: readonly { axis: string; member: string }[] | undefined, b: readonly { axis: string; member: string }[]): boolean {
  return a !== undefined && a.length === b.length && a.every((d, i) => d.axis === b[i].axis && d.member === b[i].member);
}

function hasFigure(table: Table, r: number, c: number): boolean {
  return table.rows[r]?.cells[c] != null && table.rows[r]?.facts[c] != null;
}

function firstFigure(table: Table): [number, number] | null {
  for (let r = 0; r < table.rows.length; r++) for (let c = 0; c < table.columns.length; c++) if (hasFigure(table, r, c)) return [r, c];
  return null;
}

function nextFigure(table: Table, r: number, c: number, key: string): [number, number] | null {
  const cols = table.columns.length;
  const step = (dr: number, dc: number): [number, number] | null => {
    for (let rr = r + dr, cc = c + dc; rr >= 0 && rr < table.rows.length && cc >= 0 && cc < cols; rr += dr, cc += dc) if (hasFigure(table, rr, cc)) return [rr, cc];
    return null;
  };
  switch (key) {
    case 'ArrowDown':
      return step(1, 0);
    case 'ArrowUp':
      return step(-1, 0);
    case 'ArrowRight':
      return step(0, 1);
    case 'ArrowLeft':
      return step(0, -1);
    case 'Home':
      for (let cc = 0; cc < cols; cc++) if (hasFigure(table, r, cc)) return [r, cc];
      return null;
    case 'End':
      for (let cc = cols - 1; cc >= 0; cc--) if (hasFigure(table, r, cc)) return [r, cc];
      return null;
    default:
      return null;
  }
}
