import type { ClaimReview, CitationView, HistoryEntry, NoteView } from "@/lib/workflow/review";
import { CitationForm } from "@/components/citations/citation-form";
import { CitationSummary } from "@/components/citations/citation-summary";
import { CitationVisibilityForm } from "@/components/workflow/citation-visibility-form";
import { DeleteItemForm } from "@/components/ui/delete-item-form";
import { Disclosure } from "@/components/ui/disclosure";
import { NotAClaimForm } from "./not-a-claim-form";
import { NoteForm } from "@/components/notes/note-form";
import { NoteMarkdown } from "@/components/notes/note-markdown";
import { formatDateTime, formatDifference, formatFigure } from "@/components/ui/format";

const sectionHeading = "mb-3 text-sm font-semibold tracking-wide text-stone-600 uppercase";
const editSummary = "rounded-md px-2 py-1 text-sm font-medium text-accent hover:bg-stone-100";

/**
 * The review work on one claim, one section per step of the staff claim page (app/claims/[id]):
 * citations, then notes, then — after the workflow's send and verdict steps — not-a-claim and the
 * history. What they receive was already cut to the viewer by getClaimReview.
 */
export function CitationsSection({
  review,
  canSetCitationPublic = false,
}: {
  review: ClaimReview;
  /** Editors put citations on the public page. */
  canSetCitationPublic?: boolean;
}) {
  const { claim } = review;
  return (
    <section aria-labelledby="citations-heading">
      <h2 id="citations-heading" className={sectionHeading}>
        Citations
      </h2>
      <p className="mb-3 text-sm text-stone-600">
        The evidence for the verdict. A citation stays internal until an editor shows it on the public page.
      </p>
      {review.citations.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-4 text-sm text-stone-600">No citations yet.</p>
      ) : (
        <ol className="space-y-3">
          {review.citations.map((citation) => (
            <CitationItem key={citation.id} citation={citation} claim={claim} canSetPublic={canSetCitationPublic} />
          ))}
        </ol>
      )}
      {review.canReview ? (
        <div className="mt-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
          <h3 className="mb-3 font-semibold text-ink">Add a citation</h3>
          <CitationForm claimId={claim.id} />
        </div>
      ) : null}
    </section>
  );
}

export function NotesSection({ review }: { review: ClaimReview }) {
  if (!review.canReview) return null;
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading" className={sectionHeading}>
        Verification notes
      </h2>
      <p className="mb-3 text-sm text-stone-600">
        <PrivacyTag>Never public</PrivacyTag> What you checked and how, for the newsroom only.
      </p>
      {review.notes.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-4 text-sm text-stone-600">No notes yet.</p>
      ) : (
        <ol className="space-y-3">
          {review.notes.map((note) => (
            <NoteItem key={note.id} note={note} />
          ))}
        </ol>
      )}
      <div className="mt-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
        <NoteForm claimId={review.claim.id} />
      </div>
    </section>
  );
}

export function NotAClaimSection({ review }: { review: ClaimReview }) {
  if (!review.canReview) return null;
  const { claim } = review;
  return (
    <section aria-labelledby="not-a-claim-heading">
      <h2 id="not-a-claim-heading" className={sectionHeading}>
        Not a claim?
      </h2>
      <div className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
        {review.canChangeClaimhood ? (
          <NotAClaimForm claimId={claim.id} version={claim.version} notAClaim={claim.notAClaim} reason={claim.notAClaimReason} />
        ) : (
          <p className="text-sm text-stone-700">An editor published a verdict on this claim, so only an editor can mark it not a claim.</p>
        )}
      </div>
    </section>
  );
}

export function HistorySection({ review }: { review: ClaimReview }) {
  if (!review.canReview) return null;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className={sectionHeading}>
        History
      </h2>
      <ClaimHistory entries={review.history} />
    </section>
  );
}

/** Says who may read an item: "Never public", "Internal", "On the public page". */
function PrivacyTag({ children, tone = "internal" }: { children: React.ReactNode; tone?: "internal" | "public" }) {
  const style = tone === "public" ? "bg-emerald-50 text-emerald-900 ring-emerald-300" : "bg-stone-100 text-stone-800 ring-stone-300";
  return <span className={`mr-1 inline-flex rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${style}`}>{children}</span>;
}

