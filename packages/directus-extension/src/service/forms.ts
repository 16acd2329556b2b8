import { builtinFormDefinitions, isDocumentKey, validateFormDefinition, type FormDefinition, type FormDefinitionProblem } from '@alur/forms';
import type { ResolvedSop } from '@alur/core';
import { toJson, type Db } from './db.js';
import { bumpDefinitions, type DefinitionStore, type Definitions } from './definitions.js';
import { httpError, text, type Locale } from './errors.js';

// Forms as data in the service: the 15 built-in forms, each replaceable by an admin's edited
// definition, and the forms admins create (each a row of `alur_forms`). A form is bound to an
// SOP step by naming its key as a Kelengkapan or Output item; the API checks documents with
// the result, and the portal and the Studio draw them from the same definitions.

/** A form as the lists show it. */
export interface FormSummary {
  readonly key: string;
  readonly title: { readonly id: string; readonly en: string };
  readonly category: 'form' | 'document';
  /** One of the built-in forms (else an admin created it). */
  readonly builtin: boolean;
  /** An admin changed this built-in form (always true for a form an admin created). */
  readonly changed: boolean;
  /** The variants whose steps name it (Kelengkapan, Output, or a document the step uses), with the step numbers. */
  readonly usedBy: readonly { readonly variant: string; readonly name: string; readonly steps: readonly string[] }[];
}

const unknownForm = (key: string, locale: Locale) => httpError(404, text(`Formulir "${key}" tidak ada.`, `Form "${key}" does not exist.`), {}, locale);

/** The variants whose steps name document `key` (Kelengkapan, Output, or the documents a step uses), with those steps' numbers. */
export function formUsers(defs: Definitions, key: string): FormSummary['usedBy'] {
  const out: { variant: string; name: string; steps: string[] }[] = [];
  for (const id of defs.sops.ids) {
    let sop: ResolvedSop;
    try {
      sop = defs.sops.get(id).sop;
    } catch {
      continue; // a variant that does not compile names nothing yet
    }
    const numbers = sop.steps
      .filter((step) => [...(step.kelengkapan ?? []), ...(step.outputs ?? [])].some((item) => item.key === key) || step.uses?.includes(key))
      .map((step) => step.no);
    if (numbers.length) out.push({ variant: id, name: sop.name, steps: numbers });
  }
  return out;
}

/** Every form: the built-in ones in their order, then those admins created, by title. */
export function listForms(defs: Definitions): FormSummary[] {
  const kinds = [...defs.forms.values()];
  const created = kinds.filter((kind) => !kind.builtin).sort((a, b) => a.label.id.localeCompare(b.label.id, 'id'));
  return [...kinds.filter((kind) => kind.builtin), ...created].map((kind) => ({
    key: kind.key,
    title: kind.label,
    category: kind.category,
    builtin: kind.builtin,
    changed: !kind.builtin || defs.changedForms.has(kind.key),
    usedBy: formUsers(defs, kind.key),
  }));
}

async function storedDefinition(db: Db, key: string): Promise<FormDefinition | undefined> {
  const row = await db('alur_forms').where({ id: key }).first('definition');
  if (!row) return undefined;
  const stored = validateFormDefinition(typeof row['definition'] === 'string' ? JSON.parse(row['definition'] as string) : row['definition']);
  return stored.success ? stored.definition : undefined;
}

/**
 * The definition a form is drawn and checked with now: the admin's, else the built-in one;
 * `builtin` is the original of a built-in form, `null` for a form an admin created.
 */
