import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFilings, readFiling, XbrlError } from '../../../src/xbrl/index.js';
import { isInlineDocument, readInlineDocuments } from '../../../src/xbrl/inline/index.js';
import { Prefixes } from '../../../src/xbrl/names.js';
import { xbrlErrorOf } from '../helpers.js';
import { folderWith, header, inlineDocument } from './helpers.js';

const read = (body: string, opts: { header?: string | null } = {}) => {
  const dir = folderWith({ 'acme-20250331.htm': inlineDocument(body, opts) });
  return readInlineDocuments([join(dir, 'acme-20250331.htm')], new Prefixes());
};
const value = (body: string) => {
  const facts = read(body).facts;
  expect(facts).toHaveLength(1);
  return facts[0].value;
};
const money = (attrs: string, shown: string) => value(`<p>$<ix:nonFraction name="us-gaap:Revenues" contextRef="c-1" unitRef="usd" decimals="-6" id="f-1" ${attrs}>${shown}</ix:nonFraction></p>`);

describe('ix:nonFraction: scale, sign, format and nil, exactly', () => {
  it('applies the scale by moving the decimal point, never through a float', () => {
    expect(money('scale="6" format="ixt:num-dot-decimal"', '95,359')).toBe('95359000000');
    expect(money('scale="9"', '13.6')).toBe('13600000000');
    expect(money('scale="3" format="ixt:num-dot-decimal"', '9,007,199,254,740,993')).toBe('9007199254740993000'); // past 2^53
    expect(money('scale="-2"', '66')).toBe('0.66');
    expect(money('scale="-2"', '10')).toBe('0.10');
    expect(money('scale="0"', '0.1')).toBe('0.1');
    expect(money('', '1.50')).toBe('1.50');
  });

  it('negates under sign="-" (the page prints no minus sign: parentheses are outside the tag)', () => {
    expect(money('scale="6" sign="-" format="ixt:num-dot-decimal"', '1,234')).toBe('-1234000000');
    expect(money('sign="-"', '0.25')).toBe('-0.25');
  });

  it('reads dashes as zero with fixed-zero and zerodash, and number words with numwordsen', () => {
    expect(money('scale="6" format="ixt:fixed-zero"', '—')).toBe('0');
    expect(money('scale="6" format="ixt3:zerodash"', '-')).toBe('0');
    expect(value('<ix:nonFraction name="us-gaap:NumberOfSegments" contextRef="c-1" unitRef="shares" decimals="INF" format="ixt-sec:numwordsen" scale="0">two</ix:nonFraction>')).toBe('2');
  });

  it('reads xsi:nil as a null value', () => {
    expect(money('xsi:nil="true"', '')).toBeNull();
  });

  it('refuses what it cannot read exactly, naming the element', () => {
    const bad = (attrs: string, shown: string) => xbrlErrorOf(() => money(attrs, shown));
    expect(bad('', '1,234').reason).toMatch(/"1,234" is not a number and no format says how to read it/);
    expect(bad('format="ixt:num-dot-decimal"', '1.234,5').reason).toMatch(/num-dot-decimal/);
    expect(bad('format="ixt:num-fancy"', '1').reason).toMatch(/format "ixt:num-fancy" is no transformation/);
    expect(bad('sign="+"', '1').reason).toMatch(/sign "\+"/);
    expect(bad('scale="x"', '1').element).toMatch(/ix:nonFraction\[@id="f-1"\] \(line \d+\)/);
    expect(xbrlErrorOf(() => value('<ix:nonFraction name="us-gaap:Revenues" contextRef="c-9" unitRef="usd" decimals="0">1</ix:nonFraction>')).reason).toMatch(/contextRef "c-9" names no context/);
  });
});

