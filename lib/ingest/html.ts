/**
 * A web page to the release's text and metadata.
 *
 * parse5 (the WHATWG HTML parser browsers follow) first repairs whatever the page gets wrong
 * (unclosed tags, no <body>, stray </html>); linkedom gives the repaired page a DOM that Mozilla's
 * Readability reduces to the article; html-to-text turns the article's HTML into plain text with
 * its paragraphs, headings and list items on lines of their own. When Readability finds no article,
 * the whole body is used. Measured on a 137 KB page (README, "Adding releases"): 28 ms and ~150 MB
 * peak RSS per page, against 87 ms and ~275 MB with jsdom.
 *
 * Readability and the DOM steps around it slow down far faster than the page grows when elements
 * nest deeply (2,000 nested <div>, 20 KB, took over a minute), so the repaired tree is flattened
 * below MAX_NESTING_DEPTH first: what is deeper keeps its text, in order, as one run of text in
 * the element at the limit. Real pages nest 20 to 40 deep. This runs in a worker with a time and
 * memory limit (lib/ingest/worker-pool.ts), never on a request's thread.
 */
import { Readability } from "@mozilla/readability";
import { compile, type HtmlToTextOptions } from "html-to-text";
import { parseHTML } from "linkedom";
import { type DefaultTreeAdapterTypes, parse, serialize } from "parse5";

export interface HtmlDocument {
  text: string;
  title: string | null;
  publisher: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  url: string | null;
}

/** Linkedom's Document has the DOM methods Readability and the metadata reader need. */
type Doc = ReturnType<typeof parseHTML>["document"];
type El = NonNullable<ReturnType<Doc["querySelector"]>>;

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } }));

const BASE_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    ...HEADINGS,
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "script", format: "skip" },
    { selector: "style", format: "skip" },
    { selector: "noscript", format: "skip" },
    { selector: "template", format: "skip" },
    { selector: "svg", format: "skip" },
    { selector: "ul", options: { itemPrefix: "- " } },
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false, maxColumnWidth: 200 } },
  ],
};

const articleToText = compile(BASE_OPTIONS);
/** The fallback reads the whole body, less what is never the release: navigation and forms. */
const bodyToText = compile({
  ...BASE_OPTIONS,
  selectors: [
    ...(BASE_OPTIONS.selectors ?? []),
    { selector: "nav", format: "skip" },
    { selector: "form", format: "skip" },
    { selector: "button", format: "skip" },
  ],
});

/** Deeper than this, elements are unwrapped into their text (see the file's comment). */
export const MAX_NESTING_DEPTH = 64;

type P5Node = DefaultTreeAdapterTypes.Node;
type P5Parent = DefaultTreeAdapterTypes.ParentNode;
type P5Child = DefaultTreeAdapterTypes.ChildNode;

/**
 * parse5 → HTML again, with every element deeper than `maxDepth` replaced by its text. One pass
 * over the tree, no recursion (a page may nest 200,000 deep): linear in the size of the page.
 */
export function repairedHtml(html: string, maxDepth = MAX_NESTING_DEPTH): string {
  const document = parse(html);
  const stack: { node: P5Parent; depth: number }[] = [{ node: document, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: P5Parent; depth: number };
    if (depth >= maxDepth && node.childNodes.some((child) => "childNodes" in child)) {
      node.childNodes = textNodesUnder(node).map((text) => ({ ...text, parentNode: node }));
      continue;
    }
    for (const child of node.childNodes) if ("childNodes" in child) stack.push({ node: child, depth: depth + 1 });
    if ("content" in node) stack.push({ node: node.content, depth: depth + 1 });
  }
  return serialize(document);
}

/** The text nodes below `root`, in document order, with a space between elements' texts; scripts and styles dropped. */
function textNodesUnder(root: P5Parent): DefaultTreeAdapterTypes.TextNode[] {
  const texts: DefaultTreeAdapterTypes.TextNode[] = [];
  const pending: P5Node[] = [...root.childNodes].reverse();
  while (pending.length > 0) {
    const node = pending.pop() as P5Child;
    if (node.nodeName === "#text" && "value" in node) texts.push({ ...node, value: `${node.value} ` });
    else if ("childNodes" in node && node.nodeName !== "script" && node.nodeName !== "style") {
      for (let i = node.childNodes.length - 1; i >= 0; i -= 1) pending.push(node.childNodes[i] as P5Child);
    }
  }
  return texts;
}

/** `pageUrl`: where the page came from (a fetch), used to resolve relative links and as the URL fallback. */
export function htmlToDocument(html: string, options: { pageUrl?: string | null } = {}): HtmlDocument {
  const repaired = repairedHtml(html);
  const document = parseHTML(repaired).document;
  const baseUrl = webUrl(options.pageUrl ?? null);
  // Metadata first: Readability rewrites the document it is given.
  const metadata = readMetadata(document, baseUrl);

  removeChrome(document);

  let text = "";
  let readabilityTitle: string | null = null;
  try {
    const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
    readabilityTitle = clean(article?.title);
    if (article?.content) text = articleToText(article.content).trim();
  } catch {
    // Readability gives up on some odd documents; the body fallback below still reads them.
  }
  if (text === "") {
    const fresh = parseHTML(repaired).document;
    removeChrome(fresh);
    text = fresh.body ? bodyToText(fresh.body.innerHTML).trim() : "";
  }

  // Readability drops a headline that repeats the title, but a headline states figures too.
  const headline = metadata.heading;
  if (headline && headline !== metadata.publisher && text !== "" && !text.slice(0, 1_000).includes(headline)) {
    text = `${headline}\n\n${text}`;
  }

  return {
    text,
    title: metadata.title ?? readabilityTitle ?? metadata.heading,
    publisher: metadata.publisher,
    publishedAt: metadata.publishedAt,
    url: metadata.url ?? baseUrl,
  };
}

