/**
 * The authorization matrix: every mutation core × {anonymous, the author (a reviewer), another
 * reviewer, an editor, an admin}. Refused means the database is unchanged and no audit row was
 * written; allowed means the change and exactly one audit row by that actor.
 */
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, citations, claims, notes, sources, verdicts } from "@/db/schema";
import { insertSyntheticSource } from "@/db/testing/fixtures";
import { testDatabase } from "@/db/testing/test-db";
import type { Actor } from "@/lib/core/roles";
import { addManualClaim, markNotAClaim, restoreClaim } from "@/lib/claims/mutations";
import { addCitation, deleteCitation, updateCitation } from "@/lib/citations/mutations";
import type { MutationCore } from "@/db/mutation";
import { addNote, deleteNote, updateNote } from "@/lib/notes/mutations";
import { auditCount, citationForm, citationRow, firstClaim, makeUser, noteRow, userRow } from "@/lib/users/testing";
import { createUser, disableUser, enableUser, updateUserRole } from "@/lib/users/mutations";

type Who = "anonymous" | "author" | "otherReviewer" | "editor" | "admin";
const EVERYONE: Who[] = ["anonymous", "author", "otherReviewer", "editor", "admin"];

let db: Db;
let people: Record<Exclude<Who, "anonymous">, Actor>;
let claimId: number;

beforeAll(async () => {
  db = testDatabase().db;
  people = {
    author: await makeUser(db, "reviewer"),
    otherReviewer: await makeUser(db, "reviewer"),
    editor: await makeUser(db, "editor"),
    admin: await makeUser(db, "admin"),
  };
  claimId = (await firstClaim(db)).id;
});

const actorOf = (who: Who): Actor | null => (who === "anonymous" ? null : people[who]);

/** A citation / note written by `author`, fresh for each cell of the matrix. */
async function authorsCitation() {
  const result = await addCitation(db, people.author, citationForm(claimId));
  if (!result.state.ok || !result.state.id) throw new Error(JSON.stringify(result.state));
  return result.state.id;
}
async function authorsNote() {
  const result = await addNote(db, people.author, { claimId: String(claimId), body: "Checked the BLS table." });
  if (!result.state.ok || !result.state.id) throw new Error(JSON.stringify(result.state));
  return result.state.id;
}

interface Cell {
  /** Prepares the row and returns the input plus a snapshot reader of the state that matters. */
  setup(): Promise<{ input: Record<string, string>; snapshot: () => Promise<unknown> }>;
  allowed: Who[];
}

let spanOffset = 0;

