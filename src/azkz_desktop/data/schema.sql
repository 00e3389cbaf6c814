-- The schema of record of a relations database (schema version 2).
--
-- db/build_database.py executes these statements to create every table, index and full-text index;
-- data/schema.py derives from them the tables and columns the reader requires; tests check db/SCHEMA.md
-- and the benchmarks' synthetic databases against them. Change the schema here, and only here.
--
-- Each statement ends with a semicolon on a line of its own; the text of each is exactly what SQLite
-- keeps in sqlite_master, so a database built from this file dumps the same as the committed one.

-- Tables
CREATE TABLE "meta" (
   "key" TEXT PRIMARY KEY,
   "value" TEXT
)
;
CREATE TABLE "categories" (
   "id" TEXT PRIMARY KEY,
   "label" TEXT,
   "color" TEXT,
   "position" INTEGER
)
;
CREATE TABLE "documents" (
   "id" TEXT PRIMARY KEY,
   "kind" TEXT NOT NULL,
   "title" TEXT NOT NULL,
   "outlet" TEXT,
   "published" TEXT,
   "language" TEXT,
   "url" TEXT,
   "provenance" TEXT,
   "note" TEXT,
   "text" TEXT NOT NULL
)
;
CREATE TABLE "events" (
   "id" TEXT PRIMARY KEY,
   "start" TEXT NOT NULL,
   "end" TEXT,
   "precision" TEXT NOT NULL,
   "title" TEXT NOT NULL,
   "summary" TEXT NOT NULL,
   "category" TEXT NOT NULL REFERENCES "categories"("id"),
   "date_note" TEXT,
   "note" TEXT,
   "first_day" INTEGER NOT NULL,
   "last_day" INTEGER NOT NULL,
   "source_count" INTEGER NOT NULL,
   "multilateral" TEXT
)
;
CREATE TABLE "event_sources" (
   "event_id" TEXT REFERENCES "events"("id"),
   "position" INTEGER,
   "document_id" TEXT REFERENCES "documents"("id"),
   "quote" TEXT,
   "char_start" INTEGER,
   "char_end" INTEGER,
   "note" TEXT,
   PRIMARY KEY ("event_id", "position")
)
;
CREATE TABLE "people" (
   "id" INTEGER PRIMARY KEY,
   "name" TEXT NOT NULL,
   "kind" TEXT NOT NULL
)
;
CREATE TABLE "people_aliases" (
   "person_id" INTEGER REFERENCES "people"("id"),
   "alias" TEXT,
   PRIMARY KEY ("person_id", "alias")
)
;
CREATE TABLE "event_people" (
   "event_id" TEXT REFERENCES "events"("id"),
   "person_id" INTEGER REFERENCES "people"("id"),
   PRIMARY KEY ("event_id", "person_id")
)
;
CREATE TABLE "event_links" (
   "event_id" TEXT REFERENCES "events"("id"),
   "related_id" TEXT REFERENCES "events"("id"),
   PRIMARY KEY ("event_id", "related_id")
)
;
CREATE TABLE "trade" (
   "id" INTEGER PRIMARY KEY,
   "year" INTEGER,
   "exports_musd" REAL,
   "imports_musd" REAL,
   "turnover_musd" REAL,
   "growth_pct" REAL,
   "basis" TEXT NOT NULL,
   "statistics" TEXT,
   "period" TEXT,
   "document_id" TEXT REFERENCES "documents"("id"),
   "quote" TEXT,
   "char_start" INTEGER,
   "char_end" INTEGER,
   "year_note" TEXT,
   "note" TEXT
)
;
CREATE TABLE "trade_targets" (
   "id" TEXT PRIMARY KEY,
   "turnover_musd" REAL,
   "stated" TEXT,
   "document_id" TEXT REFERENCES "documents"("id"),
   "quote" TEXT,
   "char_start" INTEGER,
   "char_end" INTEGER
)
;

-- What the timeline needs of every event, as numpy arrays (data/timeline_arrays.py); optional
CREATE TABLE "timeline_arrays" (
   "name" TEXT PRIMARY KEY,
   "dtype" TEXT,
   "data" BLOB
)
;

-- The hits of the most frequent search words, one bitmap over rowids each (data/search_postings.py); optional
CREATE TABLE "search_postings" (
   "query" TEXT PRIMARY KEY,
   "hits" INTEGER,
   "bits" BLOB,
   "lane_bits" BLOB
)
;

-- Indexes
CREATE INDEX "idx_event_people_person_id"
    ON "event_people" ("person_id")
;
CREATE INDEX "idx_events_first_day_last_day"
    ON "events" ("first_day", "last_day")
;
CREATE INDEX "idx_events_category_first_day"
    ON "events" ("category", "first_day")
;
CREATE INDEX "idx_event_sources_document_id"
    ON "event_sources" ("document_id")
;
CREATE INDEX "idx_trade_year"
    ON "trade" ("year")
;

-- Full-text indexes (created by the build once their rows are known)
CREATE VIRTUAL TABLE events_fts USING fts5(title, summary, sources, people, tokenize='unicode61 remove_diacritics 2')
;
CREATE VIRTUAL TABLE "documents_fts" USING FTS5 (
    "title", "text",
    tokenize='unicode61 remove_diacritics 2',
    content="documents"
)
;

-- Triggers, created with the stored timeline arrays (data/timeline_arrays.py, after the rows go in):
-- any later change to an event records in meta that the arrays no longer match, so that opening
-- reads the rows instead of trusting them.
CREATE TRIGGER "timeline_arrays_stale_after_insert" AFTER INSERT ON "events"
BEGIN
   INSERT OR REPLACE INTO "meta" ("key", "value") VALUES ('timeline_arrays_events_changed', 'insert');
END
;
CREATE TRIGGER "timeline_arrays_stale_after_update" AFTER UPDATE ON "events"
BEGIN
   INSERT OR REPLACE INTO "meta" ("key", "value") VALUES ('timeline_arrays_events_changed', 'update');
END
;
CREATE TRIGGER "timeline_arrays_stale_after_delete" AFTER DELETE ON "events"
BEGIN
   INSERT OR REPLACE INTO "meta" ("key", "value") VALUES ('timeline_arrays_events_changed', 'delete');
END
;
