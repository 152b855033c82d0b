// Writes recomputed entity properties (name, aliases, aliasText, side, counts, latest stage...).
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e += row.props
