import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFiling } from '../../src/xbrl/index.js';
import { copyOfFixture, editFile, fixture, xbrlErrorOf } from './helpers.js';

/** Every error names the file, the element and the reason. */
describe('a malformed or incomplete filing throws an XbrlError naming file, element and reason', () => {
  it('a linkbaseRef to a file that is not there', () => {
    const e = xbrlErrorOf(() => readFiling(fixture('broken-linkbase-ref')));
    expect(e.file).toBe(join(fixture('broken-linkbase-ref'), 'broken-20240331.xsd'));
    expect(e.element).toMatch(/^xs:schema\/xs:annotation\/xs:appinfo\/link:linkbaseRef \(line 6\)$/);
    expect(e.reason).toMatch(/linkbaseRef "broken-20240331_cal.xml" names .*broken-20240331_cal\.xml, which is not there/);
    expect(e.message).toContain(e.file);
    expect(e.message).toContain(e.element!);
  });

  it('malformed XML, with its line', () => {
    const e = xbrlErrorOf(() => readFiling(fixture('malformed-xml')));
    expect(e.file).toBe(join(fixture('malformed-xml'), 'malformed-20240331.xml'));
    expect(e.element).toMatch(/^line 8, column \d+$/);
    expect(e.reason).toMatch(/^malformed XML: unexpected close tag/);
  });

  it('a fact whose unitRef names no unit', () => {
    const e = xbrlErrorOf(() => readFiling(fixture('unknown-unit')));
    expect(e.file).toBe(join(fixture('unknown-unit'), 'unknown-20240331.xml'));
    expect(e.element).toBe('us-gaap:Revenues[@id="f-9"] (line 11)');
    expect(e.reason).toBe('unitRef "U9" names no unit in the instance');
  });

  it('a fact whose contextRef names no context', () => {
    const e = xbrlErrorOf(() => readFiling(fixture('unknown-context')));
    expect(e.element).toBe('dei:EntityRegistrantName[@id="f-2"] (line 10)');
    expect(e.reason).toBe('contextRef "c-404" names no context in the instance');
  });

  it('a context without a period', () => {
    const dir = copyOfFixture('basic');
    editFile(dir, 'acme-20240331.xml', (t) => t.replace('<xbrli:period><xbrli:forever/></xbrli:period>', ''));
    const e = xbrlErrorOf(() => readFiling(dir));
    expect(e.element).toMatch(/^xbrl\/context\[@id="Forever"\] \(line \d+\)$/);
    expect(e.reason).toBe('context without a period');
  });

  it('a period with neither instant nor start and end', () => {
    const dir = copyOfFixture('basic');
    editFile(dir, 'acme-20240331.xml', (t) => t.replace('<xbrli:period><xbrli:forever/></xbrli:period>', '<xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate></xbrli:period>'));
    const e = xbrlErrorOf(() => readFiling(dir));
    expect(e.element).toMatch(/^xbrl\/context\[@id="Forever"\]\/period \(line \d+\)$/);
  });

  it('an instance without a schemaRef', () => {
    const dir = copyOfFixture('basic');
    editFile(dir, 'acme-20240331.xml', (t) => t.replace(/<link:schemaRef[^>]*\/>/, ''));
    const e = xbrlErrorOf(() => readFiling(dir));
    expect(e.file).toBe(join(dir, 'acme-20240331.xml'));
    expect(e.element).toBe('xbrl/link:schemaRef');
    expect(e.reason).toMatch(/no schemaRef/);
  });

  it('a schemaRef to a file that is not there', () => {
    const dir = copyOfFixture('basic');
    rmSync(join(dir, 'acme-20240331.xsd'));
    const e = xbrlErrorOf(() => readFiling(dir));
    expect(e.file).toBe(join(dir, 'acme-20240331.xml'));
    expect(e.element).toMatch(/^xbrl\/link:schemaRef \(line \d+\)$/);
    expect(e.reason).toContain('schemaRef "acme-20240331.xsd" names');
  });

  it('a linkbase removed from a filing that references it', () => {
    const dir = copyOfFixture('basic');
    rmSync(join(dir, 'acme-20240331_pre.xml'));
    const e = xbrlErrorOf(() => readFiling(dir));
    expect(e.file).toBe(join(dir, 'acme-20240331.xsd'));
    expect(e.reason).toContain('linkbaseRef "acme-20240331_pre.xml"');
  });

  it('a locator that points at an element the company schema does not declare', () => {
    const dir = copyOfFixture('basic');
    editFile(dir, 'acme-20240331_lab.xml', (t) => t.replace('acme-20240331.xsd#acme_WidgetsInInventory', 'acme-20240331.xsd#acme_Gadgets'));
    const e = xbrlErrorOf(() => readFiling(dir));
    expect(e.file).toBe(join(dir, 'acme-20240331_lab.xml'));
    expect(e.element).toMatch(/^link:loc\[@xlink:label="loc_acme_WidgetsInInventory"\] \(line \d+\)$/);
    expect(e.reason).toContain('declares no element with id "acme_Gadgets"');
  });

  it('an arc whose end names no locator', () => {
    const dir = copyOfFixture('basic');
    editFile(dir, 'acme-20240331_cal.xml', (t) => t.replace('xlink:to="us-gaap_CostOfRevenue"', 'xlink:to="us-gaap_CostOfRevnue"'));
    const e = xbrlErrorOf(() => readFiling(dir));
    expect(e.file).toBe(join(dir, 'acme-20240331_cal.xml'));
    expect(e.reason).toBe('xlink:to "us-gaap_CostOfRevnue" names no locator in its link');
  });

  it('a calculation arc without a numeric weight', () => {
    const dir = copyOfFixture('basic');
    editFile(dir, 'acme-20240331_cal.xml', (t) => t.replace('weight="-1.0"', 'weight="minus one"'));
    const e = xbrlErrorOf(() => readFiling(dir));
    expect(e.element).toMatch(/^link:calculationLink\[@xlink:role="http:\/\/acme\.example\/role\/Operations"\]\/link:calculationArc \(line \d+\)$/);
    expect(e.reason).toBe('weight "minus one" is missing or not a decimal number');
  });

  it('no dei:EntityCentralIndexKey, or no dei:DocumentType', () => {
    const noCik = copyOfFixture('basic');
    editFile(noCik, 'acme-20240331.xml', (t) => t.replace(/<dei:EntityCentralIndexKey[^\n]*\n/, ''));
    expect(xbrlErrorOf(() => readFiling(noCik)).element).toBe('dei:EntityCentralIndexKey');
    const noType = copyOfFixture('basic');
    editFile(noType, 'acme-20240331.xml', (t) => t.replace(/<dei:DocumentType[^\n]*\n/, ''));
    const e = xbrlErrorOf(() => readFiling(noType));
    expect(e.element).toBe('dei:DocumentType');
    expect(e.reason).toMatch(/no dei:DocumentType fact/);
  });

  it('a numeric fact whose value is not a number, and decimals that are not an integer', () => {
    const dir = copyOfFixture('basic');
    editFile(dir, 'acme-20240331.xml', (t) => t.replace('id="bs-1">3000<', 'id="bs-1">3,000<'));
    expect(xbrlErrorOf(() => readFiling(dir)).reason).toMatch(/numeric fact .* "3,000", not a number/);
    const dec = copyOfFixture('basic');
    editFile(dec, 'acme-20240331.xml', (t) => t.replace('decimals="-3" id="bs-1"', 'decimals="thousands" id="bs-1"'));
    // The element as written in the file (the instance binds us-gaap to the prefix gaap).
    expect(xbrlErrorOf(() => readFiling(dec)).element).toMatch(/^gaap:Assets\[@id="bs-1"\] \(line \d+\)$/);
  });

  it('a folder without an instance, and one with two', () => {
    const dir = copyOfFixture('basic');
    rmSync(join(dir, 'acme-20240331.xml'));
    expect(xbrlErrorOf(() => readFiling(dir)).reason).toMatch(/no XBRL instance document/);
    const two = copyOfFixture('legacy-2010');
    cpSync(join(two, 'old-20100630.xml'), join(two, 'old-20100630-copy.xml'));
    expect(xbrlErrorOf(() => readFiling(two)).reason).toMatch(/several XBRL instance documents in one folder \(old-20100630-copy\.xml, old-20100630\.xml\)/);
  });

  it('an unreadable metadata.json', () => {
    const dir = copyOfFixture('basic');
    editFile(dir, 'metadata.json', (t) => t.replace('"filing_date": "2024-05-20"', '"filing_date": "20 May 2024"'));
    const e = xbrlErrorOf(() => readFiling(dir));
    expect(e.file).toBe(join(dir, 'metadata.json'));
    expect(e.element).toBe('filing_date');
  });

  it('a metadata.json whose CIK contradicts the filing', () => {
    const dir = copyOfFixture('basic');
    editFile(dir, 'metadata.json', (t) => t.replace('"cik": 123456', '"cik": 654321'));
    const e = xbrlErrorOf(() => readFiling(dir));
    expect(e.file).toBe(join(dir, 'metadata.json'));
    expect(e.reason).toBe("0000654321 contradicts the filing's dei:EntityCentralIndexKey 0000123456");
  });
});
