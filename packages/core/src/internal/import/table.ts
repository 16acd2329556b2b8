import type { LocalizedText } from '../../alur-error.js';
import { t } from './review.js';
import { clean, runningNumber, type SourceLine } from './text.js';

/** What a column of the procedure table holds. */
export type ColumnKind = 'no' | 'description' | 'actor' | 'kelengkapan' | 'waktu' | 'output' | 'keterangan';

/** A column as read from the header (one or two rows), at its cell position in the data rows. */
export interface TableColumn {
  readonly kind: ColumnKind;
  readonly label: string;
  position: number;
  /** The header over several actor columns ("TIM IT"), when there is one. */
  readonly group?: string;
}

/** One line of Mutu Baku of a row (a row may have several, one under another). */
export interface RowLine {
  readonly n: number;
  readonly text: string;
  kelengkapan: string;
  waktu: string;
  output: string;
  keterangan: string;
}

/** A doubt about a row's cells found while reading the table (shifted cells). */
export interface RowDoubt {
  readonly field: 'kelengkapan' | 'waktu' | 'outputs' | 'actor' | 'cells';
  readonly confidence: number;
  readonly reason: LocalizedText;
}

/** A row of the table: its number, Uraian, the text in each actor column, and its Mutu Baku lines. */
export interface TableRow {
  readonly no: string;
  description: string;
  /** Text in the actor columns, by index into `ReadTable.actors`. */
  readonly marks: Map<number, string>;
  readonly lines: RowLine[];
  readonly n: number;
  readonly text: string;
  readonly doubts: RowDoubt[];
}

/** A doubt about the table as a whole (its header). */
export interface TableDoubt {
  readonly target: 'columns' | 'actor';
  readonly actor?: number;
  readonly confidence: number;
  readonly reason: LocalizedText;
  readonly source: string;
  readonly line: number;
}

/** The procedure table found in the text. */
export interface ReadTable {
  /** `panrb`: actor columns and Mutu Baku, as Permen PANRB 35/2012 lays them out; `simple`: a list of stages without them. */
  readonly kind: 'panrb' | 'simple';
  /** Index (0-based) of the header line, and of the first line after the table. */
  readonly headerAt: number;
  readonly end: number;
  readonly columns: TableColumn[];
  /** The actor columns in printed order. */
  readonly actors: TableColumn[];
  readonly rows: TableRow[];
  readonly doubts: TableDoubt[];
}

const DESCRIPTION = /uraian|kegiatan|aktifitas|aktivitas|tahapan|prosedur|langkah/i;
const ACTORS_GROUP = /^(pelaksana|pelaksanaan|pelaku|pelaksana kegiatan|unit kerja|pejabat pelaksana)$/i;
const MUTU_GROUP = /^mutu\s*baku$/i;

type HeaderClass = ColumnKind | 'actorsGroup' | 'mutuGroup';

function classify(label: string): HeaderClass {
  const l = label.toLowerCase();
  if (/^no\.?$/.test(l)) return 'no';
  if (ACTORS_GROUP.test(l)) return 'actorsGroup';
  if (MUTU_GROUP.test(l)) return 'mutuGroup';
  if (/persyaratan|kelengkapan/.test(l)) return 'kelengkapan';
  if (/^waktu/.test(l)) return 'waktu';
  if (/^(output|keluaran|hasil)\b/.test(l)) return 'output';
  if (/^ket(erangan|\.)?$/.test(l)) return 'keterangan';
  if (DESCRIPTION.test(l)) return 'description';
  return 'actor';
}

const isHeader = (line: SourceLine) => /^no\.?$/i.test(clean(line.cells[0])) && DESCRIPTION.test(clean(line.cells[1]));
const rowNumber = (cell: string | undefined) => clean(cell).replace(/[.,]$/, '');
const isRowNumber = (no: string) => /^\d{1,3}[a-z]?$/i.test(no);

const MUTU_ORDER: ColumnKind[] = ['kelengkapan', 'waktu', 'output', 'keterangan'];

/** A flowchart label written in an actor column: Mulai, Selesai, ya, tidak. */
export const FLOW_LABEL = /^(mulai|selesai|ya|tidak|start|end|yes|no)$/i;

