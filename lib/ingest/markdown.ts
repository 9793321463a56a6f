/**
 * Markdown to the plain text a reader sees: the markup goes, each block (paragraph, heading, list
 * item, quote, code block) stays a paragraph of its own. Parsed by mdast-util-from-markdown
 * (CommonMark), the parser under react-markdown that the note renderer already uses.
 */
import type { Nodes, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";

export interface MarkdownDocument {
  text: string;
  /** The first level-one heading, if any. */
  title: string | null;
}

export function markdownToDocument(source: string): MarkdownDocument {
  const tree: Root = fromMarkdown(source);
  const blocks: string[] = [];
  let title: string | null = null;

  const block = (node: RootContent, prefix = ""): void => {
    switch (node.type) {
      case "heading": {
        const text = inline(node);
        if (node.depth === 1 && title === null && text.trim() !== "") title = text.replace(/\s+/g, " ").trim();
        blocks.push(prefix + text);
        return;
      }
      case "paragraph":
        blocks.push(prefix + inline(node));
        return;
      case "list": {
        const start = node.start ?? 1;
        node.children.forEach((item, index) => {
          const marker = node.ordered ? `${start + index}. ` : "- ";
          const [first, ...rest] = item.children;
          if (first) block(first, prefix + marker);
          for (const child of rest) block(child, prefix);
        });
        return;
      }
      case "blockquote":
        for (const child of node.children) block(child, prefix);
        return;
      case "code":
        blocks.push(node.value);
        return;
      case "html":
        blocks.push(stripTags(node.value));
        return;
      case "thematicBreak":
      case "definition":
        return;
      default:
        blocks.push(prefix + toString(node));
    }
  };
  for (const node of tree.children) block(node);

  return { text: blocks.filter((text) => text.trim() !== "").join("\n\n"), title };
}

/** Inline content as text: soft line breaks become spaces, hard breaks new lines, images their alt text. */
function inline(node: Nodes): string {
  switch (node.type) {
    case "text":
      return node.value.replace(/\s*\n\s*/g, " ");
    case "inlineCode":
      return node.value;
    case "break":
      return "\n";
    case "image":
    case "imageReference":
      return node.alt ?? "";
    case "html":
      return stripTags(node.value);
    default:
      return "children" in node ? node.children.map((child) => inline(child)).join("") : toString(node);
  }
}

/** Raw HTML inside Markdown: only its text is kept (the release is stored and shown as plain text). */
function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, "");
}
