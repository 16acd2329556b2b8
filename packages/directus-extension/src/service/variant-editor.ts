import {
  AlurError,
  builtinSopDefinitions,
  computeDeadline,
  deriveChanges,
  describeIssuePath,
  validateSop,
  type AlurIssue,
  type ResolvedSop,
  type SopCap,
  type SopDefinition,
  type SopRole,
  type SopStep,
} from '@alur/core';
import { closestVariant } from '@alur/core/import';
import { DateTime } from 'luxon';
import { variantToRows, type VariantRow } from '../definition-rows.js';
import { fromDb, type Db } from './db.js';
import type { Definitions } from './definitions.js';
import { httpError, text, type Locale } from './errors.js';
import { formatInstant } from './format.js';
import { dropPendingImport, type PendingImport, pendingImport, remainingReview, type ImportReview } from './import-review.js';

/** What the Studio's variant editor draws: the variant, its steps as a table (resolved when derived), its base's steps, and the pickers' choices. */
export interface EditorView {
  readonly variant: {
    readonly id: string;
    readonly name: string;
    readonly office: string;
    readonly number: string | null;
    readonly version: string;
    readonly status: 'active' | 'draft' | 'archived';
    readonly calendar: string | null;
    readonly extends: string | null;
    readonly builtin: boolean;
    readonly requests: number;
    /** The SOP's identity as printed (a derived variant's own, else its base's). */
    readonly legalBasis: readonly string[];
    readonly dates: NonNullable<SopDefinition['dates']>;
    readonly approvedBy: string | null;
  };
  /** Overall time caps over spans of steps (a derived variant's own, else its base's). */
  readonly caps: readonly SopCap[];
  readonly roles: readonly SopRole[];
  readonly steps: readonly SopStep[];
  readonly base: { readonly id: string; readonly name: string; readonly steps: readonly SopStep[] } | null;
  /** The calendar the variant runs on (its own, else its base's) and that calendar's zone. */
  readonly calendarInUse: string;
  readonly zone: string;
  readonly calendars: readonly string[];
  readonly variants: readonly { readonly id: string; readonly name: string }[];
  readonly documents: readonly { readonly key: string; readonly label: { readonly id: string; readonly en: string } }[];
  /** An imported draft's cells still to check and the document text it was read from ("Impor SOP"), else null. */
  readonly importReview: ImportReview | null;
  /** An imported draft that does not validate yet: not a variant until it is fixed and saved. */
  readonly pending: boolean;
  /** For an imported draft that stands alone: the variant it reads most like (the editor offers to derive the draft from it). */
  readonly closest: ClosestVariant | null;
}

/** The active variant an imported draft reads most like (`closestVariant`): how many steps pair, and which do not. */
export interface ClosestVariant {
  readonly base: string;
  readonly name: string;
  /** A built-in variant, or one the office keeps (e.g. the variant an earlier edition of the same SOP became). */
  readonly builtin: boolean;
  /** Steps paired, and the larger of the two step counts. */
  readonly paired: number;
  readonly total: number;
  /** The draft's steps the variant lacks, and the variant's steps the draft lacks (the rest are paired). */
  readonly added: readonly { readonly no: string; readonly description: string }[];
  readonly removed: readonly { readonly no: string; readonly description: string }[];
}

/** The variants an imported draft may be derived from: the active ones but itself, built-in first. */
export function derivableBases(defs: Definitions, id: string): string[] {
  const builtin = new Set(builtinSopDefinitions.map((d) => d.id));
  return defs.sops.ids
    .filter((other) => other !== id && !defs.drafts.has(other) && !defs.archived.has(other))
    .sort((a, b) => Number(builtin.has(b)) - Number(builtin.has(a)));
}

/** The active variant closest to an imported, standalone draft, or null. */
function closestBase(defs: Definitions, definition: SopDefinition): ClosestVariant | null {
  if (definition.extends) return null;
  const bases = derivableBases(defs, definition.id).map((id) => defs.sops.get(id).sop);
  const match = closestVariant(definition, bases);
  if (!match) return null;
  const base = bases.find((b) => b.id === match.base)!;
  return {
    base: base.id,
    name: base.name,
    builtin: builtinSopDefinitions.some((d) => d.id === base.id),
    paired: Object.keys(match.steps).length,
    total: Math.max(base.steps.length, definition.steps?.length ?? 0),
    added: (definition.steps ?? []).filter((step) => match.steps[step.id] === undefined).map(({ no, description }) => ({ no, description })),
    removed: base.steps.filter((step) => !Object.values(match.steps).includes(step.id)).map(({ no, description }) => ({ no, description })),
  };
}

