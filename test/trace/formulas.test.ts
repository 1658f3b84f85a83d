/**
 * Every reported value of every formula measure, recomputed here from the formula's input
 * facts as the API serves them: a second computation, independent of the FORMULA checks.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/domain/load-graph.js';
import { copyOfData, execute } from '../helpers.js';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { QIFU_DISCLOSURE } from '../helpers.js';

interface ApiFact { value: string; unit: string; decimals: number; origin: string; printed: string | null; period: { startDate: string | null; endDate: string } }
interface ApiDefinition {
  lineItem: { label: string; measure: string; facts: ApiFact[] };
  formula: null | {
    kind: 'SUM' | 'RATIO';
    expression: string;
    tolerance: string | null;
    inputs: { role: string; weight: string; lineItem: { label: string; facts: ApiFact[] } }[];
    evaluations: { status: string; subject: { value: string } }[];
  };
}

const FACT = 'value unit decimals origin printed period { startDate endDate }';
const QUERY = `{
  company(ticker: "QFIN") {
    disclosures(first: 1) {
      nodes {
        definitions {
          lineItem { label measure facts { ${FACT} } }
          formula { kind expression tolerance inputs { role weight lineItem { label facts { ${FACT} } } } evaluations { status subject { value } } }
        }
      }
    }
  }
}`;

const half = (decimals: number) => new Decimal(10).pow(-decimals).div(2);
const samePeriod = (a: ApiFact, b: ApiFact) => a.period.startDate === b.period.startDate && a.period.endDate === b.period.endDate;
/** The currency of a money unit ("CNY", "USD/shares", "USD/ADS"); null for "ADS", "shares", "pure", counts. */
const currencyOf = (unit: string) => /^(?!ADS)[A-Z]{3}(?=\/|$)/.exec(unit)?.[0] ?? null;

/** The most precise input fact for the reported fact's period, in its currency when the input is money. */
function inputFact(facts: ApiFact[], reported: ApiFact): ApiFact | undefined {
  const currency = currencyOf(reported.unit) ?? 'CNY';
  return facts
    .filter((f) => samePeriod(f, reported) && (currencyOf(f.unit) === null || currencyOf(f.unit) === currency))
    .sort((a, b) => b.decimals - a.decimals)[0];
}

