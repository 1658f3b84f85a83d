import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInlineDocuments } from '../../../src/xbrl/inline/index.js';
import { readInstance } from '../../../src/xbrl/instance.js';
import { Prefixes } from '../../../src/xbrl/names.js';
import { parseXmlFile } from '../../../src/xbrl/xml.js';
import { findFilings, readFiling } from '../../../src/xbrl/index.js';
import type { XbrlFact } from '../../../src/xbrl/index.js';
import { APPLE_10Q, appleExists } from './helpers.js';

if (!appleExists) console.warn(`Skipping the Inline XBRL equality test: ${APPLE_10Q} is absent (it is in ../shared, for developers and CI).`);

/** Everything a fact says, context by content (period, entity, dimensions), unit by measures. */
const said = (f: XbrlFact) =>
  JSON.stringify([f.concept, f.context.id, f.context.entity, f.context.period, f.context.dimensions, f.unit?.name ?? null, f.unit?.id ?? null, f.decimals, f.value, f.elementId]);

describe.skipIf(!appleExists)("Apple's 10-Q for the quarter ended 2025-03-29: the Inline XBRL document against SEC's extracted instance", () => {
  const htm = readInlineDocuments([join(APPLE_10Q, 'aapl-20250329.htm')], new Prefixes());
  const xml = readInstance(parseXmlFile(join(APPLE_10Q, 'aapl-20250329_htm.xml')), 'aapl-20250329_htm.xml', new Prefixes());

  it('reads every fact of the extraction, value for value, with no fact missing or extra', () => {
    expect(htm.facts.length).toBeGreaterThan(700);
    const expected = xml.facts.map(said).sort();
    const actual = htm.facts.map(said).sort();
    expect(actual.filter((f) => !expected.includes(f))).toEqual([]);
    expect(expected.filter((f) => !actual.includes(f))).toEqual([]);
    expect(actual).toEqual(expected);
  });

  it('has the same contexts, units and schemaRef', () => {
    expect([...htm.contexts.values()]).toEqual([...xml.contexts.values()]);
    expect([...htm.units.values()]).toEqual([...xml.units.values()]);
    expect(htm.schemaRefs.map((r) => r.href)).toEqual(xml.schemaRefs.map((r) => r.href));
    expect([...htm.currencyUnits]).toEqual([...xml.currencyUnits]);
  });

  it('has the same footnotes: none in either (the extraction would say "footnote link(s) skipped")', () => {
    expect(htm.footnotes).toEqual([]);
    expect(xml.notes.filter((n) => /footnote/.test(n))).toEqual([]);
  });

  it('gives each fact its place in the pages: the document and the ix element id', () => {
    for (const f of htm.facts) {
      expect(f.document).toBe('aapl-20250329.htm');
      expect(f.elementId).toMatch(/^f-\d+$/);
    }
    // Net sales of the quarter: printed in millions (scale 6), read in dollars.
    const sales = htm.facts.filter((f) => f.concept === 'us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax' && f.context.dimensions.length === 0);
    expect(sales.map((f) => f.value)).toContain('95359000000');
    expect(htm.locations.filter((l) => l.hidden).length).toBe(9);
  });

  it('is what readFiling reads from the folder (the .htm, not the extraction) and findFilings finds it', () => {
    const filing = readFiling(APPLE_10Q);
    expect(filing.instancePath).toBe(join(APPLE_10Q, 'aapl-20250329.htm'));
    expect(filing.facts.map(said).sort()).toEqual(xml.facts.map(said).sort());
    expect(filing.cover).toMatchObject({ documentType: '10-Q', cik: '0000320193', periodEndDate: '2025-03-29', fiscalPeriodFocus: 'Q2' });
    expect(filing.roles.length).toBeGreaterThan(30);
    expect(findFilings(APPLE_10Q)).toEqual([APPLE_10Q]);
  });
});