/** A validator problem as the editor shows it: on its row (numbered as the SOP numbers it) and field. */
export interface EditorIssue {
  readonly path: readonly (string | number)[];
  /** Index of the row in the table, when the problem is on a step. */
  readonly row: number | null;
  /** The step field (`waktu`, `actor`, …), when the problem names one. */
  readonly field: string | null;
  /** "Langkah No 2" / "Step No 2", or the variant field. */
  readonly where: { readonly id: string; readonly en: string };
  readonly id: string;
  readonly en: string;
}

const notFound = (id: string, locale: Locale) => httpError(404, text(`Varian SOP "${id}" tidak ada.`, `SOP variant "${id}" does not exist.`), {}, locale);

/** The editor's view of variant `id`. */
export async function editorView(db: Db, defs: Definitions, id: string, locale: Locale): Promise<EditorView> {
  // Only a variant id reaches the database (Postgres refuses a NUL byte with an error of its own).
  if (!defs.sops.ids.includes(id)) {
    const pending = /^[a-z0-9-]+$/.test(id) ? await pendingImport(db, id) : null;
    if (pending) return pendingView(defs, id, pending);
    throw notFound(id, locale);
  }
  const row = await db('alur_sop_variants').where({ id }).first();
  const definition = defs.sops.definition(id);
  if (!row || !definition) throw notFound(id, locale);
  const variant = fromDb<VariantRow>('alur_sop_variants', row);
  const { sop, calendar } = defs.sops.get(id);
  const baseId = definition.extends ?? null;
  const requests = Number((await db('alur_requests').where({ variant: id }).count({ n: '*' }).first())?.['n'] ?? 0);
  return {
    variant: {
      id,
      name: sop.name,
      office: sop.office,
      number: sop.number ?? null,
      version: sop.version,
      status: variant.status ?? 'active',
      calendar: definition.calendar ?? null,
      extends: baseId,
      builtin: variant.builtin === true || (variant.builtin as unknown) === 1,
      requests,
      legalBasis: sop.legalBasis,
      dates: sop.dates ?? {},
      approvedBy: sop.approvedBy ?? null,
    },
    caps: sop.caps,
    roles: sop.roles,
    steps: sop.steps,
    base: baseId && defs.sops.ids.includes(baseId) ? { id: baseId, name: defs.sops.get(baseId).sop.name, steps: defs.sops.get(baseId).sop.steps } : null,
    calendarInUse: sop.calendar,
    zone: calendar.zone,
    calendars: defs.calendars.ids,
    variants: defs.sops.ids.map((other) => ({ id: other, name: defs.sops.definition(other)?.name ?? other })),
    documents: [...defs.forms.values()].map((kind) => ({ key: kind.key, label: kind.label })),
    importReview: importReviewOf(row),
    pending: false,
    closest: importReviewOf(row) ? closestBase(defs, definition) : null,
  };
}

/** The editor's view of an imported draft that does not validate yet: its definition as imported, unresolved. */
function pendingView(defs: Definitions, id: string, { definition, review }: PendingImport): EditorView {
  const calendarInUse =
    definition.calendar && defs.calendars.ids.includes(definition.calendar) ? definition.calendar : (defs.calendars.ids[0] ?? 'id-nasional');
  return {
    variant: {
      id,
      name: definition.name,
      office: definition.office,
      number: definition.number ?? null,
      // Not a variant yet: no version until it is saved.
      version: 'draf',
      status: 'draft',
      calendar: definition.calendar ?? null,
      extends: null,
      builtin: false,
      requests: 0,
      legalBasis: definition.legalBasis ?? [],
      dates: definition.dates ?? {},
      approvedBy: definition.approvedBy ?? null,
    },
    caps: definition.caps ?? [],
    roles: definition.roles ?? [],
    steps: definition.steps ?? [],
    base: null,
    calendarInUse,
    zone: defs.calendars.get(calendarInUse).zone,
    calendars: defs.calendars.ids,
    variants: defs.sops.ids.map((other) => ({ id: other, name: defs.sops.definition(other)?.name ?? other })),
    documents: [...defs.forms.values()].map((kind) => ({ key: kind.key, label: kind.label })),
    importReview: review,
    pending: true,
    // Deriving comes once the draft is a variant (it must validate first).
    closest: null,
  };
}