/** Finds and reads the first procedure table, or `undefined` when the text has none. */
export function readTable(lines: readonly SourceLine[]): ReadTable | undefined {
  const headerAt = lines.findIndex(isHeader);
  if (headerAt < 0) return undefined;
  const top = lines[headerAt]!;
  const next = lines[headerAt + 1];
  const hasSub = next !== undefined && clean(next.cells[0]) === '' && clean(next.cells[1]) === '' && next.cells.some((cell) => clean(cell) !== '');
  const sub = hasSub ? next : undefined;
  const doubts: TableDoubt[] = [];
  const width = Math.max(top.cells.length, sub?.cells.length ?? 0);
  const topLabels = Array.from({ length: width }, (_, i) => clean(top.cells[i]));
  const subLabels = Array.from({ length: width }, (_, i) => clean(sub?.cells[i]));

  // Groups: a top label over sub labels (its span runs to the next top label).
  const groupAt = new Map<number, string>();
  topLabels.forEach((label, i) => {
    if (!label) return;
    const kind = classify(label);
    const isGroup = kind === 'actorsGroup' || kind === 'mutuGroup' || (kind === 'actor' && subLabels[i] !== '');
    if (!isGroup) return;
    let j = i + 1;
    while (j < width && topLabels[j] === '') j += 1;
    for (let k = i; k < j; k += 1) groupAt.set(k, kind === 'actor' ? label : '');
  });

  // The leaves: each labelled column at its position.
  let columns: TableColumn[] = [];
  for (let i = 0; i < width; i += 1) {
    const label = subLabels[i] || (groupAt.has(i) ? '' : topLabels[i]!);
    if (!label) continue;
    const kind = classify(label);
    if (kind === 'actorsGroup' || kind === 'mutuGroup') continue;
    const group = groupAt.get(i);
    columns.push({ kind, label, position: i, ...(kind === 'actor' && group ? { group } : {}) });
  }
  const source = [top.text, sub?.text].filter((text) => text !== undefined).join('\n');

  // Mutu Baku in the Permen PANRB order (Kelengkapan, Waktu, Output, Keterangan).
  const mutu = columns.filter((c) => MUTU_ORDER.includes(c.kind));
  const positions = mutu.map((c) => c.position).sort((a, b) => a - b);
  const ordered = [...mutu].sort((a, b) => MUTU_ORDER.indexOf(a.kind) - MUTU_ORDER.indexOf(b.kind));
  if (ordered.some((c, i) => c.position !== positions[i])) {
    const was = mutu.map((c) => `${c.label} (${c.position + 1})`).join(', ');
    ordered.forEach((c, i) => {
      c.position = positions[i]!;
    });
    doubts.push({
      target: 'columns',
      confidence: 0.6,
      reason: t(
        `judul kolom Mutu Baku tidak berurutan (${was}); dibaca dengan urutan Permen PANRB 35/2012: Kelengkapan, Waktu, Output, Keterangan`,
        `the Mutu Baku headers are out of order (${was}); read in the Permen PANRB 35/2012 order: Kelengkapan, Waktu, Output, Keterangan`,
      ),
      source,
      line: top.n,
    });
  }

  // Actor headers printed past the Mutu Baku (a copy artefact of merged cells) fill the unnamed actor columns.
  const descriptionAt = columns.find((c) => c.kind === 'description')?.position ?? 1;
  const mutuStart = Math.min(...columns.filter((c) => c.kind === 'kelengkapan' || c.kind === 'waktu' || c.kind === 'output').map((c) => c.position));
  if (Number.isFinite(mutuStart)) {
    const taken = new Set(columns.map((c) => c.position));
    const gaps: number[] = [];
    for (let p = descriptionAt + 1; p < mutuStart; p += 1) if (!taken.has(p)) gaps.push(p);
    const orphans = columns.filter((c) => c.kind === 'actor' && c.position > mutuStart);
    orphans.forEach((orphan) => {
      const gap = gaps.shift();
      if (gap === undefined) return;
      doubts.push({
        target: 'columns',
        confidence: 0.6,
        reason: t(
          `judul "${orphan.label}" tercetak di sel ${orphan.position + 1}, di luar kolom pelaksana; dibaca sebagai kolom pelaksana yang tak berjudul di sel ${gap + 1}`,
          `the header "${orphan.label}" is printed in cell ${orphan.position + 1}, outside the actor columns; read as the unnamed actor column at cell ${gap + 1}`,
        ),
        source,
        line: sub?.n ?? top.n,
      });
      orphan.position = gap;
      const group = groupAt.get(gap);
      if (group) (orphan as { group?: string }).group = group;
    });
  }
  columns = columns.sort((a, b) => a.position - b.position);
  const at = (kind: ColumnKind) => columns.find((c) => c.kind === kind)?.position;
  const actors = columns.filter((c) => c.kind === 'actor');
  const kind = actors.length > 0 || columns.some((c) => c.kind === 'kelengkapan' || c.kind === 'waktu' || c.kind === 'output') ? 'panrb' : 'simple';

  // The rows.
  const rows: TableRow[] = [];
  let end = lines.length;
  const cellAt = (cells: readonly string[], position: number | undefined) => (position === undefined ? '' : (cells[position] ?? ''));
  for (let i = headerAt + (sub ? 2 : 1); i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.cells.length < 2) {
      if (rows.length > 0 && line.text.trim() !== '') {
        end = i;
        break;
      }
      continue;
    }
    if (isHeader(line)) {
      end = i;
      break;
    }
    const cells = line.cells;
    const no = rowNumber(cells[0]);
    const rowLine: RowLine = {
      n: line.n,
      text: line.text,
      kelengkapan: cellAt(cells, at('kelengkapan')),
      waktu: cellAt(cells, at('waktu')),
      output: cellAt(cells, at('output')),
      keterangan: cellAt(cells, at('keterangan')),
    };
    if (isRowNumber(no)) {
      const marks = new Map<number, string>();
      actors.forEach((actor, a) => {
        const text = clean(cells[actor.position]);
        if (text) marks.set(a, text);
      });
      rows.push({ no, description: clean(cells[at('description') ?? 1]), marks, lines: [rowLine], n: line.n, text: line.text, doubts: [] });
    } else if (no === '' && rows.length > 0) {
      const last = rows[rows.length - 1]!;
      if (clean(rowLine.kelengkapan) || clean(rowLine.waktu) || clean(rowLine.output)) last.lines.push(rowLine);
      else {
        // A Keterangan (or an Uraian) that goes on below its row.
        const lastLine = last.lines[last.lines.length - 1]!;
        const more = clean(rowLine.keterangan);
        if (more) lastLine.keterangan = `${lastLine.keterangan} ${rowLine.keterangan}`;
        const description = clean(cells[at('description') ?? 1]);
        if (description) last.description = `${last.description} ${description}`;
      }
    }
  }

  unshift(rows, actors, at('kelengkapan'));
  return { kind, headerAt, end, columns, actors, rows, doubts };
}