const MATRIX: Record<string, { core: MutationCore } & Cell> = {
  addCitation: {
    core: addCitation,
    allowed: ["author", "otherReviewer", "editor", "admin"],
    setup: async () => {
      const title = `Matrix citation ${Math.random()}`;
      return {
        input: citationForm(claimId, { title }),
        snapshot: async () => (await db.query.citations.findMany({ where: (c, { eq }) => eq(c.title, title) })).length,
      };
    },
  },
  updateCitation: {
    core: updateCitation,
    allowed: ["author", "editor", "admin"],
    setup: async () => {
      const id = await authorsCitation();
      return {
        input: { ...citationForm(claimId, { title: "Edited title" }), citationId: String(id), version: "1" },
        snapshot: () => citationRow(db, id),
      };
    },
  },
  deleteCitation: {
    core: deleteCitation,
    allowed: ["author", "editor", "admin"],
    setup: async () => {
      const id = await authorsCitation();
      return { input: { citationId: String(id), version: "1" }, snapshot: () => citationRow(db, id) };
    },
  },
  addNote: {
    core: addNote,
    allowed: ["author", "otherReviewer", "editor", "admin"],
    setup: async () => {
      const body = `Matrix note ${Math.random()}`;
      return {
        input: { claimId: String(claimId), body },
        snapshot: async () => (await db.query.notes.findMany({ where: (n, { eq }) => eq(n.body, body) })).length,
      };
    },
  },
  updateNote: {
    core: updateNote,
    allowed: ["author", "editor", "admin"],
    setup: async () => {
      const id = await authorsNote();
      return { input: { noteId: String(id), version: "1", body: "Edited" }, snapshot: () => noteRow(db, id) };
    },
  },
  deleteNote: {
    core: deleteNote,
    allowed: ["author", "editor", "admin"],
    setup: async () => {
      const id = await authorsNote();
      return { input: { noteId: String(id), version: "1" }, snapshot: () => noteRow(db, id) };
    },
  },
  addManualClaim: {
    core: addManualClaim,
    allowed: ["author", "otherReviewer", "editor", "admin"],
    setup: async () => {
      const [source] = await db.select({ id: sources.id, body: sources.body }).from(sources).limit(1);
      if (!source) throw new Error("no source");
      // A fresh one-word span each time, away from the engine's claims (a word of the title area).
      spanOffset += 1;
      const start = spanOffset * 3;
      const input = { sourceId: String(source.id), start: String(start), end: String(start + 2) };
      return {
        input,
        snapshot: async () =>
          (
            await db
              .select({ id: claims.id })
              .from(claims)
              .where(and(eq(claims.sourceId, source.id), eq(claims.start, start), eq(claims.end, start + 2)))
          ).length,
      };
    },
  },
  markNotAClaim: {
    core: markNotAClaim,
    allowed: ["author", "otherReviewer", "editor", "admin"],
    setup: async () => {
      const [claim] = await db.select().from(claims).where(eq(claims.notAClaim, false)).orderBy(desc(claims.id)).limit(1);
      if (!claim) throw new Error("no claim");
      return {
        input: { claimId: String(claim.id), version: String(claim.version), reason: "a date" },
        snapshot: async () => (await db.select({ n: claims.notAClaim, v: claims.version }).from(claims).where(eq(claims.id, claim.id)))[0],
      };
    },
  },
  restoreClaim: {
    core: restoreClaim,
    allowed: ["author", "otherReviewer", "editor", "admin"],
    setup: async () => {
      const [claim] = await db
        .update(claims)
        .set({ notAClaim: true })
        .where(eq(claims.id, claimId + 1))
        .returning({ id: claims.id, version: claims.version });
      if (!claim) throw new Error("no claim");
      return {
        input: { claimId: String(claim.id), version: String(claim.version) },
        snapshot: async () => (await db.select({ n: claims.notAClaim, v: claims.version }).from(claims).where(eq(claims.id, claim.id)))[0],
      };
    },
  },
  createUser: {
    core: createUser,
    allowed: ["admin"],
    setup: async () => {
      const email = `new-${Math.random().toString(36).slice(2)}@test.example`;
      return {
        input: { email, role: "editor", name: "", password: "" },
        snapshot: async () => (await db.query.users.findMany({ where: (u, { eq }) => eq(u.email, email) })).length,
      };
    },
  },
  updateUserRole: {
    core: updateUserRole,
    allowed: ["admin"],
    setup: async () => {
      const target = await makeUser(db, "reviewer");
      return { input: { userId: String(target.id), role: "editor" }, snapshot: () => userRow(db, target.id) };
    },
  },
  disableUser: {
    core: disableUser,
    allowed: ["admin"],
    setup: async () => {
      const target = await makeUser(db, "reviewer");
      const disabledAt = async () => (await db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, target.id) }))?.disabledAt ?? null;
      return { input: { userId: String(target.id) }, snapshot: disabledAt };
    },
  },
  enableUser: {
    core: enableUser,
    allowed: ["admin"],
    setup: async () => {
      const target = await makeUser(db, "reviewer");
      const { users } = await import("@/db/schema");
      await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, target.id));
      const disabledAt = async () => (await db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, target.id) }))?.disabledAt ?? null;
      return { input: { userId: String(target.id) }, snapshot: disabledAt };
    },
  },
};

describe.each(Object.entries(MATRIX))("%s", (_name, cell) => {
  it.each(EVERYONE)("as %s", async (who) => {
    const { input, snapshot } = await cell.setup();
    const before = await snapshot();
    const audits = await auditCount(db);
    const result = await cell.core(db, actorOf(who), input);
    const after = await snapshot();

    if (cell.allowed.includes(who)) {
      expect(result.state, JSON.stringify(result.state)).toMatchObject({ ok: true });
      expect(after).not.toEqual(before);
      expect(await auditCount(db)).toBe(audits + 1);
      const [entry] = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
      expect(entry?.actorId).toBe(actorOf(who)?.id);
    } else {
      expect(result.state).toMatchObject({ ok: false });
      expect(result.affected).toBeNull();
      expect(after).toEqual(before);
      expect(await auditCount(db)).toBe(audits);
    }
  });
});

