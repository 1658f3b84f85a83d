import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

/** Resolves when the child's stdout matches `pattern`. */
function waitForOutput(proc: ChildProcess, pattern: RegExp, seen: { out: string }): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = seen.out.match(pattern);
      if (m) {
        proc.stdout!.off('data', check);
        resolve(m);
      }
    };
    proc.stdout!.on('data', (chunk: Buffer) => {
      seen.out += chunk.toString();
      check();
    });
    proc.once('exit', (code) => reject(new Error(`exited with ${code} before printing ${pattern}: ${seen.out}`)));
    check();
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('SIGTERM', () => {
  it('stops accepting connections, finishes a request in flight, then exits 0', async () => {
    const seen = { out: '' };
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env: { ...process.env, PORT: '0', NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    const [, port] = await waitForOutput(child, /ready at http:\/\/localhost:(\d+)\/graphql/, seen);

    // A slow client: the request's body arrives in two parts, with the shutdown in between.
    const body = JSON.stringify({ query: '{ company(ticker: "QFIN") { name lineItems { label } } }' });
    const half = Math.floor(body.length / 2);
    const response = new Promise<{ status: number; connection: string | undefined; text: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: Number(port), path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, half));
      void sleep(300).then(async () => {
        child!.kill('SIGTERM');
        await waitForOutput(child!, /SIGTERM: draining/, seen);
        // New connections are refused while the request in flight is still being received.
        await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
        expect(child!.exitCode).toBeNull();
        req.end(body.slice(half));
      });
    });

    const answer = await response;
    expect(answer.status).toBe(200);
    expect(answer.connection).toBe('close');
    const json = JSON.parse(answer.text);
    expect(json.errors).toBeUndefined();
    expect(json.data.company.name).toBe('Qifu Technology');
    expect(await exited).toBe(0);
    expect(seen.out).toMatch(/Stopped\./);
  });
});
