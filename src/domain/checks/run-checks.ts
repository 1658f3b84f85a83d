import type { Graph } from '../graph.js';
import { checkConcepts } from './concepts.js';
import { checkIdentities } from './identities.js';
import { checkSourceText } from './source-text.js';
import { checkTranslations } from './translations.js';

/**
 * Runs every check at load. Checks never stop start-up: a failure is recorded on its
 * disclosure, visible in the API and fails the test suite.
 */
export function runChecks(graph: Graph): void {
  checkSourceText(graph);
  checkIdentities(graph);
  checkTranslations(graph);
  checkConcepts(graph);
}
