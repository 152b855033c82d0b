// Recreates nodes from the backup: properties, then labels (names from the backup, which the model defines).
UNWIND $rows AS row
CREATE (n)
SET n = row.props
SET n:$(row.labels)
