import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type.js';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `<Name>Connection` and `<Name>Edge` types of a Relay-style connection. */
export function ConnectionType<T extends object>(name: string, nodeType: ClassType<T> | object) {
  @ObjectType(`${name}Edge`, { description: `An edge in a ${name}Connection.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this edge, for `after` and `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: 'The item at the end of the edge.' })
    node!: T;
  }

  // Left unnamed and unreferenced, so only the concrete subclass (e.g. CompanyConnection) is emitted.
  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The edges of this page.' })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: 'The items of this page, without edges.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Information to fetch the next or previous page.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has, across all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}
