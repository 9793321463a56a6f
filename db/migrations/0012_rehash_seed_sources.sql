-- Re-hash the two seed releases the old seed stored un-normalised (issue 13).
--
-- The seed used to write db/seed/releases/*.txt as the files hold them, hashed over the raw text.
-- Two of the four differ from the normal form every other release is stored in
-- (lib/sources/normalize.ts normalizeText): 001 ends with blank lines, 002 has no-break spaces (one
-- at the end of a line). So adding either again in the app made a duplicate source instead of
-- "already in Claim Desk". The seed now goes through importDocuments; this brings a database seeded
-- before it to the same rows: the normalised body and its hash, plus an audit row naming the change.
--
-- Only a row whose hash is exactly the old seed hash is touched, and only when the rewritten body
-- hashes to what normalizeText gives (checked here by sha256 in SQL), so any other source, or a
-- database where the release was added again (the new hash is taken), is left as it is. The claims
-- keep their offsets: every claim of both releases lies before the characters removed (checked by
-- db/seed/rehash-seed.db.test.ts against the engine's claims of the raw and normalised texts).
WITH candidates AS (
  SELECT s.id, s.content_hash AS old_hash, f.new_hash,
    rtrim(regexp_replace(replace(s.body, chr(160), ' '), '[ \t]+$', '', 'gn'), E'\n') AS new_body
  FROM sources s
  JOIN (VALUES
    ('06741fb232d6658ca8ed14cd23ff76db253a4bc484483d30f1a56f13e986f997', '9e776bf7f81d18f79120bdc60416f344cd938b261cb764c71cd42a473e0d3fda'),
    ('48a134a4f68e31b24c7711976ab5cd02cc222368c6be738e4ce946f73d68bf9a', 'a2f2beb4bd0aa738378faffbc928ec483a6e7605391146ff64e62d4aae7e9b82')
  ) AS f(old_hash, new_hash) ON s.content_hash = f.old_hash
  WHERE NOT EXISTS (SELECT 1 FROM sources taken WHERE taken.content_hash = f.new_hash)
),
rehashed AS (
  UPDATE sources s SET body = c.new_body, content_hash = c.new_hash
  FROM candidates c
  WHERE s.id = c.id AND encode(sha256(convert_to(c.new_body, 'UTF8')), 'hex') = c.new_hash
  RETURNING s.id, c.old_hash, c.new_hash
)
INSERT INTO audit_log (actor_id, action, entity_type, entity_id, claim_id, before, after)
SELECT NULL, 'source.rehashed', 'source', r.id::text, NULL,
  jsonb_build_object('contentHash', r.old_hash),
  jsonb_build_object('contentHash', r.new_hash, 'reason', 'seed release normalised like every other release')
FROM rehashed r;
