import { describe, expect, it } from 'vitest';
import { D } from '../../src/domain/decimal.js';
import { execute } from '../helpers.js';

const DIVIDEND = `{ company(ticker: "QFIN") { securities { kind underlyingPerUnit } dividends {
  frequency periodPrinted period { startDate endDate } approvedBy policy excerpt disclosure { slug }
  entitlements { security { kind listings { ticker } } amount { amount currency } printedAmount recordDate recordTimeZone paymentDate paymentDateQualifier paymentDatePrinted }
  registrar { name role deadline { local timeZone utc printed } } } } }`;

describe('the semi-annual dividend for the first half of 2024', () => {
  it('answers "what is the dividend per ADS and when is it paid?" in one query', async () => {
    const result = await execute('{ company(ticker: "QFIN") { dividends { entitlements { security { kind } amount { amount currency } paymentDate paymentDateQualifier paymentDatePrinted } } } }');
    expect(result.errors).toBeUndefined();
    const ads = result.data!.company.dividends[0].entitlements.find((e: any) => e.security.kind === 'ADS');
    expect(ads).toEqual({ security: { kind: 'ADS' }, amount: { amount: '0.60', currency: 'USD' }, paymentDate: '2024-11-01', paymentDateQualifier: 'EXPECTED_AROUND', paymentDatePrinted: 'around November 1, 2024' });
  });

  it('pays per ADS the ADS ratio times the amount per share', async () => {
    const result = await execute(DIVIDEND);
    const { securities, dividends } = result.data!.company;
    const ratio = securities.find((s: any) => s.kind === 'ADS').underlyingPerUnit;
    const [dividend] = dividends;
    const per = (kind: string) => dividend.entitlements.find((e: any) => e.security.kind === kind).amount;
    expect(per('ADS').currency).toBe(per('ORDINARY_SHARE').currency);
    expect(new D(per('ORDINARY_SHARE').amount).times(ratio).eq(per('ADS').amount)).toBe(true);
  });

  it('has the record date, the payment dates as firm as printed, the registrar and its deadline', async () => {
    const [dividend] = (await execute(DIVIDEND)).data!.company.dividends;
    expect(dividend).toMatchObject({ frequency: 'SEMI_ANNUAL', periodPrinted: 'the first half of 2024', period: { startDate: '2024-01-01', endDate: '2024-06-30' }, disclosure: { slug: '2024-q2-results' } });
    expect(dividend.policy).toBe('in accordance with the Company’s dividend policy');
    const [share, ads] = dividend.entitlements;
    expect(share).toMatchObject({ security: { kind: 'ORDINARY_SHARE', listings: [{ ticker: '3660' }] }, amount: { amount: '0.30', currency: 'USD' }, recordDate: '2024-09-27', recordTimeZone: 'Asia/Hong_Kong', paymentDate: '2024-10-29', paymentDateQualifier: 'EXPECTED' });
    expect(ads).toMatchObject({ security: { listings: [{ ticker: 'QFIN' }] }, recordDate: '2024-09-27', recordTimeZone: 'America/New_York' });
    // Each printed phrase is in the excerpt, as the source words it.
    for (const e of dividend.entitlements) for (const p of [e.printedAmount, e.paymentDatePrinted]) expect(dividend.excerpt).toContain(p);
    expect(dividend.registrar).toMatchObject({ name: 'Computershare Hong Kong Investor Services Limited', role: 'Hong Kong branch share registrar' });
    // 4:30 p.m. Hong Kong Time (UTC+8, no daylight saving) is 08:30 UTC.
    expect(dividend.registrar.deadline).toMatchObject({ local: '2024-09-27T16:30', timeZone: 'Asia/Hong_Kong', utc: new Date('2024-09-27T16:30:00+08:00').toISOString().replace('.000', '') });
  });
});

