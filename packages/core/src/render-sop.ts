import type { SopItem, SopRole, SopStep } from './sop-definition.js';
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
  /** Keterangan: where the row leads when not to the next row, and the step's note. */
  readonly keterangan: string;
}

/** An SOP as its printed table: the actor columns in order, and one row per step. */
export interface SopTable {
  readonly columns: readonly SopRole[];
  readonly rows: readonly SopTableRow[];
}

const labels = (items: readonly SopItem[] | undefined) => (items ?? []).map((item) => item.label);

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
 * The SOP as a table: actor columns (roles in the order they first act) and one row per step
 * with its marks, Mutu Baku (Kelengkapan, Waktu, Output) and Keterangan.
 *
 * @example
 * ```ts
 * import { getSop, sopTable } from '@alur/core';
 * const table = sopTable(getSop('sumbawa').sop);
 * table.rows[11]?.waktu; // 'Maksimal 35 Hari Kerja'
 * ```
 */
export function sopTable(sop: ResolvedSop): SopTable {
  const order: string[] = [];
  for (const step of sop.steps) for (const id of [step.actor, ...(step.participants ?? [])]) if (!order.includes(id)) order.push(id);
  const columns = order.map((id) => sop.roles.find((role) => role.id === id)!).filter(Boolean);
  const rows = sop.steps.map((step, index): SopTableRow => {
    const lead = leadsTo(sop, step, index);
    return {
      no: step.no,
      step: step.id,
      description: step.description,
      actors: [step.actor, ...(step.participants ?? [])],
      mark: step.id === sop.start ? 'start' : step.decision ? 'decision' : step.end ? 'end' : 'activity',
      kelengkapan: labels(step.kelengkapan),
      waktu: step.waktu ?? '',
      output: labels(step.outputs),
      keterangan: [lead, step.note ?? ''].filter(Boolean).join(' '),
    };
  });
  return { columns, rows };
}

const MARKS = { start: 'Mulai', activity: '▭', decision: '◇', end: 'Selesai' } as const;

function cellMark(row: SopTableRow, role: string): string {
  if (row.actors[0] === role) return MARKS[row.mark];
  return row.actors.includes(role) ? '○' : '';
}

function identity(sop: ResolvedSop): [string, string][] {
  return [
    ['Nama SOP', sop.name],
    ['Unit', sop.office],
    ['Nomor SOP', sop.number ?? ''],
    ['Tanggal Pembuatan', sop.dates?.created ?? ''],
    ['Tanggal Revisi', sop.dates?.revised ?? ''],
    ['Tanggal Efektif', sop.dates?.effective ?? ''],
    ['Disahkan oleh', sop.approvedBy ?? ''],
    ['Versi', sop.version],
  ];
}

