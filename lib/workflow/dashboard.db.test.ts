/**
 * The editor dashboard and the reviewer queue read what the workflow cores wrote: counts, the
 * status history replayed from the audit log, ready and stale work, the queue's tabs, and who may
 * read them at all. PGlite and PostgreSQL.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { insertSyntheticSource } from "@/db/testing/fixtures";
import { testDatabase } from "@/db/testing/test-db";
import type { Actor } from "@/lib/core/roles";
import { getDashboard } from "./dashboard";
import { listAssignees, listQueueView } from "./queries";
import { isAppError } from "@/lib/core/errors";
import { makeUser } from "@/lib/users/testing";
import { submitForEditor, takeClaim } from "./mutations";
import { claims } from "@/db/schema";
import { eq } from "drizzle-orm";

let db: Db;
let reviewer: Actor;
let otherReviewer: Actor;
let editor: Actor;
let source: { sourceId: number; claimIds: number[] };

async function versionOf(id: number): Promise<string> {
  const [row] = await db.select({ version: claims.version }).from(claims).where(eq(claims.id, id));
  return String(row?.version);
}

async function move(core: typeof takeClaim, actor: Actor, id: number) {
  const result = await core(db, actor, { claimId: String(id), version: await versionOf(id) });
  expect(result.state.ok, JSON.stringify(result.state)).toBe(true);
}

beforeAll(async () => {
  db = testDatabase().db;
  reviewer = await makeUser(db, "reviewer");
  otherReviewer = await makeUser(db, "reviewer");
  editor = await makeUser(db, "editor");
  source = await insertSyntheticSource(db, 6, "dashboard");
  const [a, b, c] = source.claimIds as [number, number, number];
  await move(takeClaim, reviewer, a);
  await move(takeClaim, reviewer, b);
  await move(submitForEditor, reviewer, b);
  await move(takeClaim, otherReviewer, c);
});

describe("getDashboard", () => {
  it("is for editors and admins only", async () => {
    await expect(getDashboard({ viewer: null })).rejects.toSatisfy((error) => isAppError(error, "unauthorized"));
    await expect(getDashboard({ viewer: reviewer })).rejects.toSatisfy((error) => isAppError(error, "forbidden"));
    await expect(listAssignees({ viewer: reviewer })).rejects.toSatisfy((error) => isAppError(error, "forbidden"));
    await expect(listAssignees({ viewer: null })).rejects.toSatisfy((error) => isAppError(error, "unauthorized"));
  });

  it("counts claims by status and by source", async () => {
    const dashboard = await getDashboard({ viewer: editor });
    const mine = dashboard.bySource.find((entry) => entry.id === source.sourceId);
    expect(mine).toMatchObject({ total: 6, counts: { unreviewed: 3, in_review: 2, ready: 1, published: 0, not_checkable: 0 } });
    const sum = Object.values(dashboard.statusCounts).reduce((total, n) => total + n, 0);
    expect(sum).toBe(dashboard.total);
    expect(dashboard.bySource.reduce((total, entry) => total + entry.total, 0)).toBe(dashboard.total);
  });

  it("replays the audit log into a daily history that ends with today's counts", async () => {
    const dashboard = await getDashboard({ viewer: editor });
    expect(dashboard.history).toHaveLength(30);
    expect(dashboard.history.at(-1)?.day).toBe(new Date().toISOString().slice(0, 10));
    expect(dashboard.history.at(-1)?.counts).toEqual(dashboard.statusCounts);
    // Nothing existed before the synthetic claims were made today... except the seeded ones.
    const yesterday = dashboard.history.at(-2)?.counts;
    expect(yesterday?.in_review ?? 0).toBeLessThan(dashboard.statusCounts.in_review);
  });

  it("lists the claims ready for the editor, and the ones in review longer than the threshold", async () => {
    const [, ready, taken] = source.claimIds as [number, number, number];
    const now = await getDashboard({ viewer: editor, staleHours: 72 });
    expect(now.ready.map((item) => item.id)).toContain(ready);
    expect(now.stale.map((item) => item.id)).not.toContain(taken);
    const later = await getDashboard({ viewer: editor, staleHours: 72, now: new Date(Date.now() + 73 * 3_600_000) });
    expect(later.stale.map((item) => item.id)).toContain(taken);
    expect(later.stale.every((item) => item.status === "in_review")).toBe(true);
    expect(later.staleHours).toBe(72);
  });
});

describe("listQueueView", () => {
  it("gives each tab its claims, most check-worthy first", async () => {
    const [a, b, c] = source.claimIds as [number, number, number];
    const mine = await listQueueView({ viewer: reviewer, view: "mine" });
    expect(mine.map((item) => item.id).sort()).toEqual([a, b].sort());
    const unassigned = await listQueueView({ viewer: reviewer, view: "unassigned" });
    expect(unassigned.every((item) => item.assignee === null)).toBe(true);
    expect(unassigned.map((item) => item.id)).not.toContain(c);
    const waiting = await listQueueView({ viewer: reviewer, view: "waiting" });
    expect(waiting.map((item) => item.id)).toContain(c);
    expect(waiting.map((item) => item.id)).not.toContain(b); // ready: with the editors now
    for (const list of [mine, unassigned, waiting]) {
      const worth = list.map((item) => item.checkworthiness);
      expect(worth).toEqual([...worth].sort((x, y) => y - x));
    }
    const item = waiting.find((entry) => entry.id === c);
    expect(item?.excerpt.figure).toBe(item?.text);
    expect(item?.assignee?.id).toBe(otherReviewer.id);
    await expect(listQueueView({ viewer: null, view: "waiting" })).rejects.toSatisfy((error) => isAppError(error, "unauthorized"));
  });

  it("lists active people an editor may assign to", async () => {
    const people = await listAssignees({ viewer: editor });
    expect(people.map((person) => person.id)).toEqual(expect.arrayContaining([reviewer.id, otherReviewer.id, editor.id]));
    expect(Object.keys(people[0] ?? {}).sort()).toEqual(["id", "name", "role"]);
  });
});
