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
  const tags = tokens.map(() => "");
  tagInto(tokens, 0, tokens.length, tags);
  return tags;
}

/** Tags tokens[from, to) into `tags`, except where `settled` says a tag was read in full context. */
function tagInto(tokens: readonly Token[], from: number, to: number, tags: string[], settled?: Uint8Array): void {
  tagger ??= load();
  const words: WinkToken[] = [];
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === "space" || t.kind === "newline") continue;
    words.push({ value: t.text, tag: t.kind === "word" ? "word" : t.kind === "num" ? "number" : "punctuation" });
    at.push(i);
  }
  tagger.tag(words);
  words.forEach((w, k) => {
    if (!settled?.[at[k]!]) tags[at[k]!] = w.pos ?? "?";
  });
}

/**
 * Tags on demand, a window at a time: the tagger's rules look at most three words either side, so
 * tagging 12 tokens either side of the word asked about gives the word the tag the whole sentence
 * would, at a fraction of the cost (most sentences ask about one or two words).
 */
export class LazyTags {
  private readonly tags: string[];
  private readonly done: Uint8Array;
  constructor(private readonly tokens: readonly Token[]) {
    this.tags = tokens.map(() => "");
    this.done = new Uint8Array(tokens.length);
  }
  at(i: number): string {
    if (i < 0 || i >= this.tokens.length) return "";
    if (!this.done[i]) {
      const from = Math.max(0, i - 12);
      const to = Math.min(this.tokens.length, i + 13);
      tagInto(this.tokens, from, to, this.tags, this.done);
      // Only the middle of the window had its full context.
      for (let k = Math.max(from === 0 ? 0 : from + 6, 0); k < (to === this.tokens.length ? to : to - 6); k++) this.done[k] = 1;
      this.done[i] = 1;
    }
    const t = this.tags[i]!;
    return t === "?" ? "" : t;
  }
}

/** A verb that can head a clause: any VB* tag or a modal. */
export function isVerbTag(tag: string): boolean {
  return tag.startsWith("VB") || tag === "MD";
}
