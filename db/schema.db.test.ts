import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, rowsOf } from "./client";
import { auditLog, claims, users } from "./schema";
import { insertSyntheticSource } from "./testing/fixtures";
import { testDatabase } from "./testing/test-db";

/** The error a failed statement raised, whichever driver; drizzle wraps it in `cause`. */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return `${String(error)} ${cause instanceof Error ? cause.message : ""}`;
  }
  throw new Error("expected the statement to fail");
}

describe("migrations", () => {
  it("applied every migration in the journal", async () => {
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, "meta/_journal.json"), "utf8")) as { entries: unknown[] };
    const { db } = testDatabase();
    const applied = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
    expect(applied[0]?.n).toBe(journal.entries.length);
    expect(journal.entries.length).toBeGreaterThanOrEqual(2);
  });

  it("created every table of the schema", async () => {
    const { db } = testDatabase();
    const tables = rowsOf<{ name: string }>(
      await db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`),
    ).map((row) => row.name);
    expect(tables).toEqual([
      "audit_log",
      "citations",
      "claim_data_matches",
      "claims",
      "data_suggestion_decisions",
      "database_identity",
      "dataset_rows",
      "datasets",
      "import_files",
      "notes",
      "oauth_accounts",
      "published_verdicts_version",
      "sign_in_attempts",
      "sources",
      "user_sessions",
      "users",
      "verdicts",
    ]);
  });

  it("keeps the claim search vector up to date, weighted and GIN-indexed", async () => {
    const { db } = testDatabase();
    const [row] = rowsOf<{ search: string }>(await db.execute(sql`select search::text as search from claims order by id limit 1`));
    expect(row?.search).toMatch(/:\d+[A-D]/);
    const index = rowsOf<{ def: string }>(
      await db.execute(sql`select indexdef as def from pg_indexes where indexname = 'claims_search_idx'`),
    );
    expect(index[0]?.def).toContain("USING gin");
  });
});

describe("audit_log", () => {
  it("accepts inserts and refuses UPDATE, DELETE and TRUNCATE", async () => {
    const { db } = testDatabase();
    const [entry] = await db
      .insert(auditLog)
      .values({ action: "claim.status_changed", entityType: "claim", entityId: "1", before: { a: 1 }, after: { a: 2 } })
      .returning();
    expect(entry?.id).toEqual(expect.any(Number));
    expect(entry?.at).toBeInstanceOf(Date);
    const id = entry?.id ?? 0;

    expect(await failure(db.update(auditLog).set({ action: "tampered" }).where(eq(auditLog.id, id)))).toMatch(/append-only: UPDATE/);
    expect(await failure(db.delete(auditLog).where(eq(auditLog.id, id)))).toMatch(/append-only: DELETE/);
    expect(await failure(db.execute(sql`truncate audit_log`))).toMatch(/append-only: TRUNCATE/);

    const [after] = await db.select().from(auditLog).where(eq(auditLog.id, id));
    expect(after?.action).toBe("claim.status_changed");
  });
});

describe("constraints", () => {
  it("stores emails lowercased only, once", async () => {
    const { db } = testDatabase();
    expect(await failure(db.insert(users).values({ email: "Ann@Example.org", name: "Ann" }))).toMatch(/users_email_lowercase/);
    await db.insert(users).values({ email: "ann@example.org", name: "Ann" });
    expect(await failure(db.insert(users).values({ email: "ann@example.org", name: "Ann 2" }))).toMatch(/users_email_key/);
  });

  it("refuses a claim whose span lies outside its sentence", async () => {
    const { db } = testDatabase();
    const { claimIds } = await insertSyntheticSource(db, 1, "constraint");
    const id = claimIds[0] ?? 0;
    const [claim] = await db.select({ sentenceEnd: claims.sentenceEnd }).from(claims).where(eq(claims.id, id));
    expect(claim).toBeDefined();
    expect(
      await failure(
        db
          .update(claims)
          .set({ end: (claim?.sentenceEnd ?? 0) + 5 })
          .where(eq(claims.id, id)),
      ),
    ).toMatch(/claims_sentence_covers_span/);
  });

  it("stores a range's upper end and a unit of measure, and refuses a range that runs downwards or has no low end", async () => {
    const { db } = testDatabase();
    const { claimIds } = await insertSyntheticSource(db, 1, "range-columns");
    const id = claimIds[0] ?? 0;
    const [fresh] = await db
      .select({ upperValue: claims.upperValue, measure: claims.measure, value: claims.value })
      .from(claims)
      .where(eq(claims.id, id));
    expect(fresh).toEqual({ upperValue: null, measure: null, value: 10 });
    await db.update(claims).set({ upperValue: 12.5, measure: "metric tons" }).where(eq(claims.id, id));
    const [stored] = rowsOf<{ upper_value: number; measure: string }>(
      await db.execute(sql`select upper_value, measure from claims where id = ${id}`),
    );
    expect(stored).toEqual({ upper_value: 12.5, measure: "metric tons" });
    const [read] = await db.select({ upperValue: claims.upperValue, measure: claims.measure }).from(claims).where(eq(claims.id, id));
    expect(read).toEqual({ upperValue: 12.5, measure: "metric tons" });
    // The two ends may be equal, never the wrong way round, and a range needs its low end.
    await db.update(claims).set({ upperValue: 10 }).where(eq(claims.id, id));
    expect(await failure(db.update(claims).set({ upperValue: 9 }).where(eq(claims.id, id)))).toMatch(/claims_upper_value_above_value/);
    expect(await failure(db.update(claims).set({ value: null, upperValue: 20 }).where(eq(claims.id, id)))).toMatch(
      /claims_upper_value_above_value/,
    );
  });
});
