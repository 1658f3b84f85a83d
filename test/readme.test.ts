import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execute } from './helpers.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
/** Every ```graphql block of the README. */
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('README example queries', () => {
  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((query, i) => [i + 1, query.split('\n').find((l) => l.startsWith('#')) ?? query.slice(0, 60), query]))(
    'example %i runs without errors and returns data: %s',
    async (_n, _title, query) => {
      const result = await execute(query as string);
      expect(result.errors).toBeUndefined();
      const values = Object.values(result.data ?? {});
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) expect(value).not.toBeNull();
    },
  );
});
