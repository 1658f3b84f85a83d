import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/domain/load-graph.js';
import { findFilings } from '../../src/xbrl/index.js';
import { copyOfFixture, editFile, xbrlErrorOf } from './helpers.js';

/** A filing that cannot be read stops loading with its file and the reason; it never silently vanishes. */
describe('broken filings are never skipped', () => {
  it.each([
    ['an empty instance', ''],
    ['an instance starting with junk', 'garbage <xbrl>'],
  ])('stops loading on %s, naming the folder', (_what, text) => {
    const dir = copyOfFixture('basic');
    writeFileSync(join(dir, 'acme-20240331.xml'), text);
    expect(findFilings(dir)).toEqual([dir]);
    const error = xbrlErrorOf(() => loadGraph(undefined, dir));
    expect(error.message).toContain(dir);
    expect(error.message).toMatch(/no XBRL instance document/);
  });

  it.each([
    ['a month that does not exist', '<xbrli:endDate>2024-03-31</xbrli:endDate>', '<xbrli:endDate>2024-13-45</xbrli:endDate>', /2024-13-45" is not a day of the calendar/],
    ['a day that does not exist', '<xbrli:endDate>2024-03-31</xbrli:endDate>', '<xbrli:endDate>2023-02-29</xbrli:endDate>', /2023-02-29" is not a day of the calendar/],
    ['a period that ends before it starts', '<xbrli:startDate>2023-04-01</xbrli:startDate>', '<xbrli:startDate>2025-04-01</xbrli:startDate>', /ends \(2024-03-31\) before it starts \(2025-04-01\)/],
  ])('stops loading on %s, naming the file and the context', (_what, from, to, reason) => {
    const dir = copyOfFixture('basic');
    editFile(dir, 'acme-20240331.xml', (t) => t.replace(from, to));
    const error = xbrlErrorOf(() => loadGraph(undefined, dir));
    expect(error.message).toContain('acme-20240331.xml');
    expect(error.message).toMatch(/context\[@id="[^"]+"\]/);
    expect(error.message).toMatch(reason);
  });
});
