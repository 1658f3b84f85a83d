import { loadGraph } from './src/domain/load-graph.js';
const g = loadGraph(undefined, '/work/shared/xbrl');
const aapl = g.companyByTicker('AAPL')!;
for (const name of ['us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax', 'us-gaap:NetIncomeLoss']) {
  const facts = aapl.lineItems.flatMap(i => i.facts).filter(f => f.concept.name === name && f.dimensions.length === 0 && f.period.fiscalYear === 2023);
  for (const f of facts) console.log(name, f.period.label, f.period.startDate, f.period.endDate, f.value, f.origin, f.disclosure.form, f.source.kind === 'DERIVED' ? f.source.excerpt : '');
}
let n = 0;
for (const c of g.companies) for (const i of c.lineItems) for (const f of i.facts) {
  const reps = g.timeline.reportsOf(f);
  if (reps[0] !== f || reps.length < 2) continue;
  const decs = new Set(reps.map(r => r.decimals));
  if (decs.size > 1 && n++ < 8) console.log('precision', c.name, f.concept.name, f.period.label, reps.map(r => `${r.value}@${r.decimals} ${r.disclosure.form} ${r.disclosure.filedOn}`).join(' | '), f.dimensions.map(d=>d.member).join());
}
console.log('n', n);
