import { builtinFormDefinitions, isDocumentKey, validateFormDefinition, type FormDefinition, type FormDefinitionProblem } from '@alur/forms';
import { toJson, type Db } from './db.js';
import { bumpDefinitions, type DefinitionStore, type Definitions } from './definitions.js';
import { httpError, text, type Locale } from './errors.js';

// Forms as data in the service: the 15 built-in forms, each replaceable by an admin's edited
// definition (a row of `alur_forms`); the API checks documents with the result, and the portal
// and the Studio draw them from the same definitions.

/** A form as the lists show it. */
export interface FormSummary {
  readonly key: string;
  readonly title: { readonly id: string; readonly en: string };
  readonly category: 'form' | 'document';
  /** An admin changed it (else it is the built-in shape). */
  readonly changed: boolean;
}

const unknownForm = (key: string, locale: Locale) => httpError(404, text(`Formulir "${key}" tidak ada.`, `Form "${key}" does not exist.`), {}, locale);

/** Every form, built-in order, with whether an admin changed it. */
export function listForms(defs: Definitions): FormSummary[] {
  return Object.values(defs.forms).map((kind) => ({ key: kind.key, title: kind.label, category: kind.category, changed: defs.changedForms.has(kind.key) }));
}

/** The definition a form is drawn and checked with now: the admin's, else the built-in one. */
export async function formDefinition(db: Db, defs: Definitions, key: string, locale: Locale): Promise<{ definition: FormDefinition; builtin: FormDefinition; changed: boolean }> {
  if (!isDocumentKey(key)) throw unknownForm(key, locale);
  const builtin = builtinFormDefinitions[key] as FormDefinition;
  if (!defs.changedForms.has(key)) return { definition: builtin, builtin, changed: false };
  const row = await db('alur_forms').where({ id: key }).first('definition');
  const stored = validateFormDefinition(typeof row?.['definition'] === 'string' ? JSON.parse(row['definition'] as string) : row?.['definition']);
  return stored.success ? { definition: stored.definition, builtin, changed: true } : { definition: builtin, builtin, changed: false };
}

/** The problems of a definition sent for form `key` (its own key must be that one), in the caller's language. */
export function checkFormDefinition(key: string, input: unknown, locale: Locale): { definition?: FormDefinition; problems: readonly FormDefinitionProblem[] } {
  const checked = validateFormDefinition(input, { locale });
  if (!checked.success) return { problems: checked.problems };
  if (checked.definition.key !== key) {
    return { problems: [{ path: ['key'], message: locale === 'en' ? `The key must stay "${key}".` : `Kunci harus tetap "${key}".` }] };
  }
  return { definition: checked.definition, problems: [] };
}

/**
 * Saves an admin's definition of form `key` (a built-in form), or with `null` gives the form its
 * built-in shape back. Refused with the problems when the definition is not valid; nothing is
 * written then.
 */
export async function saveForm(db: Db, definitions: DefinitionStore, key: string, input: unknown, locale: Locale): Promise<void> {
  if (!isDocumentKey(key)) throw unknownForm(key, locale);
  if (input === null) {
    await db('alur_forms').where({ id: key }).delete();
  } else {
    const { definition, problems } = checkFormDefinition(key, input, locale);
    if (!definition) {
      throw httpError(422, text('Definisi formulir belum benar.', 'The form definition is not valid.'), { reason: 'INVALID_FORM', problems }, locale);
    }
    const row = { title: definition.title.id, definition: toJson(definition) };
    await db.transaction(async (trx) => {
      const updated = await trx('alur_forms').where({ id: key }).update(row);
      if (updated === 0) await trx('alur_forms').insert({ id: key, ...row });
    });
  }
  definitions.changed();
  await bumpDefinitions(db);
}
