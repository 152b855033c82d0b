// File name and content hash of every stored document: an unchanged file is skipped before extraction.
MATCH (d:Document)
RETURN d.file AS file, d.hash AS hash
