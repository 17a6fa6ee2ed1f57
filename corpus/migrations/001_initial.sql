-- govnews corpus, schema 1. Every row carries its provenance: the document it belongs to,
-- the URL it came from and the extractor version that produced it.

CREATE TABLE pages (
    page_id            INTEGER PRIMARY KEY,
    url                TEXT,                 -- canonical URL, NULL for a bare file
    source_path        TEXT,                 -- file or WARC the page was read from
    warc_record_id     TEXT,
    warc_offset        INTEGER,
    fetched_at         TEXT,                 -- ISO time the response was fetched, when known
    content_sha1       TEXT NOT NULL,        -- of the raw bytes
    doc_id             TEXT REFERENCES documents(doc_id),
    status             TEXT NOT NULL,        -- 'document', 'duplicate', 'failed'
    problem            TEXT,                 -- what was wrong, for status 'failed'
    extractor_version  TEXT NOT NULL,
    ingested_at        TEXT NOT NULL,
    UNIQUE (url),
    UNIQUE (source_path, warc_record_id)
);

CREATE TABLE documents (
    doc_id             TEXT PRIMARY KEY,
    url                TEXT,
    title              TEXT,
    published_at       TEXT,
    published_year     INTEGER,
    source             TEXT,
    author             TEXT,
    province           TEXT,
    city               TEXT,
    county             TEXT,
    adcode             TEXT,
    site_name          TEXT,
    column_name        TEXT,
    measures_declared  INTEGER,
    body               TEXT NOT NULL,
    body_hash          TEXT NOT NULL,        -- of the normalised body: exact duplicates
    minhash            BLOB NOT NULL,        -- character-shingle MinHash: near duplicates
    n_appearances      INTEGER NOT NULL DEFAULT 1,
    fetched_at         TEXT,
    extractor_version  TEXT NOT NULL,
    ingested_at        TEXT NOT NULL
);
CREATE INDEX documents_body_hash ON documents(body_hash);
CREATE INDEX documents_adcode ON documents(adcode);

-- every place a document appeared (its own site, reposts on city and province sites)
CREATE TABLE appearances (
    doc_id             TEXT NOT NULL REFERENCES documents(doc_id),
    url                TEXT NOT NULL,
    host               TEXT,
    similarity         REAL NOT NULL,        -- 1.0 for the canonical copy and exact duplicates
    first_seen         TEXT NOT NULL,
    PRIMARY KEY (doc_id, url)
);

CREATE TABLE lsh_bands (
    band               INTEGER NOT NULL,
    bucket             TEXT NOT NULL,
    doc_id             TEXT NOT NULL REFERENCES documents(doc_id),
    PRIMARY KEY (band, bucket, doc_id)
);

CREATE TABLE metrics (
    metric_id          INTEGER PRIMARY KEY,
    doc_id             TEXT NOT NULL REFERENCES documents(doc_id),
    position           INTEGER NOT NULL,
    text               TEXT NOT NULL,
    start_offset       INTEGER NOT NULL,     -- of the span in the body (title, for a title date)
    end_offset         INTEGER NOT NULL,
    value              REAL NOT NULL,
    unit               TEXT NOT NULL,
    kind               TEXT NOT NULL,
    indicator          TEXT,
    indicator_category TEXT,
    change_direction   TEXT,
    change_basis       TEXT,
    qualifier          TEXT,
    period_text        TEXT,
    period_start       TEXT,
    period_end         TEXT,
    period_year        INTEGER,              -- the calendar year the period lies in, if one
    measure            INTEGER,
    province           TEXT,
    city               TEXT,
    county             TEXT,
    adcode             TEXT,
    url                TEXT,
    extractor_version  TEXT NOT NULL
);
CREATE INDEX metrics_doc ON metrics(doc_id);
CREATE INDEX metrics_indicator ON metrics(indicator);
CREATE INDEX metrics_category ON metrics(indicator_category);

CREATE TABLE dates (
    date_id            INTEGER PRIMARY KEY,
    doc_id             TEXT NOT NULL REFERENCES documents(doc_id),
    position           INTEGER NOT NULL,
    text               TEXT NOT NULL,
    field              TEXT NOT NULL,
    start_offset       INTEGER NOT NULL,     -- of the span in the body (title, for a title date)
    end_offset         INTEGER NOT NULL,
    type               TEXT NOT NULL,
    start_date         TEXT,
    end_date           TEXT,
    granularity        TEXT NOT NULL,
    anchored           INTEGER NOT NULL,
    url                TEXT,
    extractor_version  TEXT NOT NULL
);
CREATE INDEX dates_doc ON dates(doc_id);

CREATE TABLE measures (
    measure_id         INTEGER PRIMARY KEY,
    doc_id             TEXT NOT NULL REFERENCES documents(doc_id),
    position           INTEGER NOT NULL,     -- the measure's index in its document
    marker             TEXT,
    title              TEXT NOT NULL,
    keyword            TEXT,
    start_offset       INTEGER NOT NULL,     -- of the measure's span in the body
    end_offset         INTEGER NOT NULL,
    category           TEXT,
    province           TEXT,
    city               TEXT,
    county             TEXT,
    adcode             TEXT,
    url                TEXT,
    extractor_version  TEXT NOT NULL
);
CREATE INDEX measures_doc ON measures(doc_id);

-- Chinese full-text search: jieba-segmented title and body (words separated by spaces)
CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, body, tokenize = 'unicode61');