describe('ix:nonNumeric: continuations, exclusions, escaping, formats', () => {
  it('joins a continuedAt chain in order, across the page, and leaves ix:exclude out', () => {
    const facts = read(`
      <p><ix:nonNumeric name="us-gaap:DebtDisclosureTextBlock" contextRef="c-1" id="f-1" continuedAt="k-1">Debt is</ix:nonNumeric> not a fact.</p>
      <ix:continuation id="k-2"> three.<ix:exclude> (page 7)</ix:exclude></ix:continuation>
      <p>between</p>
      <ix:continuation id="k-1" continuedAt="k-2"> one, two,</ix:continuation>`).facts;
    expect(facts.map((f) => f.value)).toEqual(['Debt is one, two, three.']);
  });

  it('keeps the markup when escape="true" (nested ix tags removed, their text kept; void elements self-closed)', () => {
    const facts = read(`<ix:nonNumeric name="us-gaap:FiscalPeriod" contextRef="c-1" escape="true"><div class="a&amp;b"><td/>Sales of <ix:nonFraction name="us-gaap:Revenues" contextRef="c-1" unitRef="usd" decimals="0">5</ix:nonFraction> &lt;units&gt;<br/></div></ix:nonNumeric>`).facts;
    expect(facts.map((f) => f.value)).toEqual(['<div class="a&amp;b"><td></td>Sales of 5 &lt;units&gt;<br/></div>', '5']);
  });

  it('applies formats to dates, booleans and durations', () => {
    const facts = read(`
      <ix:nonNumeric name="dei:DocumentPeriodEndDate" contextRef="c-1" format="ixt:date-monthname-day-year-en">March&#160;31, 2025</ix:nonNumeric>
      <ix:nonNumeric name="dei:EntityShellCompany" contextRef="c-1" format="ixt:fixed-false">&#9744;</ix:nonNumeric>
      <ix:nonNumeric name="dei:EntityAddressStateOrProvince" contextRef="c-1" format="ixt-sec:stateprovnameen">California</ix:nonNumeric>
      <ix:nonNumeric name="us-gaap:LesseeOperatingLeaseTermOfContract" contextRef="c-1" format="ixt-sec:duryear">2.7</ix:nonNumeric>`).facts;
    expect(facts.map((f) => f.value)).toEqual(['2025-03-31', 'false', 'CA', 'P2Y8M12D']);
  });

  it('refuses a continuation reached twice or never, and a continuedAt to nothing', () => {
    const fact = (id: string, at: string) => `<ix:nonNumeric name="us-gaap:DebtDisclosureTextBlock" contextRef="c-1" id="${id}" continuedAt="${at}">x</ix:nonNumeric>`;
    expect(xbrlErrorOf(() => read(`${fact('f-1', 'k-1')}${fact('f-2', 'k-1')}<ix:continuation id="k-1">y</ix:continuation>`)).reason).toMatch(/reached twice/);
    expect(xbrlErrorOf(() => read(`${fact('f-1', 'k-1')}<ix:continuation id="k-1" continuedAt="k-1">y</ix:continuation>`)).reason).toMatch(/reached twice/);
    expect(xbrlErrorOf(() => read(fact('f-1', 'k-9'))).reason).toMatch(/continuedAt "k-9" names no ix:continuation/);
    expect(xbrlErrorOf(() => read('<ix:continuation id="k-1">orphan</ix:continuation>')).reason).toMatch(/no fact or footnote continues/);
  });
});

describe('ix:header, ix:hidden, footnotes and document sets', () => {
  it('reads hidden facts like displayed ones, and says where each fact is', () => {
    const content = read('<p><ix:nonFraction name="us-gaap:Revenues" contextRef="c-1" unitRef="usd" decimals="0" id="f-2">7</ix:nonFraction></p>', {
      header: header('', '<ix:nonNumeric name="dei:AmendmentFlag" contextRef="c-1" id="f-1">false</ix:nonNumeric>'),
    });
    expect(content.facts.map((f) => [f.concept, f.value, f.document, f.elementId])).toEqual([
      ['dei:AmendmentFlag', 'false', 'acme-20250331.htm', 'f-1'],
      ['us-gaap:Revenues', '7', 'acme-20250331.htm', 'f-2'],
    ]);
    expect(content.locations.map((l) => l.hidden)).toEqual([true, false]);
    expect(content.notes).toContain('1 fact(s) in ix:hidden (tagged but not displayed)');
    expect(content.schemaRefs.map((r) => r.href)).toEqual(['acme-20250331.xsd']);
  });

  it('attaches ix:footnote to facts through ix:relationship, continuations included', () => {
    const content = read(`
      <ix:nonFraction name="us-gaap:Revenues" contextRef="c-1" unitRef="usd" decimals="0" id="f-1">7</ix:nonFraction>
      <ix:nonFraction name="us-gaap:Revenues" contextRef="c-2" unitRef="usd" decimals="0" id="f-2">8</ix:nonFraction>
      <p>(1) <ix:footnote id="fn-1" xml:lang="en-US" continuedAt="fn-1c">Includes <b>one-time</b> items</ix:footnote></p>
      <ix:continuation id="fn-1c"> of $2.</ix:continuation>`,
      { header: header('<ix:relationship arcrole="http://www.xbrl.org/2003/arcrole/fact-footnote" fromRefs="f-1 f-2" toRefs="fn-1"/>') });
    expect(content.footnotes).toMatchObject([{ id: 'fn-1', lang: 'en-US', text: 'Includes one-time items of $2.', html: 'Includes <b>one-time</b> items of $2.', facts: [0, 1] }]);
    expect(xbrlErrorOf(() => read('<ix:footnote id="fn-1">x</ix:footnote>', { header: header('<ix:relationship fromRefs="f-9" toRefs="fn-1"/>') })).reason).toMatch(/fromRefs "f-9" names no fact/);
  });

  it('reads several documents as one set: resources of one serve facts of another', () => {
    const dir = folderWith({
      'acme-20250331.htm': inlineDocument('<ix:nonFraction name="us-gaap:Revenues" contextRef="c-1" unitRef="usd" decimals="0" id="a-1">1</ix:nonFraction>'),
      'acme-ex99.htm': inlineDocument('<ix:nonFraction name="us-gaap:Assets" contextRef="c-2" unitRef="usd" decimals="0" id="b-1" scale="3">2</ix:nonFraction><ix:continuation id="k-1">, continued</ix:continuation>', { header: null }),
      'acme-ex98.htm': inlineDocument('<ix:nonNumeric name="us-gaap:FiscalPeriod" contextRef="c-1" id="c-1f" continuedAt="k-1">Started</ix:nonNumeric>', { header: null }),
    });
    const content = readInlineDocuments(['acme-20250331.htm', 'acme-ex98.htm', 'acme-ex99.htm'].map((n) => join(dir, n)), new Prefixes());
    expect(content.facts.map((f) => [f.document, f.elementId, f.value])).toEqual([
      ['acme-20250331.htm', 'a-1', '1'],
      ['acme-ex98.htm', 'c-1f', 'Started, continued'],
      ['acme-ex99.htm', 'b-1', '2000'],
    ]);
  });

  it("knows XHTML's named entities (&nbsp;, &mdash;) in a document with an XHTML doctype, and only there", () => {
    const doctype = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';
    const body = '<p>&nbsp;Total&mdash;<ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c-1">Acme&nbsp;Corp</ix:nonNumeric></p>';
    const withDoctype = inlineDocument(body).replace('<html', `${doctype}<html`);
    const dir = folderWith({ 'a.htm': withDoctype, 'b.htm': inlineDocument(body) });
    expect(isInlineDocument(join(dir, 'a.htm'))).toBe(true);
    expect(readInlineDocuments([join(dir, 'a.htm')], new Prefixes()).facts.map((f) => f.value)).toEqual(['Acme\u00A0Corp']);
    expect(xbrlErrorOf(() => readInlineDocuments([join(dir, 'b.htm')], new Prefixes())).reason).toMatch(/undefined entity/);
  });

  it('refuses malformed XHTML with the line', () => {
    const dir = folderWith({ 'a.htm': inlineDocument('<p><ix:nonFraction name="us-gaap:Revenues">1</p>') });
    const e = xbrlErrorOf(() => readInlineDocuments([join(dir, 'a.htm')], new Prefixes()));
    expect(e).toBeInstanceOf(XbrlError);
    expect(e.reason).toMatch(/malformed XHTML/);
    expect(e.element).toMatch(/^line \d+, column \d+$/);
  });
});

