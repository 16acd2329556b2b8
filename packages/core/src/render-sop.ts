import { documentBoxes, identityRows, printedLabels, sopCatalogHtml, sopDocumentHtml } from './internal/sop-document.js';
import { flowColumns, flowRows } from './internal/sop-flowchart.js';
import type { SopRole, SopStep } from './sop-definition.js';
import type { ResolvedSop } from './validate-sop.js';

/** One row of the SOP table as Permen PANRB 35/2012 lays it out. */
export interface SopTableRow {
  readonly no: string;
  readonly step: string;
  /** Uraian Kegiatan. */
  readonly description: string;
  /** The role ids marked on the row: the actor first, then participants. */
  readonly actors: readonly string[];
  readonly mark: 'start' | 'activity' | 'decision' | 'end';
  /** Mutu Baku. */
  readonly kelengkapan: readonly string[];
  readonly waktu: string;
  readonly output: readonly string[];
  /** Text printed in actors' columns, by role id (`cells`). */
  readonly cells: Readonly<Record<string, string>>;
  /** Keterangan as printed (`keterangan`). */
  readonly keterangan: string;
  /** What the analyst noted: where the row leads when not to the next row, and the step's `note`. */
  readonly notes: string;
}

/** An SOP as its printed table: the actor columns in order, and one row per step. */
export interface SopTable {
  /** The seed's printed columns in order (`document.columns`), then roles acting without one. */
  readonly columns: readonly SopRole[];
  /** Ids of the columns the seed does not print (appended, marked in the document). */
  readonly unprinted: readonly string[];
  readonly rows: readonly SopTableRow[];
}

function leadsTo(sop: ResolvedSop, step: SopStep, index: number): string {
  const no = (id: string) => sop.steps.find((s) => s.id === id)?.no ?? id;
  if (step.decision) {
    return `${step.decision.question} Ya: ke langkah ${no(step.decision.yes)}; Tidak: ke langkah ${no(step.decision.no)}.`;
  }
  if (step.route) {
    return `${step.route.label}: ${step.route.cases.map((c) => `${c.label} → langkah ${no(c.next)}`).join('; ')}.`;
  }
  if (step.end) return 'Selesai.';
  const following = sop.steps[index + 1];
  return step.next !== undefined && following?.id !== step.next ? `Lanjut ke langkah ${no(step.next)}.` : '';
}

/**
 * The SOP as a table: actor columns (the seed's printed order, then roles acting without a
 * printed column) and one row per step with its marks, Mutu Baku (Kelengkapan, Waktu, Output),
 * the printed Keterangan and, apart, the analyst's notes.
 *
 * @example
 * ```ts
 * import { getSop, sopTable } from '@alur/core';
 * const table = sopTable(getSop('sumbawa').sop);
 * table.rows[11]?.waktu; // 'Maksimal 35 Hari Kerja'
 * ```
 */
export function sopTable(sop: ResolvedSop): SopTable {
  const printed = flowColumns(sop);
  const rows = sop.steps.map((step, index): SopTableRow => {
    const lead = leadsTo(sop, step, index);
    return {
      no: step.no,
      step: step.id,
      description: step.description,
      actors: [step.actor, ...(step.participants ?? [])],
      mark: step.id === sop.start ? 'start' : step.decision || step.route ? 'decision' : step.end ? 'end' : 'activity',
      kelengkapan: printedLabels(step.kelengkapan),
      waktu: step.waktu ?? '',
      output: printedLabels(step.outputs),
      cells: step.cells ?? {},
      keterangan: step.keterangan ?? '',
      notes: [lead, step.note ?? ''].filter(Boolean).join(' '),
    };
  });
  return { columns: printed.map((c) => c.role), unprinted: printed.filter((c) => !c.printed).map((c) => c.role.id), rows };
}

/** The marks of the Markdown table (the HTML document draws the flowchart instead). */
const MARKS = { start: 'Mulai', activity: '▭', decision: '◇', end: 'Selesai' } as const;

function cellMark(row: SopTableRow, role: string): string {
  const mark = row.actors[0] === role ? MARKS[row.mark] : row.actors.includes(role) ? '▭' : '';
  return [mark, row.cells[role] ?? ''].filter(Boolean).join(' ');
}

