import { describe, expect, it } from 'vitest';
import { partialDate } from '../../src/domain/governance/values.js';
import { roleStatus } from '../../src/domain/governance/role-status.js';
import type { Role } from '../../src/domain/governance/model.js';
import { embeddedGraph, execute } from '../helpers.js';

const BOARD = `query ($d: Date) { company(ticker: "QFIN") { boardMembers(asOf: $d) { person { name } status isChair isIndependent roles { title kind } } } }`;

async function board(date: string) {
  const result = await execute(BOARD, { d: date });
  expect(result.errors).toBeUndefined();
  return result.data!.company.boardMembers as any[];
}
const names = (members: any[]) => members.map((m) => m.person.name).sort();
const chairOf = (members: any[]) => members.filter((m) => m.isChair).map((m) => m.person.name);

describe('the board over time', () => {
  it('differs before and after the change effective 2024-08-13', async () => {
    const before = await board('2024-08-12');
    const after = await board('2024-08-14');
    expect(names(before)).toEqual(['Fan Zhao', 'Haisheng Wu', 'Hongyi Zhou']);
    expect(names(after)).toEqual(['Fan Zhao', 'Haisheng Wu', 'Xiangge Liu']);
    expect(chairOf(before)).toEqual(['Hongyi Zhou']);
    expect(chairOf(after)).toEqual(['Fan Zhao']);
    // Fan Zhao is independent on both sides: a director since January 2023, chairman from the change.
    expect(before.find((m) => m.person.name === 'Fan Zhao')).toMatchObject({ isIndependent: true, status: 'HELD', isChair: false });
    expect(after.find((m) => m.person.name === 'Xiangge Liu')).toMatchObject({ isIndependent: true, status: 'HELD' });
  });

  it('takes effect on the effective date itself: the outgoing chairman is gone and the new one in', async () => {
    const on = await board('2024-08-13');
    expect(chairOf(on)).toEqual(['Fan Zhao']);
    expect(names(on)).not.toContain('Hongyi Zhou');
  });

  it('does not invent a start: roles whose start the release omits are only possibly held before it is published', async () => {
    const before = await board('2024-08-12');
    expect(before.find((m) => m.person.name === 'Haisheng Wu').status).toBe('POSSIBLY_HELD');
    expect(before.find((m) => m.person.name === 'Hongyi Zhou').status).toBe('POSSIBLY_HELD');
    const result = await execute('{ company(ticker: "QFIN") { people(first: 100) { nodes { name roles(atCompany: true) { title start { value } startDate knownHeldSince } } } } }');
    const wu = result.data!.company.people.nodes.find((p: any) => p.name === 'Haisheng Wu');
    for (const role of wu.roles) expect(role).toMatchObject({ start: null, startDate: null, knownHeldSince: '2024-08-13' });
  });

  it('answers "who chaired the board on 1 August 2024, and who does now?" in one query', async () => {
    const result = await execute('{ company(ticker: "QFIN") { then: boardChair(asOf: "2024-08-01") { person { name } status } now: boardChair { person { name } status } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.company.then.person.name).toBe('Hongyi Zhou');
    expect(result.data!.company.then.status).toBe('POSSIBLY_HELD'); // the release does not say when he became chairman
    expect(result.data!.company.now).toEqual({ person: { name: 'Fan Zhao' }, status: 'HELD' });
  });

  it('says the board known from the disclosures may be incomplete', async () => {
    const result = await execute('{ company(ticker: "QFIN") { boardCompleteness { isComplete explanation disclosure { slug } } } }');
    expect(result.data!.company.boardCompleteness).toMatchObject({ isComplete: false, disclosure: { slug: '2024-q2-results' } });
    expect(result.data!.company.boardCompleteness.explanation).toMatch(/not list the whole board/);
  });

  it('lists the officers as of a date, and nobody before anybody is known', async () => {
    const result = await execute('{ company(ticker: "QFIN") { officers(asOf: "2024-08-14") { person { name } role { title } status } } }');
    expect(result.data!.company.officers).toEqual([
      { person: { name: 'Haisheng Wu' }, role: { title: 'Chief Executive Officer' }, status: 'HELD' },
      { person: { name: 'Alex Xu' }, role: { title: 'Chief Financial Officer' }, status: 'HELD' },
      { person: { name: 'Yan Zheng' }, role: { title: 'Chief Risk Officer' }, status: 'HELD' },
    ]);
  });

  it('rejects a date that is not a calendar date with BAD_USER_INPUT', async () => {
    const result = await execute(BOARD, { d: '2024-02-30' });
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/ISO 8601 calendar date/);
  });
});

