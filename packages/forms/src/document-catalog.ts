import type { z } from 'zod';
import { createApplicationDevelopmentForm } from './application-development-form.js';
import { createBast } from './bast.js';
import { createEquipmentList } from './equipment-list.js';
import { createFeasibilityTestForm } from './feasibility-test-form.js';
import { fieldRegistry } from './field-meta.js';
import type { FormOptions } from './form-options.js';
import { createIncomingLetterRecord } from './incoming-letter-record.js';
import { createInternalMemo } from './internal-memo.js';
import { resolveOptions } from './internal/define-schema.js';
import { createKak } from './kak.js';
import type { LocalizedText } from './locale.js';
import { createMeetingMinutes } from './meeting-minutes.js';
import { createNotificationLetter } from './notification-letter.js';
import { createReport } from './report.js';
import { createRequestLetter } from './request-letter.js';
import { createSkpl } from './skpl.js';
import { createSystemDocumentation } from './system-documentation.js';
import { createVulnerabilityAssessmentForm } from './vulnerability-assessment-form.js';
import { createWorkCompletionMinutes } from './work-completion-minutes.js';

const factories = {
  'surat-permohonan': createRequestLetter,
  kak: createKak,
  'perangkat-yang-digunakan': createEquipmentList,
  'formulir-pembangunan-aplikasi': createApplicationDevelopmentForm,
  'formulir-uji-kelayakan': createFeasibilityTestForm,
  'formulir-vulnerability-assessment': createVulnerabilityAssessmentForm,
  skpl: createSkpl,
  'dokumentasi-sistem': createSystemDocumentation,
  'berita-acara-serah-terima': createBast,
  'berita-acara-pekerjaan': createWorkCompletionMinutes,
  'nota-dinas': createInternalMemo,
  'surat-pemberitahuan': createNotificationLetter,
  notulen: createMeetingMinutes,
  'arsip-surat-masuk': createIncomingLetterRecord,
  laporan: createReport,
} as const;

const forms = new Set<string>(['formulir-pembangunan-aplikasi', 'formulir-uji-kelayakan', 'formulir-vulnerability-assessment']);

/**
 * The stable key of a kind of document: the name `@alur/core` gives a Kelengkapan input or
 * an output of an SOP step (`SopItem.key`, `RequestDocument.key`) when this package has a
 * schema for it.
 *
 * @example
 * ```ts
 * import type { DocumentKey } from '@alur/forms';
 * const kelengkapan: DocumentKey[] = ['surat-permohonan', 'kak'];
 * ```
 */
export type DocumentKey = keyof typeof factories;

/**
 * The schema of each document kind.
 *
 * @example
 * ```ts
 * import type { DocumentSchemas } from '@alur/forms';
 * import type { z } from 'zod';
 * type KakInput = z.input<DocumentSchemas['kak']>;
 * ```
 */
export type DocumentSchemas = { readonly [K in DocumentKey]: ReturnType<(typeof factories)[K]> };

/**
 * The parsed (normalised) content of a document of kind `K`: what `RequestDocument.data` holds.
 *
 * @example
 * ```ts
 * import type { DocumentData } from '@alur/forms';
 * type Form = DocumentData<'formulir-uji-kelayakan'>;
 * const hours = (form: Form): number | undefined => form.loadTest?.effectiveHoursPerDay;
 * ```
 */
export type DocumentData<K extends DocumentKey> = z.output<DocumentSchemas[K]>;

/**
 * The content of a document of kind `K` as it comes in, before parsing.
 *
 * @example
 * ```ts
 * import type { DocumentInput } from '@alur/forms';
 * const memo: Partial<DocumentInput<'nota-dinas'>> = { subject: 'Aplikasi siap diimplementasikan' }; // nature may be left out
 * ```
 */
export type DocumentInput<K extends DocumentKey> = z.input<DocumentSchemas[K]>;

/**
 * One entry of the catalogue.
 *
 * @example
 * ```ts
 * import { documentCatalog, type DocumentKind } from '@alur/forms';
 * const kak: DocumentKind<'kak'> = documentCatalog.kak;
 * kak.sources; // ['000 Sumbar ASAP: Persyaratan b. Kerangka Acuan Kerja (KAK)', ...]
 * ```
 */
export interface DocumentKind<K extends DocumentKey = DocumentKey> {
  readonly key: K;
  /** The document's name as the seeds write it, and in English. */
  readonly label: LocalizedText;
  /** `form`: one of the Babel service forms the requester fills in; `document`: any other paper. */
  readonly category: 'form' | 'document';
  /** Where the seeds name or define it. */
  readonly sources: readonly string[];
  readonly schema: DocumentSchemas[K];
}

/**
 * Every document kind by its key.
 *
 * @example
 * ```ts
 * import { createDocumentCatalog, type DocumentCatalog } from '@alur/forms';
 * const catalog: DocumentCatalog = createDocumentCatalog({ locale: 'en' });
 * ```
 */
export type DocumentCatalog = { readonly [K in DocumentKey]: DocumentKind<K> };

/**
 * Every document key, in catalogue order.
 *
 * @example
 * ```ts
 * import { documentCatalog, documentKeys } from '@alur/forms';
 * for (const key of documentKeys) console.log(key, documentCatalog[key].label.id);
 * ```
 */
export const documentKeys = Object.keys(factories) as readonly DocumentKey[];

/**
 * The catalogue of document kinds, each with its stable key, label, sources and schema,
 * built with the given options (message language, official email domains). Throws
 * `FormsError` (`INVALID_OPTIONS`) for a malformed option.
 *
 * @example
 * ```ts
 * import { createDocumentCatalog, parseForm } from '@alur/forms';
 * const catalog = createDocumentCatalog({ officialEmailDomains: ['go.id', 'desa.id'] });
 * const result = parseForm(catalog['formulir-uji-kelayakan'].schema, { testTypes: ['stress-test'] }, { locale: 'en' });
 * ```
 */
export function createDocumentCatalog(options?: FormOptions): DocumentCatalog {
  const resolved = resolveOptions(options);
  const entries = documentKeys.map((key) => {
    const schema = factories[key](resolved);
    const meta = fieldRegistry.get(schema);
    const kind = {
      key,
      label: meta?.label ?? { id: key, en: key },
      category: forms.has(key) ? 'form' : 'document',
      sources: meta?.sources ?? [],
      schema,
    };
    return [key, kind] as const;
  });
  return Object.fromEntries(entries) as unknown as DocumentCatalog;
}

/**
 * The catalogue with the default options (messages in Bahasa Indonesia, email kedinasan on
 * `go.id`).
 *
 * @example
 * ```ts
 * import { documentCatalog } from '@alur/forms';
 * documentCatalog.kak.label.id; // 'Kerangka Acuan Kerja (KAK)'
 * documentCatalog['formulir-uji-kelayakan'].category; // 'form'
 * ```
 */
export const documentCatalog: DocumentCatalog = createDocumentCatalog();
