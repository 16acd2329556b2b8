import { createHash } from 'node:crypto';
import {
  compileSop,
  createCalendarRegistry,
  createSopRegistry,
  type CalendarRegistry,
  type CompiledSop,
  type ResolvedSop,
  type SopDefinition,
  type SopRegistry,
} from '@alur/core';
import { compileForm, createDocumentCatalog, isDocumentKey, validateFormDefinition, type FormDefinition, type FormSchema } from '@alur/forms';
import { calendarsFromRows, variantsFromRows, type CalendarRow, type HolidayRow, type StepRow, type VariantRow } from '../definition-rows.js';
import { fromDb, type Db } from './db.js';
import { bumpRevision, readRevision, RevisionCache, Revisions } from './revisions.js';

/** The SOP variants and calendars as the admins keep them in Directus, compiled on first use. */
export interface Definitions {
  readonly sops: SopRegistry;
  readonly calendars: CalendarRegistry;
  /** Variant ids saved as drafts: no new request may start on them. */
  readonly drafts: ReadonlySet<string>;
  /** Variant ids archived (no longer offered; kept because requests ran on them). */
  readonly archived: ReadonlySet<string>;
  /** The forms the API and the portal check documents with: the built-in ones (an admin's edit in place of the original) and those admins created, by document key. */
  readonly forms: FormKinds;
  /** Keys of the built-in forms an admin changed (`alur_forms` rows). */
  readonly changedForms: ReadonlySet<string>;
}

/** A form the service knows: a built-in one of `@alur/forms` (as an admin may have changed it), or one an admin created. */
export interface FormKind {
  readonly key: string;
  readonly label: { readonly id: string; readonly en: string };
  readonly category: 'form' | 'document';
  readonly schema: FormSchema<FormDefinition>;
  /** One of the built-in forms (which can be changed and restored, never deleted). */
  readonly builtin: boolean;
}
/** Every form by its document key (the key a Kelengkapan or Output item of an SOP step names). */
export type FormKinds = ReadonlyMap<string, FormKind>;

/**
 * The forms from the stored `alur_forms` rows: a row under a built-in key replaces that form, a
 * row under another key is a form an admin created. A row whose definition is not valid, or
 * holds another key than its id, is left out (the hooks refuse such rows; this guards old data).
 */
export function formKinds(rows: readonly { id: unknown; definition: unknown }[]): { forms: FormKinds; changed: ReadonlySet<string> } {
  const stored = new Map<string, FormDefinition>();
  for (const row of rows) {
    const checked = validateFormDefinition(row.definition);
    if (typeof row.id === 'string' && checked.success && checked.definition.key === row.id) stored.set(row.id, checked.definition);
  }
  const overrides = Object.fromEntries([...stored].filter(([key]) => isDocumentKey(key)));
  const forms = new Map<string, FormKind>();
  for (const kind of Object.values(createDocumentCatalog({ definitions: overrides }))) {
    forms.set(kind.key, {
      key: kind.key,
      label: kind.label,
      category: kind.category,
      schema: kind.schema as unknown as FormSchema<FormDefinition>,
      builtin: true,
    });
  }
  for (const [key, definition] of stored) {
    if (!forms.has(key))
      forms.set(key, { key, label: definition.title, category: definition.category ?? 'form', schema: compileForm(definition), builtin: false });
  }
  return { forms, changed: new Set(Object.keys(overrides)) };
}

/** The built-in forms, unchanged. */
export const builtinForms: FormKinds = formKinds([]).forms;

/** Marks the stored definitions as changed, so every instance reloads them (then `DefinitionStore.changed()` after the commit). */
export const bumpDefinitions = (db: Db): Promise<void> => bumpRevision(db, 'definitions_rev');

/**
 * The flat definition a request runs on: `extends` resolved, nothing left to look up. Frozen
 * when the request starts, so later edits of the variant never change a running request.
 */
export function frozenDefinition(sop: ResolvedSop): SopDefinition {
  const { chain: _chain, ...rest } = sop;
  return JSON.parse(JSON.stringify({ schemaVersion: 1, ...rest })) as SopDefinition;
}

/**
 * A write computed with definitions that are no longer the stored ones (a calendar or variant
 * saved meanwhile, perhaps through another instance): nothing is written, and the write is
 * tried again on the definitions as stored now.
 */
export class StaleDefinitions extends Error {
  constructor() {
    super('alur: definisi SOP berubah selama penulisan (the SOP definitions changed during the write)');
  }
}

/** Reads and caches the stored definitions and the frozen definitions of running requests. */
export class DefinitionStore {
  readonly #cache: RevisionCache<Definitions>;
  readonly #frozen = new Map<string, CompiledSop>();
  /** Keys of `alur_meta` rows known to hold a frozen definition (such rows never change). */
  readonly #stored = new Set<string>();
  readonly #keys = new WeakMap<CompiledSop, string>();

