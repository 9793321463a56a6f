import type { ClaimWorkflow } from "@/lib/workflow/queries";
import { formatDateTime } from "@/components/ui/format";
import { StatusBadge } from "@/components/ui/status-badge";
import { RatingBadge } from "@/components/claims/rating-badge";
import { AssignClaimForm, type AssigneeOption } from "./assign-claim-form";
import { ClaimMoveForm } from "./claim-move-form";
import { RetractVerdictForm } from "./retract-verdict-form";
import { SetAsideForm } from "./set-aside-form";
import { VerdictForm } from "./verdict-form";

const sectionHeading = "mb-3 text-sm font-semibold tracking-wide text-stone-600 uppercase";
const card = "rounded-lg border border-stone-200 bg-white p-4 sm:p-5";

/**
 * The newsroom's controls for one claim, split into the steps of the staff claim page: where the
 * claim stands (take, assign, reopen), sending it to the editors, the verdict, and setting aside or
 * retracting. Each offers exactly the moves getClaimWorkflow allows this viewer (the action cores
 * decide again on every submit); nothing here reaches a signed-out visitor.
 */
export function WorkflowStatus({ workflow, assignees }: { workflow: ClaimWorkflow; assignees: AssigneeOption[] }) {
  const { moves, claimId, version } = workflow;
  const can = (move: ClaimWorkflow["moves"][number]) => moves.includes(move);
  return (
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
        <p className="mt-3 text-sm text-amber-950">Reopened: the published verdict stays public until a new one is published.</p>
      ) : null}
      {moves.length === 0 ? <p className="mt-3 text-sm text-stone-600">Nothing for you to do on this claim now.</p> : null}
      {/* Always mounted, so a move's outcome stays on screen after its button goes. */}
      <div className="mt-4 flex flex-wrap gap-3 empty:hidden">
        <ClaimMoveForm move="take" claimId={claimId} version={version} available={can("take")} primary />
        <ClaimMoveForm move="reopen" claimId={claimId} version={version} available={can("reopen")} />
      </div>
      {can("assign") ? (
        <div className="mt-4 border-t border-stone-100 pt-4">
          <AssignClaimForm claimId={claimId} version={version} assignees={assignees} currentAssigneeId={workflow.assignee?.id ?? null} />
        </div>
      ) : null}
    </div>
  );
}

/** "Send to the editors", after the evidence; it warns when the claim has no citation. */
export function SendToEditors({ workflow, citationCount }: { workflow: ClaimWorkflow; citationCount: number }) {
  const available = workflow.moves.includes("submit");
  const warningId = `send-warning-${workflow.claimId}`;
  return (
    <section aria-labelledby={available ? "send-heading" : undefined} className={available ? card : "empty:hidden"}>
      {available ? (
        <>
          <h2 id="send-heading" className={sectionHeading}>
            Send to the editors
          </h2>
          {citationCount === 0 ? (
            <p id={warningId} className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
              <strong className="font-semibold">This claim has no citation yet.</strong> An editor publishes a verdict on the evidence: add
              the source you checked above, or say in a note why there is none, before you send it.
            </p>
          ) : (
            <p className="mb-3 text-sm text-stone-600">
              {citationCount === 1 ? "1 citation" : `${citationCount} citations`} and the notes go to the editors with it.
            </p>
          )}
        </>
      ) : null}
      <ClaimMoveForm
        move="submit"
        claimId={workflow.claimId}
        version={workflow.version}
        available={available}
        primary={!workflow.moves.includes("publish")}
        describedBy={available && citationCount === 0 ? warningId : undefined}
      />
    </section>
  );
}

/** The verdict form (and, when someone else drafted it, the draft), after the evidence. */
export function VerdictStep({ workflow }: { workflow: ClaimWorkflow }) {
  const { moves, claimId, version } = workflow;
  const can = (move: ClaimWorkflow["moves"][number]) => moves.includes(move);
  const working = workflow.draft ?? workflow.published;
  const editable = can("saveDraft") || can("publish");
  return (
    <>
      <section aria-labelledby={editable ? "verdict-form-heading" : undefined} className={editable ? card : "empty:hidden"}>
        {editable ? (
          <h2 id="verdict-form-heading" className={sectionHeading}>
            {workflow.published ? "Write a new verdict" : "Write the verdict"}
          </h2>
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
          <h2 id="draft-heading" className="mb-2 font-semibold text-ink">
            Draft verdict <span className="font-normal text-stone-600">(internal)</span>
          </h2>
          <p className="flex flex-wrap items-center gap-2">
            <RatingBadge rating={workflow.draft.rating} /> <span className="text-ink">{workflow.draft.summary}</span>
          </p>
        </section>
      ) : null}
    </>
  );
}

/** Setting the claim aside as not checkable, and retracting a published verdict. */
export function SetAsideAndRetract({ workflow }: { workflow: ClaimWorkflow }) {
  const { moves, claimId, version } = workflow;
  const can = (move: ClaimWorkflow["moves"][number]) => moves.includes(move);
  return (
    <div className="grid gap-6 empty:hidden">
      <section aria-labelledby={can("setAside") ? "set-aside-heading" : undefined} className={can("setAside") ? card : "empty:hidden"}>
        {can("setAside") ? (
          <h2 id="set-aside-heading" className={sectionHeading}>
            Not checkable?
          </h2>
        ) : null}
        <SetAsideForm claimId={claimId} version={version} available={can("setAside")} />
      </section>
      <section aria-labelledby={can("retract") ? "retract-heading" : undefined} className={can("retract") ? card : "empty:hidden"}>
        {can("retract") ? (
          <h2 id="retract-heading" className={sectionHeading}>
            Retract
          </h2>
        ) : null}
        {can("retract") ? (
          <p className="mb-3 text-sm text-stone-600">Withdraws the public verdict; the claim goes back to review.</p>
        ) : null}
        <RetractVerdictForm claimId={claimId} version={version} available={can("retract")} />
      </section>
    </div>
  );
}
