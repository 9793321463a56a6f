/**
 * `npm test`: every suite, one summary.
 *
 *   tsc --noEmit            counted as one test
 *   eslint                  one test per file linted (a file with any error or warning fails)
 *   prettier                one test per file Prettier formats (a file it would change fails)
 *   import boundaries       dependency-cruiser: one test per module (one with a forbidden import
 *                           fails); a matrix that allows a new folder cycle fails as a whole
 *   vitest unit             pure tests
 *   vitest pglite           db tests on an in-memory PGlite
 *   vitest postgres         the same db tests on PostgreSQL (needs TEST_DATABASE_URL, else skipped)
 *   next build              counted as one test; the e2e server runs the production build
 *   playwright              e2e (expected = passed, unexpected + flaky = failed)
 *
 * Each suite's own reporter prints as it runs; counts come from machine-readable reports, never
 * from scraping output. The last line is exactly "N passed, N failed, N skipped". Exit code 1 when
 * anything failed, including a suite that crashed before reporting.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface SuiteResult extends Counts {
  name: string;
  seconds: number;
  note?: string;
}

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-tests-"));
const results: SuiteResult[] = [];
const baseEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: process.env.FORCE_COLOR ?? "1" };

function banner(text: string): void {
  console.log(`\n${"=".repeat(8)} ${text} ${"=".repeat(Math.max(8, 72 - text.length))}`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = baseEnv): Promise<{ code: number; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve({ code: 127, seconds: (performance.now() - started) / 1000 });
    });
    child.on("close", (code, signal) => {
      resolve({ code: code ?? (signal ? 128 : 1), seconds: (performance.now() - started) / 1000 });
    });
  });
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

/** A suite that exited non-zero must count as at least one failure, even if its report says otherwise. */
function atLeastOneFailure(counts: Counts, code: number): Counts {
  return code !== 0 && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
}

// ------------------------------------------------------------------------------------------------

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
}