describe("last admin", () => {
  it("an admin cannot demote the last active admin, and can once there is another", async () => {
    // Leave exactly one active admin: disable every other admin of the seeded + test users.
    const { users } = await import("@/db/schema");
    const admin = await makeUser(db, "admin");
    await db
      .update(users)
      .set({ disabledAt: new Date() })
      .where(and(eq(users.role, "admin")));
    await db.update(users).set({ disabledAt: null }).where(eq(users.id, admin.id));

    const audits = await auditCount(db);
    const refused = await updateUserRole(db, admin, { userId: String(admin.id), role: "editor" });
    expect(refused.state).toMatchObject({ ok: false, fieldErrors: { role: [expect.stringMatching(/last admin/)] } });
    expect((await userRow(db, admin.id))?.role).toBe("admin");
    expect(await auditCount(db)).toBe(audits);

    const second = await makeUser(db, "admin");
    const allowed = await updateUserRole(db, second, { userId: String(admin.id), role: "editor" });
    expect(allowed.state).toMatchObject({ ok: true });
    expect((await userRow(db, admin.id))?.role).toBe("editor");
  });
});

/**
 * The same mutations on claims in every workflow status, and with a verdict an editor published
 * (status published, or reopened: back in review while the verdict stays public). What changes
 * the public page without an editor is refused to reviewers: marking a claim whose verdict is
 * public "not a claim" (or restoring it), and changing or deleting a citation an editor made public.
 */
