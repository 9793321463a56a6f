/**
 * Roles and the ownership rule, in one place. Plain functions: used by the action cores, the data
 * layer (the "editable" flag) and tests alike.
 */
import { roleAtLeast, type UserRole } from "@/db/enums";

export type { UserRole };

/** The signed-in person, as the session resolves them (re-read from the database each request). */
export interface Actor {
  id: number;
  role: UserRole;
}

/** reviewer < editor < admin. */
export function hasRole(actor: Pick<Actor, "role">, atLeast: UserRole): boolean {
  return roleAtLeast(actor.role, atLeast);
}

/** Reviewers change only what they wrote; editors and admins change anyone's. */
export function canChangeAuthoredItem(actor: Actor, authorId: number): boolean {
  return actor.id === authorId || hasRole(actor, "editor");
}
