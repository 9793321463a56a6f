import Markdown, { defaultUrlTransform, type Components } from "react-markdown";

/** Link targets a note may use: web, mail, and in-page anchors. Everything else renders as plain text. */
export function safeNoteUrl(url: string): string {
  const transformed = defaultUrlTransform(url.trim());
  if (transformed === "") return "";
  if (transformed.startsWith("#")) return transformed;
  try {
    const protocol = new URL(transformed).protocol;
    return protocol === "http:" || protocol === "https:" || protocol === "mailto:" ? transformed : "";
  } catch {
    // Relative paths are not useful in a note and could point at this app's own actions.
    return "";
  }
}

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} rel="noopener noreferrer nofollow ugc" className="text-accent underline underline-offset-2">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // No images: they would load from anywhere the author chose (tracking pixels) and CSP blocks them anyway.
  img: ({ alt }) => <span className="text-stone-600 italic">[image{alt ? `: ${alt}` : ""}]</span>,
  h1: ({ children }) => <p className="font-semibold">{children}</p>,
  h2: ({ children }) => <p className="font-semibold">{children}</p>,
  h3: ({ children }) => <p className="font-semibold">{children}</p>,
  ul: ({ children }) => <ul className="list-disc pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="list-decimal pl-5">{children}</ol>,
  code: ({ children }) => <code className="rounded bg-stone-100 px-1 text-[0.9em]">{children}</code>,
  blockquote: ({ children }) => <blockquote className="border-l-2 border-stone-300 pl-3 text-stone-700">{children}</blockquote>,
};

/**
 * A verification note's Markdown as React elements, rendered on the server. Raw HTML in the note is
 * shown as the text it is (react-markdown turns it into text nodes; there is no rehype-raw), URLs
 * pass safeNoteUrl, and nothing goes through dangerouslySetInnerHTML: `<script>` or `onerror=` in a
 * note can only ever be text.
 */
export function NoteMarkdown({ body }: { body: string }) {
  return (
    <div className="space-y-2 leading-relaxed break-words text-stone-900">
      <Markdown urlTransform={safeNoteUrl} components={components}>
        {body}
      </Markdown>
    </div>
  );
}
