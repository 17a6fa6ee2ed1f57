-- The numbers a body reports, in order: two releases that share a template but report
-- different figures are different releases, however alike their wording.
ALTER TABLE documents ADD COLUMN numbers TEXT NOT NULL DEFAULT '';
