/**
 * Import of an office's existing SOP document: the procedure table of Permen PANRB 35/2012
 * (pasted from Word as tab-separated text) into a draft SOP definition, with every cell the
 * importer had to guess listed for a person to confirm (`@alur/core/import`).
 *
 * @example
 * ```ts
 * import { importSop } from '@alur/core/import';
 * const { definition, review, table } = importSop(pastedText);
 * table.found; // 'panrb'
 * for (const item of review) console.log(item.path.join('.'), item.confidence, item.reason.id);
 * ```
 *
 * @module import
 */
import { AlurError, type AlurIssue, type LocalizedText } from './alur-error.js';
import { type DraftRole, Roles } from './internal/import/actors.js';
import { inheritUnprinted, matchItemKeys, matchVariant, type VariantMatch } from './internal/import/closest.js';
import { docxText } from './internal/import/docx.js';
import { buildSteps, discoverRoles } from './internal/import/draft.js';
import { readFront } from './internal/import/front.js';
import { Review, type ReviewItem, t } from './internal/import/review.js';
import { type ColumnKind, readTable } from './internal/import/table.js';
import { clean, slugify, sourceLines, titleCase } from './internal/import/text.js';
import { describeIssuePath } from './describe-issue-path.js';
import type { SopCap, SopColumn, SopDefinition, SopDocument, SopRole, SopStep } from './sop-definition.js';
import { type SopLookup, validateSop } from './validate-sop.js';

export type { AlurIssue, LocalizedText };
export type { DraftPath, ReviewItem } from './internal/import/review.js';
export type { ColumnKind } from './internal/import/table.js';
export type { VariantMatch } from './internal/import/closest.js';

/** Options of {@link importSop}. */
export interface ImportSopOptions {
  /** The draft's id (a slug); by default made from the SOP's name. */
  readonly id?: string;
  /** Where the text comes from (a file name), kept in the draft's `source`. */
  readonly source?: string;
  /**
   * The working calendar of the draft (a calendar id). By default the national calendar
   * `id-nasional`, marked for review: the document does not name one.
   */
  readonly calendar?: string;
  /** Finds SOPs named by `extends`, for validation (a draft has none unless edited). */
  readonly lookup?: SopLookup;
}

/** The procedure table the importer found, column by column. */
export interface ImportedTable {
  /**
   * `panrb`: a Permen PANRB 35/2012 table (actor columns, Mutu Baku); `simple`: a table of
   * stages without actor columns or Mutu Baku (a guideline's Tahapan); `none`: no procedure
   * table (no header row opening with "No" and an Uraian column).
   */
  readonly found: 'panrb' | 'simple' | 'none';
  /** 1-based line of the header row. */
  readonly line?: number;
  /** The columns in printed order, as read. */
  readonly columns: readonly { readonly kind: ColumnKind; readonly label: string; readonly group?: string }[];
  /** Rows read (steps before any split). */
  readonly rows: number;
}

/** The result of {@link importSop}. */
export interface SopImport {
  /** The draft: a `SopDefinition` (it may not validate; each problem is a review item). */
  readonly definition: SopDefinition;
  /** Every doubtful cell, and every validation problem of the draft, for a person to confirm. */
  readonly review: readonly ReviewItem[];
  readonly table: ImportedTable;
  /** The draft passes `validateSop` as it is. */
  readonly valid: boolean;
}

const ORDER = ['name', 'office', 'number', 'dates', 'approvedBy', 'legalBasis', 'calendar', 'document', 'roles', 'start', 'steps', 'caps'];

/** Review items in the order of the draft: identity, document, roles, then step by step (stable within a place). */
function placeInOrder(items: readonly ReviewItem[]): ReviewItem[] {
  const rank = (item: ReviewItem) => {
    const top = ORDER.indexOf(String(item.path[0]));
    return [top < 0 ? ORDER.length : top, typeof item.path[1] === 'number' ? item.path[1] : -1];
  };
  return items
    .map((item, i) => ({ item, i, rank: rank(item) }))
    .sort((a, b) => a.rank[0]! - b.rank[0]! || a.rank[1]! - b.rank[1]! || a.i - b.i)
    .map(({ item }) => item);
}

