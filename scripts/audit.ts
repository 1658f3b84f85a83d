/**
 * `npm run audit:http`: runs the GraphQL-over-HTTP specification's server audit (graphql-http's
 * auditServer) against the started server, prints every result, and with `--write`
 * rewrites the README's table of SHOULD results (test/server/audit.test.ts keeps it current).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { auditServer, type AuditResult } from 'graphql-http';
import { loadGraph } from '../src/domain/load-graph.js';
import { startServer } from '../src/server/start-server.js';

export const README = fileURLToPath(new URL('../README.md', import.meta.url));
const START = '<!-- audit:should -->';
const END = '<!-- /audit:should -->';

/** Runs the audit against a production-mode server on a free local port. */
export async function runAudit(graph = loadGraph()): Promise<AuditResult[]> {
  const server = await startServer(graph, 0, '127.0.0.1', { production: true });
  try {
    return await auditServer({ url: server.url });
  } finally {
    await server.stop();
  }
}

export const isMust = (r: AuditResult) => r.name.startsWith('MUST ');
export const isShould = (r: AuditResult) => r.name.startsWith('SHOULD ');

/** The README table of SHOULD results, sorted by audit id. */
export function shouldTable(results: AuditResult[]): string {
  const rows = results
    .filter(isShould)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => `| ${r.id} | ${r.name.replace(/\|/g, '\\|')} | ${r.status === 'ok' ? 'pass' : `not met: ${r.reason.replace(/\|/g, '\\|')}`} |`);
  return ['| id | requirement | result |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The table currently in the README, or null without the markers. */
export function readmeShouldTable(readme: string): string | null {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return null;
  return readme.slice(start + START.length, end).trim();
}

async function main() {
  const results = await runAudit();
  for (const r of results) console.log(`${r.status.padEnd(6)} ${r.id} ${r.name}${r.status === 'ok' ? '' : ` — ${r.reason}`}`);
  const count = (f: (r: AuditResult) => boolean) => `${results.filter((r) => f(r) && r.status === 'ok').length}/${results.filter(f).length}`;
  console.log(`MUST ${count(isMust)} pass; SHOULD ${count(isShould)} pass`);
  if (process.argv.includes('--write')) {
    const readme = readFileSync(README, 'utf8');
    if (readmeShouldTable(readme) === null) throw new Error(`README.md has no ${START} … ${END} markers`);
    writeFileSync(README, readme.replace(new RegExp(`${START}[\\s\\S]*?${END}`), `${START}\n${shouldTable(results)}\n${END}`));
    console.log('README.md table updated');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
