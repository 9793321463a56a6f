import type { ClaimWorkflow } from "@/lib/data/workflow";
import { formatDateTime } from "@/components/review/review-format";
import { StatusBadge } from "@/components/status-badge";
import { RatingBadge } from "@/components/claim/rating-badge";
import { AssignClaimForm, type AssigneeOption } from "./assign-claim-form";
import { ClaimMoveForm } from "./claim-move-form";
import { RetractVerdictForm } from "./retract-verdict-form";
import { SetAsideForm } from "./set-aside-form";
import { VerdictForm } from "./verdict-form";

const sectionHeading = "mb-3 text-sm font-semibold tracking-wide text-stone-600 uppercase";
const card = "rounded-lg border border-stone-200 bg-white p-4 sm:p-5";

/**
 * The newsroom's controls for one claim. It offers exactly the moves getClaimWorkflow allows this
 * viewer (the action cores decide again on every submit); nothing here reaches a signed-out visitor.
 */
export function WorkflowPanel({ workflow, assignees }: { workflow: ClaimWorkflow; assignees: AssigneeOption[] }) {
  const { moves, claimId, version } = workflow;
  const can = (move: ClaimWorkflow["moves"][number]) => moves.includes(move);
  const working = workflow.draft ?? workflow.published;
  const editable = can("saveDraft") || can("publish");

  return (
    <section aria-labelledby="workflow-heading" className="mt-10 border-t border-stone-200 pt-8">
      <h2 id="workflow-heading" className="mb-6 text-xl font-semibold tracking-tight">
        Workflow
      </h2>
      <div className="space-y-8">
        <div className={card}>
          <dl className="grid gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="font-medium text-stone-600">Status</dt>
              <dd className="mt-1">
                <StatusBadge status={workflow.status} />
              </dd>
            </div>
            <div>
              <dt className="font-medium text-stone-600">Reviewer</dt>
              <dd className="mt-1 text-ink">{workflow.assignee?.name ?? <span className="text-stone-600 italic">Nobody yet</span>}</dd>
            </div>
            <div>
              <dt className="font-medium text-stone-600">Since</dt>
              <dd className="mt-1 text-ink">
                {workflow.statusChangedAt ? (
                  <time dateTime={workflow.statusChangedAt.toISOString()}>{formatDateTime(workflow.statusChangedAt)}</time>
                ) : (
                  <span className="text-stone-600 italic">Never moved</span>
                )}
              </dd>
            </div>
          </dl>
          {workflow.status === "not_checkable" && workflow.statusReason ? (
            <p className="mt-3 text-sm text-stone-800">
              <span className="font-medium">Set aside (internal):</span> {workflow.statusReason}
            </p>
          ) : null}
          {workflow.status === "in_review" && workflow.published ? (
            <p className="mt-3 text-sm text-amber-950">
              Reopened: the published verdict stays public until a new one is published.
            </p>
          ) : null}
          {moves.length === 0 ? (
            <p className="mt-3 text-sm text-stone-600">Nothing for you to do on this claim now.</p>
          ) : null}
          {/* Always mounted, so a move's outcome stays on screen after its button goes. */}
          <div className="mt-4 flex flex-wrap gap-3 empty:hidden">
            <ClaimMoveForm move="take" claimId={claimId} version={version} available={can("take")} primary />
            <ClaimMoveForm move="submit" claimId={claimId} version={version} available={can("submit")} primary={!can("publish")} />
            <ClaimMoveForm move="reopen" claimId={claimId} version={version} available={can("reopen")} />
          </div>
          {can("assign") ? (
            <div className="mt-4 border-t border-stone-100 pt-4">
              <AssignClaimForm claimId={claimId} version={version} assignees={assignees} currentAssigneeId={workflow.assignee?.id ?? null} />
            </div>
          ) : null}
        </div>

        <section aria-labelledby={editable ? "verdict-form-heading" : undefined} className={editable ? card : "empty:hidden"}>
          {editable ? (
            <h3 id="verdict-form-heading" className="mb-1 font-semibold text-ink">
              {workflow.published ? "New verdict" : "Verdict"}
            </h3>
          ) : null}
          {editable ? (
            <p className="mb-4 text-sm text-stone-600">
              {workflow.draft
                ? `Draft saved by ${workflow.draft.editor.name}: only the newsroom sees it.`
                : workflow.published
                  ? "Starts from the published verdict. Publishing replaces it and the public page says it was updated."
                  : "Nothing saved yet. A draft is seen only by the newsroom."}
            </p>
          ) : null}
          <VerdictForm
            claimId={claimId}
            version={version}
            canSaveDraft={can("saveDraft")}
            canPublish={can("publish")}
            initial={{ rating: working?.rating ?? "", summary: working?.summary ?? "", rationale: working?.rationale ?? "" }}
          />
        </section>

        {!editable && workflow.draft ? (
          <section aria-labelledby="draft-heading" className={card}>
            <h3 id="draft-heading" className="mb-2 font-semibold text-ink">
              Draft verdict <span className="font-normal text-stone-600">(internal)</span>
            </h3>
            <p className="flex flex-wrap items-center gap-2">
              <RatingBadge rating={workflow.draft.rating} /> <span className="text-ink">{workflow.draft.summary}</span>
            </p>
          </section>
        ) : null}

        <div className="grid gap-6 empty:hidden lg:grid-cols-2">
          <section aria-labelledby={can("setAside") ? "set-aside-heading" : undefined} className={can("setAside") ? card : "empty:hidden"}>
            {can("setAside") ? (
              <h3 id="set-aside-heading" className={sectionHeading}>
                Not checkable?
              </h3>
            ) : null}
            <SetAsideForm claimId={claimId} version={version} available={can("setAside")} />
          </section>
          <section aria-labelledby={can("retract") ? "retract-heading" : undefined} className={can("retract") ? card : "empty:hidden"}>
            {can("retract") ? (
              <h3 id="retract-heading" className={sectionHeading}>
                Retract
              </h3>
            ) : null}
            {can("retract") ? <p className="mb-3 text-sm text-stone-600">Withdraws the public verdict; the claim goes back to review.</p> : null}
            <RetractVerdictForm claimId={claimId} version={version} available={can("retract")} />
          </section>
        </div>
      </div>
    </section>
  );
}
