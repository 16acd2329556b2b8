import type { z } from 'zod';
import { builtinFormDefinitions } from './builtin-form-definitions.js';
import { compileForm, type FormSchema } from './compile-form.js';
import type { FormDefinition } from './form-definition.js';
import type { FormOptions } from './form-options.js';
import { FormsError } from './forms-error.js';
import { resolveOptions } from './internal/define-schema.js';
import type { LocalizedText } from './locale.js';

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
export type DocumentKey = keyof typeof builtinFormDefinitions;

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
export type DocumentSchemas = { readonly [K in DocumentKey]: FormSchema<(typeof builtinFormDefinitions)[K]> };

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
 * One entry of the catalogue. `TSchema` is the built-in schema of `K`, or the schema compiled
 * from a definition given to {@link createDocumentCatalog}.
 *
 * @example
 * ```ts
 * import { documentCatalog, type DocumentKind } from '@alur/forms';
 * const kak: DocumentKind<'kak'> = documentCatalog.kak;
 * kak.sources; // ['000 Sumbar ASAP: Persyaratan b. Kerangka Acuan Kerja (KAK)', ...]
 * ```
 */
export interface DocumentKind<K extends DocumentKey = DocumentKey, TSchema = DocumentSchemas[K]> {
  readonly key: K;
  /** The document's name as the seeds write it, and in English. */
  readonly label: LocalizedText;
  /** `form`: one of the Babel service forms the requester fills in; `document`: any other paper. */
  readonly category: 'form' | 'document';
  /** Where the seeds name or define it. */
  readonly sources: readonly string[];
  readonly schema: TSchema;
}

/**
 * Every document kind by its key; `TSchemas` are the built-in schemas unless definitions
 * replace some (see {@link createDocumentCatalog}).
 *
 * @example
 * ```ts
 * import { createDocumentCatalog, type DocumentCatalog } from '@alur/forms';
 * const catalog: DocumentCatalog = createDocumentCatalog({ locale: 'en' });
 * ```
 */
export type DocumentCatalog<TSchemas extends { readonly [K in DocumentKey]: unknown } = DocumentSchemas> = {
  readonly [K in DocumentKey]: DocumentKind<K, TSchemas[K]>;
};

/**
 * Every document key, in catalogue order.
 *
 * @example
 * ```ts
 * import { documentCatalog, documentKeys } from '@alur/forms';
 * for (const key of documentKeys) console.log(key, documentCatalog[key].label.id);
 * ```
 */
export const documentKeys = Object.keys(builtinFormDefinitions) as readonly DocumentKey[];

/**
 * Definitions that replace built-in ones, by document key (e.g. an admin-edited Surat
 * Permohonan loaded from Directus). Each definition's `key` must be the key it is given under.
 *
 * @example
 * ```ts
 * import { builtinFormDefinitions, type DocumentDefinitions } from '@alur/forms';
 * const definitions: DocumentDefinitions = { kak: structuredClone(builtinFormDefinitions.kak) };
 * ```
 */
export type DocumentDefinitions = { readonly [K in DocumentKey]?: FormDefinition };

/**
 * Options of {@link createDocumentCatalog}: the schema options, and definitions replacing
 * built-in ones.
 *
 * @example
 * ```ts
 * import { builtinFormDefinitions, type DocumentCatalogOptions } from '@alur/forms';
 * const options: DocumentCatalogOptions = { locale: 'en', definitions: { kak: builtinFormDefinitions.kak } };
 * ```
 */
export interface DocumentCatalogOptions<TDefinitions extends DocumentDefinitions = DocumentDefinitions> extends FormOptions {
  readonly definitions?: TDefinitions;
}

/**
 * The schema of each document kind once `TDefinitions` replace built-in definitions: typed
 * field by field for a `const` definition, loosely for one only known at run time.
 *
 * @example
 * ```ts
 * import type { DocumentSchemasWith, FormDefinition } from '@alur/forms';
 * type Schemas = DocumentSchemasWith<{ 'surat-permohonan': FormDefinition }>; // a loose Surat Permohonan, the others built in
 * ```
 */
export type DocumentSchemasWith<TDefinitions extends DocumentDefinitions> = {
  readonly [K in DocumentKey]: K extends keyof TDefinitions
    ? Exclude<TDefinitions[K], undefined> extends infer TDefinition extends FormDefinition
      ? undefined extends TDefinitions[K]
        ? DocumentSchemas[K] | FormSchema<TDefinition>
        : FormSchema<TDefinition>
      : DocumentSchemas[K]
    : DocumentSchemas[K];
};

/**
 * The catalogue of document kinds, each with its stable key, label, category, sources and
 * schema, built with the given options (message language, official email domains).
 * `definitions` replaces built-in definitions, e.g. with admin-edited ones. Throws
 * `FormsError`: `INVALID_OPTIONS` for a malformed option or a definition under another
 * document's key, `INVALID_DEFINITION` for a definition `validateFormDefinition` refuses.
 *
 * @example
 * ```ts
 * import { builtinFormDefinitions, createDocumentCatalog, parseForm } from '@alur/forms';
 * const catalog = createDocumentCatalog({ officialEmailDomains: ['go.id', 'desa.id'] });
 * const result = parseForm(catalog['formulir-uji-kelayakan'].schema, { testTypes: ['stress-test'] }, { locale: 'en' });
 *
 * const base = builtinFormDefinitions['surat-permohonan'];
 * const phone = { name: 'nomorTelepon', type: 'phone', kind: 'mobile', label: { id: 'Nomor telepon', en: 'Phone number' } } as const;
 * const edited = createDocumentCatalog({ definitions: { 'surat-permohonan': { ...base, fields: [...base.fields, phone] } } });
 * edited['surat-permohonan'].schema.shape.nomorTelepon; // the new field
 * ```
 */
// biome-ignore lint/complexity/noBannedTypes: `{}` is the empty set of replaced definitions, the type-level default
export function createDocumentCatalog<const TDefinitions extends DocumentDefinitions = {}>(
  options?: DocumentCatalogOptions<TDefinitions>,
): DocumentCatalog<DocumentSchemasWith<TDefinitions>> {
  const resolved = resolveOptions(options);
  const replaced: DocumentDefinitions = options?.definitions ?? {};
  const entries = documentKeys.map((key) => {
    const definition: FormDefinition = replaced[key] ?? builtinFormDefinitions[key];
    if (definition.key !== key) {
      throw new FormsError('INVALID_OPTIONS', {
        id: `definitions["${key}"] harus definisi dengan key "${key}", bukan "${String(definition.key)}"`,
        en: `definitions["${key}"] must be a definition with key "${key}", not "${String(definition.key)}"`,
      });
    }
    const kind = {
      key,
      label: definition.title,
      category: definition.category ?? 'document',
      sources: definition.sources ?? [],
      schema: compileForm(definition, resolved),
    };
    return [key, kind] as const;
  });
  return Object.fromEntries(entries) as unknown as DocumentCatalog<DocumentSchemasWith<TDefinitions>>;
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
