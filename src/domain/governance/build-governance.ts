/**
 * Builds a disclosure's governance and capital-return entities from its optional files
 * (governance.yaml, capital-return.yaml, outlook.yaml, events.yaml, quotes.yaml).
 * People, roles and repurchase programs are company-level: a later disclosure naming the
 * same id adds what it learns (an end date, a start that was unknown, new progress) and
 * may not contradict what is recorded. Every excerpt must occur in the source text.
 */
import { fiscalYearEndOn } from '../time/fiscal-calendar.js';
import { DataFileError } from '../../data/data-file-error.js';
import type { LoadedDisclosure } from '../../data/load.js';
import type { Graph } from '../graph.js';
import type { Company, Disclosure, LineItem, Period, Security, Statement } from '../model.js';
import { describePeriod, periodId } from '../period.js';
import { normalizeSpace } from '../source-text.js';
import type {
  CompanyGovernance,
  DisclosureGovernance,
  Dividend,
  Guidance,
  MetricMention,
  Money,
  Person,
  Quote,
  RepurchaseProgress,
  Role,
  ShareRepurchaseProgram,
} from './model.js';
import { parseMoney, parseQuantity, partialDate, termEnd, zonedTime } from './values.js';

/** The company's governance, created on first use. */
export function companyGovernance(company: Company): CompanyGovernance {
  company.governance ??= {
    people: new Map(),
    roles: new Map(),
    boardChanges: [],
    boardCompleteness: null,
    dividends: [],
    repurchasePrograms: new Map(),
    guidance: [],
    events: [],
    quotes: [],
  };
  return company.governance;
}

/** Id of a company's line item, as the table builder makes it. */
export function lineItemId(company: Company, statement: Statement, key: string): string {
  return `${company.id}/${statement.toLowerCase().replace(/_/g, '-')}/${key}`;
}

