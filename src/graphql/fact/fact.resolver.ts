import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
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
import { checksOf } from '../../domain/narrative/trace-index.js';
import { Check } from '../check/check.type.js';

@Resolver(() => Fact)
export class FactResolver {
  @FieldResolver(() => LineItem, { description: 'What the figure is a figure of.' })
  lineItem(@Root() fact: DomainFact): DomainLineItem {
    return fact.lineItem;
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

  @FieldResolver(() => Boolean, { description: 'Whether the value is exact, with no rounding (XBRL\'s `decimals="INF"`).' })
  isExact(@Root() fact: DomainFact): boolean {
    return fact.decimals === Infinity;
  }

  @FieldResolver(() => [Dimension], { description: 'The axes and members the figure is reported for (a segment, a region, an equity component); empty for the default member of every axis (the whole company).' })
  dimensions(@Root() fact: DomainFact): readonly DomainDimension[] {
    return fact.dimensions;
  }

  @FieldResolver(() => Boolean, { description: 'Whether this is the latest report of the figure (same concept, period, dimensions and unit). Until revisions across disclosures are tracked, always true.' })
  isLatest(@Root() _fact: DomainFact): boolean {
    return true;
  }

  @FieldResolver(() => [Fact], { description: 'Every report of the figure, oldest disclosure first, this one included. Until revisions across disclosures are tracked, just this fact.' })
  revisions(@Root() fact: DomainFact): DomainFact[] {
    return [fact];
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