/** A role name from a column header: capitals as a title ("KADIS KOMINFO" → "Kadis Kominfo"). */
const headerName = (label: string) => titleCase(label.replace(/\s+/g, ' ').trim());

function columnRoles(
  table: NonNullable<ReturnType<typeof readTable>>,
  qualifications: { name: string; description?: string }[],
  roles: Roles,
  review: Review,
): DraftRole[] {
  const numbered = table.actors.length > 0 && table.actors.every((actor) => /^\d+$/.test(actor.label));
  const fromQualifications = numbered && qualifications.length === table.actors.length;
  return table.actors.map((actor, i) => {
    if (fromQualifications) {
      const q = qualifications[i]!;
      const role = roles.add(q.name, { column: i, ...(q.description ? { description: q.description } : {}) });
      review.add(
        ['roles', roles.list.length - 1, 'name'],
        0.5,
        t(
          `kolom pelaksana hanya bernomor ("${actor.label}"); nama diambil dari Kualifikasi Pelaksana butir ${i + 1}`,
          `the actor column is only numbered ("${actor.label}"); the name is taken from Kualifikasi Pelaksana item ${i + 1}`,
        ),
        q.name,
      );
      return role;
    }
    // A one-word column under a group header ("Kabid" under "Bidang Aplikasi Informatika") is that group's.
    const name = numbered
      ? `Pelaksana ${actor.label}`
      : actor.group && !/\s/.test(actor.label.trim())
        ? `${headerName(actor.label)} ${headerName(actor.group)}`
        : headerName(actor.label);
    const role = roles.add(name, {
      column: i,
      ...(actor.group ? { group: actor.group, description: `Kolom "${actor.label}" di bawah "${headerName(actor.group)}".` } : {}),
    });
    if (numbered) {
      review.add(
        ['roles', roles.list.length - 1, 'name'],
        0.2,
        t(`kolom pelaksana hanya bernomor ("${actor.label}"); beri nama`, `the actor column is only numbered ("${actor.label}"); name it`),
        actor.label,
      );
    }
    return role;
  });
}

/** The printed actor columns: roles in order, a group header over consecutive roles. */
function printedColumns(roles: readonly DraftRole[]): SopColumn[] {
  const columns: SopColumn[] = [];
  for (const role of roles) {
    const last = columns[columns.length - 1];
    if (role.group && typeof last === 'object' && last.group === headerName(role.group)) last.roles.push(role.id);
    else if (role.group) columns.push({ group: headerName(role.group), roles: [role.id] });
    else columns.push(role.id);
  }
  return columns;
}

/**
 * Reads an SOP document's text (the procedure table as Word copies it: tab-separated cells,
 * one row a line) into a draft SOP definition:
 *
 * - identity (Nomor SOP, Tanggal Pembuatan/Revisi/Efektif, Disahkan oleh, Nama SOP), the kop,
 *   Dasar Hukum and the boxes beside it (Kualifikasi Pelaksana, Keterkaitan,
 *   Peralatan/Perlengkapan, Peringatan, Pencatatan dan Pendataan);
 * - roles from the Pelaksana header in printed order (a group header over several columns
 *   kept), plus roles the Uraian names that have no column;
 * - one step per row: No, Uraian, the actor from the marked column or the Uraian's subject,
 *   participants, Kelengkapan and Output split into items, Waktu as printed (checked with
 *   `parseDuration`), Keterangan, decisions with their "ya"/"tidak" targets, Mulai/Selesai.
 *
 * Every cell the importer had to guess is a {@link ReviewItem} with its path in the draft, a
 * confidence, the reason (Bahasa Indonesia and English) and the source text; a cell read as
 * printed (a marked column, a subject that names a role exactly, a numbered list) has none. The draft then
 * runs through `validateSop`; each problem found becomes a review item too. Text without a
 * procedure table gives an empty draft and a review item saying so: the importer never throws
 * on text.
 *
 * Pure: the result depends on the text and the options only (no clock, no time zone).
 *
 * @throws {AlurError} `INVALID_ARGUMENT` when `text` is not a string.
 */
