import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/domain/load-graph.js';
import { findFilings } from '../../src/xbrl/index.js';
import { editFile, fixture } from './helpers.js';

/** A root holding the good fixture filing and a broken copy of it: the copy is set aside, the good one loads. */
function goodAndBroken(): { root: string; bad: string } {
  const root = mkdtempSync(join(tmpdir(), 'xbrl-broken-'));
  cpSync(fixture('basic'), join(root, 'good'), { recursive: true });
  cpSync(fixture('basic'), join(root, 'bad'), { recursive: true });
  return { root, bad: join(root, 'bad') };
}

/** A filing that cannot be read is set aside with its folder, file and reason; it never silently vanishes, and never stops the others. */
describe('broken filings are set aside, never skipped', () => {
  it.each([
    ['an empty instance', ''],
    ['an instance starting with junk', 'garbage <xbrl>'],
  ])('sets aside %s, naming the folder', (_what, text) => {
    const { root, bad } = goodAndBroken();
    writeFileSync(join(bad, 'acme-20240331.xml'), text);
    expect(findFilings(root)).toEqual([bad, join(root, 'good')]);
    const graph = loadGraph(undefined, root);
    expect(graph.setAsideFilings).toHaveLength(1);
    expect(graph.setAsideFilings[0].folder).toBe(bad);
    expect(graph.setAsideFilings[0].reason).toMatch(/no XBRL instance document/);
    expect(graph.companyByTicker('ACME')!.disclosures.map((d) => d.source.path)).toEqual([join('good', 'acme-20240331.xml')]);
  });

  it.each([
    ['a month that does not exist', '<xbrli:endDate>2024-03-31</xbrli:endDate>', '<xbrli:endDate>2024-13-45</xbrli:endDate>', /2024-13-45" is not a day of the calendar/],
    ['a day that does not exist', '<xbrli:endDate>2024-03-31</xbrli:endDate>', '<xbrli:endDate>2023-02-29</xbrli:endDate>', /2023-02-29" is not a day of the calendar/],
    ['a period that ends before it starts', '<xbrli:startDate>2023-04-01</xbrli:startDate>', '<xbrli:startDate>2025-04-01</xbrli:startDate>', /ends \(2024-03-31\) before it starts \(2025-04-01\)/],
  ])('sets aside %s, naming the file, the line and the context', (_what, from, to, reason) => {
    const { root, bad } = goodAndBroken();
    editFile(bad, 'acme-20240331.xml', (t) => t.replace(from, to));
    const graph = loadGraph(undefined, root);
    const [record] = graph.setAsideFilings;
    expect(record.file).toBe(join(bad, 'acme-20240331.xml'));
    expect(record.line).toBeGreaterThan(1);
    expect(record.reason).toMatch(/context\[@id="[^"]+"\]/);
    expect(record.reason).toMatch(reason);
    expect(graph.companyByTicker('ACME')!.disclosures).toHaveLength(1);
  });
});
