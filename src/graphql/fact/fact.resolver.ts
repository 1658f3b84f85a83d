import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { graphOf, type Context } from '../context.js';
import type { Concept as DomainConcept, Dimension as DomainDimension, Correction as DomainCorrection, Disclosure as DomainDisclosure, Fact as DomainFact, FactSource as DomainSource, LineItem as DomainLineItem, Period as DomainPeriod, Check as DomainCheck } from '../../domain/model.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { Period } from '../period/period.type.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';
import { LineItem } from '../statement/line-item.type.js';
import { Concept } from '../concept/concept.type.js';
import { Correction } from './correction.type.js';
import { Dimension } from './dimension.type.js';
import { FactSource } from './fact-source.type.js';
import { Fact } from './fact.type.js';
import { Precision } from './precision.enum.js';
import { Footnote } from '../footnote/footnote.type.js';
import type { Footnote as DomainFootnote } from '../../domain/model.js';
import { CompanyFactsRecord, companyFactsRecord } from './company-facts-record.type.js';
import { checksOf } from '../../domain/narrative/trace-index.js';
import { Check } from '../check/check.type.js';

@Resolver(() => Fact)
export class FactResolver {
  @FieldResolver(() => LineItem, { description: 'What the figure is a figure of.' })
  lineItem(@Root() fact: DomainFact): DomainLineItem {
    return fact.lineItem;
  }

  @FieldResolver(() => CompanyFactsRecord, {
    nullable: true,
    description: 'SEC\'s companyfacts record of this fact: its only source for a fact read from companyfacts, a second source for a filed fact SEC extracted too (a COMPANY_FACTS check then says whether the values agree); null when companyfacts has no record of it.',
  })
  companyFacts(@Root() fact: DomainFact): CompanyFactsRecord | null {
    const source = fact.source.kind === 'COMPANY_FACTS' ? fact.source : fact.companyFacts;
    return source ? companyFactsRecord(source) : null;
  }

  @FieldResolver(() => Concept, { description: 'What the figure measures: the line item\'s concept.' })
  concept(@Root() fact: DomainFact): DomainConcept {
    return fact.concept;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Decimal places the value is exact to, as XBRL\'s `decimals`: -6 for a figure reported in millions, -3 in thousands, 2 for "8.92", 3 for "41.3%"; null when the value is exact (XBRL\'s `INF`, and `isExact` is true) or its precision unknown (an old filing that gives `precision` instead).',
  })
  decimals(@Root() fact: DomainFact): number | null {
    return Number.isFinite(fact.decimals) ? fact.decimals : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the value is exact, with no rounding (XBRL\'s `decimals="INF"`). False both for a rounded value and for one whose precision is unknown: `precision` tells them apart.' })
  isExact(@Root() fact: DomainFact): boolean {
    return fact.decimals === Infinity;
  }

  @FieldResolver(() => Precision, { description: 'Whether the value is exact, rounded to `decimals`, or of unknown precision (an old filing\'s `precision` attribute): a null `decimals` alone does not say which.' })
  precision(@Root() fact: DomainFact): Precision {
    return fact.decimals === Infinity ? Precision.EXACT : Number.isNaN(fact.decimals) ? Precision.UNKNOWN : Precision.ROUNDED;
  }

  @FieldResolver(() => [Footnote], { description: 'The footnotes the source attaches to this figure: a filing\'s XBRL footnotes (fact-footnote arcs), in the order filed; empty when none.' })
  footnotes(@Root() fact: DomainFact): DomainFootnote[] {
    return fact.footnotes;
  }

  @FieldResolver(() => [Dimension], { description: 'The axes and members the figure is reported for (a segment, a region, an equity component); empty for the default member of every axis (the whole company).' })
  dimensions(@Root() fact: DomainFact): readonly DomainDimension[] {
    return fact.dimensions;
  }

  @FieldResolver(() => Period, { description: 'When the figure applies.' })
  period(@Root() fact: DomainFact): DomainPeriod {
    return fact.period;
  }

  @FieldResolver(() => Disclosure, { description: 'The disclosure that states the figure.' })
  disclosure(@Root() fact: DomainFact): DomainDisclosure {
    return fact.disclosure;
  }

  @FieldResolver(() => FactSource, { description: 'Where in the disclosure the figure is stated: table, column and the row or sentence as printed.' })
  source(@Root() fact: DomainFact): DomainSource {
    return fact.source;
  }

  @FieldResolver(() => Correction, { nullable: true, description: 'The OCR correction applied to this figure; null when it is recorded as printed.' })
  correction(@Root() fact: DomainFact): DomainCorrection | null {
    return fact.correction;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the figure is a convenience translation into another currency at the disclosure\'s stated rate (e.g. USD at RMB7.2672 = US$1.00), not an amount reported in that currency.' })
  isConvenienceTranslation(@Root() fact: DomainFact): boolean {
    return fact.translationOf !== null;
  }

  @FieldResolver(() => [Fact], { description: 'For a derived fact: the printed facts it is computed from (e.g. six months and the second quarter); empty for a printed fact.' })
  derivedFrom(@Root() fact: DomainFact): DomainFact[] {
    return fact.derivedFrom;
  }

  @FieldResolver(() => [Fact], {
    description:
      'Every report of this figure (same company, concept, period, dimensions and unit) across disclosures, oldest disclosure first, this one included: one per disclosure, its most precise. A derived fact lists only itself.',
  })
  revisions(@Root() fact: DomainFact, @Ctx() ctx: Context): readonly DomainFact[] {
    return graphOf(ctx, fact.disclosure.company).timeline.reportsOf(fact);
  }

  @FieldResolver(() => Fact, { description: 'The figure as first reported: the report of the oldest disclosure that states it (this fact itself for a derived fact).' })
  firstReport(@Root() fact: DomainFact, @Ctx() ctx: Context): DomainFact {
    return graphOf(ctx, fact.disclosure.company).timeline.reportsOf(fact)[0];
  }

  @FieldResolver(() => Fact, { description: 'The figure as last reported, revised or not: the report of the newest disclosure that states it (this fact itself for a derived fact).' })
  latestReport(@Root() fact: DomainFact, @Ctx() ctx: Context): DomainFact {
    const reports = graphOf(ctx, fact.disclosure.company).timeline.reportsOf(fact);
    return reports[reports.length - 1];
  }

  @FieldResolver(() => Boolean, { description: 'False when a later disclosure reported this figure again (with the same value or a revised one); for a derived fact, whether all its inputs are latest.' })
  isLatest(@Root() fact: DomainFact, @Ctx() ctx: Context): boolean {
    return graphOf(ctx, fact.disclosure.company).timeline.isLatest(fact);
  }

  @FieldResolver(() => Fact, { nullable: true, description: 'For a convenience translation: the fact it translates.' })
  translationOf(@Root() fact: DomainFact): DomainFact | null {
    return fact.translationOf;
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'For a convenience translation: units of the original currency per unit of this one, e.g. "7.2672".' })
  exchangeRate(@Root() fact: DomainFact): string | null {
    return fact.translationOf ? (fact.disclosure.convenienceTranslation?.rate ?? null) : null;
  }

  @FieldResolver(() => [Check], { description: 'The load-time checks about this fact (it is their subject): its match with the source text, the table totals and identities it closes, its translation, the table cell or derivation a sentence agrees with, the formula it is recomputed from, a percent change claimed for it; for a filing, its duplicates and every calculation it is the total or a child of.' })
  checks(@Root() fact: DomainFact): readonly DomainCheck[] {
    return checksOf(fact);
  }
}