export function buildGovernance(loaded: LoadedDisclosure, disclosure: Disclosure, graph: Graph): void {
  const files = loaded.governance;
  if (!files.governance && !files.capitalReturn && !files.outlook && !files.events && !files.quotes) return;
  const company = disclosure.company;
  const gov = companyGovernance(company);
  const mine: DisclosureGovernance = { roles: [], boardChanges: [], dividends: [], repurchasePrograms: [], repurchaseProgress: [], guidance: [], events: [], quotes: [] };
  disclosure.governance = mine;
  const source = loaded.sourceText === null ? null : normalizeSpace(loaded.sourceText);

  /** Fails loading unless `text` occurs in the source (or in `within`), white space aside; without the source text, only `within` is checked. */
  const expectIn = (file: string, path: string, text: string, within: string | null = source, what = 'the source text') => {
    if (within !== null && !within.includes(normalizeSpace(text))) throw new DataFileError(file, path, `"${text}" does not occur in ${what}`);
  };
  const money = (file: string, path: string, printed: string): Money & { isApproximate: boolean } => {
    try {
      return parseMoney(printed);
    } catch (e) {
      throw new DataFileError(file, path, (e as Error).message);
    }
  };
  const security = (file: string, path: string, slug: string): Security => {
    const found = graph.node('Security', `${company.id}/${slug}`) as Security | undefined;
    if (!found) throw new DataFileError(file, path, `no security "${slug}" in company.yaml`);
    return found;
  };
  const period = (start: string | null, end: string): Period => {
    const id = periodId(company, start, end);
    return graph.period(id) ?? graph.addPeriod({ type: 'Period', id, company, startDate: start, endDate: end, ...describePeriod(start, end, fiscalYearEndOn(company, end)) });
  };
  const cite = (excerpt: string) => ({ disclosure, excerpt });
  /** A line item of the company by statement and key; an unknown one stops loading. */
  const lineItem = (file: string, path: string, ref: { statement: Statement; key: string }): LineItem => {
    const found = graph.node('LineItem', lineItemId(company, ref.statement, ref.key)) as LineItem | undefined;
    if (!found) throw new DataFileError(file, `${path}.key`, `no line item "${ref.key}" in ${ref.statement} (the keys are those of the table files and metrics.yaml)`);
    return found;
  };

  // People and roles.
  if (files.governance) {
    const { file, doc } = files.governance;
    doc.people.forEach((p, i) => {
      const where = `people[${i}]`;
      let person = gov.people.get(p.id);
      if (person && person.name !== p.name) throw new DataFileError(file, `${where}.name`, `person "${p.id}" is already recorded as ${person.name}`);
      if (!person) {
        person = graph.add<Person>({ type: 'Person', id: `${company.id}/${p.id}`, company, slug: p.id, name: p.name, honorific: p.honorific ?? null, roles: [], education: [], quotes: [], sources: [] });
        gov.people.set(p.id, person);
      }
      p.education.forEach((e, j) => {
        expectIn(file, `${where}.education[${j}].excerpt`, e.excerpt);
        for (const part of [e.degree, e.institution, e.field, e.year]) if (part) expectIn(file, `${where}.education[${j}]`, part, normalizeSpace(e.excerpt), 'its excerpt');
        if (!person.education.some((x) => x.degree === e.degree && x.institution === e.institution)) {
          person.education.push({ degree: e.degree, field: e.field ?? null, institution: e.institution, year: e.year ?? null, source: cite(e.excerpt) });
        }
      });
    });

    doc.roles.forEach((r, i) => {
      const where = `roles[${i}]`;
      expectIn(file, `${where}.excerpt`, r.excerpt);
      const person = gov.people.get(r.person);
      if (!person) throw new DataFileError(file, `${where}.person`, `no person "${r.person}" (declare people under \`people\`)`);
      const start = r.start ? partialDate(r.start) : null;
      const end = r.end ? partialDate(r.end) : null;
      if (r.current && start && start.earliest > disclosure.date) throw new DataFileError(file, `${where}.current`, `the role starts after the disclosure's date ${disclosure.date}`);
      let role = gov.roles.get(r.id);
      if (role) {
        const same: [string, unknown, unknown][] = [
          ['person', role.person, person],
          ['title', role.title, r.title],
          ['kind', role.kind, r.kind],
          ['organization', role.organization, r.organization ?? null],
          ['independent', role.independent, r.independent],
        ];
        for (const [field, was, now] of same) if (was !== now) throw new DataFileError(file, `${where}.${field}`, `role "${r.id}" is already recorded with a different ${field}`);
        for (const [field, was, now] of [['start', role.start, start], ['end', role.end, end]] as const) {
          if (was && now && was.value !== now.value) throw new DataFileError(file, `${where}.${field}`, `role "${r.id}" already has ${field} ${was.value}`);
        }
        role.start ??= start;
        role.end ??= end;
        role.endReason ??= r.endReason ?? null;
      } else {
        role = graph.add<Role>({
          type: 'Role',
          id: `${company.id}/${r.id}`,
          company,
          slug: r.id,
          person,
          title: r.title,
          kind: r.kind,
          independent: r.independent,
          organization: r.organization ?? null,
          start,
          end,
          endReason: r.endReason ?? null,
          knownHeldSince: null,
          notes: [],
          sources: [],
          changes: [],
        });
        gov.roles.set(r.id, role);
        person.roles.push(role);
      }
      if (r.current && (!role.knownHeldSince || disclosure.date < role.knownHeldSince)) role.knownHeldSince = disclosure.date;
      if (role.end && role.knownHeldSince && role.knownHeldSince >= role.end.latest) throw new DataFileError(file, where, `role "${r.id}" is stated as held on ${role.knownHeldSince}, after its end ${role.end.value}`);
      if (r.note) role.notes.push(r.note);
      role.sources.push(cite(r.excerpt));
      if (!person.sources.some((s) => s.disclosure === disclosure && s.excerpt === r.excerpt)) person.sources.push(cite(r.excerpt));
      mine.roles.push(role);
    });

    if (doc.board) gov.boardCompleteness = { isComplete: doc.board.complete, explanation: doc.board.note, disclosure };

    doc.boardChanges.forEach((c, i) => {
      const where = `boardChanges[${i}]`;
      expectIn(file, `${where}.excerpt`, c.excerpt);
      const change = graph.add({
        type: 'BoardChange' as const,
        id: `${company.id}/${c.id}`,
        company,
        disclosure,
        effectiveDate: c.effectiveDate,
        summary: c.summary,
        excerpt: c.excerpt,
        changes: c.changes.map((x, j) => {
          const role = gov.roles.get(x.role);
          if (!role) throw new DataFileError(file, `${where}.changes[${j}].role`, `no role "${x.role}"`);
          const date = x.change === 'STARTED' ? role.start : role.end;
          if (date?.value !== c.effectiveDate) {
            throw new DataFileError(file, `${where}.changes[${j}]`, `role "${x.role}" ${x.change === 'STARTED' ? 'starts' : 'ends'} on ${date?.value ?? 'an unknown date'}, not on the change's effective date ${c.effectiveDate}`);
          }
          return { role, change: x.change };
        }),
      }, { file, path: `${where}.id` });
      for (const { role } of change.changes) role.changes.push(change);
      gov.boardChanges.push(change);
      mine.boardChanges.push(change);
    });
  }

  // Dividends and share repurchases.
  if (files.capitalReturn) {
    const { file, doc } = files.capitalReturn;
    doc.dividends.forEach((d, i) => {
      const where = `dividends[${i}]`;
      expectIn(file, `${where}.excerpt`, d.excerpt);
      const excerpt = normalizeSpace(d.excerpt);
      const inExcerpt = (path: string, text: string) => expectIn(file, path, text, excerpt, 'the excerpt');
      if (d.period.printed) inExcerpt(`${where}.period.printed`, d.period.printed);
      if (d.policy) inExcerpt(`${where}.policy`, d.policy);
      inExcerpt(`${where}.approvedBy`, d.approvedBy);
      const dividend: Dividend = graph.add<Dividend>({
        type: 'Dividend',
        id: `${disclosure.id}/${d.id}`,
        company,
        disclosure,
        frequency: d.frequency,
        period: period(d.period.start, d.period.end),
        periodPrinted: d.period.printed ?? null,
        approvedBy: d.approvedBy,
        policy: d.policy ?? null,
        excerpt: d.excerpt,
        entitlements: d.entitlements.map((e, j) => {
          const w = `${where}.entitlements[${j}]`;
          inExcerpt(`${w}.amount`, e.amount);
          inExcerpt(`${w}.recordTime.printed`, e.recordTime.printed);
          inExcerpt(`${w}.paymentDatePrinted`, e.paymentDatePrinted);
          const { isApproximate, ...amount } = money(file, `${w}.amount`, e.amount);
          if (isApproximate) throw new DataFileError(file, `${w}.amount`, 'a dividend is declared exactly');
          return {
            security: security(file, `${w}.security`, e.security),
            amount,
            printedAmount: e.amount,
            recordDate: e.recordDate,
            recordTimeZone: e.recordTime.timeZone,
            recordTimePrinted: e.recordTime.printed,
            paymentDate: e.paymentDate,
            paymentDateQualifier: e.paymentDateQualifier,
            paymentDatePrinted: e.paymentDatePrinted,
          };
        }),
        registrar: null,
      }, { file, path: `${where}.id` });
      if (d.registrar) {
        const r = d.registrar;
        for (const [k, v] of Object.entries(r)) if (typeof v === 'string') inExcerpt(`${where}.registrar.${k}`, v);
        inExcerpt(`${where}.registrar.deadline.printed`, r.deadline.printed);
        let deadline;
        try {
          deadline = zonedTime(r.deadline.local, r.deadline.timeZone, r.deadline.printed);
        } catch (e) {
          throw new DataFileError(file, `${where}.registrar.deadline`, (e as Error).message);
        }
        dividend.registrar = { name: r.name, role: r.role, address: r.address ?? null, requirement: r.requirement ?? null, deadline };
      }
      gov.dividends.push(dividend);
      mine.dividends.push(dividend);
    });

    doc.repurchasePrograms.forEach((p, i) => {
      const where = `repurchasePrograms[${i}]`;
      expectIn(file, `${where}.excerpt`, p.excerpt);
      expectIn(file, `${where}.authorizedAmount`, p.authorizedAmount, normalizeSpace(p.excerpt), 'the excerpt');
      const { isApproximate: _, ...authorized } = money(file, `${where}.authorizedAmount`, p.authorizedAmount);
      let program = gov.repurchasePrograms.get(p.id);
      if (program) {
        if (program.approvalDate !== p.approvalDate || program.authorizedAmount.amount !== authorized.amount || program.startDate !== p.startDate || program.termMonths !== p.termMonths) {
          throw new DataFileError(file, where, `program "${p.id}" is already recorded with different terms`);
        }
      } else {
        program = graph.add<ShareRepurchaseProgram>({
          type: 'ShareRepurchaseProgram',
          id: `${company.id}/${p.id}`,
          company,
          disclosure,
          approvalDate: p.approvalDate,
          approvedBy: p.approvedBy,
          securities: p.securities.map((s, j) => security(file, `${where}.securities[${j}]`, s)),
          authorizedAmount: authorized,
          authorizedAmountQualifier: p.authorizedAmountQualifier,
          startDate: p.startDate,
          termMonths: p.termMonths,
          endDate: termEnd(p.startDate, p.termMonths),
          progress: [],
          excerpt: p.excerpt,
        });
        gov.repurchasePrograms.set(p.id, program);
        mine.repurchasePrograms.push(program);
      }
      p.progress.forEach((g, j) => {
        const w = `${where}.progress[${j}]`;
        expectIn(file, `${w}.excerpt`, g.excerpt);
        const excerpt = normalizeSpace(g.excerpt);
        for (const k of ['quantity', 'amount', 'averagePrice'] as const) expectIn(file, `${w}.${k}`, g[k], excerpt, 'the excerpt');
        const sec = security(file, `${w}.security`, g.security);
        if (!program.securities.includes(sec)) throw new DataFileError(file, `${w}.security`, `the program does not cover "${g.security}"`);
        if (program.progress.some((x) => x.asOf === g.asOf)) throw new DataFileError(file, `${w}.asOf`, `progress as of ${g.asOf} is already recorded`);
        const amount = money(file, `${w}.amount`, g.amount);
        const price = money(file, `${w}.averagePrice`, g.averagePrice);
        let quantity;
        try {
          quantity = parseQuantity(g.quantity);
        } catch (e) {
          throw new DataFileError(file, `${w}.quantity`, (e as Error).message);
        }
        if (amount.currency !== program.authorizedAmount.currency) throw new DataFileError(file, `${w}.amount`, `is in ${amount.currency}, the authorization in ${program.authorizedAmount.currency}`);
        const progress: RepurchaseProgress = {
          program,
          disclosure,
          asOf: g.asOf,
          security: sec,
          quantity: quantity.value,
          amount: { amount: amount.amount, currency: amount.currency, qualifier: amount.isApproximate ? 'APPROXIMATELY' : null },
          averagePrice: { amount: price.amount, currency: price.currency, qualifier: price.isApproximate ? 'APPROXIMATELY' : null },
          inclusiveOfCommissions: g.inclusiveOfCommissions,
          isApproximate: quantity.isApproximate || amount.isApproximate || price.isApproximate,
          printed: { quantity: g.quantity, amount: g.amount, averagePrice: g.averagePrice },
          excerpt: g.excerpt,
        };
        program.progress.push(progress);
        program.progress.sort((a, b) => a.asOf.localeCompare(b.asOf));
        mine.repurchaseProgress.push(progress);
      });
    });
  }

  // Outlook.
  if (files.outlook) {
    const { file, doc } = files.outlook;
    if (doc.caveat) expectIn(file, 'caveat', doc.caveat);
    doc.guidance.forEach((g, i) => {
      const where = `guidance[${i}]`;
      expectIn(file, `${where}.excerpt`, g.excerpt);
      const excerpt = normalizeSpace(g.excerpt);
      const corrections = g.corrections.map((c, j) => {
        expectIn(file, `${where}.corrections[${j}].printed`, c.printed, excerpt, 'the excerpt');
        if (c.printed === g[c.field]) throw new DataFileError(file, `${where}.corrections[${j}].printed`, 'is the same as the recorded value: nothing is corrected');
        return { field: c.field, printed: c.printed, corrected: g[c.field], note: c.note };
      });
      for (const k of ['low', 'high'] as const) if (!corrections.some((c) => c.field === k)) expectIn(file, `${where}.${k}`, g[k], excerpt, 'the excerpt');
      expectIn(file, `${where}.metric`, g.metric, excerpt, 'the excerpt');
      if (g.period.printed) expectIn(file, `${where}.period.printed`, g.period.printed, excerpt, 'the excerpt');
      if (g.growth) expectIn(file, `${where}.growth.printed`, g.growth.printed, excerpt, 'the excerpt');
      const { isApproximate: _l, ...low } = money(file, `${where}.low`, g.low);
      const { isApproximate: _h, ...high } = money(file, `${where}.high`, g.high);
      if (low.currency !== high.currency || Number(low.amount) > Number(high.amount)) throw new DataFileError(file, where, '`low` must not exceed `high`, in the same currency');
      if (g.growth && Number(g.growth.low) > Number(g.growth.high)) throw new DataFileError(file, `${where}.growth`, '`low` must not exceed `high`');
      const guidance = graph.add<Guidance>({
        type: 'Guidance',
        id: `${disclosure.id}/${g.id}`,
        company,
        disclosure,
        period: period(g.period.start, g.period.end),
        periodPrinted: g.period.printed ?? null,
        metric: g.metric,
        lineItem: g.lineItem ? lineItem(file, `${where}.lineItem`, g.lineItem) : null,
        low,
        high,
        corrections,
        growth: g.growth ? { ...g.growth, note: g.growth.note ?? null } : null,
        caveat: doc.caveat ?? null,
        excerpt: g.excerpt,
      }, { file, path: `${where}.id` });
      gov.guidance.push(guidance);
      mine.guidance.push(guidance);
    });
  }

  // Events.
  if (files.events) {
    const { file, doc } = files.events;
    doc.events.forEach((e, i) => {
      const where = `events[${i}]`;
      expectIn(file, `${where}.excerpt`, e.excerpt);
      const startsAt = e.startsAt.map((t, j) => {
        expectIn(file, `${where}.startsAt[${j}].printed`, t.printed, normalizeSpace(e.excerpt), 'the excerpt');
        try {
          return zonedTime(t.local, t.timeZone, t.printed);
        } catch (err) {
          throw new DataFileError(file, `${where}.startsAt[${j}]`, (err as Error).message);
        }
      });
      startsAt.forEach((t, j) => {
        if (t.utc !== startsAt[0].utc) throw new DataFileError(file, `${where}.startsAt[${j}]`, `is ${t.utc}, but the first printed time is ${startsAt[0].utc}: they must be the same instant`);
      });
      if (startsAt[0] && !startsAt[0].local.startsWith(e.date)) throw new DataFileError(file, `${where}.date`, `must be the local date of the first printed time, ${startsAt[0].local.slice(0, 10)}`);
      const event = graph.add({
        type: 'CorporateEvent' as const,
        id: `${disclosure.id}/${e.id}`,
        company,
        disclosure,
        kind: e.kind,
        title: e.title,
        date: e.date,
        location: e.location ?? null,
        startsAt,
        excerpt: e.excerpt,
      }, { file, path: `${where}.id` });
      gov.events.push(event);
      mine.events.push(event);
    });
  }

  // Quotes.
  if (files.quotes) {
    const { file, doc } = files.quotes;
    doc.quotes.forEach((q, i) => {
      const where = `quotes[${i}]`;
      const speaker = gov.people.get(q.speaker);
      if (!speaker) throw new DataFileError(file, `${where}.speaker`, `no person "${q.speaker}" in governance.yaml`);
      expectIn(file, `${where}.attribution`, q.attribution);
      q.passages.forEach((p, j) => expectIn(file, `${where}.passages[${j}]`, p));
      const roles = q.roles.map((id, j) => {
        const role = gov.roles.get(id);
        if (!role || role.person !== speaker) throw new DataFileError(file, `${where}.roles[${j}]`, `no role "${id}" of ${speaker.name}`);
        return role;
      });
      const quote: Quote = graph.add<Quote>({
        type: 'Quote',
        id: `${disclosure.id}/${q.id}`,
        company,
        disclosure,
        speaker,
        roles,
        attribution: q.attribution,
        topic: q.topic,
        passages: q.passages.map(normalizeSpace),
        mentions: [],
      }, { file, path: `${where}.id` });
      const words = normalizeSpace(q.passages.join(' '));
      quote.mentions = q.mentions.map((m, j): MetricMention => {
        const w = `${where}.mentions[${j}]`;
        expectIn(file, `${w}.printed`, m.printed, words, 'the quote');
        const qualifierWords = m.qualifier?.toLowerCase().replace('_', ' ');
        if (qualifierWords && !m.printed.toLowerCase().includes(qualifierWords)) throw new DataFileError(file, `${w}.qualifier`, `the printed words do not say "${qualifierWords}"`);
        let value: string;
        let unit: string;
        if (m.money) {
          expectIn(file, `${w}.money`, m.money, normalizeSpace(m.printed), 'its `printed` words');
          ({ amount: value, currency: unit } = money(file, `${w}.money`, m.money));
        } else {
          value = m.value!;
          unit = m.unit!;
        }
        return {
          quote,
          printed: m.printed,
          value,
          unit,
          qualifier: m.qualifier ?? null,
          lineItem: m.lineItem ? lineItem(file, `${w}.lineItem`, m.lineItem) : null,
          period: m.period ? ('instant' in m.period ? period(null, m.period.instant) : period(m.period.start, m.period.end)) : null,
          note: m.note ?? null,
        };
      });
      quote.mentions.forEach((m, j) => {
        // A link must lead to what the disclosure states for that line item, period and unit.
        if (m.lineItem && m.period && graph.factsAt(m.lineItem, m.period, m.unit, disclosure).length === 0) {
          throw new DataFileError(file, `${where}.mentions[${j}].lineItem`, `the disclosure states no ${m.unit} fact of ${m.lineItem.label} for ${m.period.label}`);
        }
      });
      speaker.quotes.push(quote);
      gov.quotes.push(quote);
      mine.quotes.push(quote);
    });
  }
}
