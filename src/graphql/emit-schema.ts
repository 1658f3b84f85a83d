import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printedSchema } from './print-schema.js';

/** `npm run schema`: writes the SDL that schema/schema.graphql must equal. */
const target = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));
mkdirSync(fileURLToPath(new URL('../../schema', import.meta.url)), { recursive: true });
writeFileSync(target, printedSchema());
console.log(`wrote ${target}`);
