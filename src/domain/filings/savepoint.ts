import type { Graph } from '../graph.js';
import type { Company } from '../model.js';

/** What one object held: each own field's value, and each array field's items. */
type Snapshot = { object: object; fields: Array<[key: string, value: unknown, items: unknown[] | null]> };

function snapshot(object: object): Snapshot {
  return { object, fields: Object.entries(object).map(([key, value]) => [key, value, Array.isArray(value) ? [...value] : null]) };
}

function restore({ object, fields }: Snapshot): void {
  const o = object as Record<string, unknown>;
  const kept = new Set(fields.map(([key]) => key));
  for (const key of Object.keys(o)) if (!kept.has(key)) delete o[key];
  for (const [key, value, items] of fields) {
    o[key] = value;
    // The same array, with its items as they were (builders push to arrays and sort them in place).
    if (items) (value as unknown[]).splice(0, (value as unknown[]).length, ...items);
  }
}

/**
 * A point the graph can go back to while a company's filings are linked: everything added since
 * (entities, index entries, companies) is taken out by the graph's journal, and the company that
 * already existed (a curated company with the filings' CIK) gets back its fields and lists, and
 * those of its concepts, line items, definitions and securities. A filing that fails half-way
 * through linking thus leaves nothing of itself in the graph.
 */
export class Savepoint {
  private readonly snapshots: Snapshot[];

  constructor(
    private readonly graph: Graph,
    company: Company | undefined,
  ) {
    const objects: object[] = company
      ? [company, ...company.concepts, ...company.concepts.flatMap((c) => c.definitions), ...company.lineItems, ...company.securities]
      : [];
    this.snapshots = objects.map(snapshot);
    graph.beginJournal();
  }

  rollback(): void {
    this.graph.rollbackJournal();
    for (const s of this.snapshots) restore(s);
  }

  release(): void {
    this.graph.commitJournal();
  }
}
