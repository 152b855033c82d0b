// One document: a write batch of one (write-documents.ts), and the removal of a document that left the
// corpus. Both in one transaction: a failure leaves the previous version intact.
import type { Driver } from 'neo4j-driver';
import type { DocumentExtraction } from '../../model/extraction.ts';
import { runNamed } from './run-named.ts';
import { settleEntities } from './settle-entities.ts';
import { readDocumentState, withdrawDocuments, writeDocuments, type WriteResult } from './write-documents.ts';

export { claimPrefix, type WriteResult } from './write-documents.ts';
export { settleEntities } from './settle-entities.ts';

export async function writeDocument(driver: Driver, x: DocumentExtraction, text: string): Promise<WriteResult> {
  const [result] = await writeDocuments(driver, [{ x, text }]);
  return result;
}

/** Withdraws a document and all its facts (for a file that left the corpus). */
export async function removeDocument(driver: Driver, docId: string): Promise<boolean> {
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      const stored = (await readDocumentState(tx, [docId])).get(docId);
      if (!stored) return false;
      await withdrawDocuments(tx, [docId], stored.entityIds);
      await runNamed(tx, 'delete-document', { docIds: [docId] });
      await settleEntities(tx, stored.entityIds);
      return true;
    });
  } finally {
    await session.close();
  }
}