/** The stored definition an edit of `id` starts from: the variant's, else an imported draft's waiting to validate. */
export async function storedDefinition(db: Db, defs: Definitions, id: string): Promise<SopDefinition | undefined> {
  return defs.sops.definition(id) ?? (/^[a-z0-9-]+$/.test(id) ? (await pendingImport(db, id))?.definition : undefined);
}

/** The stored import review of a variant row (a JSON column: parsed on SQLite), or null. */
function importReviewOf(row: Record<string, unknown>): ImportReview | null {
  const value = fromDb<{ import_review: unknown }>('alur_sop_variants', row).import_review;
  return value && typeof value === 'object' && Array.isArray((value as ImportReview).items) ? (value as ImportReview) : null;
}

/**
 * "3-5 hari kerja → target …, batas …": what a Waktu means on a calendar if the step started
 * now, or the parser's message. Never throws for bad text.
 */
export function previewWaktu(
  defs: Definitions,
  calendarId: string,
  waktu: string,
  now: Date,
  locale: Locale,
): { ok: boolean; text: string; target?: string; deadline?: string } {
  if (!defs.calendars.ids.includes(calendarId))
    return { ok: false, text: locale === 'en' ? `Unknown calendar "${calendarId}".` : `Kalender "${calendarId}" tidak dikenal.` };
  const calendar = defs.calendars.get(calendarId);
  try {
    const { target, deadline } = computeDeadline(calendar, now, waktu, { scheduledDeadline: now });
    if (/jadwal/i.test(waktu))
      return { ok: true, text: locale === 'en' ? `${waktu} → deadline from the development schedule` : `${waktu} → batas dari jadwal pengembangan` };
    const at = (instant: Date) => formatInstant(instant, calendar.zone, locale);
    const range =
      target.getTime() === deadline.getTime()
        ? locale === 'en'
          ? `deadline ${at(deadline)}`
          : `batas ${at(deadline)}`
        : locale === 'en'
          ? `target ${at(target)}, deadline ${at(deadline)}`
          : `target ${at(target)}, batas ${at(deadline)}`;
    return { ok: true, text: `${waktu} → ${range}`, target: target.toISOString(), deadline: deadline.toISOString() };
  } catch (error) {
    if (error instanceof AlurError) return { ok: false, text: error.text[locale] };
    throw error;
  }
}

/**
 * Validator problems placed on the editor's rows: `steps.1.waktu` becomes row 1, field `waktu`, "Langkah No 2"
 * (the row's own number, named by `describeIssuePath` of `@alur/core`; the editor adds the field's label).
 */
export function editorIssues(issues: readonly AlurIssue[], steps: readonly SopStep[]): EditorIssue[] {
  return issues.map((issue) => {
    const [head, index, field] = issue.path;
    const step = head === 'steps' && typeof index === 'number' ? steps[index] : undefined;
    // A row or a list item is named alone ("Langkah No 2", "Batas waktu keseluruhan 1"): the editor shows the field itself.
    const where = describeIssuePath({ steps }, typeof index === 'number' ? issue.path.slice(0, 2) : issue.path);
    return {
      path: [...issue.path],
      row: step ? (index as number) : null,
      field: step && typeof field === 'string' ? field : null,
      where,
      id: issue.message.id,
      en: issue.message.en,
    };
  });
}

