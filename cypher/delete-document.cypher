// Removes Document nodes once their facts have been withdrawn.
UNWIND $docIds AS docId
MATCH (d:Document {id: docId})
DETACH DELETE d