describe('role status on a date', () => {
  const role = (start: string | null, end: string | null, knownHeldSince: string | null = null) =>
    ({ start: start ? partialDate(start) : null, end: end ? partialDate(end) : null, knownHeldSince }) as Role;

  it('reads a month-precise start as uncertain only inside that month', () => {
    const since = role('2023-01', null);
    expect(roleStatus(since, '2022-12-31')).toBe('NOT_HELD');
    expect(roleStatus(since, '2023-01-15')).toBe('POSSIBLY_HELD');
    expect(roleStatus(since, '2023-01-31')).toBe('HELD');
  });

  it('reads "from 2002 to 2018" as certain from 2003 through 2017 only', () => {
    const span = role('2002', '2018');
    expect(roleStatus(span, '2001-12-31')).toBe('NOT_HELD');
    expect(roleStatus(span, '2002-06-01')).toBe('POSSIBLY_HELD');
    expect(roleStatus(span, '2010-06-01')).toBe('HELD');
    expect(roleStatus(span, '2018-06-01')).toBe('POSSIBLY_HELD');
    expect(roleStatus(span, '2019-01-01')).toBe('NOT_HELD');
  });

  it('holds a day-precise end as the first day not held', () => {
    const ended = role(null, '2024-08-13');
    expect(roleStatus(ended, '2024-08-12')).toBe('POSSIBLY_HELD');
    expect(roleStatus(ended, '2024-08-13')).toBe('NOT_HELD');
  });

  it('is certain of an unknown start only from the first date a disclosure states the role held', () => {
    const current = role(null, null, '2024-08-13');
    expect(roleStatus(current, '2020-01-01')).toBe('POSSIBLY_HELD');
    expect(roleStatus(current, '2024-08-13')).toBe('HELD');
  });
});

describe('people and careers', () => {
  it('records the career histories as dated roles at other organizations, with no invented dates', async () => {
    const result = await execute(`{ company(ticker: "QFIN") { people(first: 100) { nodes { name education { degree institution year }
      roles(atCompany: false) { organization title start { value precision } end { value precision } atCompany company { name } } } } } }`);
    const people = result.data!.company.people.nodes as any[];
    const zhao = people.find((p) => p.name === 'Fan Zhao');
    expect(zhao.roles).toContainEqual({ organization: 'Sunbridge International Holdings Limited', title: 'Chairman of the Board of Directors', start: { value: '2002', precision: 'YEAR' }, end: { value: '2018', precision: 'YEAR' }, atCompany: false, company: null });
    expect(zhao.roles).toContainEqual(expect.objectContaining({ organization: 'Heintzman Piano Company Limited', start: { value: '2004', precision: 'YEAR' }, end: null }));
    expect(zhao.education.map((e: any) => e.year)).toEqual(['1982', '2002']);
    const liu = people.find((p) => p.name === 'Xiangge Liu');
    expect(liu.roles.map((r: any) => r.organization)).toEqual([
      'Homaer Capital', 'Homaer Capital', 'RRJ Capital', 'CITIC International Asset Management', 'Dingyi Capital',
      'Societe Generale Corporate & Investment Banking', 'Deutsche Bank', 'Mizuho Banking Group', 'General Electric',
    ]);
    // "various positions" at three firms: the release gives no dates, so none are recorded.
    for (const r of liu.roles.filter((r: any) => r.title === 'Various positions')) expect([r.start, r.end]).toEqual([null, null]);
    // Officers are not given career histories; nobody is recorded twice.
    expect(people.map((p) => p.name)).toEqual(['Haisheng Wu', 'Alex Xu', 'Yan Zheng', 'Hongyi Zhou', 'Fan Zhao', 'Xiangge Liu']);
  });

  it('finds a person and a role again by global ID', async () => {
    const first = await execute('{ company(ticker: "QFIN") { people(first: 100) { nodes { id name roles { id title } } } } }');
    const zhao = first.data!.company.people.nodes.find((p: any) => p.name === 'Fan Zhao');
    const again = await execute('query ($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Person { name } ... on Role { title } } }', { ids: [zhao.id, zhao.roles[1].id] });
    expect(again.data!.nodes).toEqual([{ __typename: 'Person', name: 'Fan Zhao' }, { __typename: 'Role', title: 'Chairman of the Board' }]);
  });
});

describe('the board change', () => {
  it('has its effective date, source text, and starts and ends exactly the roles it names', async () => {
    const result = await execute(`{ company(ticker: "QFIN") { boardChanges { effectiveDate excerpt disclosure { date }
      changes { change role { title person { name } startDate endDate endReason statusOn(date: "2024-08-13") } } } } }`);
    const [change] = result.data!.company.boardChanges;
    expect(change.effectiveDate).toBe('2024-08-13');
    expect(change.excerpt).toContain('effective on August 13, 2024');
    for (const { change: kind, role } of change.changes) {
      // An appointment is held from the effective date; a resignation no longer on it.
      if (kind === 'STARTED') expect([role.startDate, role.statusOn]).toEqual([change.effectiveDate, 'HELD']);
      else expect([role.endDate, role.statusOn]).toEqual([change.effectiveDate, 'NOT_HELD']);
    }
    expect(change.changes.map((c: any) => `${c.change} ${c.role.person.name}: ${c.role.title}`)).toEqual([
      'ENDED Hongyi Zhou: Director',
      'ENDED Hongyi Zhou: Chairman of the Board',
      'STARTED Fan Zhao: Chairman of the Board',
      'STARTED Xiangge Liu: Independent Director',
    ]);
    expect(change.changes[0].role.endReason).toBe('personal reasons');
  });

  it('keeps every role of the graph consistent with the changes that started or ended it', () => {
    const gov = embeddedGraph().companies[0].governance!;
    for (const change of gov.boardChanges) {
      for (const { role, change: kind } of change.changes) expect((kind === 'STARTED' ? role.start : role.end)?.value).toBe(change.effectiveDate);
    }
  });
});
