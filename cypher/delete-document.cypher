// Removes a Document node once its facts have been withdrawn.
MATCH (d:Document {id: $docId})
DETACH DELETE d