describe('formula measures', async () => {
  const result = await execute(QUERY);
  const definitions: ApiDefinition[] = result.data!.company.disclosures.nodes[0].definitions;
  const withFormula = definitions.filter((d) => d.formula);

  it('has a structured formula for the margins, non-GAAP amounts, per-ADS amounts, the capital-light share, loans originated and total cash', () => {
    expect(result.errors).toBeUndefined();
    const labels = withFormula.map((d) => d.lineItem.label);
    for (const label of ['Non-GAAP operating margin', 'Non-GAAP net income margin', 'GAAP operating margin', 'GAAP net income margin', 'Non-GAAP net income', 'Non-GAAP Income from operations', 'Total cash and cash equivalent']) {
      expect(labels, label).toContain(label);
    }
    expect(labels.some((l) => l.startsWith('Share of loan volume under capital-light'))).toBe(true);
    expect(labels.some((l) => l.startsWith('Non-GAAP net income per ADS'))).toBe(true);
    expect(labels.some((l) => l.startsWith('Loans originated'))).toBe(true);
    const margin = withFormula.find((d) => d.lineItem.label === 'Non-GAAP operating margin')!.formula!;
    expect(margin.kind).toBe('RATIO');
    expect(margin.inputs.map((i) => [i.role, i.lineItem.label])).toEqual([
      ['NUMERATOR', 'Non-GAAP Income from operations'],
      ['DENOMINATOR', 'Total net revenue'],
    ]);
  });

  it('recomputes every reported value of every formula measure from its inputs, within the reported rounding', () => {
    let recomputed = 0;
    for (const d of withFormula) {
      const f = d.formula!;
      const reportedFacts = d.lineItem.facts.filter((x) => x.origin === 'PRINTED');
      let forThis = 0;
      for (const reported of reportedFacts) {
        const terms = f.inputs.map((i) => ({ ...i, fact: inputFact(i.lineItem.facts, reported) }));
        if (terms.some((t) => !t.fact)) continue; // the formula does not apply to this period (e.g. no input stated for it)
        const part = (roles: string[]) => {
          let value = new Decimal(0);
          let error = new Decimal(0);
          for (const t of terms.filter((x) => roles.includes(x.role))) {
            value = value.plus(new Decimal(t.weight).times(t.fact!.value));
            error = error.plus(new Decimal(t.weight).abs().times(half(t.fact!.decimals)));
          }
          return { value, error };
        };
        const top = part(['TERM', 'NUMERATOR']);
        let computed = top.value;
        let error = top.error;
        if (f.kind === 'RATIO') {
          const bottom = part(['DENOMINATOR']);
          computed = top.value.div(bottom.value);
          error = top.error.plus(computed.abs().times(bottom.error)).div(bottom.value.abs().minus(bottom.error));
        }
        const tolerance = f.tolerance ? new Decimal(f.tolerance) : half(reported.decimals).plus(error);
        expect(computed.minus(reported.value).abs().lte(tolerance), `${f.expression} for ${reported.period.endDate} (${reported.printed}): computed ${computed.toFixed(6)}`).toBe(true);
        recomputed++;
        forThis++;
      }
      expect(forThis, `${f.expression}: no reported value was recomputed`).toBeGreaterThan(0);
      // The API's own evaluations cover the same reported values, all passing.
      expect(f.evaluations.length, f.expression).toBe(forThis);
      for (const e of f.evaluations) expect(e.status, f.expression).toBe('PASS');
    }
    expect(recomputed).toBeGreaterThanOrEqual(70);
  });

  it('reproduces the release\'s own figures by hand', () => {
    // 61,905 ÷ 95,425 = 64.87% → "64.9%"; 2,021,895 ÷ 4,160,063 = 48.60% → "48.6%".
    expect(new Decimal(61905).div(95425).toDecimalPlaces(3).toFixed()).toBe('0.649');
    expect(new Decimal(2021895).div(4160063).toDecimalPlaces(3).toFixed()).toBe('0.486');
    const byLabel = (l: string) => definitions.find((d) => d.lineItem.label === l)!.lineItem.facts;
    // 3,587,251 + 15,524,936 = 19,112,187 loans.
    expect(byLabel('Loans originated by financial institutional partners through the platform').map((f) => f.value)).toContain(String(3587251 + 15524936));
    // Cash 6,337,134 + restricted cash 2,035,180 + security deposit 114,832 thousand = RMB8,487 million ≈ "RMB8.49 billion".
    const cash = byLabel('Total cash and cash equivalent');
    expect(cash.map((f) => [f.value, f.printed])).toEqual([['8490000000', 'RMB8.49 billion']]);
    expect(Math.abs(6337134 + 2035180 + 114832 - 8490000)).toBeLessThanOrEqual(5000);
  });
});

describe('a wrong formula fails its checks', () => {
  it('records FAIL checks, visible per disclosure, when a formula names the wrong denominator', () => {
    const dir = copyOfData();
    const file = join(dir, QIFU_DISCLOSURE, 'definitions.yaml');
    const text = readFileSync(file, 'utf8');
    const broken = text.replace(
      'ratio: { numerator: [non-gaap-reconciliation/non-gaap-income-from-operations], denominator: [income-statement/total-net-revenue] }',
      'ratio: { numerator: [non-gaap-reconciliation/non-gaap-income-from-operations], denominator: [income-statement/total-operating-costs-and-expenses] }',
    );
    expect(broken).not.toBe(text);
    writeFileSync(file, broken);
    const graph = loadGraph(dir);
    const failed = graph.companies[0].disclosures[0].checks.filter((c) => c.status === 'FAIL');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((c) => c.kind === 'FORMULA' && c.name.startsWith('Non-GAAP operating margin'))).toBe(true);
  });
});
