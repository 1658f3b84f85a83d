import { relative } from 'node:path';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { SetAsideFiling as DomainSetAside } from '../../xbrl/set-aside.js';
import { sourceOf, type Context } from '../context.js';
import { ConnectionArgs } from '../pagination/connection.args.js';
import type { Connection } from '../pagination/connection.type.js';
import { paginate } from '../pagination/paginate.js';
import { SetAsideFilingConnection } from './set-aside-filing-connection.type.js';
import { SetAsideFiling } from './set-aside-filing.type.js';

/** The filings that did not load: what a user checks first when a company or a quarter is missing. */
@Resolver(() => SetAsideFiling)
export class SetAsideFilingResolver {
  @Query(() => SetAsideFilingConnection, { description: 'Filing folders under FILINGS_DIR that were found but set aside, each with the file, line and reason, sorted by folder; empty when every filing loaded. The other filings are served as usual.' })
  async setAsideFilings(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Connection<SetAsideFiling>> {
    const setAside = await sourceOf(ctx).setAside();
    const rel = (p: string) => relative(setAside.root, p) || '.';
    const list = setAside.list.map((r: DomainSetAside): SetAsideFiling => ({ id: rel(r.folder), folder: rel(r.folder), file: r.file === null ? null : rel(r.file), line: r.line, reason: r.reason }));
    return paginate(list, args, { connection: 'Query.setAsideFilings' });
  }
}
