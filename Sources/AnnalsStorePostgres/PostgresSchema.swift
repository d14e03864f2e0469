/// The store's schema (version 1) in PostgreSQL: the tables and columns of
/// the SQLite store (docs/store.md), with PostgreSQL's types. Text compares
/// and sorts byte by byte (`COLLATE "C"`), as in SQLite. Evidence sentences
/// get a generated `tsvector` column with a GIN index instead of FTS5;
/// events, quotes, participants and evidence have unique keys so that a row
/// can never be stored twice.
enum PostgresSchema {
    static let version = 1

    static let statements = """
    CREATE TABLE IF NOT EXISTS meta(
        key   text COLLATE "C" PRIMARY KEY,
        value text NOT NULL
    );
    CREATE TABLE IF NOT EXISTS documents(
        doc          bigserial PRIMARY KEY,
        id           text COLLATE "C" NOT NULL UNIQUE,
        content_hash text NOT NULL,
        input_hash   text,
        published    text COLLATE "C",
        title        text,
        source       text COLLATE "C",
        text         text NOT NULL,
        topics       text NOT NULL,
        record       text NOT NULL,
        ingested_at  text NOT NULL
    );
    CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
    CREATE INDEX IF NOT EXISTS documents_input_hash ON documents(input_hash);

    CREATE TABLE IF NOT EXISTS actors(
        doc         bigint NOT NULL REFERENCES documents(doc),
        actor       text COLLATE "C" NOT NULL,
        name        text COLLATE "C" NOT NULL,
        country     text COLLATE "C",
        sector      text COLLATE "C",
        title       text,
        kind        text COLLATE "C",
        mentions    bigint NOT NULL,
        first_start bigint,
        first_end   bigint,
        PRIMARY KEY(doc, actor)
    );
    CREATE INDEX IF NOT EXISTS actors_name ON actors(lower(name));

    CREATE TABLE IF NOT EXISTS places(
        doc       bigint NOT NULL REFERENCES documents(doc),
        place     text COLLATE "C" NOT NULL,
        name      text NOT NULL,
        country   text COLLATE "C",
        lat       double precision,
        lon       double precision,
        feature   text,
        geonameid bigint,
        mentions  bigint NOT NULL,
        PRIMARY KEY(doc, place)
    );

    CREATE TABLE IF NOT EXISTS quotes(
        quote         bigserial PRIMARY KEY,
        doc           bigint NOT NULL REFERENCES documents(doc),
        seq           bigint NOT NULL,
        kind          text,
        text          text NOT NULL,
        span_start    bigint NOT NULL,
        span_end      bigint NOT NULL,
        speaker_actor text COLLATE "C",
        speaker_name  text COLLATE "C",
        speaker_text  text,
        speaker_start bigint,
        speaker_end   bigint,
        cue_text      text,
        cue_start     bigint,
        cue_end       bigint,
        UNIQUE(doc, seq)
    );

    CREATE TABLE IF NOT EXISTS events(
        event             bigserial PRIMARY KEY,
        doc               bigint NOT NULL REFERENCES documents(doc),
        event_id          text COLLATE "C" NOT NULL,
        seq               bigint NOT NULL,
        plover_type       text COLLATE "C",
        plover_mode       text COLLATE "C",
        cameo_code        text COLLATE "C",
        goldstein         double precision,
        quad              bigint,
        acled_type        text COLLATE "C",
        acled_subtype     text,
        event_date        text COLLATE "C",
        date_text         text,
        date_basis        text,
        published         text COLLATE "C",
        actor_name        text COLLATE "C",
        actor_country     text COLLATE "C",
        actor_sector      text COLLATE "C",
        recipient_name    text COLLATE "C",
        recipient_country text COLLATE "C",
        recipient_sector  text COLLATE "C",
        place_ref         text COLLATE "C",
        place_name        text COLLATE "C",
        lat               double precision,
        lon               double precision,
        negated           bigint NOT NULL,
        modality          text,
        confidence        double precision,
        rule              text,
        UNIQUE(doc, seq)
    );
    CREATE INDEX IF NOT EXISTS events_date ON events(event_date);
    CREATE INDEX IF NOT EXISTS events_dyad ON events(plover_type, actor_country, recipient_country, event_date);

    CREATE TABLE IF NOT EXISTS participants(
        event   bigint NOT NULL REFERENCES events(event),
        role    text COLLATE "C" NOT NULL CHECK (role IN ('actor', 'recipient')),
        seq     bigint NOT NULL,
        doc     bigint NOT NULL,
        actor   text COLLATE "C",
        name    text COLLATE "C",
        country text COLLATE "C",
        sector  text COLLATE "C",
        code    text,
        PRIMARY KEY(event, role, seq)
    );
    CREATE INDEX IF NOT EXISTS participants_name ON participants(lower(name), role);
    CREATE INDEX IF NOT EXISTS participants_country ON participants(country, sector, role);
    CREATE INDEX IF NOT EXISTS participants_doc ON participants(doc);

    CREATE TABLE IF NOT EXISTS evidence(
        evidence      bigserial PRIMARY KEY,
        event         bigint NOT NULL REFERENCES events(event),
        doc           bigint NOT NULL,
        seq           bigint NOT NULL,
        text          text NOT NULL,
        span_start    bigint NOT NULL,
        span_end      bigint NOT NULL,
        trigger_text  text,
        trigger_start bigint,
        trigger_end   bigint,
        words         tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
        UNIQUE(event, seq)
    );
    CREATE INDEX IF NOT EXISTS evidence_words ON evidence USING gin(words);

    CREATE TABLE IF NOT EXISTS clusters(
        cluster           bigserial PRIMARY KEY,
        plover_type       text COLLATE "C" NOT NULL,
        actor_country     text COLLATE "C" NOT NULL,
        actor_sector      text COLLATE "C",
        recipient_country text COLLATE "C" NOT NULL,
        recipient_sector  text COLLATE "C"
    );
    CREATE TABLE IF NOT EXISTS cluster_links(
        event              bigint PRIMARY KEY REFERENCES events(event),
        cluster            bigint NOT NULL REFERENCES clusters(cluster),
        matched_event      bigint,
        matched_document   text COLLATE "C",
        matched_event_id   text COLLATE "C",
        day_gap            bigint,
        distance_km        double precision,
        reason             text NOT NULL
    );
    CREATE INDEX IF NOT EXISTS cluster_links_cluster ON cluster_links(cluster);

    CREATE OR REPLACE FUNCTION annals_km(lat1 double precision, lon1 double precision, lat2 double precision, lon2 double precision)
    RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
        SELECT 2 * 6371 * asin(least(1, sqrt(
            sin(radians(lat2 - lat1) / 2) ^ 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lon2 - lon1) / 2) ^ 2)))
    $$;

    CREATE OR REPLACE VIEW cluster_summary AS
        SELECT c.cluster, c.plover_type, c.actor_country, c.actor_sector, c.recipient_country, c.recipient_sector,
               min(e.event_date) AS first_date, max(e.event_date) AS last_date,
               count(*) AS events, count(DISTINCT e.doc) AS articles,
               count(DISTINCT coalesce(d.source, d.id)) AS sources
        FROM clusters c JOIN cluster_links l ON l.cluster = c.cluster
             JOIN events e ON e.event = l.event JOIN documents d ON d.doc = e.doc
        GROUP BY c.cluster;

    INSERT INTO meta(key, value) VALUES ('schema_version', '\(version)') ON CONFLICT (key) DO NOTHING;
    """
}
