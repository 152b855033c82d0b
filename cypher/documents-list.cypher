// Documents of the corpus with their metadata; the text stays in the node.
MATCH (d:Document)
RETURN d {.*, text: null} AS document
ORDER BY d.file, d.id
