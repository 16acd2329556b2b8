import { z } from 'zod';

const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'slug' });
const Text = z.string().trim().min(1, { error: 'text' });
const CivilDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date' });

/** The format version this package reads. */
export const SOP_SCHEMA_VERSION = 1;

/**
 * Who acts in an SOP: a column of the SOP table. `requester` roles belong to the OPD that
 * asks for the application (their time pauses the office's SLA); `staff` roles belong to
 * the office that runs the SOP.
 */
export const SopRole = z
  .object({
    id: Slug,
    name: Text,
    kind: z.enum(['requester', 'staff']),
    description: z.string().optional(),
  })
  .strict();
export type SopRole = z.infer<typeof SopRole>;

/**
 * A named input (Kelengkapan) or output of a step. `key` names the document kind (shared
 * with `@alur/forms` where a form exists, e.g. `surat-permohonan`, `kak`); `label` is the
 * seed's own wording. `optional` items do not block completing the step.
 *
 * Who produces an output (`by`, outputs only):
 * - `'act'`: the act that completes the step is the output, and records it: a disposition
 *   (who, to whom, the instruction, when), a decision's Tanggapan (ACCEPT/REJECT with its
 *   reason), a letter's registration. Nobody attaches it. The default for the outputs of a
 *   disposition step (`kind: 'disposition'`).
 * - `'actor'`: the step's actor attaches it (a report, a design, a file) with the event that
 *   completes the step, which is refused without it unless it is `optional`. The default
 *   for every other step.
 *
 * @example
 * ```ts
 * import { SopItem } from '@alur/core';
 * SopItem.parse({ key: 'tanggapan-hasil', label: 'Tanggapan atas hasil', by: 'act' });
 * ```
 */
export const SopItem = z
  .object({
    key: Slug,
    label: Text,
    kind: z.enum(['document', 'data']).optional(),
    optional: z.boolean().optional(),
    by: z.enum(['act', 'actor']).optional(),
    /**
     * `false`: required (or produced) but not printed in the table's cell, because another
     * document of the office asks for it (seed 003's catalog: "Mengisi formulir layanan").
     * The step's `note` names that document.
     */
    printed: z.boolean().optional(),
  })
  .strict();
export type SopItem = z.infer<typeof SopItem>;

/** A yes/no decision taken by the step's actor ("jika menyetujui ... jika tidak ..."). */
export const SopDecision = z
  .object({
    question: Text,
    yes: Slug,
    no: Slug,
    yesLabel: z.string().optional(),
    noLabel: z.string().optional(),
  })
  .strict();
export type SopDecision = z.infer<typeof SopDecision>;

/**
 * An automatic branch on a field of the request's data, e.g. the Babel service desk's
 * follow-up service (`layanan`: rekomendasi, hosting, uji-kelaikan).
 */
export const SopRoute = z
  .object({
    field: Slug,
    label: Text,
    cases: z.array(z.object({ value: Slug, label: Text, next: Slug }).strict()).min(1, { error: 'cases' }),
  })
  .strict();
export type SopRoute = z.infer<typeof SopRoute>;

/**
 * One row of the SOP table. A step is a task unless `kind` says it is a disposition or it has
 * a `decision`. Exactly one of `next`, `decision`, `route` or `end` says what
 * follows. `waktu` is the seed's text ("1 Hari Kerja", "3-5 hari kerja", "30 menit",
 * "Sesuai Jadwal"); without it the step has no time limit. `participants` are the other
 * actors marked on the row. `note` is the Keterangan column, and where the seed is
 * ambiguous, the choice made, in words.
 */
