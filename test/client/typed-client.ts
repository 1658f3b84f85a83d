/**
 * A small frontend client written against the generated operation types. It is
 * type-checked by the suite: a schema change that breaks these operations breaks this file.
 */
import type { FactsPageQuery, FactsPageQueryVariables, RefetchQuery, SearchLineItemsQuery } from '../../client/operations.generated.js';
import { readmeOperations } from '../../scripts/readme-operations.js';

/** The README operation with this name. */
function operation(name: string): string {
  const found = readmeOperations().find((op) => op.includes(`query ${name}`));
  if (!found) throw new Error(`no README operation ${name}`);
  return found;
}

async function request<TData, TVariables extends Record<string, unknown>>(url: string, query: string, variables: TVariables): Promise<TData> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: TData; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`);
  return body.data;
}

export interface FactRow {
  id: string;
  value: string;
  unit: string;
  label: string;
  period: string;
}

/** Every fact of the README's FactsPage filter, page by page. */
export async function allTranslatedFacts(url: string): Promise<{ totalCount: number; rows: FactRow[] }> {
  const rows: FactRow[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const variables: FactsPageQueryVariables = { after };
    const data: FactsPageQuery = await request<FactsPageQuery, FactsPageQueryVariables>(url, operation('FactsPage'), variables);
    if (!data.company) throw new Error('no company');
    const { facts } = data.company;
    if (!facts) throw new Error('no facts');
    totalCount = facts.totalCount;
    for (const { node } of facts.edges) rows.push({ id: node.id, value: node.value, unit: node.unit, label: node.lineItem.label, period: node.period.label });
    if (!facts.pageInfo.hasNextPage) return { totalCount, rows };
    after = facts.pageInfo.endCursor ?? null;
  }
}

/** The names of the companies the README's Refetch operation asks for. */
export async function refetchedCompanyNames(url: string): Promise<(string | null)[]> {
  const data = await request<RefetchQuery, Record<string, never>>(url, operation('Refetch'), {});
  return data.nodes.map((node) => (node?.__typename === 'Company' ? node.name : null));
}

/** Labels and values of the README's SearchLineItems operation. */
export async function searchedLineItems(url: string): Promise<{ label: string; values: string[] }[]> {
  const data = await request<SearchLineItemsQuery, Record<string, never>>(url, operation('SearchLineItems'), {});
  return (data.company?.lineItems ?? []).map((item) => ({ label: item.qualifiedLabel, values: (item.facts ?? []).map((f) => f.value) }));
}
