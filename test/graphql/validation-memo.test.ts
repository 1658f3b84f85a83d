import { describe, expect, it } from 'vitest';
import { execute } from '../helpers.js';

/** Converted, validated arguments are remembered per field and value (args-memo.ts): the memo must never let a bad value through. */
describe('remembered argument validation', () => {
  const bad = '{ company(ticker: "QFIN") { lineItems { facts(filter: { periodFrom: "2024-06-30", periodTo: "2024-01-01" }) { value } } } }';
  const good = '{ company(ticker: "QFIN") { lineItems { facts(filter: { periodFrom: "2024-01-01", periodTo: "2024-06-30" }) { value } } } }';

  it('refuses the same invalid value every time', async () => {
    for (let i = 0; i < 3; i++) {
      const result = await execute(bad);
      expect(result.errors?.length).toBeGreaterThan(0);
      // Every line item's refused facts are null (and reported once).
      expect(result.data?.company?.lineItems.every((i: { facts: unknown }) => i.facts === null)).toBe(true);
      for (const error of result.errors!) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('keeps valid and invalid values apart', async () => {
    expect((await execute(good)).errors).toBeUndefined();
    expect((await execute(bad)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await execute(good)).errors).toBeUndefined();
  });
});
