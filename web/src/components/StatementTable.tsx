import { useState, type KeyboardEvent } from 'react';
import type { StatementTableQuery } from '../generated/graphql.js';

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

  const scale = SCALES[table.scaleExponent] ?? `money × 10^${table.scaleExponent}`;
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
            const heading = row.lineItem.isAbstract || row.cells.every((c) => c === null);
            return (
              <tr key={`${row.lineItem.id}-${r}`} className={heading ? 'heading' : row.isTotal ? 'total' : undefined}>
                <th scope="row" style={{ paddingLeft: `${0.5 + row.depth * 1.25}rem` }}>
                  {row.lineItem.label}
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
                          aria-label={`${row.lineItem.label}, ${table.columns[c].label}: ${cell}`}
                          aria-pressed={fact.id === selectedFactId}
                          onFocus={() => setFocus([r, c])}
                          onClick={() => onOpen(fact.id)}
                        >
                          {cell}
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
