/**
 * The test server on its own, for trying or timing the fetcher without the internet:
 *   npx tsx test/edgar/serve.ts   (prints EDGAR_WWW_URL and EDGAR_DATA_URL; Ctrl-C prints the request count)
 */
import { EdgarServer, SHARED_EDGAR, sharedEdgarExists } from './edgar-server.js';

if (!sharedEdgarExists) {
  console.error(`${SHARED_EDGAR} is absent: the local EDGAR server has nothing to serve.`);
  process.exit(2);
}
const server = await new EdgarServer().start();
console.log(`EDGAR_WWW_URL=${server.wwwUrl} EDGAR_DATA_URL=${server.dataUrl}`);
const stop = async () => {
  const bytes = server.requests.length;
  console.error(`${bytes} requests served`);
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
