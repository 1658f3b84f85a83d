import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { CheckResolver } from './check/check.resolver.js';
import { CompanyResolver } from './company/company.resolver.js';
import { ConceptResolver } from './concept/concept.resolver.js';
import { SecurityResolver } from './company/security.resolver.js';
import { DisclosureResolver } from './disclosure/disclosure.resolver.js';
import { FactResolver } from './fact/fact.resolver.js';
import { FootnoteResolver } from './footnote/footnote.resolver.js';
import { NodeResolver } from './node/node.resolver.js';
import { PeriodResolver } from './period/period.resolver.js';
import { LineItemResolver } from './statement/line-item.resolver.js';
import { StatementColumnResolver } from './statement/statement-column.resolver.js';
import { StatementTableResolver } from './statement/statement-table.resolver.js';
import { DividendResolver } from './capital-return/dividend.resolver.js';
import { RepurchaseProgressResolver, ShareRepurchaseProgramResolver } from './capital-return/share-repurchase-program.resolver.js';
import { CorporateEventResolver } from './event/corporate-event.resolver.js';
import { BoardChangeResolver } from './governance/board-change.resolver.js';
import { CompanyGovernanceResolver } from './governance/company-governance.resolver.js';
import { DisclosureGovernanceResolver } from './governance/disclosure-governance.resolver.js';
import { PersonResolver } from './governance/person.resolver.js';
import { RoleResolver } from './governance/role.resolver.js';
import { GuidanceResolver } from './outlook/guidance.resolver.js';
import { MetricMentionResolver, QuoteResolver } from './quote/quote.resolver.js';

import { DefinitionResolver } from './definition/definition.resolver.js';
import { FormulaResolver } from './definition/formula.resolver.js';
import { FactSourceResolver } from './fact/fact-source.resolver.js';
import { SearchResolver } from './search/search.resolver.js';

import { RevisionResolver } from './time/revision.resolver.js';
import { validateArgs } from './validation/validate-args.js';

/** Every resolver of the API, imported explicitly (type-graphql's metadata is global). */
export const RESOLVERS = [
  NodeResolver,
  CompanyResolver,
  SecurityResolver,
  DisclosureResolver,
  StatementTableResolver,
  StatementColumnResolver,
  LineItemResolver,
  ConceptResolver,
  FactResolver,
  PeriodResolver,
  FootnoteResolver,
  CheckResolver,
  // Definitions, formulas, provenance and search (issue 4)
  DefinitionResolver,
  FormulaResolver,
  FactSourceResolver,
  SearchResolver,
  // Governance and capital return (issue 5)
  CompanyGovernanceResolver,
  DisclosureGovernanceResolver,
  PersonResolver,
  RoleResolver,
  BoardChangeResolver,
  DividendResolver,
  ShareRepurchaseProgramResolver,
  RepurchaseProgressResolver,
  GuidanceResolver,
  CorporateEventResolver,
  QuoteResolver,
  MetricMentionResolver,
  // Time: reports across disclosures, revisions, as-of, series (issue 11)
  RevisionResolver,
] as const;

let schema: GraphQLSchema | undefined;

/** The executable schema, built once per process. */
export function getSchema(): GraphQLSchema {
  if (!schema) {
    schema = buildSchemaSync({ resolvers: RESOLVERS, validateFn: validateArgs });
    // type-graphql has no option for the root type's description.
    schema.getQueryType()!.description = 'The root of all queries: start from a company by ticker, any object by its global ID, or a list.';
  }
  return schema;
}