describe('a filing folder holding Inline XBRL', () => {
  const schema = `<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://acme.example/20250331"/>`;
  const cover = `<ix:nonNumeric name="dei:DocumentType" contextRef="c-1" id="f-1">10-Q</ix:nonNumeric>
    <ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="c-1" id="f-2">0000012345</ix:nonNumeric>
    <ix:nonNumeric name="dei:DocumentPeriodEndDate" contextRef="c-1" id="f-3" format="ixt:date-monthname-day-year-en">March 31, 2025</ix:nonNumeric>
    <ix:nonFraction name="us-gaap:Revenues" contextRef="c-1" unitRef="usd" decimals="-3" scale="3" id="f-4" format="ixt:num-dot-decimal">1,250</ix:nonFraction>`;
  const exhibit = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Certification</p></body></html>`;

  it('loads from the .htm alone (with its schema), found by content: exhibits and renderings are not Inline XBRL', () => {
    const dir = folderWith({ 'acme-20250331.htm': inlineDocument(cover), 'acme-20250331.xsd': schema, 'ex31.htm': exhibit, 'R1.htm': '<html><body><br></body></html>' });
    expect(isInlineDocument(join(dir, 'ex31.htm'))).toBe(false);
    expect(isInlineDocument(join(dir, 'R1.htm'))).toBe(false);
    expect(findFilings(dir)).toEqual([dir]);
    const filing = readFiling(dir);
    expect(filing.instancePath).toBe(join(dir, 'acme-20250331.htm'));
    expect(filing.cover).toMatchObject({ documentType: '10-Q', cik: '0000012345', periodEndDate: '2025-03-31' });
    expect(filing.facts.find((f) => f.concept === 'us-gaap:Revenues')).toMatchObject({ value: '1250000', decimals: -3, document: 'acme-20250331.htm', elementId: 'f-4' });
  });

  it('reads the .htm, not an extracted instance beside it', () => {
    const extracted = `<?xml version="1.0"?><xbrl xmlns="http://www.xbrl.org/2003/instance"/>`;
    const dir = folderWith({ 'acme-20250331.htm': inlineDocument(cover), 'acme-20250331.xsd': schema, 'acme-20250331_htm.xml': extracted });
    expect(readFiling(dir).instancePath).toBe(join(dir, 'acme-20250331.htm'));
  });

  it('finds a folder whose only document is the .htm (no schema, no metadata) and says what is missing', () => {
    const dir = folderWith({ 'acme-20250331.htm': inlineDocument(cover) });
    expect(findFilings(dir)).toEqual([dir]);
    const e = xbrlErrorOf(() => readFiling(dir));
    expect(e.file).toBe(join(dir, 'acme-20250331.htm'));
    expect(e.message).toMatch(/schemaRef.*acme-20250331\.xsd/);
  });
});