/**
 * Cells one column to the right of where they belong: a run of filled cells from an actor column
 * into Kelengkapan, after an empty actor column (the copy of merged cells shifts them). Read one to
 * the left when the table's other Kelengkapan cells are numbered documents and this one is not;
 * either way the row's cells are marked doubtful.
 */
function unshift(rows: TableRow[], actors: readonly TableColumn[], kelengkapan: number | undefined): void {
  if (kelengkapan === undefined || actors.length === 0) return;
  const actorPositions = actors.map((a) => a.position);
  const suspects = new Map<TableRow, number>();
  for (const row of rows) {
    const cells = row.text.split('\t');
    if (!clean(cells[kelengkapan])) continue;
    let start: number = kelengkapan;
    const written = (cell: string | undefined) => clean(cell) !== '' && !FLOW_LABEL.test(clean(cell)) && clean(cell).length > 2;
    while (start - 1 >= 0 && actorPositions.includes(start - 1) && written(cells[start - 1])) start -= 1;
    if (start === kelengkapan || !actorPositions.includes(start - 1) || clean(cells[start - 1]) !== '') continue;
    suspects.set(row, start);
  }
  if (suspects.size === 0) return;
  const others = rows
    .filter((row) => !suspects.has(row))
    .map((row) => clean(row.lines[0]!.kelengkapan))
    .filter(Boolean);
  const numberedColumn = others.length >= 2 && others.every((cell) => runningNumber(cell) !== undefined);
  for (const [row, start] of suspects) {
    const cells = row.text.split('\t');
    const kel = clean(cells[kelengkapan]);
    const shift = numberedColumn && runningNumber(kel) === undefined;
    if (shift) {
      row.marks.clear();
      actors.forEach((actor, a) => {
        const from = actor.position >= start - 1 && actor.position < kelengkapan ? actor.position + 1 : actor.position;
        const text = clean(cells[from]);
        if (text) row.marks.set(a, text);
      });
      row.lines[0]!.kelengkapan = '';
    }
    const reason = shift
      ? t(
          'sel baris ini tampak bergeser satu kolom ke kanan (kolom pelaksana sebelumnya kosong, sel terakhir jatuh di Kelengkapan yang di baris lain berisi dokumen bernomor); dibaca satu kolom ke kiri',
          "this row's cells look shifted one column to the right (the actor column before them is empty, the last one falls in Kelengkapan, which holds numbered documents elsewhere); read one column to the left",
        )
      : t(
          'sel baris ini mungkin bergeser satu kolom ke kanan (kolom pelaksana sebelumnya kosong); periksa isi kolom pelaksana dan Kelengkapan',
          "this row's cells may be shifted one column to the right (the actor column before them is empty); check the actor columns and Kelengkapan",
        );
    row.doubts.push(
      { field: 'kelengkapan', confidence: shift ? 0.5 : 0.4, reason },
      { field: 'actor', confidence: 0.4, reason },
      { field: 'cells', confidence: shift ? 0.5 : 0.4, reason },
    );
  }
}
