/**
 * The ingest's read-ahead thread (see `ingestFilings`): reads and prepares each document it is
 * sent (parsing, encoding, the COPY text), in order, while the main thread writes the previous
 * one. A document it cannot read comes back as null: the main thread reads it again for the
 * reader's own error, which does not survive the thread boundary as its class.
 */
import { parentPort } from 'node:worker_threads';
import { readSource, type IngestSource, type PreparedDocument } from './ingest.js';

parentPort!.on('message', (m: { i: number; source: IngestSource; root: string; documentId: string }) => {
  const t0 = performance.now();
  let doc: PreparedDocument | null = null;
  try {
    doc = readSource(m.source, m.root, m.documentId);
  } catch {
    doc = null;
  }
  parentPort!.postMessage({ i: m.i, doc, seconds: (performance.now() - t0) / 1000 });
});