/** What the editor sends: the table as the admin sees it, and whether to publish. */
export interface VariantEdit {
  readonly name?: unknown;
  readonly office?: unknown;
  readonly number?: unknown;
  readonly calendar?: unknown;
  readonly roles?: unknown;
  readonly steps?: unknown;
  readonly extends?: unknown;
  readonly publish?: unknown;
  /** Dasar hukum, one text per item; `dates` (YYYY-MM-DD each), `approvedBy` and `caps` as in the definition. Left out: kept as stored. */
  readonly legalBasis?: unknown;
  readonly dates?: unknown;
  readonly approvedBy?: unknown;
  readonly caps?: unknown;
  /** The printed layout (kop, boxes, columns); left out: kept as stored. Sent when an imported draft is derived from a variant (its columns renamed). */
  readonly document?: unknown;
}

/** A new version label: the day of publishing in the variant's zone, `.2`, `.3`… when published again that day. */
export function nextVersion(current: string | null, now: Date, zone: string): string {
  const day = DateTime.fromJSDate(now).setZone(zone).toISODate() ?? now.toISOString().slice(0, 10);
  if (current === null || !current.startsWith(day)) return day;
  const n = Number(current.slice(day.length + 1) || '1');
  return `${day}.${Number.isInteger(n) ? n + 1 : 2}`;
}

/**
 * The definition an edit describes and its problems placed on rows (none: it may be saved).
 * Throws 400 only when the edit is not a table at all (`steps` not a list of objects).
 */
export function checkVariantEdit(
  defs: Definitions,
  id: string,
  edit: VariantEdit,
  current: { version: string; stored: SopDefinition | undefined },
  locale: Locale,
): { definition: SopDefinition; calendar: string | null; sop: ResolvedSop | null; issues: EditorIssue[] } {
  const steps = edit.steps;
  if (!Array.isArray(steps) || steps.some((step) => step === null || typeof step !== 'object' || Array.isArray(step))) {
    throw httpError(400, text('"steps" harus daftar langkah.', '"steps" must be a list of steps.'), {}, locale);
  }
  const base = typeof edit.extends === 'string' && edit.extends !== '' ? edit.extends : null;
  if (base === id) throw httpError(400, text('Varian tidak bisa diturunkan dari dirinya sendiri.', 'A variant cannot be derived from itself.'), {}, locale);
  const baseSteps = base && defs.sops.ids.includes(base) ? defs.sops.get(base).sop.steps : null;
  if (base && !baseSteps) throw httpError(400, text(`SOP dasar "${base}" tidak ada.`, `Base SOP "${base}" does not exist.`), {}, locale);
  const stored = current.stored;
  const optional = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  // An object's empty texts left out ({} as nothing): the dates a form sends with blank fields.
  const compact = (value: unknown) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const kept = Object.entries(value).filter(([, v]) => v !== '' && v !== null && v !== undefined);
    return kept.length ? Object.fromEntries(kept) : undefined;
  };
  // A derived variant keeps only what differs from its base (the rest it inherits); an empty list is no list.
  const baseSop = base && defs.sops.ids.includes(base) ? defs.sops.get(base).sop : null;
  const own = <K extends 'legalBasis' | 'dates' | 'approvedBy' | 'caps'>(key: K, value: unknown) => {
    if (Array.isArray(value) && value.length === 0) return baseSop && (baseSop[key] as unknown[] | undefined)?.length ? value : undefined;
    if (baseSop && JSON.stringify(value ?? null) === JSON.stringify(baseSop[key] ?? null)) return undefined;
    return value;
  };
  let changes: SopDefinition['changes'];
  if (baseSteps) {
    try {
      changes = deriveChanges(baseSteps, steps as SopStep[]);
    } catch (error) {
      if (!(error instanceof AlurError)) throw error;
      return {
        definition: { schemaVersion: 1, id, version: current.version, name: '', office: '' },
        calendar: null,
        sop: null,
        issues: [{ path: ['steps'], row: null, field: null, where: { id: 'Langkah', en: 'Steps' }, ...error.text }],
      };
    }
  }
  const definition = Object.fromEntries(
    Object.entries({
      schemaVersion: 1,
      id,
      version: current.version,
      name: typeof edit.name === 'string' ? edit.name.trim() : edit.name,
      office: typeof edit.office === 'string' ? edit.office.trim() : edit.office,
      number: optional(edit.number),
      legalBasis: own(
        'legalBasis',
        edit.legalBasis === undefined
          ? stored?.legalBasis
          : Array.isArray(edit.legalBasis)
            ? edit.legalBasis.map((item) => (typeof item === 'string' ? item.trim() : item)).filter((item) => item !== '')
            : edit.legalBasis,
      ),
      dates: own('dates', edit.dates === undefined ? stored?.dates : compact(edit.dates)),
      approvedBy: own('approvedBy', edit.approvedBy === undefined ? stored?.approvedBy : optional(edit.approvedBy)),
      source: stored?.source,
      // The printed document's layout (kop, boxes, column order, catalog) is not edited in the table: kept as stored unless sent.
      document: edit.document === undefined ? stored?.document : edit.document,
      calendar: optional(edit.calendar),
      roles: edit.roles,
      start: base ? undefined : stored?.start,
      caps: own('caps', edit.caps === undefined ? stored?.caps : edit.caps),
      ...(baseSteps ? { extends: base, changes } : { steps }),
    }).filter(([, value]) => value !== undefined),
  ) as SopDefinition;
  const result = validateSop(definition, { lookup: (other) => (other === id ? undefined : defs.sops.definition(other)), calendars: defs.calendars });
  return result.ok
    ? { definition, calendar: result.sop.calendar, sop: result.sop, issues: [] }
    : { definition, calendar: null, sop: null, issues: editorIssues(result.issues, steps as SopStep[]) };
}

