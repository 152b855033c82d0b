// Every node with its labels and properties, in a stable order, for the JSON-lines backup.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.id, elementId(n)
