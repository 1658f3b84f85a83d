import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../graphql/context.js';
import { comparisonExport } from './comparison-export.js';
import { EXPORT_KINDS, ExportRequestError, type ExportKind } from './export-kinds.js';
import { FRAME_EXPORT } from './frame-export.js';
import { toCsv, toXlsx } from './write-table.js';

export const EXPORT_PREFIX = '/export/';

/** Every kind: the statement and series kinds, and those kept in their own files. */
const KINDS: Record<string, ExportKind> = { ...EXPORT_KINDS, frame: FRAME_EXPORT, comparison: comparisonExport };

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', write: toCsv },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', write: toXlsx },
} as const;

/**
 * `GET /export/<kind>.<csv|xlsx>?…`: runs the kind's GraphQL operation in-process through
 * Apollo (the same validation, cost and depth limits as `/graphql`) and sends its answer as
 * a file. A GraphQL error in the answer is sent as the API would send it, with its code.
 */
export function createExportHandler(apollo: ApolloServer<Context>, context: () => Promise<Omit<Context, 'today'>>) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL, today: string): Promise<void> => {
    const send = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET');
      return send(405, 'BAD_REQUEST', `${req.method} is not supported: exports are GET requests.`);
    }
    const match = /^\/export\/([a-z]+)\.(csv|xlsx)$/.exec(url.pathname);
    const kind = match && Object.hasOwn(KINDS, match[1]) ? KINDS[match[1]] : undefined;
    if (!match || !kind) return send(404, 'NOT_FOUND', `No such export: use ${Object.keys(KINDS).map((k) => `${EXPORT_PREFIX}${k}.csv or .xlsx`).join(', ')}.`);
    for (const [name, p] of Object.entries(kind.params)) {
      if (p.required && !url.searchParams.get(name)) return send(400, 'BAD_USER_INPUT', `Parameter \`${name}\` is required: ${p.description}.`, { argumentName: name });
    }
    let variables: Record<string, unknown>;
    try {
      variables = kind.variables(url.searchParams);
    } catch (error) {
      if (error instanceof ExportRequestError) return send(error.status, error.code, error.message);
      throw error;
    }
    const response = await apollo.executeOperation({ query: kind.query, variables }, { contextValue: { ...(await context()), today } });
    if (response.body.kind !== 'single') return send(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) {
      const first = errors[0];
      const code = String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      return send(code === 'INTERNAL_SERVER_ERROR' ? 500 : 400, code, first.message, { ...first.extensions, code });
    }
    try {
      const table = kind.table(data, url.searchParams);
      const format = FORMATS[match[2] as keyof typeof FORMATS];
      const body = await format.write(table);
      res.writeHead(200, {
        'content-type': format.type,
        'content-disposition': `attachment; filename="${table.name}.${match[2]}"`,
        'content-length': String(body.length),
        'cache-control': 'no-cache',
        'access-control-allow-origin': '*',
        ...table.httpHeaders,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (error instanceof ExportRequestError) return send(error.status, error.code, error.message);
      throw error;
    }
  };
}
