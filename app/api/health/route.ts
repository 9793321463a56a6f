import { connection, NextResponse } from "next/server";
import { listFilterOptions } from "@/lib/data/sources";

/** 200 once the database answers a query (the first request also opens, migrates and seeds it). */
export async function GET() {
  await connection();
  try {
    await listFilterOptions();
    return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("health check failed", error);
    return NextResponse.json({ ok: false }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
