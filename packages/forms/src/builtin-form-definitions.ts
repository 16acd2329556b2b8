import { applicationDevelopmentFormDefinition } from './application-development-form.js';
import { bastDefinition } from './bast.js';
import { equipmentListDefinition } from './equipment-list.js';
import { feasibilityTestFormDefinition } from './feasibility-test-form.js';
import type { FormDefinition } from './form-definition.js';
import { incomingLetterRecordDefinition } from './incoming-letter-record.js';
import { internalMemoDefinition } from './internal-memo.js';
import { kakDefinition } from './kak.js';
import { meetingMinutesDefinition } from './meeting-minutes.js';
import { notificationLetterDefinition } from './notification-letter.js';
import { reportDefinition } from './report.js';
import { requestLetterDefinition } from './request-letter.js';
import { skplDefinition } from './skpl.js';
import { systemDocumentationDefinition } from './system-documentation.js';
import { vulnerabilityAssessmentFormDefinition } from './vulnerability-assessment-form.js';
import { workCompletionMinutesDefinition } from './work-completion-minutes.js';

/**
 * The definitions of the built-in forms and documents, by document key, in catalogue order:
 * the data every exported schema (`RequestLetter`, `Kak`, …) is compiled from. Start an
 * admin-edited form from a copy of one (`structuredClone`); the originals are frozen.
 *
 * @example
 * ```ts
 * import { builtinFormDefinitions } from '@alur/forms';
 * builtinFormDefinitions['surat-permohonan'].fields.map((field) => field.name); // ['letterNumber', 'letterDate', 'subject', ...]
 * const copy = structuredClone(builtinFormDefinitions.kak); // plain JSON data, editable
 * ```
 */
export const builtinFormDefinitions = deepFreeze({
  'surat-permohonan': requestLetterDefinition,
  kak: kakDefinition,
  'perangkat-yang-digunakan': equipmentListDefinition,
  'formulir-pembangunan-aplikasi': applicationDevelopmentFormDefinition,
  'formulir-uji-kelayakan': feasibilityTestFormDefinition,
  'formulir-vulnerability-assessment': vulnerabilityAssessmentFormDefinition,
  skpl: skplDefinition,
  'dokumentasi-sistem': systemDocumentationDefinition,
  'berita-acara-serah-terima': bastDefinition,
  'berita-acara-pekerjaan': workCompletionMinutesDefinition,
  'nota-dinas': internalMemoDefinition,
  'surat-pemberitahuan': notificationLetterDefinition,
  notulen: meetingMinutesDefinition,
  'arsip-surat-masuk': incomingLetterRecordDefinition,
  laporan: reportDefinition,
} as const satisfies Readonly<Record<string, FormDefinition>>);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
