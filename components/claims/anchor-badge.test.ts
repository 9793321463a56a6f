import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { AnchorState } from "@/lib/sources/queries";
import { AnchorBadgeList } from "./anchor-badge";

const render = (state: AnchorState) => renderToStaticMarkup(createElement(AnchorBadgeList, { state }));

describe("AnchorBadgeList", () => {
  it("renders nothing for a claim whose text is as it was", () => {
    expect(render({ missingFromExtraction: false, changedAfterReview: false, orphaned: false })).toBe("");
  });

  it("names each recorded change in words, with an explanation for screen readers", () => {
    const html = render({ missingFromExtraction: true, changedAfterReview: true, orphaned: false });
    expect(html).toContain('aria-label="Changes to the text"');
    expect(html).toContain("Text changed after review");
    expect(html).toContain("Not found by the current extractor");
    expect(html).not.toContain("Not in the newest version");
    expect(html).toMatch(/class="sr-only">: A newer version/);
  });
});
