#include "migrations.h"

namespace veil {

const std::vector<QStringList> &schemaMigrations()
{
    static const std::vector<QStringList> migrations = {
        // 1: photos, faces, tags, exports, activity log
        {
            QStringLiteral(R"(CREATE TABLE photos (
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL,
                sha256 TEXT NOT NULL UNIQUE,
                byte_size INTEGER NOT NULL,
                format TEXT NOT NULL,
                width INTEGER NOT NULL,
                height INTEGER NOT NULL,
                orientation INTEGER NOT NULL DEFAULT 1,
                make TEXT NOT NULL DEFAULT '',
                model TEXT NOT NULL DEFAULT '',
                date_taken TEXT,
                has_gps INTEGER NOT NULL DEFAULT 0,
                has_serial INTEGER NOT NULL DEFAULT 0,
                has_thumbnail INTEGER NOT NULL DEFAULT 0,
                metadata_error TEXT NOT NULL DEFAULT '',
                imported_at TEXT NOT NULL,
                review_status TEXT NOT NULL DEFAULT 'new',
                archived INTEGER NOT NULL DEFAULT 0,
                perceptual_hash INTEGER
            ))"),
            QStringLiteral("CREATE INDEX photos_path ON photos(path)"),
            QStringLiteral("CREATE INDEX photos_imported_at ON photos(imported_at)"),
            QStringLiteral("CREATE INDEX photos_model ON photos(model)"),
            QStringLiteral(R"(CREATE TABLE faces (
                id INTEGER PRIMARY KEY,
                photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
                x REAL NOT NULL, y REAL NOT NULL, w REAL NOT NULL, h REAL NOT NULL,
                score REAL NOT NULL DEFAULT 1,
                origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'manual')),
                anonymize INTEGER NOT NULL DEFAULT 1,
                uncertain INTEGER NOT NULL DEFAULT 0
            ))"),
            QStringLiteral("CREATE INDEX faces_photo ON faces(photo_id)"),
            QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
            QStringLiteral(R"(CREATE TABLE photo_tags (
                photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
                tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
                PRIMARY KEY (photo_id, tag_id)
            ))"),
            QStringLiteral(R"(CREATE TABLE exports (
                id INTEGER PRIMARY KEY,
                photo_id INTEGER REFERENCES photos(id) ON DELETE SET NULL,
                input_path TEXT NOT NULL,
                output_path TEXT NOT NULL,
                created_at TEXT NOT NULL,
                settings TEXT NOT NULL DEFAULT '{}',
                verified INTEGER NOT NULL DEFAULT 0,
                error TEXT NOT NULL DEFAULT ''
            ))"),
            QStringLiteral(R"(CREATE TABLE activity (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                kind TEXT NOT NULL,
                photo_id INTEGER,
                message TEXT NOT NULL
            ))"),
        },
        // 2: persisted, resumable batches (the pipeline)
        {
            QStringLiteral(R"(CREATE TABLE batches (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                options TEXT NOT NULL DEFAULT '{}',
                state TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'finished', 'cancelled')),
                created_at TEXT NOT NULL,
                finished_at TEXT
            ))"),
            QStringLiteral(R"(CREATE TABLE batch_items (
                id INTEGER PRIMARY KEY,
                batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                input_path TEXT NOT NULL,
                output_path TEXT NOT NULL DEFAULT '',
                photo_id INTEGER REFERENCES photos(id) ON DELETE SET NULL,
                state TEXT NOT NULL DEFAULT 'queued',
                error TEXT NOT NULL DEFAULT '',
                result TEXT NOT NULL DEFAULT '{}',
                updated_at TEXT,
                UNIQUE (batch_id, seq)
            ))"),
            QStringLiteral("CREATE INDEX batch_items_state ON batch_items(batch_id, state)"),
        },
        // 3: the sync outbox (one row per photo pushed to a face-blur server)
        {
            QStringLiteral(R"(CREATE TABLE sync_outbox (
                id INTEGER PRIMARY KEY,
                server TEXT NOT NULL,
                photo_id INTEGER REFERENCES photos(id) ON DELETE SET NULL,
                source TEXT NOT NULL CHECK (source IN ('export', 'original', 'file')),
                payload_path TEXT NOT NULL,
                stage TEXT NOT NULL DEFAULT 'queued',
                object_name TEXT NOT NULL DEFAULT '',
                upload_url TEXT NOT NULL DEFAULT '',
                upload_url_at TEXT,
                submit_sent_at TEXT,
                server_id TEXT NOT NULL DEFAULT '',
                server_status TEXT NOT NULL DEFAULT '',
                server_url TEXT NOT NULL DEFAULT '',
                server_created_at TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT,
                last_error TEXT NOT NULL DEFAULT '',
                result_path TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX sync_outbox_server_stage ON sync_outbox(server, stage)"),
            QStringLiteral("CREATE INDEX sync_outbox_photo ON sync_outbox(photo_id)"),
            QStringLiteral("CREATE UNIQUE INDEX sync_outbox_server_id ON sync_outbox(server, server_id) WHERE server_id != ''"),
        },
        // 4: batches know their job (same inputs, output folder and settings), so that running
        // a job again continues its unfinished batch and an older batch of the same job is
        // closed as superseded instead of being replayed into conflicts
        {
            QStringLiteral("ALTER TABLE batches ADD COLUMN job_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE batches ADD COLUMN superseded_by INTEGER"),
            QStringLiteral("CREATE INDEX batches_job ON batches(job_key, state)"),
            QStringLiteral("CREATE INDEX batch_items_output ON batch_items(output_path)"),
        },
        // 5: possible faces (weak detections, never blurred unless accepted) and the
        // boxes the user rejected, so that detecting again does not bring them back.
        {
            QStringLiteral("ALTER TABLE faces ADD COLUMN possible INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(R"(CREATE TABLE face_rejections (
                id INTEGER PRIMARY KEY,
                photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
                x REAL NOT NULL, y REAL NOT NULL, w REAL NOT NULL, h REAL NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX face_rejections_photo ON face_rejections(photo_id)"),
        },
        // 6: the activity of a photo by kind, for telling photos scanned with no face found
        // from photos not scanned yet (models/photorow.cpp reads it for each of 100,000 rows)
        {
            QStringLiteral("CREATE INDEX activity_photo_kind ON activity(photo_id, kind)"),
        },
        // 7: a photo's last export, for telling an exported photo from one changed since its
        // export (library/exportstate.cpp, read for each row of the library)
        {
            QStringLiteral("CREATE INDEX batch_items_photo ON batch_items(photo_id, state)"),
        },
    };
    return migrations;
}

} // namespace veil
