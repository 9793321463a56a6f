import { describe, expect, it } from "vitest";
import { convertFile, firstLineTitle } from "./convert";
import { IngestError, type IngestErrorCode } from "./errors";
import { isoDateOf } from "./html";
import { readMaxDocumentBytes } from "./limits";
import { normalizeText } from "./normalize";
import { makePdf } from "./testing/make-pdf";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusal(promise: Promise<unknown>): Promise<IngestError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error("expected the conversion to be refused");
}

async function expectRefused(promise: Promise<unknown>, code: IngestErrorCode, message: RegExp) {
  const error = await refusal(promise);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
}

const RELEASE = [
  "Shelter beds rise 18 percent",
  "",
  "The county opened 240 new shelter beds in 2024, bringing the total to 1,573.",
  "Officials said 62 percent of them are reserved for families.",
].join("\n");

describe("plain text", () => {
  it("keeps the text, normalises line endings and takes the first line as a title", async () => {
    const doc = await convertFile(utf8(RELEASE.replace(/\n/g, "\r\n") + "\r\n\r\n\r\n"), { filename: "release.txt" });
    expect(doc).toEqual({
      format: "text",
      text: RELEASE,
      title: "Shelter beds rise 18 percent",
      publisher: null,
      publishedAt: null,
      url: null,
    });
  });

  it("tolerates a UTF-8 byte-order mark and reads UTF-16 with its mark", async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Caf\u00e9 prices up 3%")]);
    expect((await convertFile(withBom, { filename: "a.txt" })).text).toBe("Caf\u00e9 prices up 3%");
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("Fares up 4%", "utf16le")]);
    expect((await convertFile(utf16, { filename: "a.txt" })).text).toBe("Fares up 4%");
  });

  it("refuses bytes that are not UTF-8, naming the fix", async () => {
    const latin1 = new Uint8Array([...utf8("Caf"), 0xe9, ...utf8(" prices rose")]);
    await expectRefused(convertFile(latin1, { filename: "a.txt" }), "binary", /not UTF-8 text.*Save it as UTF-8/);
  });

  it("refuses binary data with control characters", async () => {
    const binary = new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02, 0x03, 0x10, 0x20]);
    await expectRefused(convertFile(binary, { filename: "a.txt" }), "binary", /binary file/);
  });

  it("refuses an empty file and a file of blank lines", async () => {
    await expectRefused(convertFile(new Uint8Array(), { filename: "a.txt" }), "empty", /empty/);
    await expectRefused(convertFile(utf8(" \n\t\r\n  "), { filename: "a.txt" }), "empty", /no text/);
  });

  it("refuses a file over the limit before looking inside, and a 100 MB one", async () => {
    await expectRefused(
      convertFile(utf8("x".repeat(2_001)), { filename: "a.txt", maxBytes: 2_000 }),
      "too_large",
      /2 KB; the limit is 2 KB/,
    );
    const huge = new Uint8Array(100 * 1024 * 1024);
    await expectRefused(convertFile(huge, { filename: "huge.txt" }), "too_large", /104\.9 MB; the limit is 20 MB/);
  });
});

describe("type detection", () => {
  it("refuses a .txt that is really a PDF", async () => {
    const pdf = makePdf({ pages: [[["Hello"]]] });
    await expectRefused(
      convertFile(pdf, { filename: "release.txt" }),
      "unsupported_type",
      /named \.txt but it is a PDF.*Rename it to \.pdf/,
    );
  });

  it("names images and office files instead of reading them", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expectRefused(convertFile(png, { filename: "release.txt" }), "binary", /a PNG image, not a press release/);
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]);
    await expectRefused(convertFile(docx, { filename: "release.docx" }), "binary", /ZIP archive \(Word \.docx/);
  });

  it("refuses extensions and types it cannot read", async () => {
    await expectRefused(convertFile(utf8("a,b\n1,2"), { filename: "data.csv" }), "unsupported_type", /cannot read \.csv files/);
    await expectRefused(convertFile(utf8("{}"), { contentType: "application/json" }), "unsupported_type", /application\/json/);
  });

  it("refuses a .pdf that is not a PDF", async () => {
    await expectRefused(convertFile(utf8("just text"), { filename: "release.pdf" }), "malformed", /not a PDF/);
  });

  it("sniffs HTML and PDF when nothing names the type", async () => {
    expect((await convertFile(utf8("<!doctype html><p>Rents rose 7 percent.</p>"))).format).toBe("html");
    expect((await convertFile(makePdf({ pages: [[["Rents rose 7 percent."]]] }))).format).toBe("pdf");
    expect((await convertFile(utf8("Rents rose 7 percent."), { contentType: "application/octet-stream" })).format).toBe("text");
  });

  it("follows the extension over a generic content type, and a text file may mention %PDF-", async () => {
    const doc = await convertFile(utf8("# Title\n\nThe %PDF- header starts every PDF."), {
      filename: "notes.md",
      contentType: "text/plain",
    });
    expect(doc.format).toBe("markdown");
  });
});