export function importSop(text: string, options: ImportSopOptions = {}): SopImport {
  if (typeof text !== 'string') {
    throw new AlurError('INVALID_ARGUMENT', { id: 'teks SOP harus berupa string', en: 'the SOP text must be a string' });
  }
  const review = new Review();
  const lines = sourceLines(text);
  const table = readTable(lines);
  const front = readFront(lines, table?.headerAt ?? lines.length, table?.end ?? lines.length, review);
  const roles = new Roles();
  let steps: SopDefinition['steps'] = [];
  let start: string | undefined;
  let caps: SopCap[] = [];
  let printed: DraftRole[] = [];

  if (!table) {
    review.add(
      ['steps'],
      0,
      t(
        'tidak ditemukan tabel prosedur: tidak ada baris judul yang diawali "No" dan kolom uraian (Uraian Kegiatan, Kegiatan, Aktivitas, Tahapan); tempel tabel SOP (format Permen PANRB 35/2012) dari dokumen',
        'no procedure table found: no header row opening with "No" and an Uraian column (Uraian Kegiatan, Kegiatan, Aktivitas, Tahapan); paste the SOP table (Permen PANRB 35/2012 layout) from the document',
      ),
      lines
        .slice(0, 12)
        .map((line) => clean(line.text))
        .filter(Boolean)
        .join(' / '),
      undefined,
      'missing',
    );
  } else {
    const header = lines[table.headerAt]!;
    if (table.kind === 'simple') {
      review.add(
        ['steps'],
        0.3,
        t(
          `bukan tabel Permen PANRB: tabel di baris ${header.n} tidak punya kolom pelaksana maupun Mutu Baku (${table.columns.map((c) => c.label).join(', ')}); diambil ${table.rows.length} tahapan, pelaksana ditebak dari uraian dan keterangan`,
          `not a Permen PANRB table: the table at line ${header.n} has no actor columns and no Mutu Baku (${table.columns.map((c) => c.label).join(', ')}); took ${table.rows.length} stages, actors guessed from the text`,
        ),
        header.text,
        header.n,
        'missing',
      );
    }
    for (const doubt of table.doubts) review.add(['document', 'columns'], doubt.confidence, doubt.reason, doubt.source, doubt.line);
    printed = columnRoles(table, front.qualifications, roles, review);
    const before = roles.list.length;
    discoverRoles(table, roles, table.kind === 'simple');
    roles.list.slice(before).forEach((role, i) => {
      review.add(
        ['roles', before + i],
        0.5,
        t(
          `"${role.name}" tidak punya kolom di tabel; ditambahkan karena disebut sebagai pelaku di uraian (${role.kind === 'requester' ? 'pemohon' : 'petugas'})`,
          `"${role.name}" has no column in the table; added because the Uraian names it as an actor (${role.kind})`,
        ),
        role.discovered?.source ?? role.name,
        role.discovered?.line,
      );
    });
    const built = buildSteps({ table, roles, columnRoles: printed, review });
    steps = built.steps;
    caps = built.caps;
    start = built.start;
    if (steps.length === 0) {
      review.add(
        ['steps'],
        0,
        t(`tabel di baris ${header.n} tidak punya baris bernomor`, `the table at line ${header.n} has no numbered rows`),
        header.text,
        header.n,
        'missing',
      );
    }
  }

  const name = front.name ?? 'SOP hasil impor';
  if (!front.name) review.add(['name'], 0, t('nama SOP tidak ditemukan; isi nama', 'no SOP name found; fill it in'), '', undefined, 'missing');
  const office = front.office ?? '(kantor belum diisi)';
  if (!front.office)
    review.add(
      ['office'],
      0,
      t('nama kantor tidak ditemukan di kop; isi nama kantor', 'no office name in the letterhead; fill it in'),
      '',
      undefined,
      'missing',
    );
  if (options.calendar === undefined) {
    review.add(
      ['calendar'],
      0.5,
      t(
        'dokumen SOP tidak menyebut kalender kerja; dipakai kalender nasional (id-nasional); pilih kalender kantor',
        'the SOP document names no working calendar; the national one (id-nasional) is used; choose the office calendar',
      ),
      '',
      undefined,
      'missing',
    );
  }
  const document: SopDocument = { ...front.document };
  if (printed.length > 0) document.columns = printedColumns(printed);
  const dates = Object.keys(front.dates).length > 0 ? front.dates : undefined;
  const definition: SopDefinition = {
    schemaVersion: 1,
    id: options.id ?? (slugify(name, 48) || 'sop-impor'),
    version: front.dates.effective ?? front.dates.created ?? '1',
    name,
    office,
    ...(front.number ? { number: front.number } : {}),
    ...(front.legalBasis ? { legalBasis: front.legalBasis } : {}),
    ...(dates ? { dates } : {}),
    ...(front.approvedBy ? { approvedBy: front.approvedBy } : {}),
    ...(options.source ? { source: options.source } : {}),
    ...(Object.keys(document).length > 0 ? { document } : {}),
    calendar: options.calendar ?? 'id-nasional',
    roles: roles.list.map((role) => ({ id: role.id, name: role.name, kind: role.kind, ...(role.description ? { description: role.description } : {}) })),
    steps,
    ...(caps.length > 0 ? { caps } : {}),
    ...(start ? { start } : {}),
  };

  const validation = validateSop(definition, options.lookup ? { lookup: options.lookup } : {});
  if (!validation.ok) {
    for (const issue of validation.issues) {
      const stepIndex = issue.path[0] === 'steps' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
      const step = stepIndex === undefined ? undefined : table?.rows.find((row) => row.no === steps?.[stepIndex]?.no);
      review.add(issue.path, 0, issue.message, step?.text ?? '', step?.n, 'invalid');
    }
  }

  return {
    definition,
    review: placeInOrder(review.items).map((item) => ({ ...item, where: describeIssuePath(definition, item.path) })),
    table: table
      ? {
          found: table.kind,
          line: lines[table.headerAt]!.n,
          columns: table.columns.map((c) => ({ kind: c.kind, label: c.label, ...(c.group ? { group: c.group } : {}) })),
          rows: table.rows.length,
        }
      : { found: 'none', columns: [], rows: 0 },
    valid: validation.ok,
  };
}

