import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { WORKLOADS } from '../../bench/workloads.js';
import { getSchema } from '../../src/graphql/build-schema.js';
import { LIMITS } from '../../src/graphql/limits/limits.js';
import { listSizeRule } from '../../src/graphql/limits/list-size.js';
import { execute } from '../helpers.js';

const root = new URL('../../', import.meta.url).pathname;

/** Every operation a client of ours sends: the README's, the bench's, the explorer's and the typed client's. */
function operations(): [string, DocumentNode][] {
  const docs: [string, string][] = [];
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const m of readme.matchAll(/```graphql(?: filings)?\n([\s\S]*?)```/g)) docs.push([`README: ${m[1].split('\n')[0]}`, m[1]]);
  for (const w of WORKLOADS) docs.push([`bench workload ${w.name}`, w.query]);
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.graphql') ? [join(dir, e.name)] : []));
  for (const file of [...walk(join(root, 'web/src')), join(root, 'client/operations.graphql')]) docs.push([file.slice(root.length), readFileSync(file, 'utf8')]);
  const out: [string, DocumentNode][] = [];
  for (const [name, text] of docs) {
    const doc = parse(text);
    const fragments = doc.definitions.filter((d) => d.kind === 'FragmentDefinition');
    for (const def of doc.definitions) if (def.kind === 'OperationDefinition') out.push([`${name} ${def.name?.value ?? ''}`, { ...doc, definitions: [def, ...fragments] }]);
  }
  return out;
}

function estimate(doc: DocumentNode): number {
  let found = 0;
  validate(getSchema(), doc, [listSizeRule({ maxObjects: 0, onReject: (_c, e) => (found = Number(/estimated at ([\d,]+)/.exec(e.message)![1].replace(/,/g, ''))) })]);
  return found;
}

describe('the estimated size of an answer', () => {
  it('leaves every operation our clients send at least 3× headroom under the limit', () => {
    const all = operations();
    expect(all.length).toBeGreaterThan(30);
    for (const [name, doc] of all) expect(estimate(doc) * 3, name).toBeLessThanOrEqual(LIMITS.maxObjects);
  });

  it('refuses lists of lists that grow with the data, before executing them', async () => {
    const everything = '{ companies { nodes { lineItems { facts { value revisions { value } checks { name } } } } } }';
    expect(estimate(parse(everything))).toBeGreaterThan(LIMITS.maxObjects);
    const result = await execute(everything);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_COST' } });
    expect(result.errors?.[0].message).toMatch(/estimated at [\d,]+ objects, over the limit of 5,000,000/);
  });

  it('counts a connection by its page and a fragment on every use', () => {
    const small = estimate(parse('{ companies(first: 1) { nodes { lineItems { label } } } }'));
    const large = estimate(parse('{ companies(first: 10) { nodes { lineItems { label } } } }'));
    expect(large).toBeGreaterThan(small * 9);
    const viaFragment = estimate(parse('{ companies(first: 10) { nodes { ...F } } } fragment F on Company { lineItems { label } }'));
    expect(viaFragment).toBe(large);
  });
});