/**
 * Site navigation, headers, footers, sidebars and forms outside any <article> are never the release;
 * without a class name to go by, Readability can mistake a long footer of links for the article.
 */
function removeChrome(document: Doc): void {
  const chrome = document.querySelectorAll(
    "nav, aside, header, footer, form, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search]",
  );
  for (const element of chrome) if (!element.closest("article")) element.remove();
}

/** The charset a page declares in its first bytes (<meta charset> or http-equiv), if any. */
export function declaredCharset(head: string): string | null {
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head);
  return match?.[1] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Metadata: Open Graph and article meta tags, JSON-LD, then the page's own elements.

interface PageMetadata {
  title: string | null;
  heading: string | null;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(Article|NewsArticle|PressRelease|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|WebPage|ScholarlyArticle|GovernmentService)$/;
const ORGANIZATION_TYPES = /Organization$|^(Corporation|NGO|GovernmentOrganization|NewsMediaOrganization|EducationalOrganization|Project)$/;

function readMetadata(document: Doc, baseUrl: string | null): PageMetadata {
  const meta = (selector: string) => clean(document.querySelector(selector)?.getAttribute("content"));
  const jsonLd = readJsonLd(document);
  const article = jsonLd.find((item) => typesOf(item).some((type) => ARTICLE_TYPES.test(type)));

  const publisher =
    meta('meta[property="og:site_name"]') ??
    organizationName(article?.publisher) ??
    organizationName(article?.author) ??
    meta('meta[name="publisher"]') ??
    meta('meta[name="dc.publisher"], meta[name="DC.publisher"], meta[name="DC.Publisher"]');

  const rawTitle =
    meta('meta[property="og:title"]') ??
    meta('meta[name="twitter:title"]') ??
    clean(stringOf(article?.headline)) ??
    clean(document.querySelector("title")?.textContent);

  const timeElement = document.querySelector("time[datetime]");
  const publishedAt =
    isoDateOf(meta('meta[property="article:published_time"]')) ??
    isoDateOf(stringOf(article?.datePublished)) ??
    isoDateOf(
      meta(
        'meta[name="date"], meta[name="pubdate"], meta[name="publish-date"], meta[name="citation_publication_date"], meta[name="dcterms.date"], meta[name="DC.date.issued"], meta[name="dc.date"], meta[itemprop="datePublished"]',
      ),
    ) ??
    isoDateOf(clean(timeElement?.getAttribute("datetime")));

  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
  const url = webUrl(canonical ?? null, baseUrl) ?? webUrl(meta('meta[property="og:url"]'), baseUrl);

  return {
    title: rawTitle ? withoutSiteSuffix(rawTitle, publisher) : null,
    // A logo is sometimes an <h1> too: the article's own heading first.
    heading: clean(firstText(document.querySelector("article h1") ?? document.querySelector("main h1") ?? document.querySelector("h1"))),
    publisher,
    publishedAt,
    url,
  };
}

function readJsonLd(document: Doc): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (found.length >= 100 || depth > 4) return;
    if (Array.isArray(value)) for (const item of value) visit(item, depth + 1);
    else if (value && typeof value === "object") {
      const object = value as JsonObject;
      found.push(object);
      if (Array.isArray(object["@graph"])) visit(object["@graph"], depth + 1);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // Broken JSON-LD is common; the meta tags still count.
    }
  }
  return found;
}

function typesOf(item: JsonObject): string[] {
  const type = item["@type"];
  if (typeof type === "string") return [type];
  return Array.isArray(type) ? type.filter((entry): entry is string => typeof entry === "string") : [];
}

function organizationName(value: unknown): string | null {
  const candidates = Array.isArray(value) ? value : [value];
  for (const candidate of candidates) {
    if (candidate && typeof candidate === "object") {
      const object = candidate as JsonObject;
      if (typesOf(object).some((type) => ORGANIZATION_TYPES.test(type))) {
        const name = clean(stringOf(object.name));
        if (name) return name;
      }
    }
  }
  return null;
}

function stringOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return null;
}

function firstText(element: El | null): string | null {
  return element?.textContent ?? null;
}

/** Whitespace collapsed, trimmed, at most 300 characters; empty becomes null. */
function clean(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const collapsed = value.replace(/\s+/g, " ").trim();
  if (collapsed === "") return null;
  return collapsed.length > 300 ? `${collapsed.slice(0, 299).trimEnd()}…` : collapsed;
}

/** "Jobs report | Department of Labor" → "Jobs report" when the publisher is that site. */
function withoutSiteSuffix(title: string, publisher: string | null): string {
  if (!publisher) return title;
  const match = /^(.+?)\s+[|\-–—:·]\s+(.+)$/.exec(title);
  if (match?.[1] && match[2] && match[2].toLowerCase() === publisher.toLowerCase()) return match[1];
  return title;
}

/** An absolute http(s) URL (resolved against `base`), or null. */
function webUrl(value: string | null, base: string | null = null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    url.hash = "";
    return url.toString();
  } catch {
    return null;
  }
}

/**
 * A publication date as YYYY-MM-DD. A timestamp keeps the calendar date written in it (the
 * publisher's own day, not converted to UTC); other forms ("March 5, 2024") go through Date.
 */
export function isoDateOf(value: string | null): string | null {
  if (!value) return null;
  const written = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value.trim());
  if (written) return realDate(Number(written[1]), Number(written[2]), Number(written[3]));
  if (!/[a-z]/i.test(value) && !/\d{1,2}\/\d{1,2}\/\d{4}/.test(value)) return null;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return null;
  return realDate(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
}

function realDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
