import { describe, expect, it } from 'vitest';
import { execute } from '../helpers.js';

describe('refused arguments', () => {
  it('are named in the error, but a huge value is not sent back whole', async () => {
    const ticker = 'X'.repeat(900_000);
    const result = await execute('query($t: String!) { company(ticker: $t) { name } }', { t: ticker });
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/Argument `ticker`/);
    expect(error?.message).toMatch(/… \(900002 characters\)/);
    expect(JSON.stringify(result).length).toBeLessThan(2_000);
  });
});