/**
 * The text of a Word document (.docx) as {@link importSop} reads it: each table row a line with
 * its cells separated by tabs (a merged cell followed by empty ones, as Word's copy gives them),
 * a cell of several paragraphs as `<p>` parts, list paragraphs as `<ol><li>`, other paragraphs a
 * line each. Uses web-standard APIs only (`DecompressionStream`), in the browser and in Node.
 * Text in headers, footers and text boxes is not read.
 *
 * @throws {AlurError} `INVALID_ARGUMENT` when the bytes are not a .docx file (a zip with `word/document.xml`).
 */
export function readDocxText(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  return docxText(bytes);
}

/**
 * {@link importSop} on a Word document (.docx): its text read by {@link readDocxText}. The
 * review items' `source` and `line` refer to that text, which the caller can show beside them.
 *
 * @example
 * ```ts
 * import { importSopDocx } from '@alur/core/import';
 * const { definition, review } = await importSopDocx(new Uint8Array(await file.arrayBuffer()));
 * ```
 *
 * @throws {AlurError} `INVALID_ARGUMENT` when the bytes are not a .docx file.
 */
export async function importSopDocx(bytes: Uint8Array | ArrayBuffer, options: ImportSopOptions = {}): Promise<SopImport & { readonly text: string }> {
  const text = await docxText(bytes);
  return { ...importSop(text, options), text };
}

/** A variant as {@link closestVariant} compares it: a `ResolvedSop` (from `getSop` or a registry) or a definition with its steps. */
export interface VariantToMatch {
  readonly id: string;
  readonly steps: readonly SopStep[];
  readonly roles: readonly SopRole[];
}

/**
 * The variant a draft reads most like, when it is close enough to be derived from it (`extends`)
 * instead of standing alone: steps are paired by the likeness of their Uraian, roles by the actors
 * of the paired steps. `score` is the share of steps paired (over the larger of the two tables);
 * of two variants with the same score, the one whose paired Uraian read more alike (`likeness`)
 * wins, then the one listed first.
 *
 * @example
 * ```ts
 * import { builtinSopDefinitions, getSop } from '@alur/core';
 * import { closestVariant, importSop } from '@alur/core/import';
 * const { definition } = importSop(pastedText);
 * const match = closestVariant(definition, builtinSopDefinitions.map((d) => getSop(d.id)));
 * if (match) console.log(match.base, match.score); // seed 002's table: 'sumbawa' 1
 * ```
 *
 * @param minScore - the least share of paired steps to suggest a variant (default 0.6).
 */
