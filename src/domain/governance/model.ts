/**
 * Governance and capital return in the graph: people and their roles over time, board
 * changes, dividends, share repurchases, guidance, events and quotes. Company-level
 * entities (people, roles) persist across disclosures; the rest belong to the disclosure
 * that states them. Every statement of fact carries the excerpt of the source it came from.
 */
import type { Company, Correction, Disclosure, Entity, FigureQualifier, LineItem, Period, Security } from '../model.js';

// Governance hangs off the core entities without the core model knowing it (no import cycle).
declare module '../model.js' {
  interface Company {
    /** People, roles, board changes, capital return, guidance, events, quotes; absent until a disclosure states any. */
    governance?: CompanyGovernance;
  }
  interface Disclosure {
    /** What the disclosure states of governance and capital return; absent when it states none. */
    governance?: DisclosureGovernance;
  }
}

/** The sentence(s) of a disclosure that state something, verbatim. */
export interface Citation {
  disclosure: Disclosure;
  excerpt: string;
}

/** An exact amount of money. */
export interface Money {
  /** Exact decimal string in full units, e.g. "350000000", "0.30". */
  amount: string;
  /** ISO 4217. */
  currency: string;
  /** How the source qualifies the amount ("approximately US$211 million"), or APPROXIMATELY when computed from such an amount; absent or null when exact. */
  qualifier?: FigureQualifier | null;
}

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/** A date as precise as the source prints it ("2000", "January 2023", "August 13, 2024"). */
export interface PartialDate {
  /** "2000", "2023-01" or "2024-08-13". */
  value: string;
  precision: DatePrecision;
  /** First and last calendar day the date can be. */
  earliest: string;
  latest: string;
}

/** A printed local time with its IANA zone, and the instant it is. */
export interface ZonedTime {
  local: string;
  timeZone: string;
  /** ISO 8601 instant in UTC, e.g. "2024-08-14T00:30:00Z". */
  utc: string;
  printed: string;
}

export interface Person extends Entity<'Person'> {
  company: Company;
  slug: string;
  name: string;
  honorific: string | null;
  /** Every role known, at the company and elsewhere, in the order disclosures state them. */
  roles: Role[];
  education: Education[];
  quotes: Quote[];
  sources: Citation[];
}

export interface Education {
  degree: string;
  field: string | null;
  institution: string;
  year: string | null;
  source: Citation;
}

export type RoleKind = 'DIRECTOR' | 'CHAIR' | 'OFFICER' | 'OTHER';

export interface Role extends Entity<'Role'> {
  company: Company;
  slug: string;
  person: Person;
  title: string;
  kind: RoleKind;
  independent: boolean;
  /** Null for a role at the company itself. */
  organization: string | null;
  start: PartialDate | null;
  /** The date the role ends: it is no longer held on that date (or, less precise, the year or month it ended in). */
  end: PartialDate | null;
  endReason: string | null;
  /** The earliest date a disclosure states the role is held on (its publication date). */
  knownHeldSince: string | null;
  notes: string[];
  sources: Citation[];
  /** Board changes that started or ended the role. */
  changes: BoardChange[];
}

export type RoleStatus = 'HELD' | 'POSSIBLY_HELD' | 'NOT_HELD';

export interface BoardChange extends Entity<'BoardChange'> {
  company: Company;
  disclosure: Disclosure;
  effectiveDate: string;
  summary: string;
  changes: { role: Role; change: 'STARTED' | 'ENDED' }[];
  excerpt: string;
}

/** What a disclosure says about whether the board it lists is the whole board. */
export interface BoardCompleteness {
  isComplete: boolean;
  explanation: string;
  disclosure: Disclosure;
}

export interface DividendEntitlement {
  security: Security;
  amount: Money;
  printedAmount: string;
  recordDate: string;
  recordTimeZone: string;
  recordTimePrinted: string;
  paymentDate: string;
  paymentDateQualifier: 'EXPECTED' | 'EXPECTED_AROUND';
  paymentDatePrinted: string;
}

