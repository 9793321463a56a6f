/**
 * The engine's command line.
 *
 *   npm run claims -- extract FILE [--format json|table] [--timings] [--explain]
 *                                                          claims and checks of one UTF-8 text file
 *   npm run claims -- numbers                              every number of each stdin line, as JSON
 */
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { extractClaims, findNumbers } from "@/lib/engine";
import { formatTable } from "./table";
import { decodeText, InputError, MAX_INPUT_BYTES } from "./input";

const USAGE = `usage:
  npm run claims -- extract FILE [--format json|table] [--timings] [--explain]
  npm run claims -- numbers            (reads one input per line on stdin)`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "extract") {
    const file = rest.find((a) => !a.startsWith("--") && a !== "json" && a !== "table");
    const formatAt = rest.indexOf("--format");
    const format = formatAt >= 0 ? rest[formatAt + 1] : (rest.find((a) => a.startsWith("--format="))?.slice(9) ?? "json");
    if (!file) return fail(`extract needs a FILE.\n${USAGE}`);
    if (format !== "json" && format !== "table") return fail(`--format must be json or table, not ${JSON.stringify(format)}.`);
    // Milliseconds since the process started: what Node and loading the engine took before this line.
    const started = performance.now();
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      return fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const text = decodeText(bytes, file);
    const read = performance.now();
    const result = extractClaims(text, { explain: rest.includes("--explain") });
    const extracted = performance.now();
    process.stdout.write(format === "table" ? formatTable(text, result) : `${JSON.stringify(result)}\n`);
    if (rest.includes("--timings")) {
      // One line on stderr, so the output stays clean: where the time went (the benchmark reads it).
      const ms = (n: number) => Math.round(n * 10) / 10;
      const timings = {
        bytes: bytes.length,
        startMs: ms(started),
        readMs: ms(read - started),
        extractMs: ms(extracted - read),
        writeMs: ms(performance.now() - extracted),
      };
      process.stderr.write(`claims: timings ${JSON.stringify(timings)}\n`);
    }
    return 0;
  }
  if (command === "numbers") {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    const out: string[] = [];
    for await (const line of lines) {
      out.push(JSON.stringify(findNumbers(line)));
      if (out.length >= 1000) process.stdout.write(`${out.splice(0).join("\n")}\n`);
    }
    if (out.length) process.stdout.write(`${out.join("\n")}\n`);
    return 0;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  return fail(command ? `unknown command ${JSON.stringify(command)}.\n${USAGE}` : USAGE);
}

function fail(message: string): number {
  process.stderr.write(`claims: ${message}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    // Not process.exit(): stdout to a pipe is asynchronous, and exiting would cut the JSON short.
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof InputError) {
      process.stderr.write(`claims: ${e.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw e;
  },
);

export { MAX_INPUT_BYTES };
