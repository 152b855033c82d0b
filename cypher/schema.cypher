// The graph schema, derived from model/graph-model.ts and checked against it by
// tests/db/schema-model.test.ts. Applied at start by db/apply-schema.ts; every statement is
// IF NOT EXISTS, so applying it again is a no-op. Statements end with `;`, comments are `//` lines.

// Uniqueness on each label's keys (NODE_LABELS[*].keys). Each also backs the MERGE lookups.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_id_unique IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id_unique IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT instrument_id_unique IF NOT EXISTS FOR (n:Instrument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id_unique IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id_unique IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT instrument_event_id_unique IF NOT EXISTS FOR (n:InstrumentEvent) REQUIRE n.id IS UNIQUE;

// Range indexes on the properties the named queries filter or sort on (NODE_LABELS[*].indexed).
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX institution_name IF NOT EXISTS FOR (n:Institution) ON (n.name);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2);
CREATE INDEX instrument_kind IF NOT EXISTS FOR (n:Instrument) ON (n.kind);
CREATE INDEX instrument_latest_stage IF NOT EXISTS FOR (n:Instrument) ON (n.latestStage);
CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
CREATE INDEX document_hash IF NOT EXISTS FOR (n:Document) ON (n.hash);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX meeting_doc_id IF NOT EXISTS FOR (n:Meeting) ON (n.docId);
CREATE INDEX meeting_end_iso IF NOT EXISTS FOR (n:Meeting) ON (n.endIso);
CREATE INDEX instrument_event_date IF NOT EXISTS FOR (n:InstrumentEvent) ON (n.date);
CREATE INDEX instrument_event_stage IF NOT EXISTS FOR (n:InstrumentEvent) ON (n.stage);
CREATE INDEX instrument_event_doc_id IF NOT EXISTS FOR (n:InstrumentEvent) ON (n.docId);
CREATE INDEX instrument_event_end_iso IF NOT EXISTS FOR (n:InstrumentEvent) ON (n.endIso);

// Full-text search over entity names and aliases. Full-text indexes cannot index list properties, so
// ingest keeps `aliasText`, a space-joined copy of the `aliases` list, next to it on every Entity.
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText];
