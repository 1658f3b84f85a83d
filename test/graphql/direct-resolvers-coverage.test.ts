import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema } from '../../src/graphql/build-schema.js';
import { isDirectResolver } from '../../src/graphql/direct-resolvers.js';

/**
 * Every field with a resolver of ours skips type-graphql's per-call wrapper
 * (direct-resolvers.ts): a new resolver shape the direct path does not handle (an
 * interface's field, a typed root, a custom parameter) would silently cost several times
 * more per call.
 */
describe('direct resolvers', () => {
  it('serve every resolved field of every object type', () => {
    const slow: string[] = [];
    let fast = 0;
    for (const type of Object.values(getSchema().getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.resolve) continue;
        if (isDirectResolver(field.resolve)) fast++;
        else slow.push(`${type.name}.${field.name}`);
      }
    }
    expect(slow).toEqual([]);
    expect(fast).toBeGreaterThan(100);
  });
});
