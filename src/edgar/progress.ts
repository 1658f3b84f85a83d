import cliProgress from 'cli-progress';
import type { EdgarClient } from './client.js';

/** What the run reports as it goes: a bar on a terminal, plain lines otherwise (logs, CI, tests). */
export interface Progress {
  company(label: string, filings: number): void;
  filingDone(): void;
  log(line: string): void;
  stop(): void;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

export function createProgress(client: EdgarClient, stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? new BarProgress(client, stream) : new LineProgress(stream);
}

class BarProgress implements Progress {
  private readonly bar: cliProgress.SingleBar;
  private readonly started = Date.now();
  private active = false;
  private label = '';
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly client: EdgarClient,
    private readonly stream: NodeJS.WriteStream,
  ) {
    this.bar = new cliProgress.SingleBar(
      {
        stream,
        format: '{company} |{bar}| {value}/{total} filings | {bytes} | {rate} req/s | {eta_formatted} left',
        etaBuffer: 20,
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    // Bytes and rate move between filings too.
    this.timer = setInterval(() => this.active && this.bar.update(this.payload()), 500);
    this.timer.unref();
  }

  private payload() {
    const seconds = (Date.now() - this.started) / 1000;
    return { company: this.label, bytes: formatBytes(this.client.bytes), rate: seconds > 0 ? (this.client.requests / seconds).toFixed(1) : '0.0' };
  }

  company(label: string, filings: number): void {
    if (this.active) this.bar.stop();
    this.label = label;
    this.bar.start(filings, 0, this.payload());
    this.active = true;
  }

  filingDone(): void {
    this.bar.increment(1, this.payload());
  }

  log(line: string): void {
    // Above the bar: clear its line, print, and let the bar draw itself again below.
    this.stream.write('\r\x1b[2K' + line + '\n');
    if (this.active) this.bar.update(this.payload());
  }

  stop(): void {
    clearInterval(this.timer);
    if (this.active) this.bar.stop();
    this.active = false;
  }
}

class LineProgress implements Progress {
  private done = 0;
  private total = 0;
  private label = '';

  constructor(private readonly stream: NodeJS.WriteStream) {}

  company(label: string, filings: number): void {
    this.label = label;
    this.done = 0;
    this.total = filings;
    this.stream.write(`${label}: ${filings} filings to check\n`);
  }

  filingDone(): void {
    this.done++;
    // Every tenth filing and the last: enough to follow a long run without flooding a log.
    if (this.done === this.total || this.done % 10 === 0) this.stream.write(`${this.label}: ${this.done}/${this.total} filings\n`);
  }

  log(line: string): void {
    this.stream.write(line + '\n');
  }

  stop(): void {}
}
