import type { Company } from './model.js';

/** What /health counts of companies: their disclosures, facts, checks and failed checks. */
export interface DisclosureCounts {
  disclosures: number;
  facts: number;
  checks: number;
  failedChecks: number;
}

/** The counts of `companies` (a graph's, or a company graph's own). */
export function disclosureCounts(companies: readonly Company[]): DisclosureCounts {
  const counts = { disclosures: 0, facts: 0, checks: 0, failedChecks: 0 };
  for (const company of companies) {
    for (const d of company.disclosures) {
      counts.disclosures++;
      counts.facts += d.facts.length;
      counts.checks += d.checks.length;
      for (const c of d.checks) if (c.status === 'FAIL') counts.failedChecks++;
    }
  }
  return counts;
}
