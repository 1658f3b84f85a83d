import { readFileSync } from 'node:fs';
import type { AuditResult } from 'graphql-http';
import { beforeAll, describe, expect, it } from 'vitest';
import { isMust, isShould, README, readmeShouldTable, runAudit, shouldTable } from '../../scripts/audit.js';
import { embeddedGraph } from '../helpers.js';

let results: AuditResult[];
beforeAll(async () => {
  results = await runAudit(embeddedGraph());
});

describe('GraphQL over HTTP: the specification\'s server audit (graphql-http auditServer)', () => {
  it('passes every MUST', () => {
    const musts = results.filter(isMust);
    expect(musts.length).toBeGreaterThan(10);
    expect(musts.filter((r) => r.status !== 'ok').map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
  });

  it('reports the SHOULD results in the README exactly as the audit gives them (`npm run audit:http -- --write` updates the table)', () => {
    expect(results.filter(isShould).length).toBeGreaterThan(0);
    expect(readmeShouldTable(readFileSync(README, 'utf8'))).toBe(shouldTable(results));
  });
});
