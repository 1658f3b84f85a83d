import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';

const started: ChildProcess[] = [];
const serverPids: number[] = [];
afterEach(() => {
  for (const pid of serverPids.splice(0)) if (alive(pid)) process.kill(pid, 'SIGKILL');
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves when the child's stdout (collected in `seen.out`) matches `pattern`. */
function waitForOutput(proc: ChildProcess, pattern: RegExp, seen: { out: string }): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = seen.out.match(pattern);
      if (m) {
        proc.stdout!.off('data', check);
        resolve(m);
      }
    };
    proc.stdout!.on('data', check);
    proc.once('exit', (code) => reject(new Error(`exited with ${code} before printing ${pattern}: ${seen.out}`)));
    check();
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the server (through `npm start`, or node directly), sends a request whose body
 * arrives in two parts with `signal` in between, and reports how the request and the
 * processes ended. `NODE_ENV=production`, as in production.
 */
async function signalDuringRequest(how: 'npm' | 'node', signal: (child: ChildProcess, serverPid: number) => void) {
  const seen = { out: '' };
  const env = { ...process.env, PORT: '0', NODE_ENV: 'production', DRAIN_TIMEOUT_MS: '20000' };
  const child =
    how === 'npm'
      ? spawn('npm', ['start', '--silent'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
      : spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  child.stdout!.on('data', (chunk: Buffer) => (seen.out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const [, port, pid] = await waitForOutput(child, /ready at http:\/\/localhost:(\d+)\/graphql \(process (\d+)\)/, seen);
  const serverPid = Number(pid);
  serverPids.push(serverPid);
  if (how === 'npm') expect(serverPid).not.toBe(child.pid);

  // Errors in production carry no stack trace.
  const bad: any = await (await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ companies(first: 0) { totalCount } nope }' }) })).json();
  expect(bad.errors.length).toBeGreaterThan(0);
  expect(JSON.stringify(bad)).not.toMatch(/stacktrace|\.ts:\d/);

  const body = JSON.stringify({ query: '{ company(ticker: "QFIN") { name lineItems { label } } }' });
  const half = Math.floor(body.length / 2);
  const answer = await new Promise<{ status: number; connection: string | undefined; text: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: Number(port), path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, text }));
    });
    req.on('error', reject);
    req.write(body.slice(0, half));
    void sleep(300).then(async () => {
      signal(child, serverPid);
      await waitForOutput(child, /: draining in-flight requests/, seen);
      // New connections are refused while the request in flight is still being received.
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
      expect(alive(serverPid)).toBe(true);
      req.end(body.slice(half));
    });
  });
  const code = await exited;
  // The server is gone, not orphaned behind an exited npm.
  for (let i = 0; i < 50 && alive(serverPid); i++) await sleep(100);
  return { answer, code, serverAlive: alive(serverPid), out: seen.out };
}

function expectCompleted(answer: { status: number; connection: string | undefined; text: string }) {
  expect(answer.status).toBe(200);
  expect(answer.connection).toBe('close');
  const json = JSON.parse(answer.text);
  expect(json.errors).toBeUndefined();
  expect(json.data.company.name).toBe('Qifu Technology');
}

describe('process life', () => {
  it('`npm start` passes SIGTERM to the server, which finishes the request in flight and exits 0', async () => {
    const { answer, code, serverAlive, out } = await signalDuringRequest('npm', (child) => child.kill('SIGTERM'));
    expectCompleted(answer);
    expect(code).toBe(0);
    expect(serverAlive).toBe(false);
    expect(out).toMatch(/SIGTERM: draining[\s\S]*Stopped\./);
  });

  it('Ctrl-C under `npm start` (SIGINT to npm and the server at once) drains once and exits 0', async () => {
    // A terminal sends SIGINT to its whole foreground process group; npm forwards it again.
    const { answer, code, serverAlive, out } = await signalDuringRequest('npm', (child) => process.kill(-child.pid!, 'SIGINT'));
    expectCompleted(answer);
    expect(code).toBe(0);
    expect(serverAlive).toBe(false);
    expect(out.match(/draining/g)).toHaveLength(1);
  });

  it('SIGHUP drains like SIGTERM', async () => {
    const { answer, code, serverAlive } = await signalDuringRequest('node', (_child, pid) => process.kill(pid, 'SIGHUP'));
    expectCompleted(answer);
    expect(code).toBe(0);
    expect(serverAlive).toBe(false);
  });
});
