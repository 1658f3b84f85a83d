import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { frameSliceSafe } from '../company/slice-selection.js';
import { D } from '../../domain/decimal.js';
import { parseFrame, type FramedFact as DomainFramedFact } from '../../domain/frames/frames.js';
import { sourceOf, type Context } from '../context.js';
import type { FrameEntry } from '../../domain/graph-source.js';
import { ConnectionArgs } from '../pagination/connection.args.js';
import type { Connection } from '../pagination/connection.type.js';
import { OrderDirection } from '../pagination/order-direction.enum.js';
import { loadPage, paginate } from '../pagination/paginate.js';
import { FrameArgs } from './frame.args.js';
import { assertKnownUnit } from '../validation/known-values.js';
import { FrameOrderField } from './frame-order-field.enum.js';
import { FramedFactConnection } from './framed-fact-connection.type.js';
import { FramedFact } from './framed-fact.type.js';

const RULE =
  'SEC frames rule: a duration of 365±30 days (a year) or 91±30 days (a quarter) placed in the calendar year or quarter of its midpoint; an instant (or a duration of at most 31 days) at the nearest calendar quarter end; of a company\'s candidates, the one ending closest to the calendar period\'s end, then the latest filed, then the higher accession number.';

@Resolver(() => FramedFact)
export class FramedFactResolver {
  @Query(() => FramedFactConnection, {
    description:
      'A concept\'s value for one calendar period across every company, as SEC\'s frames API assembles it: per company, the reported fact (no dimensions) that best fits the period. Ordered by company name unless `orderBy` says otherwise.',
  })
  async frame(@Args(() => FrameArgs) { concept, period, unit, orderBy }: FrameArgs, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Connection<FramedFact>> {
    const source = sourceOf(ctx);
    const frame = parseFrame(period);
    if (!frame) throw new GraphQLError(`"${period}" is not a calendar period as SEC names it`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'period' } });
    const wanted = unit.trim().replace(/-per-/gi, '/');
    assertKnownUnit(source.known(), wanted, 'unit');
    // Ordered and paged on what every company's entry carries; only the page's facts are loaded (serving from the store, their companies' graphs).
    // Each page company's slice of the concept, where the selection reads nothing else (slice-selection.ts).
    const found = await source.frame(concept.trim(), wanted, frame.name, frameSliceSafe(info));
    const byName = (a: FrameEntry, b: FrameEntry) => a.companyName.localeCompare(b.companyName) || a.companyId.localeCompare(b.companyId);
    const field = orderBy?.field ?? FrameOrderField.COMPANY_NAME;
    const sign = orderBy?.direction === OrderDirection.DESC ? -1 : 1;
    found.sort((a, b) => sign * (field === FrameOrderField.VALUE ? new D(a.value).comparedTo(b.value) || byName(a, b) : byName(a, b)));
    const page = paginate(found, args, { connection: 'Query.frame', filter: { concept: concept.trim(), frame: frame.name, unit: wanted, orderBy } });
    return loadPage(page, async (entry) => toNode(await entry.load(), concept.trim()));
  }
}

function toNode(f: DomainFramedFact, concept: string): FramedFact {
  return { id: `${f.frame}|${concept}|${f.fact.unit}|${f.fact.id}`, value: f.fact.value, unit: f.fact.unit, frame: f.frame, company: f.company, fact: f.fact, period: f.fact.period, distanceDays: f.distance, rule: RULE };
}
