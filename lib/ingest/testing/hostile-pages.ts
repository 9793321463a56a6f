/**
 * The page shapes that froze the server (issue 12): nested blocks and unclosed inline tags. Each
 * states one figure, so a test can check the text came through. Used by the pool's unit test and
 * the end-to-end upload test.
 */
export const HOSTILE_PAGES: Record<string, string> = {
  "2,000 nested <div> (20 KB)": `<title>Deep</title>${"<div>".repeat(2_000)}Rents rose 7 percent in 2024.${"</div>".repeat(2_000)}`,
  "200,000 nested <div>": `<title>Deeper</title>${"<div>".repeat(200_000)}Rents rose 7 percent in 2024.`,
  "100,000 unclosed <b>": `<title>Bold</title><p>${"<b>".repeat(100_000)}Rents rose 7 percent in 2024.`,
};
