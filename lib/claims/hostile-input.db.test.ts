/**
 * Hostile parameters reach the data layer as a typed bad request, never as a database error
 * (issue 12, item 6: each of these answered 500). Each call runs on PGlite and on PostgreSQL, so
 * what the real database refuses (NUL in text, a float4 underflow, February 31) is what is tested.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "@/db/testing/test-db";
import { listClaimAnnotations } from "@/lib/public/annotations";
import { listClaims } from "./queries";
import { listPublishedClaims } from "@/lib/public/queries";
import { countSources, listSources } from "@/lib/sources/queries";
import { isAppError } from "@/lib/core/errors";

beforeAll(() => {
  testDatabase();
});

const cursorOf = (wire: unknown) => Buffer.from(JSON.stringify(wire), "utf8").toString("base64url");

async function expectBadRequest(call: () => Promise<unknown>) {
  const error = await call().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, "the call should have been refused").not.toBeNull();
  expect(isAppError(error) && error.kind === "bad_request", String(error)).toBe(true);
}

describe("hostile parameters are bad requests, not database errors", () => {
  it("a sourceId past 2^31", async () => {
    await expectBadRequest(() => listClaims({ sourceId: 2 ** 31, limit: 20 }));
    await expectBadRequest(() => listClaims({ sourceId: 99_999_999_999, limit: 20 }));
  });

  it("a NUL byte or another control character in a search", async () => {
    await expectBadRequest(() => listClaims({ q: "a\u0000b", limit: 20 }));
    await expectBadRequest(() => listClaims({ q: "\u0000", limit: 20 }));
    await expectBadRequest(() => listSources({ q: "a\u0000b" }));
    await expectBadRequest(() => countSources({ q: "\u0000" }));
    // Tabs and line breaks are text: searched, not refused.
    await expect(listClaims({ q: "percent\tincrease", limit: 20 })).resolves.toBeDefined();
  });

  it("a claim cursor whose number PostgreSQL cannot read as a real", async () => {
    for (const c of [1e-50, 5e-324, 1e-40]) await expectBadRequest(() => listClaims({ cursor: cursorOf({ v: 1, c, i: 1 }), limit: 20 }));
    await expect(listClaims({ cursor: cursorOf({ v: 1, c: 0, i: 1 }), limit: 20 })).resolves.toBeDefined();
  });

  it("an impossible date in a ClaimReview cursor", async () => {
    for (const t of ["2024-02-31T00:00:00.000000Z", "2024-13-01T25:61:61.000000Z", "0000-01-01T00:00:00.000000Z"]) {
      await expectBadRequest(() => listPublishedClaims({ cursor: cursorOf({ v: 1, t, i: 1 }), limit: 20 }));
    }
    await expect(
      listPublishedClaims({ cursor: cursorOf({ v: 1, t: "2024-02-29T23:59:59.999999Z", i: 1 }), limit: 20 }),
    ).resolves.toBeDefined();
  });

  it("the annotation list's source and cursor", async () => {
    await expectBadRequest(() => listClaimAnnotations({ sourceId: 2 ** 31, limit: 20, viewer: null }));
    await expectBadRequest(() => listClaimAnnotations({ cursor: cursorOf({ v: 1, i: 2 ** 31 }), limit: 20, viewer: null }));
  });
});