export function closestVariant(draft: SopDefinition, variants: readonly VariantToMatch[], minScore = 0.6): VariantMatch | undefined {
  const own = { steps: draft.steps ?? [], roles: draft.roles ?? [] };
  let best: VariantMatch | undefined;
  for (const variant of variants) {
    if (variant.id === draft.id) continue;
    const match = matchVariant(own, variant);
    if (match.score >= minScore && (!best || match.score > best.score || (match.score === best.score && match.likeness > best.likeness))) best = match;
  }
  return best;
}

/**
 * A draft's steps and roles with the ids of the variant it matched ({@link closestVariant}):
 * paired steps and roles take the variant's ids, and every reference follows (actor,
 * participants, cells, next, decision and route targets, caps, start, the printed columns). Unpaired ones keep
 * theirs (an id the variant uses for something else gets `-impor`). The Kelengkapan and Output
 * of paired steps take the variant's document keys where their labels read alike (so a derived
 * variant keeps the forms bound to them), and a paired step takes from the variant what its
 * printed row cannot say: item kinds, optional items and who records an output, unprinted items,
 * the documents it uses, requester time, the SLA source and, for the same Uraian, the note.
 * Ready to be derived from the variant with `deriveChanges`.
 */
export function renameForVariant(
  draft: SopDefinition,
  match: VariantMatch,
  variant: VariantToMatch,
): { readonly steps: SopStep[]; readonly roles: SopRole[]; readonly caps: SopCap[]; readonly start?: string; readonly document?: SopDocument } {
  const rename = (ids: Readonly<Record<string, string>>, theirs: readonly string[]) => {
    const targets = new Set(Object.values(ids));
    const clash = new Set(theirs.filter((id) => !targets.has(id)));
    return (id: string) => ids[id] ?? (clash.has(id) ? `${id}-impor` : id);
  };
  const step = rename(
    match.steps,
    variant.steps.map((s) => s.id),
  );
  const role = rename(
    match.roles,
    variant.roles.map((r) => r.id),
  );
  const theirs = new Map(variant.steps.map((s) => [s.id, s]));
  const paired = (draft.steps ?? []).map((s) => [s, theirs.get(match.steps[s.id] ?? '')] as const);
  const keys = matchItemKeys(paired.filter((pair): pair is readonly [SopStep, SopStep] => pair[1] !== undefined));
  const key = (k: string) => keys[k] ?? k;
  const steps = paired.map(([s, base]): SopStep => {
    const renamed: SopStep = { ...s, id: step(s.id), actor: role(s.actor) };
    if (s.kelengkapan) renamed.kelengkapan = s.kelengkapan.map((item) => ({ ...item, key: key(item.key) }));
    if (s.outputs) renamed.outputs = s.outputs.map((item) => ({ ...item, key: key(item.key) }));
    if (s.scheduleFrom) renamed.scheduleFrom = key(s.scheduleFrom);
    if (s.participants) renamed.participants = s.participants.map(role);
    if (s.cells) renamed.cells = Object.fromEntries(Object.entries(s.cells).map(([r, cell]) => [role(r), cell]));
    if (s.next !== undefined) renamed.next = step(s.next);
    if (s.decision) renamed.decision = { ...s.decision, yes: step(s.decision.yes), no: step(s.decision.no) };
    if (s.route) renamed.route = { ...s.route, cases: s.route.cases.map((c) => ({ ...c, next: step(c.next) })) };
    return base ? inheritUnprinted(renamed, base) : renamed;
  });
  const roles = (draft.roles ?? []).map((r) => ({ ...r, id: role(r.id) }));
  const caps = (draft.caps ?? []).map((c) => ({ ...c, from: step(c.from), to: step(c.to) }));
  const columns = draft.document?.columns?.map((c): SopColumn => (typeof c === 'string' ? role(c) : { ...c, roles: c.roles.map(role) }));
  return {
    steps,
    roles,
    caps,
    ...(draft.start ? { start: step(draft.start) } : {}),
    ...(draft.document ? { document: { ...draft.document, ...(columns ? { columns } : {}) } } : {}),
  };
}
