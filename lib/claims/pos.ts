/**
 * Part-of-speech tags for the attribute rules, from wink-pos-tagger (MIT): a Brill-style tagger over
 * a lexicon, chosen by measurement (README, "The extraction engine: part-of-speech tagger"): the most
 * accurate of the five measured on press-release sentences (98.5% of tags, 89.5% on noun-or-verb
 * words such as "rate", "increase", "record"), and it tags the engine's own tokens one for one, so
 * offsets stay the engine's.
 *
 * Loaded on first use (its lexicon takes about 0.15–0.3 s), and only sentences whose attributes need
 * a verb are tagged: most figures never ask.
 */
import { createRequire } from "node:module";
import type { Token } from "./tokens";

interface WinkToken {
  value: string;
  tag: "word" | "number" | "punctuation";
  pos?: string;
}
interface WinkTagger {
  tag(tokens: WinkToken[]): WinkToken[];
}

let tagger: WinkTagger | null = null;

function load(): WinkTagger {
  // Resolved at run time, not bundled: the engine's command line (bundled into .cache/), the tests
  // and the app's server bundles all load the one package from node_modules, when a sentence needs it.
  for (const from of [import.meta.url, `${process.cwd()}/`]) {
    try {
      const make = createRequire(from)("wink-pos-tagger") as () => WinkTagger;
      return make();
    } catch {
      // try the next place
    }
  }
  throw new Error("wink-pos-tagger is not installed: run npm ci in the project");
}

/** Penn Treebank tags of the sentence's tokens, index for index ("" for spaces). */
export function tagTokens(tokens: readonly Token[]): string[] {
  tagger ??= load();
  const words: WinkToken[] = [];
  const at: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === "space" || t.kind === "newline") return;
    words.push({ value: t.text, tag: t.kind === "word" ? "word" : t.kind === "num" ? "number" : "punctuation" });
    at.push(i);
  });
  tagger.tag(words);
  const tags = tokens.map(() => "");
  words.forEach((w, k) => {
    tags[at[k]!] = w.pos ?? "";
  });
  return tags;
}

/** A verb that can head a clause: any VB* tag or a modal. */
export function isVerbTag(tag: string): boolean {
  return tag.startsWith("VB") || tag === "MD";
}
