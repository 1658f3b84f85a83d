import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculationChecks, findFilings, readFiling, type XbrlFact, type XbrlFiling } from '../../src/xbrl/index.js';
import { SHARED_XBRL, sharedExists } from './helpers.js';

if (!sharedExists) console.warn(`Skipped the real-filing tests: ${SHARED_XBRL} is absent (../shared is developer and CI data, not part of the repository).`);

const FOLDERS = ['aapl-10-k-2022', 'aapl-10-k-2023', 'aapl-10-q-2023-q3', 'nflx-10-k-2023', 'nflx-10-q-2024-q3', 'tsla-10-q-2024-q2'];

describe.skipIf(!sharedExists)('the six real filings in ../shared/xbrl', () => {
  const filings = new Map<string, XbrlFiling>();
  const filing = (name: string) => {
    let f = filings.get(name);
    if (!f) filings.set(name, (f = readFiling(join(SHARED_XBRL, name))));
    return f;
  };
  const duration = (f: XbrlFact, start: string, end: string) => f.context.period.kind === 'duration' && f.context.period.startDate === start && f.context.period.endDate === end;
  const instant = (f: XbrlFact, date: string) => f.context.period.kind === 'instant' && f.context.period.date === date;
  const undimensioned = (f: XbrlFact) => f.context.dimensions.length === 0;
  const values = (fs: XbrlFact[]) => [...new Set(fs.map((f) => f.value))];

  it('finds all six folders', () => {
    expect(findFilings(SHARED_XBRL).map((p) => p.slice(SHARED_XBRL.length + 1))).toEqual(FOLDERS);
  });

  it("Apple's fiscal 2023 net sales are 383,285 million", () => {
    const f = filing('aapl-10-k-2023').facts.filter((x) => x.concept === 'us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax' && duration(x, '2022-09-25', '2023-09-30') && undimensioned(x));
    expect(values(f)).toEqual(['383285000000']);
    expect(f[0]).toMatchObject({ decimals: -6, unit: { name: 'USD' } });
  });

  it("Apple's total assets at 2023-09-30 equal its total liabilities and shareholders' equity, and its calculation", () => {
    const apple = filing('aapl-10-k-2023');
    const at = (concept: string) => apple.facts.filter((x) => x.concept === concept && instant(x, '2023-09-30') && undimensioned(x));
    const assets = values(at('us-gaap:Assets'));
    expect(assets).toHaveLength(1);
    expect(values(at('us-gaap:LiabilitiesAndStockholdersEquity'))).toEqual(assets);
    const check = calculationChecks(apple).results.find((r) => r.parent === 'us-gaap:Assets' && r.parentFact.value === assets[0] && r.context.dimensions.length === 0);
    expect(check?.children.map((c) => c.fact.concept)).toEqual(['us-gaap:AssetsCurrent', 'us-gaap:AssetsNoncurrent']);
    expect(check?.consistent).toBe(true);
  });

  it("Netflix's third-quarter 2024 revenues, by region, add up to the total", () => {
    const q3 = filing('nflx-10-q-2024-q3').facts.filter((x) => x.concept === 'us-gaap:Revenues' && duration(x, '2024-07-01', '2024-09-30'));
    const total = values(q3.filter(undimensioned));
    expect(total).toEqual(['9824703000']);
    const regional = q3.filter((x) => x.context.dimensions.some((d) => d.axis === 'srt:StatementGeographicalAxis'));
    const ucan = regional.find((x) => x.context.dimensions.some((d) => d.kind === 'explicit' && d.member === 'nflx:UnitedStatesAndCanadaMember'))!;
    expect(ucan.value).toBe('4322476000');
    expect(ucan.context.dimensions).toEqual([
      { kind: 'explicit', axis: 'srt:ProductOrServiceAxis', member: 'nflx:StreamingMember' },
      { kind: 'explicit', axis: 'srt:StatementGeographicalAxis', member: 'nflx:UnitedStatesAndCanadaMember' },
    ]);
    // The four streaming regions (the facts on both axes) make up the quarter's revenues.
    const streaming = regional.filter((x) => x.context.dimensions.length === 2);
    expect(streaming).toHaveLength(4);
    expect(streaming.reduce((s, x) => s + BigInt(x.value!), 0n)).toBe(BigInt(total[0]!));
  });

  it('Tesla loads without metadata.json', () => {
    const tesla = filing('tsla-10-q-2024-q2');
    expect(tesla.metadata).toBeNull();
    expect(tesla.cover).toMatchObject({ cik: '0001318605', documentType: '10-Q', tradingSymbols: ['TSLA'], fiscalYearFocus: 2024, fiscalPeriodFocus: 'Q2', periodEndDate: '2024-06-30' });
  });

  it.each(FOLDERS)('%s: the cover agrees with metadata.json and the folder', (name) => {
    const f = filing(name);
    const [, form, year, quarter] = /^[a-z]+-(10-[kq])-(\d{4})(?:-(q\d))?$/.exec(name)!;
    expect(f.cover.documentType).toBe(form.toUpperCase());
    expect(f.cover.fiscalYearFocus).toBe(Number(year));
    expect(f.cover.fiscalPeriodFocus).toBe(quarter ? quarter.toUpperCase() : 'FY');
    expect(f.cover.cik).toMatch(/^\d{10}$/);
    if (f.metadata) {
      expect(f.cover.cik).toBe(f.metadata.cik);
      expect(f.cover.documentType).toBe(f.metadata.form);
      expect(f.cover.tradingSymbols).toContain(f.metadata.ticker);
      expect(f.metadata.accessionNumber).toMatch(/^\d{10}-\d{2}-\d{6}$/);
      expect(f.metadata.filingDate! > f.cover.periodEndDate).toBe(true);
    }
  });

  it.each(FOLDERS)('%s: counts of facts, contexts, units and roles match the files', (name) => {
    const f = filing(name);
    const dir = join(SHARED_XBRL, name);
    const files = readdirSync(dir);
    const instance = readFileSync(join(dir, files.find((n) => n.endsWith('_htm.xml'))!), 'utf8');
    const pre = readFileSync(join(dir, files.find((n) => n.endsWith('_pre.xml'))!), 'utf8');
    // Independent counts, straight from the text (these instances write one element per start tag).
    expect(f.facts.length).toBe(instance.match(/\scontextRef="/g)!.length);
    expect(f.contexts!.length).toBe(instance.match(/<context\s/g)!.length);
    expect(f.units!.length).toBe(instance.match(/<unit\s/g)!.length);
    // Roles with a presentation tree; Workiva also writes empty links (`<link:presentationLink … />`), which have no rows.
    expect(f.roles.length).toBe(new Set(pre.match(/<link:presentationLink\s[^>]*[^/]>/g)!.map((m) => /xlink:role="([^"]*)"/.exec(m)![1])).size);
    expect(f.roles.every((r) => r.rows.length > 0)).toBe(true);
    expect(f.facts.every((x) => f.concepts.has(x.concept))).toBe(true);
    console.log(`${name}: ${f.facts.length} facts, ${f.contexts!.length} contexts, ${f.units!.length} units, ${f.roles.length} roles, ${f.concepts.size} concepts, ${f.duplicates.length} duplicate groups`);
  });

  it.each(FOLDERS)('%s: every Statement, Disclosure and Document role is classified', (name) => {
    const f = filing(name);
    for (const r of f.roles) {
      if (/ - (Statement|Disclosure|Document) - /.test(r.definition)) expect(r.kind, r.definition).not.toBe('OTHER');
    }
    const kinds = f.roles.map((r) => r.kind);
    for (const k of ['BALANCE_SHEET', 'INCOME_STATEMENT', 'COMPREHENSIVE_INCOME', 'CASH_FLOW', 'EQUITY', 'COVER'] as const) expect(kinds, k).toContain(k);
    expect(kinds.filter((k) => k === 'BALANCE_SHEET')).toHaveLength(1);
  });

  it.each(FOLDERS)('%s: duplicates are all consistent', (name) => {
    const f = filing(name);
    expect(f.duplicates.length).toBeGreaterThan(0);
    expect(f.duplicates.filter((d) => !d.consistent)).toEqual([]);
  });

  it.each(FOLDERS)('%s: calculation results', (name) => {
    const f = filing(name);
    const { results, skipped } = calculationChecks(f);
    const failed = results.filter((r) => !r.consistent);
    console.log(`${name}: ${results.length} summations checked, ${results.length - failed.length} pass, ${failed.length} fail, ${skipped.length} skipped`);
    expect(results.length).toBeGreaterThan(80);
    expect(skipped).toEqual([]);
    if (name === 'nflx-10-q-2024-q3') {
      // Net income in the reclassifications out of AOCI: only the tax line is reported in
      // those contexts (the other children are reported under other concepts), so the sum
      // is incomplete there. A filing matter, not the reader's.
      expect(failed).toHaveLength(6);
      for (const r of failed) {
        expect(r.parent).toBe('us-gaap:NetIncomeLoss');
        expect(r.context.dimensions.map((d) => d.axis)).toContain('us-gaap:ReclassificationOutOfAccumulatedOtherComprehensiveIncomeAxis');
        expect(r.children.map((c) => c.fact.concept)).toEqual(['us-gaap:IncomeTaxExpenseBenefit']);
      }
    } else if (name === 'tsla-10-q-2024-q2') {
      // Tesla reports two balance-sheet lines (operating lease vehicles and solar energy
      // systems) only on the PropertyPlantAndEquipmentByTypeAxis, so the undimensioned sum
      // lacks them. Adding those dimensional facts closes the gap exactly.
      expect(failed).toHaveLength(8);
      expect(new Set(failed.map((r) => r.parent))).toEqual(new Set(['us-gaap:Assets']));
      for (const r of failed.filter((x) => x.context.dimensions.length === 0 && x.roleUri.endsWith('/ConsolidatedBalanceSheets'))) {
        const date = r.context.period.kind === 'instant' ? r.context.period.date : '';
        const missing = f.facts.filter(
          (x) =>
            (x.concept === 'us-gaap:DeferredCostsLeasingNetNoncurrent' || x.concept === 'tsla:LeasedAssetsNet') &&
            instant(x, date) &&
            x.context.dimensions.length === 1 &&
            x.context.dimensions[0].axis === 'us-gaap:PropertyPlantAndEquipmentByTypeAxis',
        );
        expect(missing).toHaveLength(2);
        expect(BigInt(r.expected) + missing.reduce((s, x) => s + BigInt(x.value!), 0n)).toBe(BigInt(r.actual));
      }
    } else {
      expect(failed).toEqual([]);
    }
  });
});
