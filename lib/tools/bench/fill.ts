/**
 * Fills a database with generated claims for benchmarks: some real releases imported through
 * importDocuments (the engine's own claims), then SQL copies of them up to N claims, with review
 * work spread over them (1 in 100 published with a published verdict, 3 ready, 5 in review,
 * 1 not checkable), then VACUUM ANALYZE. Used by the import bench (lib/tools/bench/sources.ts) and, as a
 * command, by the pages bench (lib/tools/bench/pages.ts):
 *
 *   npx tsx --conditions=react-server lib/tools/bench/fill.ts --claims=500000 [--releases=300] [--figures=5000]
 *
 * (--claims=0 skips the fill; --figures=N adds one long release of about N figures, for the source
 * page; --verdicts=N publishes verdicts until N claims have one; --seed first seeds an empty database
 * with the four demo releases, as the embedded database's first start does)
 * fills the database the environment names (DATABASE_URL, else PGlite in PGLITE_DIR), migrating
 * it first. On 2 cores: about 1 minute for 500,000 claims on PostgreSQL, 2–3 on PGlite.
 */
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { type Db, openFromEnv, rowsOf } from "@/db/client";
import { benchReleases } from "./corpus";
import { importDocuments } from "@/lib/sources/import";

const COPY_CHUNK = 500;

async function scalar(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  const [row] = rowsOf<{ n: number | string | null }>(await db.execute(query));
  return Number(row?.n ?? 0);
}

/**
 * Review work spread over the claims so filters have something to find: 1 in 100 published (with a
 * verdict), 3 ready, 5 in review, 1 not checkable, the rest unreviewed.
 */
const statusSpread = (idColumn: string) =>
  sql.raw(`(case
  when ${idColumn} % 100 = 0 then 'published'
  when ${idColumn} % 100 between 1 and 3 then 'ready'
  when ${idColumn} % 100 between 4 and 8 then 'in_review'
  when ${idColumn} % 100 = 9 then 'not_checkable'
  else 'unreviewed' end)::claim_status`);

/** Copies the imported sources and their claims (set-based SQL, 500 sources a statement) up to `target` claims. */
export async function topUp(db: Db, target: number): Promise<{ claims: number; sources: number; seconds: number }> {
  const started = performance.now();
  await db.execute(sql`update claims set status = ${statusSpread("id")}`);
  const originals = rowsOf<{ id: number }>(
    await db.execute(sql`select id from sources where extractor_version not like 'bench-copy:%' order by id`),
  ).map((row) => Number(row.id));
  let claims = await scalar(db, sql`select count(*)::int as n from claims`);
  const firstRound = 1 + (await scalar(db, sql`select count(*)::int as n from sources where extractor_version like 'bench-copy:%'`));
  for (let round = firstRound; claims < target; round++) {
    for (let i = 0; i < originals.length && claims < target; i += COPY_CHUNK) {
      const chunk = originals.slice(i, i + COPY_CHUNK);
      const low = chunk[0] ?? 0;
      const high = chunk.at(-1) ?? 0;
      const suffix = `\n\nArchive copy ${round}.`;
      const before = await scalar(db, sql`select coalesce(max(id), 0) as n from sources`);
      await db.transaction(async (tx) => {
        await tx.execute(sql`
          insert into sources (title, publisher, published_at, body, content_hash, checks, extractor_version)
          select s.title, s.publisher, s.published_at, s.body || ${suffix},
                 encode(sha256(convert_to(s.body || ${suffix}, 'UTF8')), 'hex'), '[]'::jsonb, 'bench-copy:' || s.id
          from sources s
          where s.id between ${low} and ${high} and s.extractor_version not like 'bench-copy:%'`);
        await tx.execute(sql`
          insert into claims (source_id, start, "end", text, value, unit, denominator, upper_value, measure, currency, subject, time_scope,
            speaker, bound, direction, sentence_start, sentence_end, sentence_text, checkworthiness,
            quote_exact, quote_prefix, quote_suffix, origin, status)
          select n.id, c.start, c."end", c.text, c.value, c.unit, c.denominator, c.upper_value, c.measure, c.currency, c.subject, c.time_scope,
            c.speaker, c.bound, c.direction, c.sentence_start, c.sentence_end, c.sentence_text, c.checkworthiness,
            c.quote_exact, c.quote_prefix, c.quote_suffix, c.origin, ${statusSpread("(c.id + n.id)")}
          from sources n
          join claims c on c.source_id = substring(n.extractor_version from 12)::int
          where n.id > ${before} and n.extractor_version like 'bench-copy:%'`);
      });
      claims = await scalar(db, sql`select count(*)::int as n from claims`);
      process.stdout.write(`\r  topping up: ${claims.toLocaleString("en-US")} claims   `);
    }
  }
  process.stdout.write("\n");

  // Every published claim gets a published verdict, as the workflow would leave it.
  await db.execute(sql`
    insert into users (email, name, role) values ('bench-editor@claimdesk.test', 'Bench Editor', 'editor')
    on conflict do nothing`);
  await db.execute(sql`
    insert into verdicts (claim_id, rating, summary, rationale, state, editor_id, published_at)
    select c.id, (array['accurate','mostly_accurate','misleading','false','unsupported'])[1 + c.id % 5]::verdict_rating,
           'The agency''s own table gives the same figure.', 'Checked against the published data.', 'published',
           (select id from users where email = 'bench-editor@claimdesk.test'), now()
    from claims c where c.status = 'published'
      and not exists (select 1 from verdicts v where v.claim_id = c.id)`);
  await db.execute(sql`vacuum analyze`);
  const sources = await scalar(db, sql`select count(*)::int as n from sources`);
  return { claims, sources, seconds: (performance.now() - started) / 1000 };
}

