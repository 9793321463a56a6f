import { connection, NextResponse } from "next/server";
import { unavailableHeaders } from "@/app/_lib/request-errors";
import { checkDatabase, databaseHealth } from "@/db/health";

/**
 * The database's state, checked now with one `select 1` (the first request also opens, migrates
 * and seeds the embedded database): 200 `{ ok: true, database: "up" }`, or 503
 * `{ ok: false, database: "unavailable", since }` with Retry-After.
 */
export async function GET() {
  await connection();
  const up = await checkDatabase({ force: true });
  if (up) return NextResponse.json({ ok: true, database: "up" }, { headers: { "Cache-Control": "no-store" } });
  const { since } = databaseHealth();
  return NextResponse.json(
    { ok: false, database: "unavailable", since: since.toISOString() },
    { status: 503, headers: unavailableHeaders() },
  );
}