describe("Markdown", () => {
  it("drops the markup, keeps paragraphs and list items, takes the first heading as the title", async () => {
    const source = [
      "# Transit ridership hits *record* high",
      "",
      "Ridership rose **12 percent** in 2024,",
      "according to the [authority](https://transit.example/report).",
      "",
      "- Buses: 41 million trips",
      "- Trains: 18 million trips",
      "",
      "> Fares stayed at $2.75.",
      "",
      "![chart of 2024 ridership](chart.png)",
    ].join("\n");
    const doc = await convertFile(utf8(source), { filename: "ridership.md" });
    expect(doc.format).toBe("markdown");
    expect(doc.title).toBe("Transit ridership hits record high");
    expect(doc.text).toBe(
      [
        "Transit ridership hits record high",
        "Ridership rose 12 percent in 2024, according to the authority.",
        "- Buses: 41 million trips",
        "- Trains: 18 million trips",
        "Fares stayed at $2.75.",
        "chart of 2024 ridership",
      ].join("\n\n"),
    );
  });
});

describe("HTML", () => {
  const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const article = `
    <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
    <article>
      <h1>Water main repairs finished ahead of schedule</h1>
      <p>The city replaced 14 miles of water mains in 2024, up from 9 miles the year before.</p>
      <p>Crews finished the work 3 weeks early and 4 percent under the $21.5 million budget.</p>
      <p>Officials said about 2,300 households had fewer outages as a result of the repairs.</p>
      <ul><li>North district: 6 miles</li><li>South district: 8 miles</li></ul>
    </article>
    <footer>Copyright the City. Contact us. Privacy policy.</footer>`;

  it("reduces the page to the article's text, paragraph by paragraph", async () => {
    const doc = await convertFile(utf8(page("<title>Water mains | City of Example</title>", article)), { filename: "release.html" });
    expect(doc.format).toBe("html");
    expect(doc.text).toContain("The city replaced 14 miles of water mains in 2024, up from 9 miles the year before.\n\nCrews finished");
    expect(doc.text).toContain("- North district: 6 miles\n- South district: 8 miles");
    expect(doc.text).not.toContain("Privacy policy");
    expect(doc.text).not.toContain("Home");
  });

  it("reads title, publisher, date and canonical URL from Open Graph and article tags", async () => {
    const head = `
      <title>Water mains | City of Example</title>
      <meta property="og:title" content="Water main repairs finished early">
      <meta property="og:site_name" content="City of Example">
      <meta property="article:published_time" content="2024-11-05T22:30:00-05:00">
      <link rel="canonical" href="/news/water-mains">`;
    const doc = await convertFile(utf8(page(head, article)), { filename: "x.html", url: "https://city.example/news/water-mains?utm=x" });
    expect(doc).toMatchObject({
      title: "Water main repairs finished early",
      publisher: "City of Example",
      // The publisher's calendar day, not shifted to UTC.
      publishedAt: "2024-11-05",
      url: "https://city.example/news/water-mains",
    });
  });

  it("falls back to JSON-LD, then <time datetime>, <title> without the site suffix, and h1", async () => {
    const jsonLd = JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [
        {
          "@type": "NewsArticle",
          headline: "Repairs done",
          datePublished: "2024-10-01",
          publisher: { "@type": "GovernmentOrganization", name: "Example Water Authority" },
        },
      ],
    });
    const fromJsonLd = await convertFile(utf8(page(`<script type="application/ld+json">${jsonLd}</script>`, article)), {
      filename: "x.html",
    });
    expect(fromJsonLd).toMatchObject({ title: "Repairs done", publisher: "Example Water Authority", publishedAt: "2024-10-01", url: null });

    const plain = await convertFile(
      utf8(
        page(
          "<title>Water mains - Example Water Authority</title><meta property='og:site_name' content='Example Water Authority'>",
          `<time datetime="2024-09-30">Sept. 30</time>${article}`,
        ),
      ),
      { filename: "x.html", url: "https://water.example/a" },
    );
    expect(plain).toMatchObject({ title: "Water mains", publishedAt: "2024-09-30", url: "https://water.example/a" });

    const headingOnly = await convertFile(utf8(`<h1>Only a heading</h1><p>Prices rose 5 percent.</p>`), { filename: "x.html" });
    expect(headingOnly.title).toBe("Only a heading");
  });

  it("reads malformed pages: unclosed tags, no <head> or <body>, stray end tags", async () => {
    const broken =
      "<html><title>Broken page</title><div><p>Enrollment grew 6 percent to 48,200 students.<p>Tuition rose $340.</div></span></html><p>Late paragraph";
    const doc = await convertFile(utf8(broken), { filename: "broken.html" });
    expect(doc.title).toBe("Broken page");
    expect(doc.text).toContain("Enrollment grew 6 percent to 48,200 students.");
    expect(doc.text).toContain("Tuition rose $340.");
    const noMarkup = await convertFile(utf8("<p>Jobs rose by 1,200"), { filename: "fragment.html" });
    expect(noMarkup.text).toBe("Jobs rose by 1,200");
  });

  it("does not mistake a long footer of links for the article", async () => {
    const footer = Array.from(
      { length: 200 },
      (_, i) => `<div><a href="/f/${i}">Footer link ${i}</a> privacy, terms and accessibility ${i}</div>`,
    ).join("");
    const doc = await convertFile(utf8(page("<title>Water mains</title>", `<main>${article}</main><footer>${footer}</footer>`)), {
      filename: "x.html",
    });
    expect(doc.text).toMatch(/^Water main repairs finished ahead of schedule\n\nThe city replaced 14 miles/);
    expect(doc.text).not.toContain("Footer link");
  });

  it("refuses a page with no text", async () => {
    await expectRefused(
      convertFile(utf8(page("<title>Empty</title>", "<script>var a = 1;</script><img src=x>")), { filename: "e.html" }),
      "empty",
      /no readable text/,
    );
  });

  it("decodes a legacy charset the page declares", async () => {
    const head = utf8('<html><head><meta charset="windows-1252"><title>Caf');
    const rest = utf8("</title></head><body><p>Prices at the caf");
    const tail = utf8(" rose 3 percent.</p></body></html>");
    const bytes = new Uint8Array([...head, 0xe9, ...rest, 0xe9, ...tail]);
    const doc = await convertFile(bytes, { filename: "legacy.html" });
    expect(doc.title).toBe("Caf\u00e9");
    expect(doc.text).toContain("Prices at the caf\u00e9 rose 3 percent.");
  });
});

