import { documentKeys, type DocumentKey } from './document-catalog.js';

const keys = new Set<string>(documentKeys);

/**
 * Whether `key` names a document kind of the catalogue, e.g. to find the schema of a
 * `RequestDocument` by its key.
 *
 * @example
 * ```ts
 * import { documentCatalog, isDocumentKey, parseForm } from '@alur/forms';
 * const doc = { key: 'kak', data: {} };
 * if (isDocumentKey(doc.key)) parseForm(documentCatalog[doc.key].schema, doc.data);
 * ```
 */
export function isDocumentKey(key: string): key is DocumentKey {
  return keys.has(key);
}
