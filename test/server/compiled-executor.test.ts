import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CompiledQueryCache, compiledGateway } from '../../src/server/compiled-executor.js';

/** A schema with a @oneOf input, which the API does not have yet: graphql-jit does not enforce @oneOf. */
function oneOfSchema() {
  const schema = buildSchema(`
    directive @oneOf on INPUT_OBJECT
    input By @oneOf { id: ID, name: String }
    input Wrapper { by: By! }
    type Query { find(by: By!): String, wrapped(w: Wrapper!): String }
  `);
  const describeBy = (by: Record<string, unknown>) => Object.entries(by).map(([k, v]) => `${k}=${v}`).join(',');
  schema.getQueryType()!.getFields().find.resolve = (_r, args) => describeBy(args.by);
  schema.getQueryType()!.getFields().wrapped.resolve = (_r, args) => describeBy(args.w.by);
  return schema;
}

async function run(executor: 'compiled' | 'graphql-js', query: string, variables: Record<string, unknown>) {
  const schema = oneOfSchema();
  const answeredBy: string[] = [];
  const apollo = executor === 'compiled'
    ? new ApolloServer({ gateway: compiledGateway(schema, { compileOnFirstUse: true, onExecuted: (by) => answeredBy.push(by) }) })
    : new ApolloServer({ schema });
  await apollo.start();
  try {
    const response = await apollo.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { result: JSON.stringify(response.body.singleResult), answeredBy };
  } finally {
    await apollo.stop();
  }
}

describe('the compiled executor', () => {
  it.each([
    ['two members of a @oneOf variable', 'query Q($by: By!) { find(by: $by) }', { by: { id: '1', name: 'x' } }],
    ['a @oneOf member that is null', 'query Q($by: By!) { find(by: $by) }', { by: { id: null } }],
    ['a @oneOf input nested in a variable', 'query Q($w: Wrapper!) { wrapped(w: $w) }', { w: { by: { id: '1', name: 'x' } } }],
    ['a valid @oneOf variable', 'query Q($by: By!) { find(by: $by) }', { by: { name: 'x' } }],
  ])('answers %s as graphql-js does, by running graphql-js', async (_name, query, variables) => {
    const compiled = await run('compiled', query, variables);
    const interpreted = await run('graphql-js', query, variables);
    expect(compiled.result).toBe(interpreted.result);
    expect(compiled.answeredBy).toEqual(['graphql-js']);
  });

  it('compiles an operation without @oneOf variables', async () => {
    const compiled = await run('compiled', '{ find(by: { id: "7" }) }', {});
    expect(compiled.result).toBe('{"data":{"find":"id=7"}}');
    expect(compiled.answeredBy).toEqual(['compiled']);
  });

  it('runs a document on graphql-js the first time, compiled from the second, by default', async () => {
    const answeredBy: string[] = [];
    const apollo = new ApolloServer({ gateway: compiledGateway(oneOfSchema(), { onExecuted: (by) => answeredBy.push(by) }) });
    await apollo.start();
    const results = [];
    for (let i = 0; i < 3; i++) results.push(JSON.stringify(await apollo.executeOperation({ query: '{ find(by: { name: "n" }) }' })));
    await apollo.stop();
    expect(answeredBy).toEqual(['graphql-js', 'compiled', 'compiled']);
    expect(new Set(results).size).toBe(1);
  });

  it('keeps compiled queries within a bound in bytes, least recently used evicted first', () => {
    const cache = new CompiledQueryCache(10_000);
    const entry = (bytes: number) => ({ run: { query: () => ({}), stringify: JSON.stringify } as never, bytes });
    for (let i = 0; i < 100; i++) cache.set(`q${i}`, entry(1_000));
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.count).toBe(10);
    expect(cache.get('q99')).toBeDefined();
    expect(cache.get('q0')).toBeUndefined();
    cache.set('huge', entry(5_000)); // over a quarter of the bound: not kept
    expect(cache.get('huge')).toBeUndefined();
  });
});
