import type { Locale, LocalizedText } from './alur-error.js';
import type { SopPatch, SopStep } from './sop-definition.js';

/**
 * What {@link describeIssuePath} reads: the steps (for their printed numbers) and the
 * changes of a derived SOP (for the ids of the steps they name). An `SopDefinition`, a
 * `ResolvedSop` or just `{ steps }` will do; a definition that failed validation is read
 * defensively.
 */
export interface IssuePathSource {
  readonly steps?: readonly SopStep[] | undefined;
  readonly changes?: SopPatch | undefined;
}

/** A place in the definition: its label, what is inside it, and how an item of a list is named. */
interface Place {
  readonly label: LocalizedText;
  readonly fields?: Readonly<Record<string, Place>>;
  /** For a list: the place of each item, named by {@link Place.name} or by the list's label and its number from 1. */
  readonly item?: Place;
  readonly name?: (item: unknown, index: number) => LocalizedText;
  /** The list's label stays before its item's name ("Perubahan · Ubah · Langkah "x""); else the name replaces it ("Peran 2"). */
  readonly keepLabel?: boolean;
}

const t = (id: string, en: string = id): LocalizedText => ({ id, en });
const place = (label: LocalizedText, fields?: Record<string, Place>): Place => (fields ? { label, fields } : { label });
const list = (label: LocalizedText, item?: Place, name?: Place['name'], keepLabel = false): Place => ({
  label,
  item: item ?? place(label),
  ...(name ? { name } : {}),
  ...(keepLabel ? { keepLabel } : {}),
});

const get = (from: unknown, key: string | number): unknown =>
  typeof from === 'object' && from !== null ? (from as Record<string | number, unknown>)[key] : undefined;

/** "Langkah No 4" / "Step No 4": the step's own printed number, else its place from 1. */
const stepName = (step: unknown, index: number): LocalizedText => {
  const no = get(step, 'no');
  const shown = typeof no === 'string' && no.trim() !== '' ? no.trim() : String(index + 1);
  return t(`Langkah No ${shown}`, `Step No ${shown}`);
};

/** `Langkah "disposisi-kadis"` / `Step "disposisi-kadis"`: a step of the base named by its id. */
const stepById = (id: unknown, index: number): LocalizedText =>
  typeof id === 'string' && id !== '' ? t(`Langkah "${id}"`, `Step "${id}"`) : t(`Langkah ${index + 1}`, `Step ${index + 1}`);

const item = place(t('Butir', 'Item'), {
  key: place(t('Kunci', 'Key')),
  label: place(t('Nama', 'Name')),
  kind: place(t('Jenis', 'Kind')),
  optional: place(t('Opsional', 'Optional')),
  by: place(t('Oleh', 'By')),
  printed: place(t('Tercetak', 'Printed')),
});

// The columns the SOP table prints keep their Indonesian names in English too ("Step No 4 · Waktu").
const stepFields: Record<string, Place> = {
  id: place(t('id')),
  no: place(t('No')),
  description: place(t('Uraian Kegiatan')),
  actor: place(t('Pelaksana')),
  kind: place(t('Jenis', 'Kind')),
  participants: list(t('Pelaksana lain', 'Other actor')),
  kelengkapan: list(t('Kelengkapan'), item),
  waktu: place(t('Waktu')),
  outputs: list(t('Output'), item),
  uses: list(t('Dokumen yang dipakai', 'Document used')),
  next: place(t('Langkah berikutnya', 'Next step')),
  decision: place(t('Keputusan', 'Decision'), {
    question: place(t('Pertanyaan', 'Question')),
    yes: place(t('Jika ya', 'If yes')),
    no: place(t('Jika tidak', 'If no')),
    yesLabel: place(t('Label ya', 'Yes label')),
    noLabel: place(t('Label tidak', 'No label')),
  }),
  route: place(t('Percabangan', 'Route'), {
    field: place(t('Isian', 'Field')),
    label: place(t('Label')),
    cases: list(
      t('Pilihan', 'Case'),
      place(t('Pilihan', 'Case'), { value: place(t('Nilai', 'Value')), label: place(t('Label')), next: place(t('Langkah berikutnya', 'Next step')) }),
    ),
  }),
  end: place(t('Akhir', 'End')),
  requesterTime: place(t('Waktu pemohon', 'Requester time')),
  scheduleFrom: place(t('Jadwal dari', 'Schedule from')),
  cells: place(t('Isi kolom', 'Column text')),
  sla: place(t('SLA'), { waktu: place(t('Waktu')), source: place(t('Sumber', 'Source')) }),
  keterangan: place(t('Keterangan')),
  note: place(t('Catatan', 'Note')),
};
const step = place(t('Langkah', 'Step'), stepFields);

const paragraphs = (label: LocalizedText) => list(label, place(t('Paragraf', 'Paragraph')));