async function vitestProject(project: string, env: NodeJS.ProcessEnv = baseEnv): Promise<VitestJson | null> {
  banner(`vitest --project ${project}`);
  const output = path.join(reportDir, `vitest-${project}.json`);
  const { code, seconds } = await run(
    bin("vitest"),
    ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`],
    env,
  );
  const report = readJson<VitestJson>(output);
  let counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  let note: string | undefined;
  if (report) {
    // A file that fails to load has no failed tests but must still count as a failure.
    const brokenFiles = report.testResults.filter(
      (file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed"),
    ).length;
    counts = {
      passed: report.numPassedTests,
      failed: report.numFailedTests + brokenFiles,
      skipped: report.numPendingTests + report.numTodoTests,
    };
    if (brokenFiles) note = `${brokenFiles} test file(s) failed to run`;
  } else {
    note = "no report (the run crashed before reporting)";
  }
  if (code !== 0 && counts.failed === 0) note ??= `exited with code ${code}`;
  results.push({ name: `vitest ${project}`, seconds, note, ...atLeastOneFailure(counts, code) });
  return report;
}

async function typecheck(): Promise<void> {
  banner("tsc --noEmit");
  const { code, seconds } = await run(bin("tsc"), ["--noEmit", "--pretty"]);
  if (code === 0) console.log("tsc: no type errors");
  results.push({ name: "tsc --noEmit", seconds, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });
}

interface EslintFile {
  filePath: string;
  errorCount: number;
  warningCount: number;
  messages: { line?: number; column?: number; message: string; ruleId: string | null }[];
}

async function lint(): Promise<void> {
  banner("eslint");
  const output = path.join(reportDir, "eslint.json");
  const { code, seconds } = await run(bin("eslint"), ["--max-warnings", "0", "--format", "json", "--output-file", output, "."]);
  const report = readJson<EslintFile[]>(output);
  for (const file of report ?? []) {
    for (const message of file.messages) {
      console.log(
        `${path.relative(root, file.filePath)}:${message.line ?? 0}:${message.column ?? 0}  ${message.message}  ${message.ruleId ?? ""}`,
      );
    }
  }
  const failed = report?.filter((file) => file.errorCount + file.warningCount > 0).length ?? 0;
  const counts: Counts = { passed: (report?.length ?? 0) - failed, failed, skipped: 0 };
  if (code === 0) console.log(`eslint: ${counts.passed} files, no problems`);
  results.push({ name: "eslint", seconds, note: report ? undefined : "no report (eslint crashed)", ...atLeastOneFailure(counts, code) });
}

/** Prettier's check, through its API so each file counts: `git ls-files` (tracked and new), minus .prettierignore. */
async function format(): Promise<void> {
  banner("prettier --check");
  const started = performance.now();
  const prettier = await import("prettier");
  const listed = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], { cwd: root, encoding: "utf8" });
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const file of listed.split("\0").filter(Boolean)) {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) continue;
    const info = await prettier.getFileInfo(full, { ignorePath: path.join(root, ".prettierignore") });
    if (info.ignored || !info.inferredParser) continue;
    const options = { ...(await prettier.resolveConfig(full)), filepath: full };
    if (await prettier.check(fs.readFileSync(full, "utf8"), options)) counts.passed += 1;
    else {
      counts.failed += 1;
      console.log(`not formatted: ${file} (npm run format)`);
    }
  }
  if (counts.failed === 0) console.log(`prettier: ${counts.passed} files, all formatted`);
  results.push({ name: "prettier", seconds: (performance.now() - started) / 1000, ...counts });
}

interface CruiseJson {
  summary: { totalCruised: number; violations: { from: string; rule: { name: string; severity: string } }[] };
}

async function importBoundaries(): Promise<void> {
  banner("import boundaries (dependency-cruiser)");
  const output = path.join(reportDir, "depcruise.json");
  const targets = ["app", "components", "lib", "db", "proxy.ts", "next.config.ts", "instrumentation.ts"];
  const { code, seconds } = await run(bin("depcruise"), [
    "--config",
    ".dependency-cruiser.cjs",
    "--output-type",
    "json",
    "--output-to",
    output,
    ...targets,
  ]);
  const report = readJson<CruiseJson>(output);
  const offending = new Set(report?.summary.violations.filter((v) => v.rule.severity === "error").map((v) => v.from) ?? []);
  for (const violation of report?.summary.violations ?? []) console.log(`${violation.rule.name}: ${violation.from}`);
  const counts: Counts = { passed: (report?.summary.totalCruised ?? 0) - offending.size, failed: offending.size, skipped: 0 };
  if (report && offending.size === 0) console.log(`import boundaries: ${counts.passed} modules, no forbidden import`);
  results.push({
    name: "import boundaries",
    seconds,
    note: report ? undefined : "no report (the configuration was refused: see above)",
    ...atLeastOneFailure(counts, code),
  });
}

async function nextBuild(): Promise<boolean> {
  banner("next build");
  const script = readJson<{ scripts?: Record<string, string> }>(path.join(root, "package.json"))?.scripts?.build;
  // The build must not open a database; if a page did, it gets a throw-away folder, never data/pglite.
  const env = { ...baseEnv, PGLITE_DIR: path.join(reportDir, "build-pglite") };
  const { code, seconds } = script ? await run("npm", ["run", "--silent", "build"], env) : await run(bin("next"), ["build"], env);
  results.push({ name: "next build", seconds, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });
  return code === 0;
}

interface PlaywrightJson {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
}

function hasE2eSpecs(): boolean {
  const dir = path.join(root, "e2e");
  if (!fs.existsSync(path.join(root, "playwright.config.ts")) || !fs.existsSync(dir)) return false;
  return fs.readdirSync(dir, { recursive: true }).some((file) => /\.spec\.ts$/.test(String(file)));
}

async function playwright(): Promise<void> {
  banner("playwright test");
  const output = path.join(reportDir, "playwright.json");
  const { code, seconds } = await run(bin("playwright"), ["test", "--reporter=list,json"], {
    ...baseEnv,
    PLAYWRIGHT_JSON_OUTPUT_NAME: output,
  });
  const stats = readJson<PlaywrightJson>(output)?.stats;
  const counts: Counts = stats
    ? { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0), skipped: stats.skipped ?? 0 }
    : { passed: 0, failed: 0, skipped: 0 };
  const note = !stats
    ? "no report (the run crashed before reporting)"
    : stats.flaky
      ? `${stats.flaky} flaky (counted as failed)`
      : undefined;
  results.push({
    name: "playwright e2e",
    seconds,
    note: note ?? (code !== 0 && counts.failed === 0 ? `exited with code ${code}` : undefined),
    ...atLeastOneFailure(counts, code),
  });
}

// ------------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const started = performance.now();
  const loud: string[] = [];

  await typecheck();
  await lint();
  await format();
  await importBoundaries();
  await vitestProject("unit");
  const pglite = await vitestProject("pglite");

  if (process.env.TEST_DATABASE_URL) {
    await vitestProject("postgres");
  } else {
    // Same files as the pglite run's *.db.test.ts: report those tests as skipped, loudly.
    const dbTests =
      pglite?.testResults.filter((file) => file.name.endsWith(".db.test.ts")).reduce((n, file) => n + file.assertionResults.length, 0) ?? 0;
    const message =
      "POSTGRES TESTS SKIPPED: TEST_DATABASE_URL is not set. Enable them with e.g. " +
      "TEST_DATABASE_URL=postgres://postgres:postgres@127.0.0.1:5432/claimdesk_test npm test (see .ci/run)";
    banner("vitest --project postgres");
    console.log(`!!! ${message}`);
    loud.push(message);
    results.push({ name: "vitest postgres", seconds: 0, passed: 0, failed: 0, skipped: dbTests, note: "TEST_DATABASE_URL unset" });
  }

  if (hasE2eSpecs()) {
    if (await nextBuild()) {
      await playwright();
    } else {
      const message = "E2E NOT RUN: next build failed (counted as one failure above).";
      console.log(`!!! ${message}`);
      loud.push(message);
    }
  } else {
    const message = "E2E SKIPPED: no playwright.config.ts or no e2e/**/*.spec.ts yet.";
    banner("playwright test");
    console.log(`!!! ${message}`);
    loud.push(message);
  }

  const total = results.reduce<Counts>(
    (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );

  banner("summary");
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    const status = r.failed ? "FAIL" : r.passed ? "ok  " : "skip";
    console.log(
      `${status} ${r.name.padEnd(width)}  ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ${String(r.skipped).padStart(3)} skipped  ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ""}`,
    );
  }
  for (const line of loud) console.log(`!!! ${line}`);
  console.log(`total time ${((performance.now() - started) / 1000).toFixed(1)} s; reports in ${reportDir}`);
  console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  return total.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log("0 passed, 1 failed, 0 skipped");
    process.exit(1);
  },
);