const md = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The SOP document as Markdown: identity, Dasar Hukum and the boxes, and the procedure table. */
function toMarkdown(sop: ResolvedSop, notes: boolean): string {
  const table = sopTable(sop);
  const lines = [
    `# ${md(sop.name)}`,
    '',
    ...(sop.document?.heading ?? [sop.office]).map((line) => `**${md(line)}**  `),
    '',
    '| | |',
    '|---|---|',
    ...identityRows(sop).map(([k, v]) => `| ${k} | ${md(v)} |`),
    '',
  ];
  for (const [title, list] of documentBoxes(sop))
    if (list && list.length > 0) lines.push(`## ${title}`, '', ...list.map((item, i) => `${i + 1}. ${md(item)}`), '');
  const unprinted = new Set(table.unprinted);
  const head = [
    'No',
    'Uraian Kegiatan',
    ...table.columns.map((role) => md(role.name) + (unprinted.has(role.id) ? '\\*' : '')),
    'Kelengkapan',
    'Waktu',
    'Output',
    'Keterangan',
  ];
  lines.push('## Prosedur', '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
  const byStep = new Map(table.rows.map((row) => [row.step, row]));
  // Steps sharing a number print as one row with a Mutu Baku line each (Babel's row 5); a later line repeats neither No nor Uraian nor the marks.
  for (const group of flowRows(sop)) {
    const first = byStep.get(group.steps[0]!.id)!;
    group.lines.forEach((step, i) => {
      const row = byStep.get(step.id)!;
      const keterangan = notes && row.notes ? [row.keterangan, `Catatan analis: ${row.notes}`].filter(Boolean).join(' ') : row.keterangan;
      const cells = [
        i ? '' : first.no,
        i ? '' : first.description,
        ...table.columns.map((role) => (i ? '' : cellMark(first, role.id))),
        row.kelengkapan.join('; '),
        row.waktu,
        row.output.join('; '),
        keterangan,
      ];
      lines.push(`| ${cells.map(md).join(' | ')} |`);
    });
  }
  lines.push('', 'Simbol: Mulai / Selesai = awal dan akhir, ▭ = kegiatan, ◇ = keputusan.');
  if (unprinted.size > 0)
    lines.push(
      '',
      `\\* Kolom yang tidak ada pada SOP asli: ${table.columns
        .filter((r) => unprinted.has(r.id))
        .map((r) => md(r.name))
        .join(', ')}.`,
    );
  lines.push('');
  return lines.join('\n');
}

/** The SOP as a Mermaid flowchart: a node per step (stadium at the start and end, diamond for a decision), labelled edges. */
function toMermaid(sop: ResolvedSop): string {
  const name = new Map(sop.steps.map((step, i) => [step.id, `s${i + 1}`]));
  const text = (value: string) =>
    value
      .replace(/["#;:]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const short = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 3)}...` : value);
  const role = (id: string) => sop.roles.find((r) => r.id === id)?.name ?? id;
  const lines = ['flowchart TD'];
  for (const step of sop.steps) {
    const waktu = step.waktu ? ` (${text(step.waktu)})` : '';
    // A decision's text is cut shorter: Mermaid grows a diamond with its label.
    const label = `"${text(`${step.no}. ${short(step.description, step.decision || step.route ? 40 : 60)}`)}${waktu} — ${text(role(step.actor))}"`;
    const node = step.decision || step.route ? `{${label}}` : step.id === sop.start || step.end ? `(${label})` : `[${label}]`;
    lines.push(`  ${name.get(step.id)}${node}`);
  }
  for (const step of sop.steps) {
    const from = name.get(step.id)!;
    if (step.decision) {
      lines.push(
        `  ${from} -->|${text(step.decision.yesLabel ?? 'Ya')}| ${name.get(step.decision.yes)}`,
        `  ${from} -->|${text(step.decision.noLabel ?? 'Tidak')}| ${name.get(step.decision.no)}`,
      );
    } else if (step.route) {
      for (const c of step.route.cases) lines.push(`  ${from} -->|${text(c.label)}| ${name.get(c.next)}`);
    } else if (step.next !== undefined) {
      lines.push(`  ${from} --> ${name.get(step.next)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Formats {@link renderSop} can write. */
export type SopFormat = 'md' | 'html' | 'mermaid';

/** Options of {@link renderSop}. */
export interface RenderSopOptions {
  /** Print the analyst's notes (each step's `note`, where it leads, the columns the seed lacks). */
  readonly notes?: boolean;
  /** A Content-Security-Policy nonce for the page's one script (the pagination), when the server sends a policy. */
  readonly nonce?: string;
}

/**
 * Renders an SOP back to the document an office prints and signs (Permen PANRB 35/2012): as
 * HTML, the kop, identity block, Dasar Hukum and the five boxes, and the procedure table with
 * its flowchart drawn in the Pelaksana columns, on A4 landscape sheets with repeated headers and
 * off-page connectors; as Markdown, the same table with marks; or as a Mermaid flowchart for
 * developers. The analyst's notes are printed only with `{ notes: true }`.
 *
 * @example
 * ```ts
 * import { getSop, renderSop } from '@alur/core';
 * const page = renderSop(getSop('sumbawa').sop, 'html'); // print it, or save it as PDF from a browser
 * const withNotes = renderSop(getSop('sumbawa').sop, 'md', { notes: true });
 * const diagram = renderSop(getSop('sumbawa').sop, 'mermaid'); // flowchart TD ...
 * ```
 */
export function renderSop(sop: ResolvedSop, format: SopFormat, options: RenderSopOptions = {}): string {
  switch (format) {
    case 'md':
      return toMarkdown(sop, options.notes === true);
    case 'html':
      return sopDocumentHtml(sop, options);
    case 'mermaid':
      return toMermaid(sop);
  }
}

/**
 * The service catalog an office publishes with the SOP (`document.catalog`, seed 003's Katalog
 * Layanan) as a printable HTML page, or `undefined` when the SOP has none.
 *
 * @example
 * ```ts
 * import { getSop, renderCatalog } from '@alur/core';
 * const page = renderCatalog(getSop('babel').sop); // "Ketersediaan yang Dijamin 90 %" and the rest
 * renderCatalog(getSop('sumbawa').sop); // undefined
 * ```
 */
export function renderCatalog(sop: ResolvedSop): string | undefined {
  return sopCatalogHtml(sop);
}
