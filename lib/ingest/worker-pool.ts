/**
 * Web pages and PDFs are converted in worker threads, never on the thread that answers requests:
 * a hostile page (200,000 nested <div>, 100,000 unclosed <b>) or PDF could otherwise hold every
 * request of the server. The pool is bounded: at most `workers` conversions run at once and at most
 * `maxQueued` wait; each has a time limit (the worker is terminated when it passes it) and a memory
 * limit (V8's heap limit for the worker, `resourceLimits`). Going past either, or a full queue, is
 * refused with an IngestError whose message says what to do.
 *
 * Built on node:worker_threads alone (no pool library): the pool is ~150 lines, and a worker that
 * passed its limit is terminated and replaced rather than reused.
 *
 * Settings (read once): CLAIMDESK_CONVERT_TIMEOUT_S (default 20), CLAIMDESK_CONVERT_MEMORY_MB
 * (default 512), CLAIMDESK_CONVERT_WORKERS (default: one per core less one, at most 2, at least 1).
 */
import { execFile } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { readEnv } from "@/lib/core/env";
import { IngestError } from "./errors";
import type { HtmlDocument } from "./html";
import type { PdfDocument } from "./pdf";
import type { ConversionJob, ConversionReply } from "./worker-protocol";

export interface PoolLimits {
  timeoutMs: number;
  memoryMb: number;
  workers: number;
  maxQueued: number;
}

/** The pool's settings (the variables are checked by lib/core/env.ts). */
export function readPoolLimits(env: Record<string, string | undefined> = process.env): PoolLimits {
  const settings = readEnv(env);
  const workers = settings.CLAIMDESK_CONVERT_WORKERS ?? Math.min(2, Math.max(1, os.availableParallelism() - 1));
  return {
    timeoutMs: settings.CLAIMDESK_CONVERT_TIMEOUT_S * 1000,
    memoryMb: settings.CLAIMDESK_CONVERT_MEMORY_MB ?? 512,
    workers,
    maxQueued: workers * 4,
  };
}

interface Task {
  job: ConversionJob;
  resolve(reply: ConversionReply & { ok: true }): void;
  reject(error: Error): void;
}

/**
 * The bundled worker (lib/ingest/worker-bundle.mjs), brought up to date once per process, in a
 * child process so the request thread never waits on it.
 */
let workerFile: Promise<string> | undefined;
function bundledWorker(): Promise<string> {
  workerFile ??= new Promise<string>((resolve, reject) => {
    const root = process.cwd();
    const script = path.join(/*turbopackIgnore: true*/ root, "lib", "ingest", "worker-bundle.mjs");
    execFile(process.execPath, [script], { cwd: root }, (error, _stdout, stderr) => {
      if (error) {
        workerFile = undefined;
        reject(new Error(`Could not build the conversion worker: ${stderr || error.message}`));
      } else resolve(path.join(/*turbopackIgnore: true*/ root, ".cache", "ingest-worker.mjs"));
    });
  });
  return workerFile;
}

export class ConversionPool {
  private readonly idle: Worker[] = [];
  private running = 0;
  private readonly queue: Task[] = [];

  constructor(
    readonly limits: PoolLimits,
    private readonly file: () => Promise<string> = bundledWorker,
  ) {}

  run(job: ConversionJob): Promise<ConversionReply & { ok: true }> {
    return new Promise((resolve, reject) => {
      const task: Task = { job, resolve, reject };
      if (this.running < this.limits.workers) this.start(task);
      else if (this.queue.length < this.limits.maxQueued) this.queue.push(task);
      else {
        reject(new IngestError("busy", "Claim Desk is converting other files right now and cannot take this one. Try again in a minute."));
      }
    });
  }

  /** Stops every worker (tests, shutdown). */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()));
  }

  private spawn(file: string): Worker {
    return new Worker(file, {
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.memoryMb,
        maxYoungGenerationSizeMb: Math.max(16, Math.round(this.limits.memoryMb / 8)),
      },
      stdout: false,
      stderr: false,
    });
  }

  private start(task: Task): void {
    this.running += 1;
    const idle = this.idle.pop();
    const ready = idle ? Promise.resolve(idle) : this.file().then((file) => this.spawn(file));
    ready.then(
      (worker) => this.dispatch(task, worker),
      (error: unknown) => {
        this.running -= 1;
        task.reject(error instanceof Error ? error : new Error(String(error)));
        this.next();
      },
    );
  }

  private dispatch(task: Task, worker: Worker): void {
    worker.ref();
    const seconds = Math.round(this.limits.timeoutMs / 1000);
    let settled = false;
    const finish = (keep: boolean, outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Only our own listeners: the Worker keeps internal ones of its own.
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      if (keep) {
        worker.unref();
        this.idle.push(worker);
      } else {
        worker.on("error", () => {});
        void worker.terminate();
      }
      this.running -= 1;
      outcome();
      this.next();
    };
    const timer = setTimeout(() => {
      finish(false, () =>
        task.reject(
          new IngestError(
            "too_complex",
            `Converting this file took longer than ${seconds} s, the limit, so it was stopped: the document is too large or too complex (nested too deeply, for instance). Paste the release's text instead.`,
          ),
        ),
      );
    }, this.limits.timeoutMs);
    const onMessage = (reply: ConversionReply) => {
      finish(true, () => {
        if (reply.ok) task.resolve(reply);
        else task.reject(reply.code ? new IngestError(reply.code, reply.message) : new Error(reply.message));
      });
    };
    const onError = (error: Error & { code?: string }) => {
      finish(false, () =>
        task.reject(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new IngestError(
                "too_complex",
                `Converting this file needed more than ${this.limits.memoryMb} MB of memory, the limit, so it was stopped: the document is too large or too complex. Paste the release's text instead.`,
              )
            : error,
        ),
      );
    };
    const onExit = (code: number) => {
      finish(false, () => task.reject(new Error(`the conversion worker stopped (exit code ${code})`)));
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(task.job);
  }

  private next(): void {
    const task = this.queue.shift();
    if (task) this.start(task);
  }
}

// The process-wide pool, on globalThis: Next may evaluate this module more than once in one process.
const store = globalThis as typeof globalThis & { __claimDeskConversionPool?: ConversionPool };

function pool(): ConversionPool {
  store.__claimDeskConversionPool ??= new ConversionPool(readPoolLimits());
  return store.__claimDeskConversionPool;
}

export async function convertHtmlInWorker(html: string, pageUrl: string | null): Promise<HtmlDocument> {
  const reply = await pool().run({ kind: "html", html, pageUrl });
  if (reply.kind !== "html") throw new Error("the conversion worker answered the wrong kind");
  return reply.document;
}

export async function convertPdfInWorker(bytes: Uint8Array): Promise<PdfDocument> {
  const reply = await pool().run({ kind: "pdf", bytes });
  if (reply.kind !== "pdf") throw new Error("the conversion worker answered the wrong kind");
  return reply.document;
}
