/** Store mode's setup file: after each test file, says which of its graphs were served from memory, and why (store-mode.ts). */
import { afterAll } from 'vitest';
import { storeModeSkips } from './store-mode.js';

afterAll(() => {
  const reasons = [...new Set(storeModeSkips.splice(0))];
  if (reasons.length) console.warn(`TEST_SOURCE=store: served from memory here: ${reasons.join('; ')}.`);
});
