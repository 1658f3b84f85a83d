import { Field, ID, InterfaceType } from 'type-graphql';
import type { Node as DomainNode } from '../../domain/node.js';

@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque ID, which `node(id:)` can refetch.',
  resolveType: (node: DomainNode) => node.type,
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique, opaque identifier of this object.' })
  id!: string;
}
