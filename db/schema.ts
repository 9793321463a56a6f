/**
 * The whole database in one module: camelCase keys over snake_case columns.
 * Tables that later issues need (users, citations, notes, verdicts, audit) are designed now so the
 * migration history stays linear and clean.
 *
 * The audit_log append-only trigger lives in a custom migration (db/migrations), not here:
 * drizzle-kit has no DSL for triggers.
 */
import { relations, sql, type SQL } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Check } from "@/lib/engine/types";
import {
  CITATION_STANCES,
  CLAIM_BOUNDS,
  CLAIM_DIRECTIONS,
  CLAIM_ORIGINS,
  CLAIM_STATUSES,
  CLAIM_UNITS,
  DATA_DECISIONS,
  USER_ROLES,
  VERDICT_RATINGS,
  VERDICT_STATES,
} from "./enums";
import type { DatasetColumn } from "./enums";

/** PostgreSQL `tsvector`; drizzle-orm 0.45 has no built-in column type for it. */
const tsvector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
};

// ---------------------------------------------------------------------------------------------
// Enums: the values are the arrays of db/enums.ts, which the code reads too.

export const unitEnum = pgEnum("claim_unit", CLAIM_UNITS);
export const boundEnum = pgEnum("claim_bound", CLAIM_BOUNDS);
export const directionEnum = pgEnum("claim_direction", CLAIM_DIRECTIONS);
export const claimStatusEnum = pgEnum("claim_status", CLAIM_STATUSES);
export const claimOriginEnum = pgEnum("claim_origin", CLAIM_ORIGINS);
export const userRoleEnum = pgEnum("user_role", USER_ROLES);
export const citationStanceEnum = pgEnum("citation_stance", CITATION_STANCES);
export const verdictRatingEnum = pgEnum("verdict_rating", VERDICT_RATINGS);
/** See VERDICT_STATES in db/enums.ts for what each state means. */
export const verdictStateEnum = pgEnum("verdict_state", VERDICT_STATES);

// ---------------------------------------------------------------------------------------------
// People

/**
 * The database's identity: one row, made by migration 0011 when the database is first migrated.
 * Every page-cache key carries it (lib/cache/cache-handler.mjs), so a cache written for one
 * database (a reset demo folder, another DATABASE_URL) is never served for another.
 */
export const databaseIdentity = pgTable(
  "database_identity",
  {
    singleton: boolean().primaryKey().default(true),
    id: uuid().notNull().defaultRandom(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check("database_identity_one_row", sql`${table.singleton}`)],
);

export const users = pgTable(
  "users",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    /** Stored lowercased (enforced by a CHECK) so the unique index is case-insensitive. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    /** argon2id hash; null for accounts that only sign in through OAuth. */
    passwordHash: text("password_hash"),
    role: userRoleEnum("role").notNull().default("reviewer"),
    createdAt: timestamps.createdAt,
    disabledAt: timestamp("disabled_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email), check("users_email_lowercase", sql`${t.email} = lower(${t.email})`)],
);

export const oauthAccounts = pgTable(
  "oauth_accounts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    uniqueIndex("oauth_accounts_provider_account_key").on(t.provider, t.providerAccountId),
    index("oauth_accounts_user_id_idx").on(t.userId),
  ],
);

/** One row per sign-in attempt; rate limiting counts recent rows per key, so any server can decide. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    /** What is being limited, e.g. "email:ann@example.org" or "ip:203.0.113.9". */
    key: text("key").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    succeeded: boolean("succeeded").notNull(),
  },
  (t) => [index("sign_in_attempts_key_at_idx").on(t.key, t.at)],
);

/**
 * One row per sign-in: the session token carries the id, and every request reads it with the user
 * (lib/auth/current-user.ts), so signing out, a password change, a role change and disabling the
 * account end the session on the server at once, whatever the cookie says.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    /** 32 random bytes, base64url; only inside the encrypted session token. */
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamps.createdAt,
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("user_sessions_user_id_idx").on(t.userId)],
);

// ---------------------------------------------------------------------------------------------
// Sources and claims

