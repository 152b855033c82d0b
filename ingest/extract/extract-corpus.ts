// The extraction of a corpus: list and read the files (skipping bad ones with a reason), extract each.
import type { DocumentExtraction } from '../../model/extraction.ts';
import { type KnowledgeBase, loadKnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import { listCorpusFiles, type SkippedFile } from '../read/corpus-files.ts';
import { extractDocument } from './extract-document.ts';

export interface CorpusExtraction { extractions: DocumentExtraction[]; skipped: SkippedFile[] }

export function extractCorpus(paths: string[], kb: KnowledgeBase = loadKnowledgeBase()): CorpusExtraction {
  const { files, skipped } = listCorpusFiles(paths);
  return { extractions: files.map((f) => extractDocument(f.file, f.text, kb)), skipped };
}
