import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './build-schema.js';

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(getSchema()))}\n`;
}
