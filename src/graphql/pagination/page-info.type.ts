import { Field, ObjectType } from 'type-graphql';

@ObjectType('PageInfo', { description: 'Where a page sits in its list, for Relay-style pagination.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; null when the page is empty.' })
  endCursor!: string | null;
}