const PROGRAM = `{ company(ticker: "QFIN") { shareRepurchasePrograms { approvalDate approvedBy securities { kind } authorizedAmount { amount currency } authorizedAmountQualifier
  startDate termMonths endDate excerpt utilization remainingAuthorization { amount currency }
  progress { asOf security { kind } quantity amount { amount currency } averagePrice { amount currency } inclusiveOfCommissions isApproximate
    printedQuantity printedAmount printedAveragePrice utilization remainingAuthorization { amount currency } excerpt disclosure { slug } } } } }`;

describe('the share repurchase program', () => {
  it('has its approval, authorization and a 12-month term from April 1, 2024', async () => {
    const [program] = (await execute(PROGRAM)).data!.company.shareRepurchasePrograms;
    expect(program).toMatchObject({ approvalDate: '2024-03-12', authorizedAmount: { amount: '350000000', currency: 'USD' }, authorizedAmountQualifier: 'UP_TO', startDate: '2024-04-01', termMonths: 12 });
    expect(program.securities.map((s: any) => s.kind).sort()).toEqual(['ADS', 'ORDINARY_SHARE']);
    // The 12-month period is the day before the same date a year later.
    const end = new Date(Date.UTC(2024, 3 + 12, 1) - 86_400_000).toISOString().slice(0, 10);
    expect(program.endDate).toBe(end);
    expect(program.excerpt).toContain('up to US$350 million during the 12-month period from April 1, 2024');
  });

  it('reports progress as of August 13, 2024, approximate as printed', async () => {
    const [program] = (await execute(PROGRAM)).data!.company.shareRepurchasePrograms;
    expect(program.progress).toEqual([
      expect.objectContaining({
        asOf: '2024-08-13',
        security: { kind: 'ADS' },
        quantity: '10700000',
        amount: { amount: '211000000', currency: 'USD' },
        averagePrice: { amount: '19.7', currency: 'USD' },
        inclusiveOfCommissions: true,
        isApproximate: true,
        printedQuantity: 'approximately 10.7 million',
        printedAmount: 'approximately US$211 million',
        printedAveragePrice: 'US$19.7',
        disclosure: { slug: '2024-q2-results' },
      }),
    ]);
  });

  it('derives utilization and remaining authorization from the amounts (answers "how much of the buyback is used?")', async () => {
    const [program] = (await execute(PROGRAM)).data!.company.shareRepurchasePrograms;
    const [progress] = program.progress;
    // Recomputed from the excerpts' own words, not from the API's amounts.
    const spent = /approximately US\$(\d+) million \(inclusive of commissions\)/.exec(progress.excerpt)![1];
    const authorized = /up to US\$(\d+) million/.exec(program.excerpt)![1];
    expect([spent, authorized]).toEqual(['211', '350']);
    const share = new D(spent).div(authorized);
    expect(share.toDecimalPlaces(4).toFixed(4)).toBe(program.utilization);
    expect(program.utilization).toBe(progress.utilization);
    expect(new D(program.utilization).minus(share).abs().lte('0.00005')).toBe(true);
    expect(program.remainingAuthorization).toEqual({ amount: new D(authorized).minus(spent).times(1e6).toFixed(), currency: 'USD' });
  });

  it('agrees with itself: the amount over the ADSs bought is the average price, within the printed rounding', async () => {
    const [{ progress: [p] }] = (await execute(PROGRAM)).data!.company.shareRepurchasePrograms;
    // "approximately 10.7 million" is 10.65-10.75 million; "US$211 million" 210.5-211.5; "US$19.7" 19.65-19.75.
    const lowest = new D(p.amount.amount).minus(500_000).div(new D(p.quantity).plus(50_000));
    const highest = new D(p.amount.amount).plus(500_000).div(new D(p.quantity).minus(50_000));
    expect(lowest.lte(new D(p.averagePrice.amount).plus('0.05'))).toBe(true);
    expect(highest.gte(new D(p.averagePrice.amount).minus('0.05'))).toBe(true);
    expect(new D(p.amount.amount).div(p.quantity).toDecimalPlaces(1).toFixed(1)).toBe('19.7');
  });
});