export const sources = pgTable(
  "sources",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    url: text("url"),
    /** ISO date string (YYYY-MM-DD). */
    publishedAt: date("published_at", { mode: "string" }),
    body: text("body").notNull(),
    /** sha256 hex of body: the same text is stored once. */
    contentHash: text("content_hash").notNull(),
    version: integer("version").notNull().default(1),
    /** A changed text at a known URL becomes a new source row pointing at the one it replaces. */
    previousVersionId: integer("previous_version_id").references((): AnyPgColumn => sources.id),
    /** The engine's arithmetic checks (lib/engine/types.ts `Check[]`), spans kept to resolve claims. */
    checks: jsonb("checks")
      .$type<Check[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    extractorVersion: text("extractor_version").notNull(),
    createdAt: timestamps.createdAt,
    createdById: integer("created_by_id").references(() => users.id),
  },
  (t) => [
    uniqueIndex("sources_content_hash_key").on(t.contentHash),
    // A version has at most one successor: two imports racing to version one source cannot fork it.
    uniqueIndex("sources_previous_version_id_key").on(t.previousVersionId),
    // Imports look up the newest version at a URL.
    index("sources_url_idx").on(t.url),
    // The source list's search (title or publisher ILIKE '%…%'): trigram indexes find the few
    // matches of a rare word without reading every source (pg_trgm, created by migration 0007).
    index("sources_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
    index("sources_publisher_trgm_idx").using("gin", t.publisher.op("gin_trgm_ops")),
    check("sources_content_hash_sha256", sql`${t.contentHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

export const claims = pgTable(
  "claims",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    // The engine's Claim. start/end double as the W3C TextPositionSelector.
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    text: text("text").notNull(),
    value: doublePrecision("value"),
    unit: unitEnum("unit").notNull(),
    denominator: doublePrecision("denominator"),
    /** The high end of a range stated as one claim ("between 4 and 5 percent": value 4, upperValue 5). */
    upperValue: doublePrecision("upper_value"),
    /** A physical unit of measure named right after the figure ("metric tons", "acres"): shown beside the value. */
    measure: text("measure"),
    currency: text("currency"),
    subject: text("subject").notNull(),
    timeScope: text("time_scope"),
    speaker: text("speaker"),
    bound: boundEnum("bound"),
    direction: directionEnum("direction"),
    sentenceStart: integer("sentence_start").notNull(),
    sentenceEnd: integer("sentence_end").notNull(),
    /** body.slice(sentenceStart, sentenceEnd): lets lists and search work without the source body. */
    sentenceText: text("sentence_text").notNull(),
    checkworthiness: real("checkworthiness").notNull().default(0),
    // W3C TextQuoteSelector (exact = text).
    quoteExact: text("quote_exact").notNull(),
    /** Up to 32 characters before the figure. */
    quotePrefix: text("quote_prefix").notNull(),
    /** Up to 32 characters after the figure. */
    quoteSuffix: text("quote_suffix").notNull(),
    // Workflow.
    status: claimStatusEnum("status").notNull().default("unreviewed"),
    origin: claimOriginEnum("origin").notNull().default("extracted"),
    notAClaim: boolean("not_a_claim").notNull().default(false),
    notAClaimReason: text("not_a_claim_reason"),
    /** Set when a re-extraction of the source no longer finds this claim. */
    missingFromExtraction: boolean("missing_from_extraction").notNull().default(false),
    /**
     * Set when a new version of the source (or a re-extraction) changed the figure or its sentence
     * after someone had reviewed the claim (status beyond unreviewed, citations, notes, verdicts):
     * the review may no longer fit the text. See lib/sources/reconcile.ts.
     */
    changedAfterReview: boolean("changed_after_review").notNull().default(false),
    /**
     * Set when the claim's quote could not be found in a newer version of its source ("orphan", as
     * Hypothesis calls annotations that lost their anchor). The claim stays on the version where its
     * offsets hold, with everything attached to it; it is never deleted.
     */
    orphaned: boolean("orphaned").notNull().default(false),
    assigneeId: integer("assignee_id").references(() => users.id),
    /**
     * True while the claim has a published verdict (what the public's "published" filter means; a
     * reopened claim keeps it). Kept by a trigger on verdicts (migration 0011), never written by the
     * app: it lets the claim list read that filter in list order from a partial index.
     */
    hasPublishedVerdict: boolean("has_published_verdict").notNull().default(false),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true, mode: "date" }),
    /** Why an editor set the claim aside (status not_checkable); internal, never public. */
    statusReason: text("status_reason"),
    /** Optimistic concurrency: every update sets version = version + 1 where version = the one read. */
    version: integer("version").notNull().default(1),
    ...timestamps,
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('english'::regconfig, ${claims.text}), 'A') || setweight(to_tsvector('english'::regconfig, ${claims.subject}), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(${claims.speaker}, '')), 'C') || setweight(to_tsvector('english'::regconfig, ${claims.sentenceText}), 'D')`,
      ),
  },
  (t) => [
    uniqueIndex("claims_source_span_origin_key").on(t.sourceId, t.start, t.end, t.origin),
    // Keyset order of the claim list: most check-worthy first, id breaks ties. Ascending indexes
    // scanned backwards give exactly ORDER BY checkworthiness DESC, id DESC (NULLS FIRST, the
    // default for DESC); a "DESC NULLS LAST" index would not match that order and forces a sort.
    index("claims_list_order_idx").on(t.checkworthiness, t.id),
    // Filtered lists read in list order straight from these; the source filter uses
    // claims_source_span_origin_key (a source has few claims).
    index("claims_status_list_order_idx").on(t.status, t.checkworthiness, t.id),
    index("claims_unit_list_order_idx").on(t.unit, t.checkworthiness, t.id),
    index("claims_assignee_id_idx").on(t.assigneeId),
    // The public "published" filter: the few claims with a published verdict, in list order.
    index("claims_published_list_order_idx")
      .on(t.checkworthiness, t.id)
      .where(sql`${t.hasPublishedVerdict}`),
    // The sitemap's files: published claims in id order.
    index("claims_published_id_idx")
      .on(t.id)
      .where(sql`${t.hasPublishedVerdict}`),
    // "Also stated in" (lib/claims/related.ts): the same unit and a value within a few percent.
    index("claims_unit_value_idx").on(t.unit, t.value),
    // ... and a subject sharing a stemmed word: the planner ANDs this with the range above.
    index("claims_subject_words_idx").using("gin", sql`to_tsvector('english'::regconfig, ${t.subject})`),
    index("claims_search_idx").using("gin", t.search),
    check("claims_span_valid", sql`${t.start} >= 0 AND ${t.end} > ${t.start}`),
    check("claims_sentence_covers_span", sql`${t.sentenceStart} <= ${t.start} AND ${t.sentenceEnd} >= ${t.end}`),
    // A range runs upwards and has a low end: lib/claims/claim-rows.ts orders the engine's two ends.
    check("claims_upper_value_above_value", sql`${t.upperValue} IS NULL OR (${t.value} IS NOT NULL AND ${t.upperValue} >= ${t.value})`),
    check("claims_checkworthiness_range", sql`${t.checkworthiness} >= 0 AND ${t.checkworthiness} <= 1`),
  ],
);

/**
 * The bulk importer's journal: one row per imported file, keyed by the sha256 of its raw bytes, so
 * a rerun (after an interruption, or over the same folder) skips stored files without converting
 * them again. Written in the same transaction as the source it points at.
 */
export const importFiles = pgTable(
  "import_files",
  {
    bytesHash: text("bytes_hash").primaryKey(),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    /** The path as given on the command line when it was first imported; informational. */
    path: text("path").notNull(),
    importedAt: timestamp("imported_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    index("import_files_source_id_idx").on(t.sourceId),
    check("import_files_bytes_hash_sha256", sql`${t.bytesHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Review work on a claim

export const citations = pgTable(
  "citations",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    url: text("url").notNull(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    publishedOn: date("published_on", { mode: "string" }),
    quote: text("quote"),
    stance: citationStanceEnum("stance").notNull(),
    /** The comparable figure the citation gives, if any. */
    figure: doublePrecision("figure"),
    isPublic: boolean("is_public").notNull().default(false),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    version: integer("version").notNull().default(1),
    ...timestamps,
    deletedAt: timestamp("deleted_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("citations_claim_id_idx").on(t.claimId)],
);

export const notes = pgTable(
  "notes",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    /** Markdown, rendered escaped. */
    body: text("body").notNull(),
    version: integer("version").notNull().default(1),
    ...timestamps,
    deletedAt: timestamp("deleted_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("notes_claim_id_idx").on(t.claimId)],
);

export const verdicts = pgTable(
  "verdicts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    rating: verdictRatingEnum("rating").notNull(),
    summary: text("summary").notNull(),
    rationale: text("rationale").notNull(),
    state: verdictStateEnum("state").notNull().default("draft"),
    editorId: integer("editor_id")
      .notNull()
      .references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    /** When it stopped being the current verdict (superseded or retracted). */
    retiredAt: timestamp("retired_at", { withTimezone: true, mode: "date" }),
    createdAt: timestamps.createdAt,
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("verdicts_claim_id_idx").on(t.claimId),
    // At most one working draft per claim.
    uniqueIndex("verdicts_one_draft_per_claim")
      .on(t.claimId)
      .where(sql`${t.state} = 'draft'`),
    // The public feed: newest publication first.
    index("verdicts_published_order_idx")
      .on(t.publishedAt, t.id)
      .where(sql`${t.state} = 'published'`),
    // At most one published verdict per claim.
    uniqueIndex("verdicts_one_published_per_claim")
      .on(t.claimId)
      .where(sql`${t.state} = 'published'`),
  ],
);

/**
 * One row whose version the verdicts trigger (migration 0011) raises on every verdict write: what
 * the public may see of verdicts changed. Caches of published-verdict lists (the sitemap,
 * lib/public/sitemap.ts) compare it instead of re-reading the list.
 */
export const publishedVerdictsVersion = pgTable(
  "published_verdicts_version",
  { id: integer("id").primaryKey().default(1), version: bigint("version", { mode: "number" }).notNull().default(0) },
  (t) => [check("published_verdicts_version_one_row", sql`${t.id} = 1`)],
);

/** Append-only history; a trigger (migration 0001) raises on UPDATE and DELETE. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    actorId: integer("actor_id").references(() => users.id),
    /** Verb in the past tense, e.g. "claim.status_changed". */
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    /** Set for anything that belongs to a claim's history. */
    claimId: integer("claim_id").references(() => claims.id),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [index("audit_log_claim_id_at_idx").on(t.claimId, t.at), index("audit_log_entity_idx").on(t.entityType, t.entityId)],
);

// ---------------------------------------------------------------------------------------------
// Datasets a claim is checked against (issue 16; lib/datasets)

export const datasets = pgTable(
  "datasets",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    url: text("url"),
    /** ISO date string (YYYY-MM-DD): the date the publisher gives the data. */
    publishedOn: date("published_on", { mode: "string" }),
    /** Where the data carries a licence other than public domain, its name ("CC BY 4.0"). */
    licence: text("licence"),
    /** sha256 hex of the file's bytes: the same file is one dataset. */
    contentHash: text("content_hash").notNull(),
    /** Like sources: a new file at a known URL is a new version pointing at the one it replaces. */
    version: integer("version").notNull().default(1),
    previousVersionId: integer("previous_version_id").references((): AnyPgColumn => datasets.id),
    /** Name and type (period, category, number) of every column, in file order; editable. */
    columns: jsonb("columns").$type<DatasetColumn[]>().notNull(),
    rowCount: integer("row_count").notNull(),
    byteSize: integer("byte_size").notNull(),
    /** Title, publisher, column names and (up to 20,000 characters of) category values: what a claim's subject is matched against. */
    searchText: text("search_text").notNull(),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs((): SQL => sql`to_tsvector('english'::regconfig, ${datasets.searchText})`),
    createdById: integer("created_by_id").references(() => users.id),
    /** Optimistic concurrency of edits (title, columns …): every update sets it + 1 where it is the one read. */
    editVersion: integer("edit_version").notNull().default(1),
    ...timestamps,
    deletedAt: timestamp("deleted_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex("datasets_content_hash_key")
      .on(t.contentHash)
      .where(sql`${t.deletedAt} IS NULL`),
    uniqueIndex("datasets_previous_version_id_key").on(t.previousVersionId),
    index("datasets_url_idx").on(t.url),
    index("datasets_search_idx").using("gin", t.search),
    index("datasets_search_text_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")),
    check("datasets_content_hash_sha256", sql`${t.contentHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

/** The table itself: one row per data row, its cells as the file gave them (strings). */
export const datasetRows = pgTable(
  "dataset_rows",
  {
    datasetId: integer("dataset_id")
      .notNull()
      .references(() => datasets.id, { onDelete: "cascade" }),
    /** 1-based, the header not counted. */
    rowNumber: integer("row_number").notNull(),
    cells: jsonb("cells").$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.datasetId, t.rowNumber] })],
);

export const dataDecisionEnum = pgEnum("data_decision", DATA_DECISIONS);

/** What a reviewer decided about one candidate figure for one claim: accepted (with its citation) or rejected. */
export const dataSuggestionDecisions = pgTable(
  "data_suggestion_decisions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    datasetId: integer("dataset_id")
      .notNull()
      .references(() => datasets.id),
    /** lib/datasets/suggest.ts candidateKey. */
    candidateKey: text("candidate_key").notNull(),
    decision: dataDecisionEnum("decision").notNull(),
    /** The citation an acceptance made. */
    citationId: integer("citation_id").references(() => citations.id),
    description: text("description").notNull(),
    value: doublePrecision("value").notNull(),
    actorId: integer("actor_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    uniqueIndex("data_suggestion_decisions_key").on(t.claimId, t.datasetId, t.candidateKey),
    index("data_suggestion_decisions_dataset_idx").on(t.datasetId),
  ],
);

/**
 * The best data match of a claim, when strong: what the queue and the staff claim page show as a
 * badge ("agrees with …", "differs by 12% from …"). Recomputed when a release or dataset is added.
 * Never a verdict.
 */
export const claimDataMatches = pgTable("claim_data_matches", {
  claimId: integer("claim_id")
    .primaryKey()
    .references(() => claims.id),
  datasetId: integer("dataset_id")
    .notNull()
    .references(() => datasets.id),
  candidateKey: text("candidate_key").notNull(),
  description: text("description").notNull(),
  value: doublePrecision("value").notNull(),
  agrees: boolean("agrees").notNull(),
  /** Claim minus data relative to the data (0.12: 12% higher); null when the data is 0. */
  relative: doublePrecision("relative"),
  sentence: text("sentence").notNull(),
  computedAt: timestamp("computed_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

// ---------------------------------------------------------------------------------------------
// Relations

export const usersRelations = relations(users, ({ many }) => ({ oauthAccounts: many(oauthAccounts), assignedClaims: many(claims) }));

export const oauthAccountsRelations = relations(oauthAccounts, ({ one }) => ({
  user: one(users, { fields: [oauthAccounts.userId], references: [users.id] }),
}));

export const sourcesRelations = relations(sources, ({ one, many }) => ({
  claims: many(claims),
  previousVersion: one(sources, { fields: [sources.previousVersionId], references: [sources.id], relationName: "source_versions" }),
  createdBy: one(users, { fields: [sources.createdById], references: [users.id] }),
}));

export const claimsRelations = relations(claims, ({ one, many }) => ({
  source: one(sources, { fields: [claims.sourceId], references: [sources.id] }),
  assignee: one(users, { fields: [claims.assigneeId], references: [users.id] }),
  citations: many(citations),
  notes: many(notes),
  verdicts: many(verdicts),
  auditEntries: many(auditLog),
}));

export const citationsRelations = relations(citations, ({ one }) => ({
  claim: one(claims, { fields: [citations.claimId], references: [claims.id] }),
  author: one(users, { fields: [citations.authorId], references: [users.id] }),
}));

export const notesRelations = relations(notes, ({ one }) => ({
  claim: one(claims, { fields: [notes.claimId], references: [claims.id] }),
  author: one(users, { fields: [notes.authorId], references: [users.id] }),
}));

export const verdictsRelations = relations(verdicts, ({ one }) => ({
  claim: one(claims, { fields: [verdicts.claimId], references: [claims.id] }),
  editor: one(users, { fields: [verdicts.editorId], references: [users.id] }),
}));

export const auditLogRelations = relations(auditLog, ({ one }) => ({
  claim: one(claims, { fields: [auditLog.claimId], references: [claims.id] }),
  actor: one(users, { fields: [auditLog.actorId], references: [users.id] }),
}));

// ---------------------------------------------------------------------------------------------
// Row types

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type OauthAccount = typeof oauthAccounts.$inferSelect;
export type NewOauthAccount = typeof oauthAccounts.$inferInsert;
export type SignInAttempt = typeof signInAttempts.$inferSelect;
export type NewSignInAttempt = typeof signInAttempts.$inferInsert;
export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;
export type ImportFile = typeof importFiles.$inferSelect;
export type ClaimRow = typeof claims.$inferSelect;
export type NewClaimRow = typeof claims.$inferInsert;
export type Citation = typeof citations.$inferSelect;
export type NewCitation = typeof citations.$inferInsert;
export type Note = typeof notes.$inferSelect;
export type NewNote = typeof notes.$inferInsert;
export type Verdict = typeof verdicts.$inferSelect;
export type NewVerdict = typeof verdicts.$inferInsert;
export type Dataset = typeof datasets.$inferSelect;
export type NewDataset = typeof datasets.$inferInsert;
export type DataSuggestionDecision = typeof dataSuggestionDecisions.$inferSelect;
export type AuditLogEntry = typeof auditLog.$inferSelect;
export type NewAuditLogEntry = typeof auditLog.$inferInsert;
