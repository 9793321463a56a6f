/**
 * Every named rule's examples, run through the whole engine: the rule must drop each example's
 * figure (and be the rule `--explain` names for it), and must leave each look-alike in `keeps`.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";
import { readFileSync } from "node:fs";
import { ATTRIBUTE_REFINEMENTS, ATTRIBUTE_RULES } from "./attributes";
import { NOT_A_CLAIM_RULES } from "./not-a-claim";

describe.each(NOT_A_CLAIM_RULES.map((rule) => [rule.name, rule] as const))("not a claim: %s", (_name, rule) => {
  it.each(rule.examples.map((e) => [e.figure, e.text] as const))("drops %j in %j", (figure, text) => {
    const { claims, dropped } = extractClaims(text, { explain: true });
    expect(claims.map((c) => c.text)).not.toContain(figure);
    expect(dropped).toContainEqual(expect.objectContaining({ text: figure, rule: rule.name }));
  });
  it.each(rule.keeps.map((e) => [e.figure, e.text] as const))("keeps %j in %j", (figure, text) => {
    const { claims } = extractClaims(text);
    expect(claims.map((c) => c.text)).toContain(figure);
  });
});

describe.each(ATTRIBUTE_RULES.map((rule) => [rule.name, rule] as const))("%s", (_name, rule) => {
  it.each(rule.examples.map((e) => [e.figure, e.text, e.expect] as const))("reads %j in %j as %j", (figure, text, expected) => {
    const { claims, explanations } = extractClaims(text, { explain: true });
    const at = claims.findIndex((c) => c.text === figure);
    expect(at, `claims were ${JSON.stringify(claims.map((c) => c.text))}`).toBeGreaterThanOrEqual(0);
    const why = explanations![at]![rule.attribute];
    expect(why).toBeDefined();
    expect(ATTRIBUTE_REFINEMENTS.reduce((name, more) => name.replace(more, ""), why!)).toBe(rule.name);
    expect(claims[at]![rule.attribute]).toContain(expected);
  });
});

describe("the attribute rules' records", () => {
  it("name every rule the engine can give, with at least one example each", () => {
    const source = ["../extract.ts", "../layout.ts"].map((f) => readFileSync(new URL(f, import.meta.url), "utf8")).join("\n");
    const named = new Set([...source.matchAll(/"((?:subject|time|speaker|table): [^"]+)"/g)].map((m) => m[1]!));
    const recorded = new Set(ATTRIBUTE_RULES.map((rule) => rule.name));
    expect([...named].filter((name) => !recorded.has(name))).toEqual([]);
    expect(ATTRIBUTE_RULES.filter((rule) => rule.examples.length === 0).map((rule) => rule.name)).toEqual([]);
  });
});
