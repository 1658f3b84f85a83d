import type { Graph } from '../graph.js';
import { checkChanges } from './changes.js';
import { checkConcepts } from './concepts.js';
import { checkFormulas } from './formulas.js';
import { checkNarrative } from './narrative.js';
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
  checkNarrative(graph);
  checkFormulas(graph);
  checkChanges(graph);
  // Failures first: what a reader of `disclosure.checks` needs to see.
  for (const company of graph.companies) {
    for (const disclosure of company.disclosures) disclosure.checks.sort((a, b) => Number(b.status === 'FAIL') - Number(a.status === 'FAIL'));
  }
}