describe("in every status", () => {
  const SCENARIOS = [
    { label: "unreviewed", status: "unreviewed", publishedVerdict: false },
    { label: "in review", status: "in_review", publishedVerdict: false },
    { label: "ready", status: "ready", publishedVerdict: false },
    { label: "published", status: "published", publishedVerdict: true },
    { label: "reopened with its verdict still public", status: "in_review", publishedVerdict: true },
    { label: "set aside", status: "not_checkable", publishedVerdict: false },
  ] as const;
  type Scenario = (typeof SCENARIOS)[number];
  const SIGNED_IN: Who[] = ["author", "otherReviewer", "editor", "admin"];
  const EDITORS: Who[] = ["editor", "admin"];
  const AUTHOR_OR_EDITORS: Who[] = ["author", "editor", "admin"];

  let pool: number[] = [];
  beforeAll(async () => {
    pool = (await insertSyntheticSource(db, 400, "matrix")).claimIds;
  });

  async function claimIn(scenario: Scenario, notAClaim = false) {
    const id = pool.shift();
    if (id === undefined) throw new Error("the test ran out of claims");
    const [row] = await db
      .update(claims)
      .set({ status: scenario.status, notAClaim, assigneeId: scenario.status === "unreviewed" ? null : people.author.id })
      .where(eq(claims.id, id))
      .returning({ id: claims.id, version: claims.version });
    if (!row) throw new Error("no claim");
    if (scenario.publishedVerdict) {
      await db
        .insert(verdicts)
        .values({
          claimId: id,
          rating: "accurate",
          summary: "Matches the BLS table.",
          rationale: "The table says so.",
          state: "published",
          editorId: people.editor.id,
          publishedAt: new Date(),
        });
    }
    return row;
  }
  const claimState = async (id: number) =>
    (await db.select({ n: claims.notAClaim, v: claims.version }).from(claims).where(eq(claims.id, id)))[0];

  async function citationOn(claim: { id: number }, isPublic: boolean) {
    const added = await addCitation(db, people.author, citationForm(claim.id));
    if (!added.state.ok || !added.state.id) throw new Error(JSON.stringify(added.state));
    if (isPublic) await db.update(citations).set({ isPublic: true }).where(eq(citations.id, added.state.id));
    return added.state.id;
  }
  async function noteOn(claim: { id: number }) {
    const added = await addNote(db, people.author, { claimId: String(claim.id), body: "Checked the table." });
    if (!added.state.ok || !added.state.id) throw new Error(JSON.stringify(added.state));
    return added.state.id;
  }

  const CELLS: Record<string, { core: MutationCore; allowed: (s: Scenario) => Who[]; setup: (s: Scenario) => ReturnType<Cell["setup"]> }> =
    {
      markNotAClaim: {
        core: markNotAClaim,
        allowed: (s) => (s.publishedVerdict ? EDITORS : SIGNED_IN),
        setup: async (s) => {
          const claim = await claimIn(s);
          return {
            input: { claimId: String(claim.id), version: String(claim.version), reason: "a date" },
            snapshot: () => claimState(claim.id),
          };
        },
      },
      restoreClaim: {
        core: restoreClaim,
        allowed: (s) => (s.publishedVerdict ? EDITORS : SIGNED_IN),
        setup: async (s) => {
          const claim = await claimIn(s, true);
          return { input: { claimId: String(claim.id), version: String(claim.version) }, snapshot: () => claimState(claim.id) };
        },
      },
      addCitation: {
        core: addCitation,
        allowed: () => SIGNED_IN,
        setup: async (s) => {
          const claim = await claimIn(s);
          const count = async () => (await db.select({ id: citations.id }).from(citations).where(eq(citations.claimId, claim.id))).length;
          return { input: citationForm(claim.id), snapshot: count };
        },
      },
      updateCitation: {
        core: updateCitation,
        allowed: () => AUTHOR_OR_EDITORS,
        setup: async (s) => {
          const id = await citationOn(await claimIn(s), false);
          return {
            input: { ...citationForm(0, { title: "Edited" }), citationId: String(id), version: "1" },
            snapshot: () => citationRow(db, id),
          };
        },
      },
      "updateCitation (public)": {
        core: updateCitation,
        allowed: () => EDITORS,
        setup: async (s) => {
          const id = await citationOn(await claimIn(s), true);
          return {
            input: { ...citationForm(0, { title: "Edited" }), citationId: String(id), version: "1" },
            snapshot: () => citationRow(db, id),
          };
        },
      },
      deleteCitation: {
        core: deleteCitation,
        allowed: () => AUTHOR_OR_EDITORS,
        setup: async (s) => {
          const id = await citationOn(await claimIn(s), false);
          return { input: { citationId: String(id), version: "1" }, snapshot: () => citationRow(db, id) };
        },
      },
      "deleteCitation (public)": {
        core: deleteCitation,
        allowed: () => EDITORS,
        setup: async (s) => {
          const id = await citationOn(await claimIn(s), true);
          return { input: { citationId: String(id), version: "1" }, snapshot: () => citationRow(db, id) };
        },
      },
      addNote: {
        core: addNote,
        allowed: () => SIGNED_IN,
        setup: async (s) => {
          const claim = await claimIn(s);
          const count = async () => (await db.select({ id: notes.id }).from(notes).where(eq(notes.claimId, claim.id))).length;
          return { input: { claimId: String(claim.id), body: "A note." }, snapshot: count };
        },
      },
      updateNote: {
        core: updateNote,
        allowed: () => AUTHOR_OR_EDITORS,
        setup: async (s) => {
          const id = await noteOn(await claimIn(s));
          return { input: { noteId: String(id), version: "1", body: "Edited" }, snapshot: () => noteRow(db, id) };
        },
      },
      deleteNote: {
        core: deleteNote,
        allowed: () => AUTHOR_OR_EDITORS,
        setup: async (s) => {
          const id = await noteOn(await claimIn(s));
          return { input: { noteId: String(id), version: "1" }, snapshot: () => noteRow(db, id) };
        },
      },
    };

  describe.each(Object.entries(CELLS))("%s", (_name, cell) => {
    describe.each(SCENARIOS.map((scenario) => [scenario.label, scenario] as const))("on a claim %s", (_label, scenario) => {
      it.each(EVERYONE)("as %s", async (who) => {
        const { input, snapshot } = await cell.setup(scenario);
        const before = await snapshot();
        const audits = await auditCount(db);
        const result = await cell.core(db, actorOf(who), input);
        const after = await snapshot();
        if (cell.allowed(scenario).includes(who)) {
          expect(result.state, JSON.stringify(result.state)).toMatchObject({ ok: true });
          expect(after).not.toEqual(before);
          expect(await auditCount(db)).toBe(audits + 1);
        } else {
          expect(result.state).toMatchObject({ ok: false });
          expect(result.affected).toBeNull();
          expect(after).toEqual(before);
          expect(await auditCount(db)).toBe(audits);
        }
      });
    });
  });
});