const md = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The SOP document as Markdown: identity, legal basis, and the procedure table. */
function toMarkdown(sop: ResolvedSop): string {
  const table = sopTable(sop);
  const lines = [`# ${md(sop.name)}`, '', '| | |', '|---|---|', ...identity(sop).map(([k, v]) => `| ${k} | ${md(v)} |`), ''];
  if (sop.legalBasis.length > 0) lines.push('## Dasar Hukum', '', ...sop.legalBasis.map((item, i) => `${i + 1}. ${md(item)}`), '');
  const head = ['No', 'Uraian Kegiatan', ...table.columns.map((role) => md(role.name)), 'Kelengkapan', 'Waktu', 'Output', 'Keterangan'];
  lines.push('## Prosedur', '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
  for (const row of table.rows) {
    const cells = [
      row.no,
      row.description,
      ...table.columns.map((role) => cellMark(row, role.id)),
      row.kelengkapan.join('; '),
      row.waktu,
      row.output.join('; '),
      row.keterangan,
    ];
    lines.push(`| ${cells.map(md).join(' | ')} |`);
  }
  lines.push('', 'Simbol: Mulai / Selesai = awal dan akhir, ▭ = kegiatan, ◇ = keputusan, ○ = ikut serta.', '');
  return lines.join('\n');
}

const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The SOP document as a standalone, printable HTML page. */
function toHtml(sop: ResolvedSop): string {
  const table = sopTable(sop);
  const identityRows = identity(sop).map(([k, v]) => `<tr><th>${html(k)}</th><td>${html(v)}</td></tr>`).join('');
  const basis = sop.legalBasis.length > 0 ? `<h2>Dasar Hukum</h2><ol>${sop.legalBasis.map((item) => `<li>${html(item)}</li>`).join('')}</ol>` : '';
  const actorHead = table.columns.map((role) => `<th>${html(role.name)}</th>`).join('');
  const rows = table.rows
    .map((row) => {
      const marks = table.columns.map((role) => `<td class="mark">${html(cellMark(row, role.id))}</td>`).join('');
      const list = (items: readonly string[]) => items.map(html).join('<br>');
      return `<tr><td>${html(row.no)}</td><td>${html(row.description)}</td>${marks}<td>${list(row.kelengkapan)}</td><td>${html(row.waktu)}</td><td>${list(row.output)}</td><td>${html(row.keterangan)}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>${html(sop.name)}</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000; padding: 3px 5px; vertical-align: top; }
th { background: #eee; }
td.mark { text-align: center; white-space: nowrap; }
table.identity { width: auto; margin-bottom: 1em; }
table.identity th { text-align: left; }
</style>
</head>
<body>
<h1>${html(sop.name)}</h1>
<table class="identity">${identityRows}</table>
${basis}
<h2>Prosedur</h2>
<table class="procedure">
<thead>
<tr><th rowspan="2">No</th><th rowspan="2">Uraian Kegiatan</th><th colspan="${table.columns.length}">Pelaksana</th><th colspan="3">Mutu Baku</th><th rowspan="2">Keterangan</th></tr>
<tr>${actorHead}<th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr>
</thead>
<tbody>
${rows}
</tbody>
</table>
<p>Simbol: Mulai / Selesai = awal dan akhir, ▭ = kegiatan, ◇ = keputusan, ○ = ikut serta.</p>
</body>
</html>
`;
}

/** The SOP as a Mermaid state diagram: a state per step, labelled transitions, start and end. */
function toMermaid(sop: ResolvedSop): string {
  const name = new Map(sop.steps.map((step, i) => [step.id, `s${i + 1}`]));
  const text = (value: string) => value.replace(/["#;:]/g, ' ').replace(/\s+/g, ' ').trim();
  const short = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}...` : value);
  const role = (id: string) => sop.roles.find((r) => r.id === id)?.name ?? id;
  const lines = ['stateDiagram-v2'];
  for (const step of sop.steps) {
    const waktu = step.waktu ? ` (${text(step.waktu)})` : '';
    lines.push(`  state "${text(`${step.no}. ${short(step.description)}`)}${waktu} — ${text(role(step.actor))}" as ${name.get(step.id)}`);
  }
  lines.push(`  [*] --> ${name.get(sop.start)}`);
  for (const step of sop.steps) {
    const from = name.get(step.id)!;
    if (step.decision) {
      lines.push(`  ${from} --> ${name.get(step.decision.yes)}: Ya`, `  ${from} --> ${name.get(step.decision.no)}: Tidak`);
    } else if (step.route) {
      for (const c of step.route.cases) lines.push(`  ${from} --> ${name.get(c.next)}: ${text(c.label)}`);
    } else if (step.end) {
      lines.push(`  ${from} --> [*]`);
    } else if (step.next !== undefined) {
      lines.push(`  ${from} --> ${name.get(step.next)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Formats {@link renderSop} can write. */
export type SopFormat = 'md' | 'html' | 'mermaid';

/**
 * Renders an SOP back to the document an office prints and signs (Permen PANRB 35/2012:
 * No, Uraian Kegiatan, one column per actor, Mutu Baku: Kelengkapan / Waktu / Output,
 * Keterangan) as Markdown or HTML, or as a Mermaid state diagram.
 *
 * @example
 * ```ts
 * import { getSop, renderSop } from '@alur/core';
 * const markdown = renderSop(getSop('sumbawa').sop, 'md');
 * const diagram = renderSop(getSop('sumbawa').sop, 'mermaid'); // stateDiagram-v2 ...
 * ```
 */
export function renderSop(sop: ResolvedSop, format: SopFormat): string {
  switch (format) {
    case 'md':
      return toMarkdown(sop);
    case 'html':
      return toHtml(sop);
    case 'mermaid':
      return toMermaid(sop);
  }
}