export const SopStep = z
  .object({
    id: Slug,
    no: Text,
    description: Text,
    actor: Slug,
    /** `disposition`: the actor forwards with a written instruction (completed with DISPOSE). */
    kind: z.enum(['task', 'disposition']).optional(),
    participants: z.array(Slug).optional(),
    kelengkapan: z.array(SopItem).optional(),
    waktu: z.string().optional(),
    outputs: z.array(SopItem).optional(),
    /**
     * Documents (item keys) the step works with beyond its printed Kelengkapan, such as a form
     * filed with the request: not printed and not required. Their secret fields (a test
     * account) may be revealed, audited, to this step's actor and participants.
     */
    uses: z.array(Slug).optional(),
    next: Slug.optional(),
    decision: SopDecision.optional(),
    route: SopRoute.optional(),
    end: z.literal(true).optional(),
    /** The step waits on the requester: its clock does not count against the office. */
    requesterTime: z.boolean().optional(),
    /**
     * "Sesuai Jadwal": the data item (an output of an earlier step) whose date is this step's
     * deadline, e.g. the development schedule.
     */
    scheduleFrom: Slug.optional(),
    /**
     * Text the seed prints in an actor's column on this row (seed 001 writes the document handed
     * over, "Surat Permintaan Aplikasi", or a work product, "Design Web"), by role id. Printed
     * under the flowchart; it does not make that role an actor of the step.
     */
    cells: z.record(Slug, Text).optional(),
    /**
     * The time limit the SLA counts when another document of the office sets a different one than
     * the printed `waktu` (seed 003: its SOP table prints "1-5 hari kerja" for hosting and
     * integration, its service catalog promises 1-3). The document prints `waktu` with a
     * footnote naming `source`.
     */
    sla: z.object({ waktu: Text, source: Text }).strict().optional(),
    /** The Keterangan column as printed (most seeds leave it empty). */
    keterangan: z.string().optional(),
    /**
     * What a reader of the definition should know and the signed document does not say: where
     * the seed is ambiguous, the choice made and why. Printed only on request (`notes`).
     */
    note: z.string().optional(),
  })
  .strict();
export type SopStep = z.infer<typeof SopStep>;

const Paragraphs = z.array(Text);

/**
 * A printed actor column, or a group of them under a shared header (seed 001's "Bidang
 * Aplikasi Informatika" over Kabid and Kasi).
 */
export const SopColumn = z.union([Slug, z.object({ group: Text, roles: z.array(Slug).min(1, { error: 'cases' }) }).strict()]);
export type SopColumn = z.infer<typeof SopColumn>;

/** One row of a service catalog (Katalog Layanan): a label and its text, paragraph by paragraph. */
export const SopCatalogEntry = z.object({ label: Text, text: Paragraphs }).strict();
export type SopCatalogEntry = z.infer<typeof SopCatalogEntry>;

/**
 * A service catalog published beside the SOP (seed 003's Katalog Layanan): its number and date,
 * its rows as printed, and the availability it promises ("Ketersediaan yang Dijamin 90 %"),
 * which the SLA report measures.
 */
export const SopCatalog = z
  .object({
    title: Text,
    number: z.string().optional(),
    date: CivilDate.optional(),
    entries: z.array(SopCatalogEntry),
    /** The promised share of working hours the service answers, 0–1 (0.9 for "90 %"). */
    availability: z.number().min(0).max(1).optional(),
  })
  .strict();
export type SopCatalog = z.infer<typeof SopCatalog>;

/**
 * The parts of the signed document (Permen PANRB 35/2012) around the procedure table: the kop,
 * the boxes beside Dasar Hukum, the printed actor columns, a guideline's Pendahuluan and a
 * service catalog. Every part is optional; what is missing is printed empty, as the seeds do.
 *
 * @example
 * ```ts
 * import { SopDocument } from '@alur/core';
 * SopDocument.parse({
 *   heading: ['PEMERINTAH KABUPATEN X', 'DINAS KOMUNIKASI DAN INFORMATIKA'],
 *   qualifications: ['ASN dengan kemampuan penguasaan komputer'],
 *   columns: ['opd', { group: 'Bidang Aplikasi', roles: ['kabid', 'kasi'] }],
 * });
 * ```
 */
