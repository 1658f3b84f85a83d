import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { boardMembers, officers } from '../../src/domain/governance/board.js';
import { loadGraph } from '../../src/domain/load-graph.js';
import { copyOfData, editDataFile, loadErrorOf, QIFU_DISCLOSURE, QIFU_SOURCE_PATH, qifuSourceExists, skipWithoutSource } from '../helpers.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edit = (relative: string, change: (text: string) => string) => editDataFile(dir, relative, change);

const loadError = () => loadErrorOf(dir);

/**
 * A later disclosure: one more data folder with governance.yaml, and its own source text in a
 * sources folder beside the data (with the release's text, where present). Returns that folder.
 */
function addDisclosure(id: string, date: string, source: string, governance: string): string {
  const folder = join(dir, 'companies/qifu-technology/disclosures', id);
  mkdirSync(folder, { recursive: true });
  const sources = join(dir, 'sources');
  mkdirSync(sources);
  if (qifuSourceExists) copyFileSync(QIFU_SOURCE_PATH, join(sources, basename(QIFU_SOURCE_PATH)));
  writeFileSync(join(sources, `${id}.txt`), source);
  const sha256 = createHash('sha256').update(source).digest('hex');
  writeFileSync(
    join(folder, 'disclosure.yaml'),
    `id: ${id}\ntitle: A later announcement\nkind: ANNOUNCEMENT\ndate: ${date}\naudited: false\nperiodOfReport: ${date}\nfiscalYearFocus: 2025\nfiscalPeriodFocus: Q1\nreportingCurrency: CNY\nsource:\n  file: ${id}.txt\n  sha256: ${sha256}\n  description: Test text.\n`,
  );
  writeFileSync(join(folder, 'governance.yaml'), governance);
  return sources;
}

describe('people and roles persist across disclosures', () => {
  it('a later disclosure ends a role by id, without duplicating the person', () => {
    dir = copyOfData();
    const sources = addDisclosure(
      '2025-01-announcement',
      '2025-01-10',
      'Mr. Alex Xu will step down as Chief Financial Officer effective on January 10, 2025. Mr. Alex Xu, Chief Financial Officer, commented.\n',
      [
        'people:',
        '  - { id: alex-xu, name: Alex Xu }',
        'roles:',
        '  - id: alex-xu-chief-financial-officer',
        '    person: alex-xu',
        '    title: Chief Financial Officer',
        '    kind: OFFICER',
        '    end: 2025-01-10',
        '    excerpt: Mr. Alex Xu will step down as Chief Financial Officer effective on January 10, 2025.',
      ].join('\n'),
    );
    const graph = loadGraph(dir, undefined, sources);
    expect(graph.companies[0].disclosures.map((d) => d.source.isVerified)).toEqual([true, qifuSourceExists]);
    const company = graph.companies[0];
    const people = [...company.governance!.people.values()].filter((p) => p.name === 'Alex Xu');
    expect(people).toHaveLength(1);
    const [role] = people[0].roles;
    expect(role.end?.value).toBe('2025-01-10');
    expect(role.knownHeldSince).toBe('2024-08-13');
    expect(role.sources.map((s) => s.disclosure.slug)).toEqual(['2024-q2-results', '2025-01-announcement']);
    expect(officers(company, '2025-01-09').map((t) => t.person.name)).toContain('Alex Xu');
    expect(officers(company, '2025-01-10').map((t) => t.person.name)).not.toContain('Alex Xu');
    expect(boardMembers(company, '2025-01-10').map((m) => m.person.name).sort()).toEqual(['Fan Zhao', 'Haisheng Wu', 'Xiangge Liu']);
  });

  it('a later disclosure may not contradict a recorded role', () => {
    dir = copyOfData();
    const sources = addDisclosure(
      '2025-01-announcement',
      '2025-01-10',
      'Mr. Fan Zhao has served as our independent director since March 2023.\n',
      ['people:', '  - { id: fan-zhao, name: Fan Zhao }', 'roles:', '  - { id: fan-zhao-independent-director, person: fan-zhao, title: Independent Director, kind: DIRECTOR, independent: true, start: 2023-03, excerpt: "Mr. Fan Zhao has served as our independent director since March 2023." }'].join('\n'),
    );
    const error = loadErrorOf(dir, sources);
    expect(error.file).toContain('2025-01-announcement/governance.yaml');
    expect(error.path).toBe('roles[0].start');
    expect(error.reason).toMatch(/already has start 2023-01/);
  });
});

