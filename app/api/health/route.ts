import { NextResponse } from "next/server";
import { listFilterOptions } from "@/lib/data/sources";

export const dynamic = "force-dynamic";

/** 200 once the database answers a query (the first request also opens, migrates and seeds it). */
export async function GET() {
  try {
    await listFilterOptions();
    return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("health check failed", error);
    return NextResponse.json({ ok: false }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
