/**
 * The worker thread that converts web pages and PDFs (lib/ingest/worker-pool.ts starts it from
 * the bundle lib/ingest/worker-bundle.mjs makes of this file). One job at a time: a message in,
 * one message out. An IngestError crosses back as its code and message.
 */
import { parentPort } from "node:worker_threads";
import { isIngestError } from "./errors";
import { htmlToDocument } from "./html";
import { pdfToDocument } from "./pdf";
import type { ConversionJob, ConversionReply } from "./worker-protocol";

if (!parentPort) throw new Error("convert-worker runs as a worker thread only");
const port = parentPort;

port.on("message", (job: ConversionJob) => void convert(job));

async function convert(job: ConversionJob): Promise<void> {
  let reply: ConversionReply;
  try {
    reply =
      job.kind === "html"
        ? { ok: true, kind: "html", document: htmlToDocument(job.html, { pageUrl: job.pageUrl }) }
        : { ok: true, kind: "pdf", document: await pdfToDocument(job.bytes) };
  } catch (error) {
    reply = isIngestError(error)
      ? { ok: false, code: error.code, message: error.message }
      : { ok: false, code: null, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
}