/** The Directus services the save goes through (so the edit has its activity and revisions). */
export interface ItemsWriter {
  createOne(data: Record<string, unknown>): Promise<unknown>;
  updateOne(id: string, data: Record<string, unknown>): Promise<unknown>;
}

/**
 * Saves an edit of variant `id` (or creates it): checked as a whole first, then written with
 * its steps in one Directus save. Publishing gives a new version label and makes the variant
 * take requests; an active variant is always published (running requests keep the definition
 * they started with). Returns the saved definition's version and status.
 */
export async function saveVariant(
  db: Db,
  defs: Definitions,
  writer: ItemsWriter,
  id: string,
  edit: VariantEdit,
  now: Date,
  locale: Locale,
  extra: Record<string, unknown> = {},
): Promise<{ version: string; status: 'active' | 'draft' | 'archived'; created: boolean }> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    throw httpError(
      400,
      text('Kode varian: hanya huruf kecil, angka dan tanda hubung.', 'Variant id: lower-case letters, digits and hyphens only.'),
      {},
      locale,
    );
  const row = await db('alur_sop_variants').where({ id }).first();
  const existing = row ? fromDb<VariantRow>('alur_sop_variants', row) : undefined;
  // A new variant may be an imported draft that waited to validate: it starts from that draft and takes its review.
  const pending = existing ? null : await pendingImport(db, id);
  const status = existing?.status ?? 'draft';
  const publish = edit.publish === true || status === 'active';
  const checked = checkVariantEdit(defs, id, edit, { version: existing?.version ?? 'draf', stored: defs.sops.definition(id) ?? pending?.definition }, locale);
  if (checked.issues.length > 0 || checked.calendar === null) {
    throw httpError(
      422,
      text('Varian SOP belum benar; periksa masalah di tiap langkah.', 'The SOP variant is not valid yet; see the problems on each step.'),
      { reason: 'INVALID_SOP', issues: checked.issues },
      locale,
    );
  }
  const version = publish ? nextVersion(existing?.version ?? null, now, defs.calendars.get(checked.calendar).zone) : checked.definition.version;
  const definition = { ...checked.definition, version };
  const { variant, steps } = variantToRows(definition, { builtin: existing?.builtin === true || (existing?.builtin as unknown) === 1 });
  const { id: _id, ...fields } = variant;
  // An imported draft's cells to check: a cell whose value the admin changed is checked.
  const review = row ? importReviewOf(row) : (pending?.review ?? null);
  const data = {
    ...fields,
    status: publish ? 'active' : status,
    steps,
    // Read in the resolved SOP: a derived variant stores its changes, not its steps.
    ...(review ? { import_review: remainingReview(review, checked.sop ?? definition) } : {}),
    ...extra,
  };
  if (existing) await writer.updateOne(id, data);
  else {
    await writer.createOne({ id, ...data });
    if (pending) await dropPendingImport(db, id);
  }
  return { version, status: publish ? 'active' : status, created: !existing };
}