  constructor(revisions: Revisions = new Revisions()) {
    this.#cache = new RevisionCache(revisions, 'definitions_rev', (db) => this.#read(db));
  }

  /** Call once a change of variants or calendars made here is committed (and `bumpDefinitions` for the other instances): the next call reloads. */
  changed(): void {
    this.#cache.changed();
  }

  /**
   * Throws {@link StaleDefinitions} unless `loaded` are still the stored definitions. Call it in a
   * write's transaction, before the write: a calendar saved after it marks the written request
   * due again, one saved before it refuses the write.
   */
  async checkCurrent(trx: Db, loaded: Definitions): Promise<void> {
    const rev = this.#cache.revisionOf(loaded);
    if (rev === undefined || rev !== (await readRevision(trx, 'definitions_rev'))) throw new StaleDefinitions();
  }

  /** After {@link StaleDefinitions}: the next `load` asks the database which definitions are stored, and reloads if they changed. */
  recheck(): void {
    this.#cache.recheck();
  }

  /** The definitions as stored now (reloaded when any instance changed them, see `Revisions`). */
  load(db: Db): Promise<Definitions> {
    return this.#cache.get(db);
  }

  async #read(db: Db): Promise<Definitions> {
    const [variants, steps, calendars, holidays, forms] = await Promise.all([
      db('alur_sop_variants').select(),
      db('alur_sop_steps')
        .select()
        .orderBy([{ column: 'variant' }, { column: 'sort' }, { column: 'id' }]),
      db('alur_calendars').select(),
      db('alur_holidays')
        .select()
        .orderBy([{ column: 'calendar' }, { column: 'date' }]),
      db('alur_forms').select('id', 'definition'),
    ]);
    const calendarRegistry = createCalendarRegistry(
      calendarsFromRows(
        calendars.map((row) => fromDb<CalendarRow>('alur_calendars', row)),
        holidays.map((row) => fromDb<HolidayRow>('alur_holidays', row)),
      ),
    );
    const variantRows = variants.map((row) => fromDb<VariantRow>('alur_sop_variants', row));
    const withStatus = (status: string) => new Set(variantRows.filter((v) => v.status === status).map((v) => String(v.id)));
    const sops = createSopRegistry(
      variantsFromRows(
        variantRows,
        steps.map((row) => fromDb<StepRow>('alur_sop_steps', row)),
      ),
      { calendars: calendarRegistry },
    );
    // Compiled frozen definitions use the calendars: compile them again on the new ones.
    this.#frozen.clear();
    const stored = formKinds(forms.map((row) => fromDb<{ id: unknown; definition: unknown }>('alur_forms', row)));
    return {
      sops,
      calendars: calendarRegistry,
      drafts: withStatus('draft'),
      archived: withStatus('archived'),
      forms: stored.forms,
      changedForms: stored.changed,
    };
  }

  /** Freezes a compiled variant for a new request; returns the key the request keeps. */
  async freeze(db: Db, sop: CompiledSop): Promise<string> {
    const known = this.#keys.get(sop);
    if (known && this.#stored.has(known)) return known;
    const json = JSON.stringify(frozenDefinition(sop.sop));
    const key = `sop:${createHash('sha256').update(json).digest('hex').slice(0, 40)}`;
    if (!this.#stored.has(key) && !(await db('alur_meta').where({ key }).first('key'))) {
      await db('alur_meta')
        .insert({ key, value: json })
        .catch(async (error: unknown) => {
          if (!(await db('alur_meta').where({ key }).first('key'))) throw error;
        });
    }
    this.#stored.add(key);
    this.#keys.set(sop, key);
    return key;
  }

  /** The frozen definition stored under `key` (as `freeze` wrote it). */
  async frozenDefinition(db: Db, key: string): Promise<SopDefinition> {
    const row = await db('alur_meta').where({ key }).first('value');
    if (!row) throw new Error(`alur: definisi SOP ${key} hilang (frozen SOP definition missing)`);
    return (typeof row.value === 'string' ? JSON.parse(row.value) : row.value) as SopDefinition;
  }

  /**
   * The compiled SOP a request runs on, from its frozen definition and today's calendars.
   * Pass the definitions already loaded for this call (a list of requests) to skip reloading.
   */
  async frozen(db: Db, key: string, loaded?: Definitions): Promise<CompiledSop> {
    const definitions = loaded ?? (await this.load(db));
    const cached = this.#frozen.get(key);
    if (cached) return cached;
    const compiled = compileSop(await this.frozenDefinition(db, key), { calendars: definitions.calendars });
    this.#frozen.set(key, compiled);
    return compiled;
  }
}
