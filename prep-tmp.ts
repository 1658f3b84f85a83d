import { loadGraph } from './src/domain/load-graph.js';
import { searchDocumentsOf } from './src/domain/search/search-index.js';
import { searchRowViews } from './src/graphql/search/search-row-views.js';
import { SHARED_XBRL } from './test/xbrl/helpers.js';
const g = loadGraph(undefined, SHARED_XBRL);
await searchRowViews.of(g, searchDocumentsOf(g.companies[1]).slice(0, 5).map(d=>d.node));
for (let r = 0; r < 2; r++) for (const c of g.companies) {
  const docs = searchDocumentsOf(c).map((d) => d.node);
  const t = performance.now();
  const v = await searchRowViews.of(g, docs);
  console.log(c.name, docs.length, (performance.now() - t).toFixed(0), 'ms', JSON.stringify(v).length);
}