describe("PDF", () => {
  it("extracts the text with paragraph breaks and the document-info title", async () => {
    const pdf = makePdf({
      title: "Library visits report",
      pages: [
        [
          ["Library visits rose 22 percent in 2024, to 1.4 million,", "the highest number since the branches reopened."],
          ["The system lent 3.1 million items."],
        ],
        [["Late fees (abolished in 2022) had brought in $180,000 a year."]],
      ],
    });
    const doc = await convertFile(pdf, { filename: "report.pdf" });
    expect(doc.format).toBe("pdf");
    expect(doc.title).toBe("Library visits report");
    expect(doc.text).toBe(
      [
        "Library visits rose 22 percent in 2024, to 1.4 million, the highest number since the branches reopened.",
        "The system lent 3.1 million items.",
        "Late fees (abolished in 2022) had brought in $180,000 a year.",
      ].join("\n\n"),
    );
  });

  it("without a title in the document info, takes the first line", async () => {
    const doc = await convertFile(makePdf({ pages: [[["Budget update"], ["Spending fell 2 percent."]]] }), { filename: "b.pdf" });
    expect(doc.title).toBe("Budget update");
  });

  it("refuses a truncated PDF and a PDF that is only a header", async () => {
    const pdf = makePdf({ pages: [[["Spending fell 2 percent."]]] });
    await expectRefused(
      convertFile(pdf.slice(0, Math.floor(pdf.length / 3)), { filename: "cut.pdf" }),
      "malformed",
      /could not be read.*damaged or incomplete/,
    );
    await expectRefused(
      convertFile(utf8("%PDF-1.7\n%garbage that is no PDF at all"), { filename: "junk.pdf" }),
      "malformed",
      /could not be read/,
    );
  });

  it("refuses a PDF without any text (a scan)", async () => {
    await expectRefused(convertFile(makePdf({ pages: [[]] }), { filename: "scan.pdf" }), "empty", /no text to read.*scanned/);
  });
});

describe("helpers", () => {
  it("normalises text to one stored form", () => {
    expect(normalizeText("\uFEFF  a \r\nb\u00a0c\t\r\r\r\rd  \n\n")).toBe("a\nb c\n\nd");
    // NFC: "é" as e + combining accent becomes one code point, so the same text hashes the same.
    expect(normalizeText("Cafe\u0301")).toBe("Caf\u00e9");
  });

  it("reads dates in the forms pages use", () => {
    expect(isoDateOf("2024-03-05T23:59:00-08:00")).toBe("2024-03-05");
    expect(isoDateOf("March 5, 2024")).toBe("2024-03-05");
    expect(isoDateOf("2024-02-30")).toBeNull();
    expect(isoDateOf("yesterday")).toBeNull();
    expect(isoDateOf("1700-01-01")).toBeNull();
  });

  it("takes only a short first line as a title", () => {
    expect(firstLineTitle("Headline\nBody")).toBe("Headline");
    expect(firstLineTitle(`${"x".repeat(201)}\nBody`)).toBeNull();
  });

  it("reads the size limit from the environment and refuses nonsense", () => {
    expect(readMaxDocumentBytes({})).toBe(20_000_000);
    expect(readMaxDocumentBytes({ CLAIMDESK_MAX_DOCUMENT_MB: "2.5" })).toBe(2_500_000);
    expect(() => readMaxDocumentBytes({ CLAIMDESK_MAX_DOCUMENT_MB: "lots" })).toThrow(/CLAIMDESK_MAX_DOCUMENT_MB/);
  });
});