describe('a malformed governance or capital-return file stops loading with the file, the path and the reason', () => {
  const GOVERNANCE = `${QIFU_DISCLOSURE}/governance.yaml`;

  it.skipIf(skipWithoutSource('the check of governance excerpts against the source text'))('an excerpt that is not in the source text', () => {
    dir = copyOfData();
    edit(GOVERNANCE, (t) => t.replace('has served as our independent director since January 2023.', 'has served as our independent director since February 2023.'));
    const error = loadError();
    expect(error.path).toBe('roles[6].excerpt');
    expect(error.reason).toMatch(/does not occur in the source text/);
  });

  it('a board change whose effective date the role does not start on', () => {
    dir = copyOfData();
    edit(GOVERNANCE, (t) => t.replace('    start: 2024-08-13\n    excerpt: "The Board has approved the appointment of Mr. Fan Zhao', '    start: 2024-08-14\n    excerpt: "The Board has approved the appointment of Mr. Fan Zhao'));
    const error = loadError();
    expect(error.path).toBe('boardChanges[0].changes[2]');
    expect(error.reason).toMatch(/starts on 2024-08-14, not on the change's effective date 2024-08-13/);
  });

  it('a year written without quotes', () => {
    dir = copyOfData();
    edit(GOVERNANCE, (t) => t.replace('start: "2004"', 'start: 2004'));
    const error = loadError();
    expect(error.path).toMatch(/^roles\[\d+\]\.start$/);
    expect(error.reason).toMatch(/a year in quotes/);
  });

  it('a dividend amount that is not what the excerpt prints', () => {
    dir = copyOfData();
    edit(`${QIFU_DISCLOSURE}/capital-return.yaml`, (t) => t.replace('amount: US$0.60', 'amount: US$0.66'));
    const error = loadError();
    expect(error.path).toBe('dividends[0].entitlements[1].amount');
    expect(error.reason).toMatch(/"US\$0.66" does not occur in the excerpt/);
  });

  it('a dividend for a security the company does not have', () => {
    dir = copyOfData();
    edit(`${QIFU_DISCLOSURE}/capital-return.yaml`, (t) => t.replace('      - security: ads', '      - security: adr'));
    expect(loadError()).toMatchObject({ path: 'dividends[0].entitlements[1].security', reason: 'no security "adr" in company.yaml' });
  });

  it('a printed time that is not the instant the other printed time is', () => {
    dir = copyOfData();
    edit(`${QIFU_DISCLOSURE}/events.yaml`, (t) => t.replace('local: 2024-08-14T08:30, timeZone: Asia/Shanghai', 'local: 2024-08-14T08:30, timeZone: Asia/Tokyo'));
    const error = loadError();
    expect(error.path).toBe('events[1].startsAt[1]');
    expect(error.reason).toMatch(/must be the same instant/);
  });

  it('a local time that is not the printed one', () => {
    dir = copyOfData();
    edit(`${QIFU_DISCLOSURE}/events.yaml`, (t) => t.replace('local: 2024-08-13T20:30', 'local: 2024-08-13T21:30'));
    expect(loadError().reason).toMatch(/prints 8:30 PM, not the time of 2024-08-13T21:30/);
  });

  it('an OCR-garbled amount recorded without its correction', () => {
    dir = copyOfData();
    edit(`${QIFU_DISCLOSURE}/outlook.yaml`, (t) => t.replace('    high: RMB1.65 billion', '    high: RMBL1.65 billion'));
    const error = loadError();
    expect(error.path).toBe('guidance[1].high');
    expect(error.reason).toMatch(/money as printed/);
  });

  it('a quote figure the quote does not state', () => {
    dir = copyOfData();
    edit(`${QIFU_DISCLOSURE}/quotes.yaml`, (t) => t.replace('money: RMB4.16 billion', 'money: RMB4.17 billion'));
    expect(loadError()).toMatchObject({ path: 'quotes[1].mentions[0].money', reason: '"RMB4.17 billion" does not occur in its `printed` words' });
  });
});
