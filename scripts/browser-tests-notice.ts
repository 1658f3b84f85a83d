/** Ends `npm test`: says plainly when the browser tests were skipped, and how to run them. */
import { HAS_CHROMIUM, SKIP_MESSAGE } from './chromium.js';

if (!HAS_CHROMIUM) {
  const line = '='.repeat(78);
  console.warn(`\n${line}\n${SKIP_MESSAGE}\n${line}\n`);
}
