/**
 * The review workflow as ONE table: each move, the statuses it may start from, who may make it,
 * and where it leads. Read by the write cores (lib/workflow/mutations.ts: `whoRefusal` in their
 * authorization, `stateRefusal` before they write), by what the UI offers (`movesFor`, in
 * lib/workflow/queries.ts for the claim page and the queue), and by the authorization matrix test,
 * which checks for every status, role and move that the UI offers exactly what the core accepts.
 *
 *   unreviewed ──take / assign──▶ in_review ──submit──▶ ready ──publish──▶ published
 *        │                          ▲   │                 │                   │
 *        └──────── set aside ───────┼───┴──── set aside ──┘                   │
 *                  (not_checkable)  └────────── reopen / retract ─────────────┘
 *
 * Pure: no database, no framework; it imports only db/enums.ts.
 */
import { CLAIM_STATUSES, type ClaimStatus, roleAtLeast, type UserRole } from "@/db/enums";

/** The signed-in person (lib/core/roles.ts Actor has this shape). */
export interface Actor {
  id: number;
  role: UserRole;
}

const hasRole = (actor: Actor, atLeast: UserRole) => roleAtLeast(actor.role, atLeast);

export const WORKFLOW_MOVES = ["take", "assign", "submit", "saveDraft", "publish", "setAside", "reopen", "retract"] as const;
export type WorkflowMove = (typeof WORKFLOW_MOVES)[number];

/** anyone signed in; the claim's assignee or an editor; editors (and admins) only. */
export type MoveWho = "anyone" | "assigneeOrEditor" | "editor";

/** What a move needs to know of the claim: its row plus whether it has a published verdict. */
export interface MoveSubject {
  status: ClaimStatus;
  assigneeId: number | null;
  notAClaim: boolean;
  hasPublished: boolean;
}

interface Transition {
  from: readonly ClaimStatus[];
  who: MoveWho;
  /** The status after the move (null: the status stays, e.g. saving a draft). */
  to: ClaimStatus | null;
  /** "take", "send", … as in "cannot be taken now" and "restore it before you take it". */
  verb: string;
  pastParticiple: string;
  /** The refusal for someone who is neither the assignee nor an editor (assigneeOrEditor moves). */
  notYours?: string;
  /** A condition beyond the status: the refusal when it does not hold, else null. */
  unless?: (claim: MoveSubject, actor: Actor) => string | null;
}

export const TRANSITIONS: Record<WorkflowMove, Transition> = {
  take: {
    from: ["unreviewed", "in_review"],
    who: "anyone",
    to: "in_review",
    verb: "take",
    pastParticiple: "taken",
    unless: (claim, actor) =>
      claim.status === "in_review" && claim.assigneeId !== null
        ? claim.assigneeId === actor.id
          ? "You are already reviewing this claim."
          : "Someone else is already reviewing this claim. Ask an editor to reassign it."
        : null,
  },
  assign: { from: ["unreviewed", "in_review", "ready"], who: "editor", to: "in_review", verb: "assign", pastParticiple: "assigned" },
  submit: {
    from: ["in_review"],
    who: "assigneeOrEditor",
    to: "ready",
    verb: "submit",
    pastParticiple: "submitted",
    notYours: "Only the person reviewing this claim or an editor can send it to the editors.",
  },
  saveDraft: {
    from: ["in_review", "ready"],
    who: "assigneeOrEditor",
    to: null,
    verb: "draft",
    pastParticiple: "drafted",
    notYours: "Only the person reviewing this claim or an editor can write its verdict.",
  },
  publish: { from: ["in_review", "ready"], who: "editor", to: "published", verb: "publish", pastParticiple: "published" },
  setAside: {
    from: ["unreviewed", "in_review", "ready"],
    who: "editor",
    to: "not_checkable",
    verb: "set aside",
    pastParticiple: "set aside",
    // A reopened claim still has its public verdict: setting it aside must not leave it public.
    unless: (claim) => (claim.hasPublished ? "This claim has a published verdict. Retract it before you set the claim aside." : null),
  },
  reopen: { from: ["published"], who: "editor", to: "in_review", verb: "reopen", pastParticiple: "reopened" },
  retract: {
    from: CLAIM_STATUSES,
    who: "editor",
    to: "in_review",
    verb: "retract",
    pastParticiple: "retracted",
    unless: (claim) => (claim.hasPublished ? null : "This claim has no published verdict to retract."),
  },
};

const STATUS_LABEL: Record<ClaimStatus, string> = {
  unreviewed: "unreviewed",
  in_review: "in review",
  ready: "ready for an editor",
  published: "published",
  not_checkable: "set aside as not checkable",
};

export const EDITORS_ONLY = "Only editors and admins can do this.";

/** The lowest role that may make the move at all (checked before the claim is even loaded). */
export function minimumRoleFor(move: WorkflowMove): "editor" | undefined {
  return TRANSITIONS[move].who === "editor" ? "editor" : undefined;
}

/** Why `actor` may not make `move` on this claim whatever its status, or null when they may. */
export function whoRefusal(move: WorkflowMove, actor: Actor, claim: Pick<MoveSubject, "assigneeId">): string | null {
  const { who, notYours } = TRANSITIONS[move];
  if (who === "anyone" || hasRole(actor, "editor")) return null;
  if (who === "assigneeOrEditor" && claim.assigneeId === actor.id) return null;
  return who === "editor" ? EDITORS_ONLY : (notYours ?? EDITORS_ONLY);
}

/** Why the claim's state does not allow `move` now, or null when it does. */
export function stateRefusal(move: WorkflowMove, actor: Actor, claim: MoveSubject): string | null {
  const transition = TRANSITIONS[move];
  if (claim.notAClaim) return `This figure is marked as not a claim; restore it before you ${transition.verb} it.`;
  if (!transition.from.includes(claim.status)) {
    return `This claim is ${STATUS_LABEL[claim.status]}, so it cannot be ${transition.pastParticiple} now. Reload to see where it is.`;
  }
  return transition.unless?.(claim, actor) ?? null;
}

/** Why `actor` may not make `move` on this claim now, or null when they may. */
export function moveRefusal(move: WorkflowMove, actor: Actor, claim: MoveSubject): string | null {
  return whoRefusal(move, actor, claim) ?? stateRefusal(move, actor, claim);
}

/** The moves `viewer` may make on this claim now: exactly what the cores accept. */
export function movesFor(viewer: Actor, claim: MoveSubject): WorkflowMove[] {
  return WORKFLOW_MOVES.filter((move) => moveRefusal(move, viewer, claim) === null);
}
