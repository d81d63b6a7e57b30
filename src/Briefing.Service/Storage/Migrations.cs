namespace Briefing.Service.Storage;

/// <summary>
/// The schema, version by version. A migration is never edited once released: a change is a new version, so an
/// upgrade applies only what a database has not had and keeps its data.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "briefings and their input articles",
            """
            CREATE TABLE briefings (
                id TEXT PRIMARY KEY,
                title TEXT NOT NULL,
                status TEXT NOT NULL,
                stage TEXT NULL,
                error TEXT NULL,
                engine TEXT NULL,
                words INTEGER NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                completed_at TEXT NULL,
                search_text TEXT NOT NULL DEFAULT '',
                etag TEXT NULL,
                json TEXT NULL,
                html TEXT NULL,
                markdown TEXT NULL,
                pdf {BLOB} NULL,
                pdf_error TEXT NULL
            );
            CREATE INDEX briefings_created ON briefings (created_at);
            CREATE INDEX briefings_status ON briefings (status);
            CREATE TABLE briefing_articles (
                briefing_id TEXT NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                media_type TEXT NULL,
                content {BLOB} NOT NULL,
                title TEXT NULL,
                outlet TEXT NULL,
                url TEXT NULL,
                published TEXT NULL,
                PRIMARY KEY (briefing_id, position)
            );
            """),
        new(2, "editions of scheduled topics, one per topic and date",
            """
            CREATE TABLE editions (
                topic TEXT NOT NULL,
                edition_date TEXT NOT NULL,
                status TEXT NOT NULL,
                reason TEXT NULL,
                briefing_id TEXT NULL,
                scheduled_for TEXT NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (topic, edition_date)
            );
            """),
        new(3, "topics made through the API, feed source state per topic, edition reports",
            """
            CREATE TABLE topics (
                name TEXT PRIMARY KEY,
                definition TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE TABLE feed_sources (
                topic TEXT NOT NULL,
                url TEXT NOT NULL,
                permanent_url TEXT NULL,
                etag TEXT NULL,
                last_modified TEXT NULL,
                failure_count INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT NULL,
                last_error TEXT NULL,
                last_attempt_at TEXT NULL,
                last_success_at TEXT NULL,
                deactivated_reason TEXT NULL,
                last_status TEXT NULL,
                seen_item_ids TEXT NOT NULL DEFAULT '[]',
                PRIMARY KEY (topic, url)
            );
            CREATE TABLE edition_reports (
                topic TEXT NOT NULL,
                edition_date TEXT NOT NULL,
                report TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (topic, edition_date)
            );
            """),
        new(4, "email subscribers, suppressions and the delivery outbox",
            """
            CREATE TABLE subscribers (
                id TEXT PRIMARY KEY,
                topic TEXT NOT NULL,
                email TEXT NOT NULL,
                status TEXT NOT NULL,
                created_at TEXT NOT NULL,
                confirmed_at TEXT NULL,
                unsubscribed_at TEXT NULL,
                UNIQUE (topic, email)
            );
            CREATE INDEX subscribers_pending ON subscribers (created_at) WHERE status = 'pending';
            CREATE TABLE suppressions (
                topic TEXT NOT NULL,
                email TEXT NOT NULL,
                reason TEXT NOT NULL,
                detail TEXT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (topic, email)
            );
            CREATE TABLE deliveries (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                edition_key TEXT NOT NULL,
                topic TEXT NOT NULL,
                briefing_id TEXT NULL,
                subscriber_id TEXT NOT NULL,
                email TEXT NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                first_attempt_at TEXT NULL,
                next_attempt_at TEXT NOT NULL,
                claimed_by TEXT NULL,
                last_code INTEGER NULL,
                last_reply TEXT NULL,
                created_at TEXT NOT NULL,
                sent_at TEXT NULL,
                UNIQUE (edition_key, subscriber_id)
            );
            CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status IN ('pending', 'sending');
            CREATE INDEX deliveries_briefing ON deliveries (briefing_id, status);
            CREATE INDEX deliveries_recipient ON deliveries (topic, email) WHERE status = 'pending';
            """),
        new(5, "a briefing's own story choices: at most N stories, or all articles as one story",
            """
            ALTER TABLE briefings ADD COLUMN max_stories INTEGER NULL;
            ALTER TABLE briefings ADD COLUMN one_story INTEGER NOT NULL DEFAULT 0;
            """),
    ];
}