function CitationItem({ citation, claim, canSetPublic }: { citation: CitationView; claim: ClaimReview["claim"]; canSetPublic: boolean }) {
  const difference = formatDifference(citation.difference, claim.value, claim.unit);
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4" aria-label={`Citation: ${citation.title}`}>
      <CitationSummary citation={citation} />
      {citation.figure !== null ? (
        <p className="mt-3 text-sm">
          <span className="text-stone-600">Source’s figure:</span>{" "}
          <span className="font-semibold tabular-nums">{formatFigure(citation.figure, claim.unit)}</span>
          {difference ? (
            <span
              className={`ml-2 rounded px-1.5 py-0.5 text-xs font-medium tabular-nums ${citation.difference === 0 ? "bg-emerald-50 text-emerald-800" : "bg-amber-50 text-amber-900"}`}
            >
              {difference}
            </span>
          ) : null}
        </p>
      ) : null}
      <p className="mt-3 text-xs text-stone-600">
        {citation.isPublic ? (
          <>
            <PrivacyTag tone="public">Public</PrivacyTag> — shown on the claim’s public page.{" "}
          </>
        ) : (
          <>
            <PrivacyTag>Internal</PrivacyTag> — an editor can show it on the public page.{" "}
          </>
        )}
        Added by {citation.own ? "you" : citation.author.name}, {formatDateTime(citation.createdAt)}
      </p>
      {citation.editable || canSetPublic ? (
        <div className="mt-3 flex flex-wrap items-start gap-3 border-t border-stone-100 pt-3">
          {canSetPublic ? (
            <CitationVisibilityForm citationId={citation.id} version={citation.version} isPublic={citation.isPublic} />
          ) : null}
          {citation.editable ? (
            <Disclosure summary="Edit citation" summaryClassName={editSummary} className="w-full sm:w-auto sm:flex-1">
              <div className="mt-3">
                <CitationForm
                  citation={{
                    citationId: citation.id,
                    version: citation.version,
                    url: citation.url,
                    title: citation.title,
                    publisher: citation.publisher ?? "",
                    publishedOn: citation.publishedOn ?? "",
                    quote: citation.quote ?? "",
                    stance: citation.stance,
                    figure: citation.figure === null ? "" : String(citation.figure),
                  }}
                />
              </div>
            </Disclosure>
          ) : null}
          {citation.editable ? <DeleteItemForm kind="citation" id={citation.id} version={citation.version} /> : null}
        </div>
      ) : null}
    </li>
  );
}

function NoteItem({ note }: { note: NoteView }) {
  const edited = note.updatedAt.getTime() !== note.createdAt.getTime();
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4" aria-label={`Note by ${note.author.name}`}>
      <NoteMarkdown body={note.body} />
      <p className="mt-3 text-xs text-stone-600">
        <PrivacyTag>Never public</PrivacyTag> · {note.own ? "You" : note.author.name}, {formatDateTime(note.createdAt)}
        {edited ? ` · edited ${formatDateTime(note.updatedAt)}` : ""}
      </p>
      {note.editable ? (
        <div className="mt-3 flex flex-wrap items-start gap-3 border-t border-stone-100 pt-3">
          <Disclosure summary="Edit note" summaryClassName={editSummary} className="w-full sm:w-auto sm:flex-1">
            <div className="mt-3">
              <NoteForm note={{ noteId: note.id, version: note.version, body: note.body }} />
            </div>
          </Disclosure>
          <DeleteItemForm kind="note" id={note.id} version={note.version} />
        </div>
      ) : null}
    </li>
  );
}

function ClaimHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) {
    return <p className="text-sm text-stone-600">No changes yet: nobody has reviewed this claim.</p>;
  }
  return (
    <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label="Changes, newest first">
      {entries.map((entry) => (
        <li key={entry.id} className="grid gap-1 px-4 py-2.5 text-sm sm:grid-cols-[12rem_1fr] sm:gap-4">
          <time dateTime={entry.at.toISOString()} className="text-stone-600 tabular-nums">
            {formatDateTime(entry.at)}
          </time>
          <p className="text-stone-900">
            <span className="font-medium">{entry.actor?.name ?? "Someone (account removed)"}</span> {entry.summary}
          </p>
        </li>
      ))}
    </ol>
  );
}