/** Imports `releases` generated releases (skipped when the database already holds that many), then tops up. */
export async function fill(
  db: Db,
  options: { releases: number; claims: number },
): Promise<{ claims: number; sources: number; seconds: number }> {
  const started = performance.now();
  const claims = await scalar(db, sql`select count(*)::int as n from claims`);
  // Filled before (the pages bench keeps its databases): nothing to do.
  if (claims >= options.claims) return { claims, sources: await scalar(db, sql`select count(*)::int as n from sources`), seconds: 0 };
  const have = await scalar(db, sql`select count(*)::int as n from sources where extractor_version not like 'bench-copy:%'`);
  for (let from = have; from < options.releases; from += 100) {
    await importDocuments(db, benchReleases(from, Math.min(options.releases, from + 100)));
    process.stdout.write(`\r  importing ${Math.min(options.releases, from + 100)}/${options.releases} releases   `);
  }
  const result = await topUp(db, options.claims);
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

const PLACES = ["Ashford", "Brookvale", "Cedar Point", "Dunmore", "Elm Ridge", "Fairhaven", "Glenwood", "Harrow"];

/** A long release stating about `figures` figures (two a sentence, paragraphs of five sentences). */
export function longRelease(figures: number): { text: string; title: string; url: string } {
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  for (let i = 0; i < Math.ceil(figures / 2); i++) {
    const place = PLACES[i % PLACES.length];
    sentences.push(
      `In ${place}, reported burglaries fell ${(i % 37) + 2} percent last year, to ${(1000 + ((i * 7919) % 9000)).toLocaleString("en-US")} cases.`,
    );
    if (sentences.length === 5) {
      paragraphs.push(sentences.join(" "));
      sentences = [];
    }
  }
  if (sentences.length) paragraphs.push(sentences.join(" "));
  return {
    text: `Statewide crime report, district by district\n\n${paragraphs.join("\n\n")}\n`,
    title: `Statewide crime report (${figures.toLocaleString("en-US")} figures)`,
    url: `https://bench.claimdesk.test/long-release-${figures}`,
  };
}

/** Imports longRelease(figures) once; returns its source id and how many claims it holds. */
export async function addLongRelease(db: Db, figures: number): Promise<{ sourceId: number; claims: number }> {
  const doc = longRelease(figures);
  const existing = rowsOf<{ id: number }>(await db.execute(sql`select id from sources where url = ${doc.url} order by id desc limit 1`))[0];
  if (!existing) await importDocuments(db, [{ ...doc, publisher: "State Bureau of Statistics" }]);
  const [row] = rowsOf<{ id: number }>(await db.execute(sql`select id from sources where url = ${doc.url} order by id desc limit 1`));
  const sourceId = Number(row?.id ?? 0);
  return { sourceId, claims: await scalar(db, sql`select count(*)::int as n from claims where source_id = ${sourceId}`) };
}

/** Publishes a verdict for claims without one, lowest ids first, until `count` claims have one. */
export async function ensurePublished(db: Db, count: number): Promise<number> {
  await db.execute(sql`
    insert into users (email, name, role) values ('bench-editor@claimdesk.test', 'Bench Editor', 'editor')
    on conflict do nothing`);
  const have = await scalar(db, sql`select count(*)::int as n from claims where has_published_verdict`);
  if (have < count) {
    await db.execute(sql`
      insert into verdicts (claim_id, rating, summary, rationale, state, editor_id, published_at)
      select c.id, (array['accurate','mostly_accurate','misleading','false','unsupported'])[1 + c.id % 5]::verdict_rating,
             'The agency''s own table gives the same figure.', 'Checked against the published data.', 'published',
             (select id from users where email = 'bench-editor@claimdesk.test'), now()
      from claims c where not c.has_published_verdict and not c.not_a_claim
      order by c.id limit ${count - have}`);
    await db.execute(sql`update claims set status = 'published' where has_published_verdict and status <> 'published'`);
    await db.execute(sql`analyze claims`);
  }
  return scalar(db, sql`select count(*)::int as n from claims where has_published_verdict`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = new Map(
    process.argv.slice(2).map((arg) => {
      const [key = "", value = ""] = arg.replace(/^--/, "").split("=");
      return [key, value] as const;
    }),
  );
  const number = (name: string, fallback: number) => (args.has(name) ? Number(args.get(name)) : fallback);
  const claims = number("claims", 500_000);
  const figures = number("figures", 0);
  const verdicts = number("verdicts", 0);
  const releases = number("releases", 300);
  if (!Number.isInteger(claims) || !Number.isInteger(releases) || releases < 1) {
    console.error("usage: bench-fill.ts [--claims=500000] [--releases=300] [--figures=N] [--verdicts=N] [--seed]");
    process.exit(2);
  }
  const handle = await openFromEnv({ max: 1 });
  try {
    await handle.migrate();
    if (args.has("seed")) {
      const { seedDatabase } = await import("@/db/seed/seed-database");
      await seedDatabase(handle.db, { onlyIfEmpty: true });
    }
    if (claims > 0) {
      const result = await fill(handle.db, { releases, claims });
      console.log(
        `filled: ${result.claims.toLocaleString("en-US")} claims in ${result.sources.toLocaleString("en-US")} sources, ${result.seconds.toFixed(0)} s`,
      );
    }
    if (figures > 0) {
      const long = await addLongRelease(handle.db, figures);
      // The pages bench reads this line.
      console.log(`long release: source ${long.sourceId}, ${long.claims} claims`);
    }
    if (verdicts > 0) console.log(`published: ${await ensurePublished(handle.db, verdicts)} claims`);
  } finally {
    await handle.close();
  }
}
