import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { DividendResolver } from './capital-return/dividend.resolver.js';
import { RepurchaseProgressResolver } from './capital-return/repurchase-progress.resolver.js';
import { ShareRepurchaseProgramResolver } from './capital-return/share-repurchase-program.resolver.js';
import { CheckResolver } from './check/check.resolver.js';
import { CompanyResolver } from './company/company.resolver.js';
import { SecurityResolver } from './company/security.resolver.js';
import { ConceptResolver } from './concept/concept.resolver.js';
import { DefinitionResolver } from './definition/definition.resolver.js';
import { FormulaResolver } from './definition/formula.resolver.js';
import { DisclosureResolver } from './disclosure/disclosure.resolver.js';
import { CorporateEventResolver } from './event/corporate-event.resolver.js';
import { FactSourceResolver } from './fact/fact-source.resolver.js';
import { FactResolver } from './fact/fact.resolver.js';
import { XbrlElementResolver } from './fact/xbrl-element.resolver.js';
import { FootnoteResolver } from './footnote/footnote.resolver.js';
import { TextFactResolver } from './text-fact/text-fact.resolver.js';
import { BoardChangeResolver } from './governance/board-change.resolver.js';
import { PersonResolver } from './governance/person.resolver.js';
import { RoleResolver } from './governance/role.resolver.js';
import { NodeResolver } from './node/node.resolver.js';
import { GuidanceResolver } from './outlook/guidance.resolver.js';
import { PeriodResolver } from './period/period.resolver.js';
import { MetricMentionResolver } from './quote/metric-mention.resolver.js';
import { QuoteResolver } from './quote/quote.resolver.js';
import { SearchResolver } from './search/search.resolver.js';
import { LineItemResolver } from './statement/line-item.resolver.js';
import { StatementColumnResolver } from './statement/statement-column.resolver.js';
import { StatementTableResolver } from './statement/statement-table.resolver.js';
import { RevisionResolver } from './time/revision.resolver.js';
import { SetAsideFilingResolver } from './filing/set-aside-filing.resolver.js';
import { FramedFactResolver } from './frame/framed-fact.resolver.js';
import { MetricDefinitionResolver } from './metric/metric-definition.resolver.js';
import { StandardFigureResolver } from './metric/standard-figure.resolver.js';
import { callResolversDirectly, installSyncResolveTypes, useSimpleResolvers } from './direct-resolvers.js';
import { meterResolvers } from './limits/execution-budget.js';
import { serveRowObjects } from './search/search-row.js';
import { validateArgs } from './validation/validate-args.js';

/**
 * Every resolver of the API, imported explicitly (type-graphql's metadata is global): one
 * per GraphQL type, each in its domain's folder, named `<entity>.resolver.ts`.
 */
export const RESOLVERS = [
  // Entry points: any object by its global ID, and search across kinds
  NodeResolver,
  SearchResolver,
  // Companies and what they publish
  CompanyResolver,
  SecurityResolver,
  DisclosureResolver,
  // Statements, line items, concepts and facts
  StatementTableResolver,
  StatementColumnResolver,
  LineItemResolver,
  ConceptResolver,
  FactResolver,
  FactSourceResolver,
  XbrlElementResolver,
  PeriodResolver,
  RevisionResolver,
  SetAsideFilingResolver,
  // Across companies: frames and standard metrics
  FramedFactResolver,
  MetricDefinitionResolver,
  StandardFigureResolver,
  // Definitions, footnotes and checks
  DefinitionResolver,
  FormulaResolver,
  FootnoteResolver,
  TextFactResolver,
  CheckResolver,
  // Governance
  PersonResolver,
  RoleResolver,
  BoardChangeResolver,
  // Capital return
  DividendResolver,
  ShareRepurchaseProgramResolver,
  RepurchaseProgressResolver,
  // Outlook, events and management's quotes
  GuidanceResolver,
  CorporateEventResolver,
  QuoteResolver,
  MetricMentionResolver,
] as const;

let schema: GraphQLSchema | undefined;

/** The executable schema, built once per process. */
export function getSchema(): GraphQLSchema {
  if (!schema) {
    useSimpleResolvers();
    schema = buildSchemaSync({ resolvers: RESOLVERS, validateFn: validateArgs });
    installSyncResolveTypes(schema);
    callResolversDirectly(schema, RESOLVERS);
    serveRowObjects(schema);
    // Last, so that it wraps what is finally called.
    meterResolvers(schema);
    // type-graphql has no option for the root type's description.
    schema.getQueryType()!.description = 'The root of all queries: start from a company by ticker, any object by its global ID, or a list.';
  }
  return schema;
}
