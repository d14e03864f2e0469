/// The store's schema (version 1), documented in docs/store.md. Every
/// statement is idempotent so opening an existing store changes nothing.
enum Schema {
    static let version = 1

    /// Columns added after a store could first be created: added to older files when they are opened.
    static let addedColumns: [(table: String, column: String, type: String)] = [
        ("documents", "input_hash", "TEXT"),
        ("places", "geonameid", "INTEGER"),
    ]

    static let statements = """
    CREATE TABLE IF NOT EXISTS meta(
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS documents(
        doc          INTEGER PRIMARY KEY,
        id           TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        input_hash   TEXT,
        published    TEXT,
        title        TEXT,
        source       TEXT,
        text         TEXT NOT NULL,
        topics       TEXT NOT NULL,
        record       TEXT NOT NULL,
        ingested_at  TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
    CREATE INDEX IF NOT EXISTS documents_hash ON documents(id, content_hash, input_hash);

    CREATE TABLE IF NOT EXISTS actors(
        doc         INTEGER NOT NULL REFERENCES documents(doc),
        actor       TEXT NOT NULL,
        name        TEXT NOT NULL,
        country     TEXT,
        sector      TEXT,
        title       TEXT,
        kind        TEXT,
        mentions    INTEGER NOT NULL,
        first_start INTEGER,
        first_end   INTEGER,
        PRIMARY KEY(doc, actor)
    ) WITHOUT ROWID;

    CREATE TABLE IF NOT EXISTS places(
        doc      INTEGER NOT NULL REFERENCES documents(doc),
        place    TEXT NOT NULL,
        name     TEXT NOT NULL,
        country  TEXT,
        lat      REAL,
        lon      REAL,
        feature  TEXT,
        geonameid INTEGER,
        mentions INTEGER NOT NULL,
        PRIMARY KEY(doc, place)
    ) WITHOUT ROWID;

    CREATE TABLE IF NOT EXISTS quotes(
        quote         INTEGER PRIMARY KEY,
        doc           INTEGER NOT NULL REFERENCES documents(doc),
        seq           INTEGER NOT NULL,
        kind          TEXT,
        text          TEXT NOT NULL,
        span_start    INTEGER NOT NULL,
        span_end      INTEGER NOT NULL,
        speaker_actor TEXT,
        speaker_name  TEXT,
        speaker_text  TEXT,
        speaker_start INTEGER,
        speaker_end   INTEGER,
        cue_text      TEXT,
        cue_start     INTEGER,
        cue_end       INTEGER
    );
    CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);

    CREATE TABLE IF NOT EXISTS events(
        event             INTEGER PRIMARY KEY,
        doc               INTEGER NOT NULL REFERENCES documents(doc),
        event_id          TEXT NOT NULL,
        seq               INTEGER NOT NULL,
        plover_type       TEXT,
        plover_mode       TEXT,
        cameo_code        TEXT,
        goldstein         REAL,
        quad              INTEGER,
        acled_type        TEXT,
        acled_subtype     TEXT,
        event_date        TEXT,
        date_text         TEXT,
        date_basis        TEXT,
        published         TEXT,
        actor_name        TEXT,
        actor_country     TEXT,
        actor_sector      TEXT,
        recipient_name    TEXT,
        recipient_country TEXT,
        recipient_sector  TEXT,
        place_ref         TEXT,
        place_name        TEXT,
        lat               REAL,
        lon               REAL,
        negated           INTEGER NOT NULL,
        modality          TEXT,
        confidence        REAL,
        rule              TEXT
    );
    CREATE INDEX IF NOT EXISTS events_doc ON events(doc);
    CREATE INDEX IF NOT EXISTS events_date ON events(event_date);
    CREATE INDEX IF NOT EXISTS events_dyad ON events(plover_type, actor_country, recipient_country, event_date);

    CREATE TABLE IF NOT EXISTS participants(
        event   INTEGER NOT NULL REFERENCES events(event),
        role    TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
        seq     INTEGER NOT NULL,
        doc     INTEGER NOT NULL,
        actor   TEXT,
        name    TEXT,
        country TEXT,
        sector  TEXT,
        code    TEXT,
        PRIMARY KEY(event, role, seq)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS participants_name ON participants(name COLLATE NOCASE, role);
    CREATE INDEX IF NOT EXISTS participants_country ON participants(country, sector, role);

    CREATE TABLE IF NOT EXISTS evidence(
        evidence      INTEGER PRIMARY KEY,
        event         INTEGER NOT NULL REFERENCES events(event),
        doc           INTEGER NOT NULL,
        seq           INTEGER NOT NULL,
        text          TEXT NOT NULL,
        span_start    INTEGER NOT NULL,
        span_end      INTEGER NOT NULL,
        trigger_text  TEXT,
        trigger_start INTEGER,
        trigger_end   INTEGER
    );
    CREATE INDEX IF NOT EXISTS evidence_event ON evidence(event);
    -- evidence_fts is filled once per ingest batch (Store.indexEvidence), not by a trigger per row:
    -- FTS5 indexes a batch of rows in one statement at a fraction of the cost. Stores written before
    -- lose the old per-row trigger here; every row they hold is already indexed.
    CREATE VIRTUAL TABLE IF NOT EXISTS evidence_fts USING fts5(text, content='evidence', content_rowid='evidence');
    DROP TRIGGER IF EXISTS evidence_fts_insert;
    CREATE TRIGGER IF NOT EXISTS evidence_fts_delete AFTER DELETE ON evidence BEGIN
        INSERT INTO evidence_fts(evidence_fts, rowid, text) VALUES ('delete', old.evidence, old.text);
    END;

    CREATE TABLE IF NOT EXISTS clusters(
        cluster           INTEGER PRIMARY KEY,
        plover_type       TEXT NOT NULL,
        actor_country     TEXT NOT NULL,
        actor_sector      TEXT,
        recipient_country TEXT NOT NULL,
        recipient_sector  TEXT
    );
    CREATE TABLE IF NOT EXISTS cluster_links(
        event              INTEGER PRIMARY KEY REFERENCES events(event),
        cluster            INTEGER NOT NULL REFERENCES clusters(cluster),
        matched_event      INTEGER,
        matched_document   TEXT,
        matched_event_id   TEXT,
        day_gap            INTEGER,
        distance_km        REAL,
        reason             TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS cluster_links_cluster ON cluster_links(cluster);

    CREATE VIEW IF NOT EXISTS cluster_summary AS
        SELECT c.cluster, c.plover_type, c.actor_country, c.actor_sector, c.recipient_country, c.recipient_sector,
               min(e.event_date) AS first_date, max(e.event_date) AS last_date,
               count(*) AS events, count(DISTINCT e.doc) AS articles,
               count(DISTINCT coalesce(d.source, d.id)) AS sources
        FROM clusters c JOIN cluster_links l ON l.cluster = c.cluster
             JOIN events e ON e.event = l.event JOIN documents d ON d.doc = e.doc
        GROUP BY c.cluster;
    """
}
