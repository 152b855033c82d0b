// Id, file name and content hash of every stored document: an unchanged file is skipped before
// extraction, and with prune a document whose file left the corpus is removed.
MATCH (d:Document)
RETURN d.id AS id, d.file AS file, d.hash AS hash