export interface Dividend extends Entity<'Dividend'> {
  company: Company;
  disclosure: Disclosure;
  frequency: 'ANNUAL' | 'SEMI_ANNUAL' | 'QUARTERLY' | 'SPECIAL';
  period: Period;
  periodPrinted: string | null;
  approvedBy: string;
  policy: string | null;
  entitlements: DividendEntitlement[];
  registrar: { name: string; role: string; address: string | null; deadline: ZonedTime; requirement: string | null } | null;
  excerpt: string;
}

export interface RepurchaseProgress {
  program: ShareRepurchaseProgram;
  disclosure: Disclosure;
  asOf: string;
  security: Security;
  quantity: string;
  amount: Money;
  averagePrice: Money;
  inclusiveOfCommissions: boolean;
  /** The source says "approximately" of the quantity or amount. */
  isApproximate: boolean;
  printed: { quantity: string; amount: string; averagePrice: string };
  excerpt: string;
}

export interface ShareRepurchaseProgram extends Entity<'ShareRepurchaseProgram'> {
  company: Company;
  disclosure: Disclosure;
  approvalDate: string;
  approvedBy: string;
  securities: Security[];
  authorizedAmount: Money;
  authorizedAmountQualifier: 'UP_TO' | 'EXACTLY';
  startDate: string;
  termMonths: number;
  /** Last day of the term. */
  endDate: string;
  /** Oldest first, across disclosures. */
  progress: RepurchaseProgress[];
  excerpt: string;
}

export interface Guidance extends Entity<'Guidance'> {
  company: Company;
  disclosure: Disclosure;
  period: Period;
  periodPrinted: string | null;
  metric: string;
  /** The guided line item, resolved at load. */
  lineItem: LineItem | null;
  low: Money;
  high: Money;
  corrections: (Correction & { field: 'low' | 'high' })[];
  growth: { basis: string; low: string; high: string; printed: string; note: string | null } | null;
  caveat: string | null;
  excerpt: string;
}

export interface CorporateEvent extends Entity<'CorporateEvent'> {
  company: Company;
  disclosure: Disclosure;
  kind: 'EARNINGS_RELEASE' | 'EARNINGS_CALL';
  title: string;
  date: string;
  location: string | null;
  startsAt: ZonedTime[];
  excerpt: string;
}

export interface MetricMention {
  quote: Quote;
  printed: string;
  value: string;
  unit: string;
  qualifier: FigureQualifier | null;
  /** The line item the figure is a (rounded) figure of, resolved at load. */
  lineItem: LineItem | null;
  period: Period | null;
  note: string | null;
}

export interface Quote extends Entity<'Quote'> {
  company: Company;
  disclosure: Disclosure;
  speaker: Person;
  roles: Role[];
  attribution: string;
  topic: string;
  passages: string[];
  mentions: MetricMention[];
}

/** A company's governance, accumulated over its disclosures. */
export interface CompanyGovernance {
  people: Map<string, Person>;
  roles: Map<string, Role>;
  boardChanges: BoardChange[];
  boardCompleteness: BoardCompleteness | null;
  dividends: Dividend[];
  repurchasePrograms: Map<string, ShareRepurchaseProgram>;
  guidance: Guidance[];
  events: CorporateEvent[];
  quotes: Quote[];
}

/** What one disclosure states of governance and capital return. */
export interface DisclosureGovernance {
  roles: Role[];
  boardChanges: BoardChange[];
  dividends: Dividend[];
  repurchasePrograms: ShareRepurchaseProgram[];
  repurchaseProgress: RepurchaseProgress[];
  guidance: Guidance[];
  events: CorporateEvent[];
  quotes: Quote[];
}

export type GovernanceNode = Person | Role | BoardChange | Dividend | ShareRepurchaseProgram | Guidance | CorporateEvent | Quote;
