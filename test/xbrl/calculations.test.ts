import { describe, expect, it } from 'vitest';
import { calculationChecks, checkCalculations, readFiling } from '../../src/xbrl/index.js';
import { roundToDecimals, XD } from '../../src/xbrl/decimal.js';
import { copyOfFixture, editFile, fixture } from './helpers.js';

const basic = readFiling(fixture('basic'));
const { results, skipped } = calculationChecks(basic);
const resultFor = (parent: string) => {
  const found = results.filter((r) => r.parent === parent);
  expect(found, parent).toHaveLength(1);
  return found[0];
};

describe('rounding', () => {
  it('rounds half to even, to negative decimals too, and leaves INF exact', () => {
    expect(roundToDecimals(new XD('2500'), -3).toFixed()).toBe('2000');
    expect(roundToDecimals(new XD('3500'), -3).toFixed()).toBe('4000');
    expect(roundToDecimals(new XD('-2500'), -3).toFixed()).toBe('-2000');
    expect(roundToDecimals(new XD('2500.01'), -3).toFixed()).toBe('3000');
    expect(roundToDecimals(new XD('1.125'), 2).toFixed()).toBe('1.12');
    expect(roundToDecimals(new XD('1.135'), 2).toFixed()).toBe('1.14');
    expect(roundToDecimals(new XD('123.456'), 'INF').toFixed()).toBe('123.456');
  });
});

describe('checkCalculations (Calculations 1.1, round-to-nearest)', () => {
  it('checks each summation in each context where the parent and a child are reported', () => {
    expect(checkCalculations(basic)).toEqual(results);
    expect(results.map((r) => r.parent).sort()).toEqual(['us-gaap:Assets', 'us-gaap:GrossProfit', 'us-gaap:Liabilities', 'us-gaap:OperatingExpenses']);
  });

  it('passes a summation that adds up only once rounded to the lowest decimals', () => {
    const assets = resultFor('us-gaap:Assets');
    // 1,550 + 1,200 = 2,750 is not 3,000; rounded to thousands, 2,000 + 1,000 is.
    expect(assets.children.map((c) => [c.fact.concept, c.fact.value, c.weight, c.rounded])).toEqual([
      ['us-gaap:AssetsCurrent', '1550', 1, '2000'],
      ['us-gaap:AssetsNoncurrent', '1200', 1, '1000'],
    ]);
    expect(assets).toMatchObject({ decimals: -3, expected: '3000', actual: '3000', consistent: true, roleUri: 'http://acme.example/role/BalanceSheet' });
    expect(assets.parentFact.elementId).toBe('bs-1');
    expect(assets.unit.name).toBe('USD');
    expect(assets.context.period).toEqual({ kind: 'instant', date: '2024-03-31' });
  });

  it('rounds ties to even (2,500 → 2,000), and matches contexts by content, not id', () => {
    const liabilities = resultFor('us-gaap:Liabilities');
    // LiabilitiesNoncurrent sits in another context with the same period: it still counts.
    expect(liabilities.children.map((c) => [c.fact.context.id, c.rounded])).toEqual([
      ['AsOf2024', '2000'],
      ['AsOf2024Again', '3000'],
    ]);
    expect(liabilities).toMatchObject({ expected: '5000', actual: '5000', consistent: true });
  });

  it('fails a summation that does not add up, with expected and actual', () => {
    const opex = resultFor('us-gaap:OperatingExpenses');
    expect(opex).toMatchObject({ decimals: 0, expected: '450', actual: '500', consistent: false });
  });

  it('applies weights (a subtracted child) and uses the most precise of consistent duplicates', () => {
    const gross = resultFor('us-gaap:GrossProfit');
    expect(gross.children.map((c) => [c.fact.concept, c.fact.elementId, c.weight])).toEqual([
      ['us-gaap:Revenues', 'is-1b', 1],
      ['us-gaap:CostOfRevenue', 'is-3', -1],
    ]);
    expect(gross).toMatchObject({ decimals: -3, expected: '4000000', actual: '4000000', consistent: true });
  });

  it('skips a summation whose parent has inconsistent duplicates, and says why', () => {
    expect(results.some((r) => r.parent === 'us-gaap:NetIncomeLoss')).toBe(false);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ parent: 'us-gaap:NetIncomeLoss', concept: 'us-gaap:NetIncomeLoss', roleUri: 'http://acme.example/role/Operations' });
    expect(skipped[0].reason).toMatch(/inconsistent duplicate facts/);
  });

  it('fails when the rounding no longer covers the difference', () => {
    const dir = copyOfFixture('basic');
    // At decimals 0 for the parent too, 1,550 + 1,200 must equal 3,000 exactly.
    editFile(dir, 'acme-20240331.xml', (t) => t.replace('decimals="-3" id="bs-1"', 'decimals="0" id="bs-1"'));
    const assets = checkCalculations(readFiling(dir)).find((r) => r.parent === 'us-gaap:Assets')!;
    expect(assets).toMatchObject({ decimals: 0, expected: '2750', actual: '3000', consistent: false });
  });

  it('leaves out nil facts and summations with no reported child', () => {
    const dir = copyOfFixture('basic');
    editFile(dir, 'acme-20240331.xml', (t) =>
      t
        .replace(/<gaap:ResearchAndDevelopmentExpense[^\n]*\n/, '')
        .replace(/<gaap:SellingGeneralAndAdministrativeExpense [^\n]*\n/, '<gaap:SellingGeneralAndAdministrativeExpense contextRef="FY2024" unitRef="U001" xsi:nil="true" id="is-7"/>\n'),
    );
    const filing = readFiling(dir);
    expect(filing.facts.find((f) => f.elementId === 'is-7')?.value).toBeNull();
    expect(checkCalculations(filing).some((r) => r.parent === 'us-gaap:OperatingExpenses')).toBe(false);
  });
});