export const SopDocument = z
  .object({
    /** Kop: the lines above the title (government, office, unit, address), as printed. */
    heading: Paragraphs.optional(),
    /** Pendahuluan of a guideline (Pedoman Teknis): Deskripsi, Tujuan, Manfaat. */
    introduction: z.object({ description: Paragraphs.optional(), purpose: Paragraphs.optional(), benefits: Paragraphs.optional() }).strict().optional(),
    /** Kualifikasi Pelaksana. */
    qualifications: Paragraphs.optional(),
    /** Keterkaitan (related SOPs). */
    related: Paragraphs.optional(),
    /** Peralatan/Perlengkapan. */
    equipment: Paragraphs.optional(),
    /** Peringatan. */
    warnings: Paragraphs.optional(),
    /** Pencatatan dan Pendataan. */
    records: Paragraphs.optional(),
    /**
     * The actor columns in the seed's printed order. Roles acting in the steps but not listed
     * are appended, marked as not printed in the seed (see the document's notes).
     */
    columns: z.array(SopColumn).optional(),
    catalog: SopCatalog.optional(),
  })
  .strict();
export type SopDocument = z.infer<typeof SopDocument>;

/** An overall time cap over a span of steps (`from` entered until `to` completed). */
export const SopCap = z.object({ waktu: Text, from: Slug, to: Slug, note: z.string().optional() }).strict();
export type SopCap = z.infer<typeof SopCap>;

/** Changes a derived SOP makes to its base (`extends`), applied in this order. */
export const SopPatch = z
  .object({
    remove: z.array(Slug).optional(),
    replace: z.array(SopStep).optional(),
    add: z.array(z.object({ after: Slug, step: SopStep }).strict()).optional(),
    update: z
      .array(
        z
          .object({
            id: Slug,
            no: Text.optional(),
            actor: Slug.optional(),
            participants: z.array(Slug).optional(),
            waktu: z.string().optional(),
            description: Text.optional(),
            next: Slug.optional(),
            keterangan: z.string().optional(),
            note: z.string().optional(),
          })
          .strict(),
      )
      .optional(),
    order: z.array(Slug).optional(),
  })
  .strict();
export type SopPatch = z.infer<typeof SopPatch>;

/**
 * An SOP as data: what an admin edits and what the engine runs. JSON-serialisable and
 * versioned (`schemaVersion` is the format, `version` the SOP's own revision).
 *
 * A derived SOP names its base in `extends` and lists `changes`; it inherits every other
 * field, and may override identity fields, roles (merged by id) and the calendar.
 *
 * @example
 * ```ts
 * import { SopDefinition } from '@alur/core';
 * const mine = SopDefinition.parse({
 *   schemaVersion: 1,
 *   id: 'kab-x',
 *   version: '1',
 *   name: 'Layanan Permohonan Pembuatan Aplikasi Kabupaten X',
 *   office: 'Diskominfo Kabupaten X',
 *   extends: 'sumbawa',
 *   changes: { update: [{ id: 'disposisi-kadis', waktu: '2 Hari Kerja' }] },
 * });
 * ```
 */
export const SopDefinition = z
  .object({
    schemaVersion: z.literal(SOP_SCHEMA_VERSION, { error: 'schemaVersion' }),
    id: Slug,
    version: Text,
    name: Text,
    office: Text,
    number: z.string().optional(),
    legalBasis: z.array(Text).optional(),
    dates: z
      .object({
        created: CivilDate.optional(),
        revised: CivilDate.optional(),
        effective: CivilDate.optional(),
      })
      .strict()
      .optional(),
    approvedBy: z.string().optional(),
    source: z.string().optional(),
    document: SopDocument.optional(),
    calendar: Slug.optional(),
    roles: z.array(SopRole).optional(),
    steps: z.array(SopStep).optional(),
    start: Slug.optional(),
    caps: z.array(SopCap).optional(),
    extends: Slug.optional(),
    changes: SopPatch.optional(),
  })
  .strict();
export type SopDefinition = z.infer<typeof SopDefinition>;

/** Bilingual texts for the checks named in the schema. */
export const sopDefinitionTexts = {
  slug: { id: 'hanya huruf kecil, angka dan tanda hubung', en: 'lower-case letters, digits and hyphens only' },
  text: { id: 'tidak boleh kosong', en: 'must not be empty' },
  date: { id: 'tanggal harus YYYY-MM-DD', en: 'date must be YYYY-MM-DD' },
  cases: { id: 'minimal satu pilihan', en: 'at least one case' },
  schemaVersion: {
    id: `versi format harus ${SOP_SCHEMA_VERSION}`,
    en: `format version must be ${SOP_SCHEMA_VERSION}`,
  },
} as const;