const root = place(t(''), {
  schemaVersion: place(t('Versi format', 'Format version')),
  id: place(t('id')),
  version: place(t('Versi', 'Version')),
  name: place(t('Nama', 'Name')),
  office: place(t('Instansi', 'Office')),
  number: place(t('Nomor SOP', 'SOP number')),
  legalBasis: list(t('Dasar hukum', 'Legal basis')),
  dates: place(t('Tanggal', 'Dates'), {
    created: place(t('Pembuatan', 'Created')),
    revised: place(t('Revisi', 'Revised')),
    effective: place(t('Efektif', 'Effective')),
  }),
  approvedBy: place(t('Disahkan oleh', 'Approved by')),
  source: place(t('Sumber', 'Source')),
  document: place(t('Dokumen', 'Document'), {
    heading: paragraphs(t('Kop', 'Heading')),
    introduction: place(t('Pendahuluan', 'Introduction'), {
      description: paragraphs(t('Deskripsi', 'Description')),
      purpose: paragraphs(t('Tujuan', 'Purpose')),
      benefits: paragraphs(t('Manfaat', 'Benefits')),
    }),
    qualifications: paragraphs(t('Kualifikasi Pelaksana', 'Qualifications')),
    related: paragraphs(t('Keterkaitan', 'Related')),
    equipment: paragraphs(t('Peralatan/Perlengkapan', 'Equipment')),
    warnings: paragraphs(t('Peringatan', 'Warnings')),
    records: paragraphs(t('Pencatatan dan Pendataan', 'Records')),
    columns: list(t('Kolom', 'Column'), place(t('Kolom', 'Column'), { group: place(t('Kelompok', 'Group')), roles: list(t('Peran', 'Role')) })),
    catalog: place(t('Katalog Layanan', 'Service catalog'), {
      title: place(t('Judul', 'Title')),
      number: place(t('Nomor', 'Number')),
      date: place(t('Tanggal', 'Date')),
      entries: list(t('Baris', 'Row'), place(t('Baris', 'Row'), { label: place(t('Label')), text: paragraphs(t('Teks', 'Text')) })),
      availability: place(t('Ketersediaan', 'Availability')),
    }),
  }),
  calendar: place(t('Kalender', 'Calendar')),
  roles: list(
    t('Peran', 'Role'),
    place(t('Peran', 'Role'), {
      id: place(t('id')),
      name: place(t('Nama', 'Name')),
      kind: place(t('Jenis', 'Kind')),
      description: place(t('Uraian', 'Description')),
    }),
  ),
  steps: list(t('Langkah', 'Step'), step, stepName),
  start: place(t('Langkah awal', 'Start step')),
  caps: list(
    t('Batas waktu keseluruhan', 'Overall cap'),
    place(t('Batas waktu keseluruhan', 'Overall cap'), {
      waktu: place(t('Waktu')),
      from: place(t('Dari langkah', 'From step')),
      to: place(t('Sampai langkah', 'To step')),
      note: place(t('Catatan', 'Note')),
    }),
  ),
  extends: place(t('SOP dasar', 'Base SOP')),
  changes: place(t('Perubahan', 'Changes'), {
    remove: list(t('Hapus', 'Remove'), place(t('Langkah', 'Step')), stepById, true),
    replace: list(t('Ganti', 'Replace'), step, stepName, true),
    add: list(
      t('Tambah', 'Add'),
      // The added step is named at its item ("Tambah · Langkah No 5 · Waktu"), so `step` adds no part of its own.
      place(t('Tambah', 'Add'), { after: place(t('Setelah', 'After')), step: { ...step, label: t('') } }),
      (added, index) => stepName(get(added, 'step'), index),
      true,
    ),
    update: list(t('Ubah', 'Update'), place(t('Ubah', 'Update'), stepFields), (updated, index) => stepById(get(updated, 'id'), index), true),
    order: list(t('Urutan', 'Order'), place(t('Langkah', 'Step')), stepById, true),
  }),
});

/**
 * Names the place of an issue in an SOP definition the way the SOP does: steps by their
 * printed number (`no`, "Langkah No 4"), fields by the columns of the SOP table ("Waktu",
 * "Pelaksana", "Kelengkapan"), other lists by their position from 1 ("Peran 2"), and a
 * derived SOP's changes by the id of the step they change. Parts are joined with " · ". An
 * unknown key is shown as it is; an empty path gives "".
 *
 * Without `locale` it gives both languages (as `LocalizedText`); with it, the one asked.
 * `validateSop` puts this on each issue as `where`.
 *
 * @example
 * ```ts
 * import { builtinSopDefinitions, describeIssuePath } from '@alur/core';
 * const babel = builtinSopDefinitions.find((sop) => sop.id === 'babel')!;
 * console.log(describeIssuePath(babel, ['steps', 3, 'waktu'], 'id')); // the fourth row's own number
 * // Langkah No 4 · Waktu
 * console.log(describeIssuePath(babel, ['roles', 1, 'name']).en);
 * // Role 2 · Name
 * ```
 */
export function describeIssuePath(sop: IssuePathSource | undefined, path: readonly (string | number)[]): LocalizedText;
export function describeIssuePath(sop: IssuePathSource | undefined, path: readonly (string | number)[], locale: Locale): string;
export function describeIssuePath(sop: IssuePathSource | undefined, path: readonly (string | number)[], locale?: Locale): LocalizedText | string {
  const parts: LocalizedText[] = [];
  let at: Place | undefined = root;
  let value: unknown = sop;
  for (const segment of path) {
    const parent: Place | undefined = at;
    value = get(value, segment);
    if (typeof segment === 'number') {
      if (parent?.item) {
        const named = parent.name?.(value, segment) ?? t(`${parent.label.id} ${segment + 1}`, `${parent.label.en} ${segment + 1}`);
        // The list's own label gives way to the item's name ("Langkah" + 3 → "Langkah No 4").
        if (!parent.keepLabel && parts.at(-1) === parent.label) parts.pop();
        parts.push(named);
        at = parent.item;
      } else {
        parts.push(t(String(segment + 1)));
        at = undefined;
      }
      continue;
    }
    const field: Place | undefined = parent?.fields?.[segment];
    parts.push(field ? field.label : t(segment));
    at = field;
  }
  const shown = parts.filter((part) => part.id !== '');
  const joined = t(shown.map((part) => part.id).join(' · '), shown.map((part) => part.en).join(' · '));
  return locale === undefined ? joined : joined[locale];
}
