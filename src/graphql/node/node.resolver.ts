import { GraphQLError } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { MAX_NODE_IDS } from '../pagination/page-size.js';
import type { Node as DomainNode } from '../../domain/node.js';
import { sourceOf, type Context } from '../context.js';
import { fromGlobalId, globalIdOf } from './global-id.js';
import { Node } from './node.interface.js';

@Resolver(() => Node)
export class NodeResolver {
  /** One resolver serves `id` for every type that implements Node. */
  @FieldResolver(() => ID)
  id(@Root() node: DomainNode): string {
    return globalIdOf(node);
  }

  @Query(() => Node, { nullable: true, description: 'Fetches any object by its global ID; null when there is none.' })
  async node(@Arg('id', () => ID, { description: 'The global ID of the object.' }) id: string, @Ctx() ctx: Context): Promise<DomainNode | null> {
    const decoded = fromGlobalId(id);
    return (decoded && (await sourceOf(ctx).node(decoded.type, decoded.id))) || null;
  }

  @Query(() => [Node], { nullable: 'items', description: `Fetches objects by their global IDs, in the order given; null for an ID with no object. At most ${MAX_NODE_IDS} IDs.` })
  async nodes(@Arg('ids', () => [ID], { description: `The global IDs of the objects, at most ${MAX_NODE_IDS}.` }) ids: string[], @Ctx() ctx: Context): Promise<(DomainNode | null)[]> {
    if (ids.length > MAX_NODE_IDS) {
      const message = `Argument \`ids\` takes at most ${MAX_NODE_IDS} IDs; got ${ids.length}.`;
      throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'ids', invalidArguments: [{ argument: 'ids', message }] } });
    }
    return Promise.all(ids.map((id) => this.node(id, ctx)));
  }
}