export async function formDefinition(
  db: Db,
  defs: Definitions,
  key: string,
  locale: Locale,
): Promise<{ definition: FormDefinition; builtin: FormDefinition | null; changed: boolean }> {
  const kind = defs.forms.get(key);
  if (!kind) throw unknownForm(key, locale);
  if (!kind.builtin) {
    const definition = await storedDefinition(db, key);
    if (!definition) throw unknownForm(key, locale);
    return { definition, builtin: null, changed: true };
  }
  const builtin = builtinFormDefinitions[key as keyof typeof builtinFormDefinitions] as FormDefinition;
  const definition = defs.changedForms.has(key) ? await storedDefinition(db, key) : undefined;
  return definition ? { definition, builtin, changed: true } : { definition: builtin, builtin, changed: false };
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

async function committed(db: Db, definitions: DefinitionStore): Promise<void> {
  definitions.changed();
  await bumpDefinitions(db);
}

/**
 * Saves an admin's definition of form `key`: a built-in form's new shape, a form an admin
 * created before, or a new form (a key no form has yet, in kebab-case, which Kelengkapan and
 * Output items then name). With `null` a built-in form gets its built-in shape back. Refused
 * with the problems when the definition is not valid; nothing is written then. Returns whether
 * the form is new.
 */
export async function saveForm(db: Db, definitions: DefinitionStore, key: string, input: unknown, locale: Locale): Promise<{ created: boolean }> {
  const known = (await definitions.load(db)).forms.get(key);
  if (input === null) {
    if (!known) throw unknownForm(key, locale);
    if (!known.builtin) {
      throw httpError(
        400,
        text(
          `Formulir "${key}" dibuat admin dan tidak punya bentuk bawaan; hapus dengan DELETE bila tidak dipakai lagi.`,
          `Form "${key}" was created by an admin and has no built-in shape; delete it with DELETE when no longer used.`,
        ),
        {},
        locale,
      );
    }
    await db('alur_forms').where({ id: key }).delete();
    await committed(db, definitions);
    return { created: false };
  }
  const { definition, problems } = checkFormDefinition(key, input, locale);
  if (!definition) {
    throw httpError(422, text('Definisi formulir belum benar.', 'The form definition is not valid.'), { reason: 'INVALID_FORM', problems }, locale);
  }
  const row = { title: definition.title.id, definition: toJson(definition) };
  const created = await db.transaction(async (trx) => {
    const updated = await trx('alur_forms').where({ id: key }).update(row);
    if (updated === 0) await trx('alur_forms').insert({ id: key, ...row });
    return updated === 0 && !isDocumentKey(key);
  });
  await committed(db, definitions);
  return { created };
}

/** Refuses (409, with the variants and steps) to remove form `key` while a variant's step names it. */
export function refuseIfUsed(defs: Definitions, key: string, locale: Locale = 'id'): void {
  const users = formUsers(defs, key);
  if (users.length === 0) return;
  const label = defs.forms.get(key)?.label ?? { id: key, en: key };
  const list = users.map((u) => `${u.name} (${u.steps.map((no) => `No ${no}`).join(', ')})`).join('; ');
  throw httpError(
    409,
    text(
      `Formulir "${label.id}" masih dipakai langkah: ${list}. Lepaskan dulu dari Kelengkapan/Output langkah itu.`,
      `Form "${label.en}" is still used by steps: ${list}. Remove it from those steps' Kelengkapan/Output first.`,
    ),
    { reason: 'FORM_IN_USE', usedBy: users },
    locale,
  );
}

/**
 * Deletes a form an admin created. Refused for a built-in form (it can only be restored) and
 * for a form a variant's step still names (the answer lists them: remove it there first).
 * Requests that ran with it keep their documents.
 */
export async function deleteForm(db: Db, definitions: DefinitionStore, key: string, locale: Locale): Promise<void> {
  const defs = await definitions.load(db);
  const known = defs.forms.get(key);
  if (!known) throw unknownForm(key, locale);
  if (known.builtin) {
    throw httpError(
      400,
      text(
        `Formulir bawaan "${key}" tidak dapat dihapus; kirim PUT dengan null untuk mengembalikan bentuk bawaannya.`,
        `Built-in form "${key}" cannot be deleted; send PUT with null to restore its built-in shape.`,
      ),
      {},
      locale,
    );
  }
  refuseIfUsed(defs, key, locale);
  await db('alur_forms').where({ id: key }).delete();
  await committed(db, definitions);
}
