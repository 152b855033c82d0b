// The uniqueness constraint and index Mention nodes had (cypher/migrate-mention-nodes.cypher says why
// there are none any more); run once the last of them is gone.
DROP CONSTRAINT mention_id_unique IF EXISTS;
DROP INDEX mention_doc_id IF EXISTS;
