// The project's extractor bound to its knowledge base, loaded once: what an ingest runs on the main
// thread for a few documents (choose-extractor.ts) and what each pool worker runs (extract-parallel.ts).
// Both import this file lazily, so a process that only hands texts to the pool never loads compromise
// or the knowledge base itself.
import type { DocumentExtraction } from '../../model/extraction.ts';
import { loadKnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import { extractDocument } from './extract-document.ts';

export function loadProjectExtractor(): (file: string, text: string) => DocumentExtraction {
  const kb = loadKnowledgeBase();
  return (file, text) => extractDocument(file, text, kb);
}
