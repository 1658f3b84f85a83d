import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { copyOfData, editDataFile, loadErrorOf, QIFU_DISCLOSURE } from '../helpers.js';

/**
 * Every reference in every data file is resolved at load: a typo stops loading with the
 * file, the path inside it and the reason, never a null served later. One case per file
 * kind that refers to something.
 */
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const D = QIFU_DISCLOSURE;
const once = (from: string, to: string) => (t: string) => t.replace(from, to);

const CASES: [kind: string, file: string, change: (t: string) => string, path: string, reason: RegExp][] = [
  ['outlook: guided line item', `${D}/outlook.yaml`, once('key: net-income', 'key: net-incme'), 'guidance[0].lineItem.key', /no line item "net-incme" in INCOME_STATEMENT/],
  ['quotes: mentioned line item', `${D}/quotes.yaml`, once('key: total-net-revenue', 'key: total-net-revenu'), 'quotes[1].mentions[0].lineItem.key', /no line item "total-net-revenu"/],
  ['quotes: speaker', `${D}/quotes.yaml`, once('speaker: alex-xu', 'speaker: alex-xy'), 'quotes[1].speaker', /no person "alex-xy"/],
  ['quotes: role', `${D}/quotes.yaml`, once('roles: [alex-xu-chief-financial-officer]', 'roles: [alex-xu-cfo]'), 'quotes[1].roles[0]', /no role "alex-xu-cfo"/],
  ['governance: person of a role', `${D}/governance.yaml`, once('person: alex-xu', 'person: alex-xy'), 'roles[2].person', /no person "alex-xy"/],
  ['capital return: security', `${D}/capital-return.yaml`, once('security: ads', 'security: adr'), 'dividends[0].entitlements[1].security', /no security "adr"/],
  ['footnotes: line item', `${D}/footnotes.yaml`, once('lineItems: [operating-metrics/cumulative-registered-users]', 'lineItems: [operating-metrics/cumulative-registered-user]'), 'footnotes[0].lineItems[0]', /no line item "operating-metrics\/cumulative-registered-user"/],
  ['definitions: line item', `${D}/definitions.yaml`, once('- lineItem: operating-metrics/cumulative-registered-users', '- lineItem: operating-metrics/cumulative-registered-user'), 'definitions[0].lineItem', /no line item/],
  ['definitions: footnote', `${D}/definitions.yaml`, once('footnote: 1\n', 'footnote: 99\n'), 'definitions[0].footnote', /no note 99/],
  ['narrative: line item', `${D}/narrative.yaml`, once('[operating-metrics/financial-institutional-partners,', '[operating-metrics/financial-partners,'), 'sections[0].statements[0].facts[0]', /no line item "operating-metrics\/financial-partners"/],
  ['narrative: period', `${D}/narrative.yaml`, once('[operating-metrics/financial-institutional-partners, Jun-30-2024,', '[operating-metrics/financial-institutional-partners, Jun-31-2024,'), 'sections[0].statements[0].facts[0]', /no period "Jun-31-2024"/],
  ['metrics: parent', `${D}/metrics.yaml`, once('parent: loans-originated,', 'parent: loans-origin,'), 'lineItems[', /no earlier metric "loans-origin"/],
  ['tables: sum term', `${D}/tables/balance-sheet.yaml`, once('sum: [total-current-assets, total-non-current-assets]', 'sum: [total-current-assets, total-noncurrent-assets]'), 'rows[0].rows[2].sum[1]', /no row "total-noncurrent-assets"/],
  ['tables: translated column', `${D}/tables/balance-sheet.yaml`, once('translates: cny-2024-06-30', 'translates: cny-2024-06-31'), 'columns[2].translates', /no column "cny-2024-06-31"/],
  ['company: listed security', 'companies/qifu-technology/company.yaml', once('security: ads', 'security: adr'), 'listings[0].security', /no security "adr"/],
];

describe('an unknown reference stops loading with the file, the path and the reason', () => {
  it.each(CASES)('%s', (_kind, file, change, path, reason) => {
    dir = copyOfData();
    editDataFile(dir, file, change);
    const error = loadErrorOf(dir);
    expect(error.file.endsWith(file.split('/').pop()!), `${error.message}`).toBe(true);
    expect(error.path.startsWith(path), error.message).toBe(true);
    expect(error.reason).toMatch(reason);
  });
});

/** Entities with an id: a second with the same id names both places. */
const DUPLICATES: [kind: string, file: string, change: (t: string) => string, first: string, second: string][] = [
  ['guidance', `${D}/outlook.yaml`, once('id: 2024-q3-non-gaap-net-income', 'id: 2024-q3-net-income'), 'guidance[0].id', 'guidance[1].id'],
  ['dividend', `${D}/capital-return.yaml`, (t) => t.replace(/dividends:\n  - id: 2024-h1\n([\s\S]*?)\nrepurchasePrograms:/, (_m, body) => `dividends:\n  - id: 2024-h1\n${body}\n  - id: 2024-h1\n${body}\nrepurchasePrograms:`), 'dividends[0].id', 'dividends[1].id'],
  ['event', `${D}/events.yaml`, once('id: 2024-q2-earnings-call', 'id: 2024-q2-earnings-release'), 'events[0].id', 'events[1].id'],
  ['quote', `${D}/quotes.yaml`, once('id: 2024-q2-cfo-commentary', 'id: 2024-q2-ceo-commentary'), 'quotes[0].id', 'quotes[1].id'],
  ['definition', `${D}/definitions.yaml`, once('- lineItem: operating-metrics/cumulative-users-with-approved-credit-lines', '- lineItem: operating-metrics/cumulative-registered-users'), 'definitions[0].lineItem', 'definitions[1].lineItem'],
];

describe('a duplicate id stops loading naming both files and paths', () => {
  it.each(DUPLICATES)('%s', (_kind, file, change, first, second) => {
    dir = copyOfData();
    editDataFile(dir, file, change);
    const error = loadErrorOf(dir);
    const name = file.split('/').pop()!;
    expect(error.file.endsWith(name), error.message).toBe(true);
    expect(error.path).toBe(second);
    expect(error.reason).toMatch(/^duplicate \w+ id ".+": already declared at /);
    expect(error.reason).toContain(`${name}: ${first}`);
  });
});
