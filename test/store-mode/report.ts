/** Store mode's setup file: after each test file, says how many of its operations and servers read the store, which read a graph in memory, and why (store-mode.ts). */
import { afterAll } from 'vitest';
import { storeModeSkips, storeModeUse } from './store-mode.js';

afterAll(() => {
  const reasons = [...new Set(storeModeSkips.splice(0))];
  console.log(`TEST_SOURCE=store: ${storeModeUse.store} over the store, ${storeModeUse.memory} over a graph in memory${reasons.length ? ` (${reasons.join('; ')})` : ''}.`);
  storeModeUse.store = storeModeUse.memory = 0;
});
