/**
 * The README's example operations, as the documents GraphQL Code Generator types
 * (`npm run codegen` writes them to client/operations.graphql, then generates
 * client/operations.generated.ts from schema/schema.graphql).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const OPERATIONS_FILE = fileURLToPath(new URL('../client/operations.graphql', import.meta.url));
const README = fileURLToPath(new URL('../README.md', import.meta.url));

/** Every ```graphql block of the README, in order. */
export function readmeOperations(readme = readFileSync(README, 'utf8')): string[] {
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1].trim());
}

export function operationsDocument(readme?: string): string {
  return `# Generated from README.md by \`npm run codegen\`; do not edit.\n\n${readmeOperations(readme).join('\n\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OPERATIONS_FILE, operationsDocument());
  console.log(`wrote ${OPERATIONS_FILE}`);
}