describe('a float fact written INF, -INF or NaN (test/fixtures/xbrl/float-values)', () => {
  const floats = readFiling(fixture('float-values'));
  const checked = calculationChecks(floats);
  const byYear = (date: string) => (c: { context: { period: unknown } }) => JSON.stringify(c.context.period) === JSON.stringify({ kind: 'instant', date });

  it('reads the value as filed, and takes duplicates with the same text as consistent', () => {
    expect(floats.facts.filter((f) => f.concept !== 'dei:DocumentType' && !f.concept.startsWith('dei:')).map((f) => f.value)).toEqual(['4.0', 'INF', 'INF', '2.5', '4.0', '1.5', '2.5E0', 'NaN', '1.0', '2.0', '3.0', '3.0', '-INF']);
    expect(floats.duplicates.map((d) => [d.facts.map((f) => f.elementId), d.consistent])).toEqual([[['d-2', 'd-2b'], true]]);
  });

  it('skips each summation holding one, naming the fact and the reason, instead of throwing', () => {
    expect(checked.skipped.map((s) => [s.context.id, s.concept, s.reason])).toEqual([
      ['I2024', 'gauge:SensorDrift', expect.stringMatching(/gauge:SensorDrift is INF .*no decimal value to add/)],
      ['I2022', 'gauge:TotalDrift', expect.stringMatching(/gauge:TotalDrift is NaN /)],
      ['I2021', 'gauge:ClockDrift', expect.stringMatching(/gauge:ClockDrift is -INF /)],
    ]);
    expect(checked.skipped.every((s) => s.parent === 'gauge:TotalDrift' && s.roleUri === 'http://gauge.example/role/Drift')).toBe(true);
  });

  it('still checks the same summation in a context where every value is a number', () => {
    expect(checked.results).toHaveLength(1);
    expect(checked.results.filter(byYear('2023-03-31'))).toHaveLength(1);
    expect(checked.results[0]).toMatchObject({ expected: '4', actual: '4', decimals: 1, consistent: true });
    expect(checked.results[0].children.map((c) => c.rounded)).toEqual(['1.5', '2.5']);
    expect(checkCalculations(floats)).toEqual(checked.results);
  });

  it('still refuses a numeric value that is neither a decimal nor a float', () => {
    const dir = copyOfFixture('float-values');
    editFile(dir, 'gauge-20240331.xml', (t) => t.replace('id="d-12">-INF<', 'id="d-12">-Infinity<'));
    expect(() => readFiling(dir)).toThrow(/"-Infinity", not a number/);
  });
});
