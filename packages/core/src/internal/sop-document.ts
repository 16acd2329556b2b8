import type { RenderSopOptions } from '../render-sop.js';
import type { SopItem, SopStep } from '../sop-definition.js';
import type { ResolvedSop } from './resolve-sop.js';
import { FLOW_MARKER, FLOW_MIN_HEIGHT, flowchart, flowColumns, flowRows, type FlowRow } from './sop-flowchart.js';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** `2021-12-02` as printed in Indonesian documents: `2 Desember 2021`. */
export function tanggal(date: string | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A cell's list: one item plain, several numbered as the seeds number them. */
function items(list: readonly string[]): string {
  if (list.length === 0) return '';
  if (list.length === 1) return esc(list[0]!);
  return `<ol>${list.map((item) => `<li>${esc(item)}</li>`).join('')}</ol>`;
}

/** The labels a cell prints (an item another document asks for is not printed). */
export const printedLabels = (list: readonly SopItem[] | undefined) => (list ?? []).filter((item) => item.printed !== false).map((item) => item.label);

/** The identity block as printed: Nomor SOP, the three dates in Indonesian, Disahkan oleh, Nama SOP. */
export function identityRows(sop: ResolvedSop): [string, string][] {
  return [
    ['Nomor SOP', sop.number ?? ''],
    ['Tanggal Pembuatan', tanggal(sop.dates?.created)],
    ['Tanggal Revisi', tanggal(sop.dates?.revised)],
    ['Tanggal Efektif', tanggal(sop.dates?.effective)],
    ['Disahkan oleh', sop.approvedBy ?? ''],
    ['Nama SOP', sop.name],
  ];
}

/** Dasar Hukum and the five boxes beside it, in the PANRB grid's reading order. */
export function documentBoxes(sop: ResolvedSop): [string, readonly string[] | undefined][] {
  const d = sop.document ?? {};
  return [
    ['Dasar Hukum', sop.legalBasis],
    ['Kualifikasi Pelaksana', d.qualifications],
    ['Keterkaitan', d.related],
    ['Peralatan/Perlengkapan', d.equipment],
    ['Peringatan', d.warnings],
    ['Pencatatan dan Pendataan', d.records],
  ];
}

/** Where a step leads when the drawing alone does not say it in words (for the analyst's notes). */
function leadsTo(sop: ResolvedSop, row: FlowRow): string {
  const no = (id: string) => sop.steps.find((s) => s.id === id)?.no ?? id;
  return row.steps
    .map((step) => {
      if (step.decision) return `${step.decision.question} Ya: ke ${no(step.decision.yes)}; Tidak: ke ${no(step.decision.no)}.`;
      if (step.route) return `${step.route.label}: ${step.route.cases.map((c) => `${c.label} → ${no(c.next)}`).join('; ')}.`;
      return '';
    })
    .filter(Boolean)
    .join(' ');
}

/** Options of the printed document: those of `renderSop`. */
export type SopDocumentOptions = RenderSopOptions;

/** Printable width of an A4 landscape sheet with 10 mm margins, in CSS px (277 mm at 96 dpi). */
const WIDTH = 1046;

/**
 * The SOP as the document an office signs (Permen PANRB 35/2012): kop, identity block, Dasar
 * Hukum and the five boxes, then the procedure table with the flowchart drawn in the Pelaksana
 * columns, Mutu Baku and Keterangan, on A4 landscape sheets. A small script in the page splits
 * the table into sheets that each repeat the table header, and marks every line a page break
 * cuts with a pair of lettered off-page connectors.
 */
export function sopDocumentHtml(sop: ResolvedSop, options: SopDocumentOptions = {}): string {
  const notes = options.notes === true;
  const columns = flowColumns(sop);
  const rows = flowRows(sop);
  const fixed = { no: 30, kelengkapan: 128, waktu: 62, output: 128, keterangan: notes ? 160 : 90 };
  const fixedSum = Object.values(fixed).reduce((a, b) => a + b, 0);
  const columnWidth = Math.max(40, Math.min(64, Math.floor((WIDTH - fixedSum - 200) / Math.max(1, columns.length))));
  const uraian = WIDTH - fixedSum - columnWidth * columns.length;
  const { svg, crossing } = flowchart(columns, rows, { columnWidth, columns: columns.length });
  const d = sop.document ?? {};

  const identity = identityRows(sop);
  const kop = d.heading
    ? `<header class="kop">${d.heading.map((line, i) => `<div${i < 2 ? ' class="kop-strong"' : ''}>${esc(line)}</div>`).join('')}</header>`
    : '';
  const identityBlock = `<table class="identity"><tbody>${identity
    .map(
      ([k, v], i) =>
        `<tr>${i === 0 ? `<td class="unit" rowspan="${identity.length}"><div class="unit-title">STANDAR OPERASIONAL PROSEDUR</div><div>${esc(sop.office)}</div></td>` : ''}<th scope="row">${k}</th><td>${esc(v)}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  const box = (title: string, list: readonly string[] | undefined) =>
    `<td><div class="box-title">${title}</div>${list?.length ? `<ol>${list.map((item) => `<li>${esc(item)}</li>`).join('')}</ol>` : ''}</td>`;
  const grid = documentBoxes(sop);
  const boxes = `<table class="boxes"><tbody>
${[0, 2, 4].map((i) => `<tr>${box(...grid[i]!)}${box(...grid[i + 1]!)}</tr>`).join('\n')}
</tbody></table>`;
  const intro = d.introduction
    ? `<section class="intro"><h2>Pendahuluan</h2>${(
        [
          ['Deskripsi', d.introduction.description],
          ['Tujuan', d.introduction.purpose],
          ['Manfaat', d.introduction.benefits],
        ] as const
      )
        .filter(([, list]) => list?.length)
        .map(([title, list]) => `<h3>${title}</h3>${list!.map((p) => `<p>${esc(p)}</p>`).join('')}`)
        .join('')}</section>`
    : '';

  // Header: Pelaksana over the actor columns (and over each group), Mutu Baku over its three.
  const grouped = columns.some((c) => c.group !== undefined);
  const span = grouped ? 3 : 2;
  const mark = (printed: boolean) => (printed ? '' : '<sup>*</sup>');
  const actorHead: string[] = [];
  const groupHead: string[] = [];
  for (let i = 0; i < columns.length; ) {
    const group = columns[i]!.group;
    if (group === undefined || !grouped) {
      actorHead.push(`<th scope="col"${grouped ? ' rowspan="2"' : ''} class="actor">${esc(columns[i]!.role.name)}${mark(columns[i]!.printed)}</th>`);
      i += 1;
      continue;
    }
    let j = i;
    while (j < columns.length && columns[j]!.group === group) j += 1;
    actorHead.push(`<th scope="colgroup" colspan="${j - i}" class="actor">${esc(group)}</th>`);
    for (let k = i; k < j; k += 1) groupHead.push(`<th scope="col" class="actor">${esc(columns[k]!.role.name)}${mark(columns[k]!.printed)}</th>`);
    i = j;
  }
  const mutu = (rowspan: number) =>
    ['Kelengkapan', 'Waktu', 'Output'].map((h) => `<th scope="col"${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}>${h}</th>`).join('');
  const thead = `<thead>
<tr><th scope="col" rowspan="${span}">No</th><th scope="col" rowspan="${span}">Uraian Kegiatan</th><th scope="colgroup" colspan="${columns.length}">Pelaksana</th><th scope="colgroup" colspan="3">Mutu Baku</th><th scope="col" rowspan="${span}">Keterangan</th></tr>
<tr>${actorHead.join('')}${mutu(grouped ? 2 : 1)}</tr>
${grouped ? `<tr>${groupHead.join('')}</tr>` : ''}
</thead>`;
  const colgroup = `<colgroup><col style="width:${fixed.no}px"><col style="width:${uraian}px">${columns.map(() => `<col style="width:${columnWidth}px">`).join('')}<col style="width:${fixed.kelengkapan}px"><col style="width:${fixed.waktu}px"><col style="width:${fixed.output}px"><col style="width:${fixed.keterangan}px"></colgroup>`;

  // A Waktu the SLA counts differently (another document of the office sets it): a numbered footnote.
  const slaNotes: SopStep[] = [];
  // Text the seed writes in actors' columns, under the drawing (it covers the line it sits on).
  const cellTexts = (cells: Readonly<Record<string, string>> | undefined) =>
    cells && Object.keys(cells).length
      ? `<div class="flow-cells" style="grid-template-columns:repeat(${columns.length},${columnWidth}px)">${columns.map((c) => `<div>${cells[c.role.id] ? `<span>${esc(cells[c.role.id]!)}</span>` : ''}</div>`).join('')}</div>`
      : '<div class="flow-space"></div>';
  const body = rows
    .map((row, r) => {
      const first = row.steps[0]!;
      const { lines } = row;
      const n = lines.length;
      const keterangan = (step: SopStep, i: number) => {
        const printed = step.keterangan ? esc(step.keterangan) : '';
        if (!notes) return printed;
        // The first line also carries where the row leads and the note of a step that prints no line.
        const extra = i === 0 ? [leadsTo(sop, row), ...(lines.includes(first) ? [] : [first.note ?? ''])] : [];
        const analyst = [...extra, step.note ?? ''].filter(Boolean).join(' ');
        return [printed, analyst ? `<div class="analyst">Catatan analis: ${esc(analyst)}</div>` : ''].filter(Boolean).join('');
      };
      return lines
        .map((step, i) => {
          const lead =
            i === 0
              ? `<td class="no" rowspan="${n}">${esc(row.no)}</td><td rowspan="${n}">${esc(first.description)}</td><td class="flow" rowspan="${n}" colspan="${columns.length}">${svg[r]}${cellTexts(first.cells)}</td>`
              : '';
          const cross = i === n - 1 ? ` data-cross="${crossing[r]!.join(' ')}"` : '';
          const waktu = `${esc(step.waktu ?? '')}${step.sla ? `<sup>${slaNotes.push(step)}</sup>` : ''}`;
          return `<tr data-row="${r}"${cross}>${lead}<td>${items(printedLabels(step.kelengkapan))}</td><td>${waktu}</td><td>${items(printedLabels(step.outputs))}</td><td>${keterangan(step, i)}</td></tr>`;
        })
        .join('\n');
    })
    .join('\n');

  const slaFootnotes = slaNotes
    .map(
      (step, i) =>
        `<p class="footnote"><sup>${i + 1}</sup> Langkah ${esc(step.no)}: SLA dihitung ${esc(step.sla!.waktu)} menurut ${esc(step.sla!.source)}; tabel ini mencetak Waktu sebagaimana SOP.</p>`,
    )
    .join('');
  const unprinted = columns.filter((c) => !c.printed);
  const footnote = unprinted.length
    ? `<p class="footnote"><sup>*</sup> Kolom yang tidak ada pada SOP asli: ${unprinted.map((c) => esc(c.role.name)).join(', ')}. Pelaksana ini disebut dalam uraian kegiatan${notes ? '' : '; lihat catatan analis'}.</p>`
    : '';
  const notesSection = notes
    ? `<section class="sheet notes"><h2>Catatan analis</h2>${sop.source ? `<p><strong>Sumber:</strong> ${esc(sop.source)}</p>` : ''}${unprinted.length ? `<h3>Kolom tambahan</h3><ul>${unprinted.map((c) => `<li><strong>${esc(c.role.name)}</strong>: ${esc(c.role.description ?? 'disebut dalam uraian kegiatan, tanpa kolom pada SOP asli.')}</li>`).join('')}</ul>` : ''}</section>`
    : '';

  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`SOP ${sop.name}`)}</title>
<style>
@page { size: A4 landscape; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; background: #e5e7eb; color: #000; font-family: Arial, Helvetica, sans-serif; font-size: 8.5pt; line-height: 1.3; }
.sheet { width: 297mm; min-height: 210mm; padding: 10mm; margin: 6mm auto; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.sheet.paged { height: 210mm; overflow: hidden; }
.kop { text-align: center; border-bottom: 3px double #000; padding-bottom: 2mm; margin-bottom: 4mm; }
.kop-strong { font-weight: bold; font-size: 11pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; overflow-wrap: anywhere; }
th { font-weight: bold; text-align: center; vertical-align: middle; background: #f2f2f2; }
.identity { margin-bottom: 4mm; }
.identity .unit { width: 45%; text-align: center; vertical-align: middle; font-weight: bold; }
.identity .unit-title { font-size: 11pt; margin-bottom: 2mm; }
.identity th { width: 18%; text-align: left; background: none; }
.boxes td { width: 50%; height: 18mm; }
.box-title { font-weight: bold; text-transform: uppercase; margin-bottom: 1mm; }
ol { margin: 0; padding-left: 1.4em; }
.intro h2, .notes h2 { font-size: 11pt; margin: 2mm 0; }
.intro h3, .notes h3 { font-size: 9pt; margin: 2mm 0 1mm; }
.intro p { margin: 0 0 1mm; }
.procedure td.no { text-align: center; }
.procedure th.actor { font-size: 7pt; padding: 2px 1px; overflow-wrap: normal; }
td.flow { position: relative; padding: 0; }
.flow-space { height: ${FLOW_MIN_HEIGHT}px; }
.flow-cells { position: relative; display: grid; padding: ${FLOW_MIN_HEIGHT - 6}px 0 16px; }
.flow-cells span { display: block; margin: 0 3px 3px; padding: 0 1px; background: #fff; font-size: 6.5pt; line-height: 1.15; text-align: center; }
svg.flow { position: absolute; top: 0; left: 0; overflow: visible; }
svg.flow line { stroke: #000; stroke-width: 1; }
svg.flow line.flow-grid { stroke: #000; stroke-width: 1; }
.flow-shape { fill: #fff; stroke: #000; stroke-width: 1.2; }
.flow-label { font-size: 7px; font-family: Arial, Helvetica, sans-serif; }
.offpage path { fill: #fff; stroke: #000; }
.analyst { color: #374151; font-style: italic; margin-top: 1mm; }
.footnote, .legend { font-size: 7.5pt; margin: 2mm 0 0; }
@media print {
  body { background: none; }
  /* A sheet exactly as tall as the page would push an empty page after it. */
  .sheet { margin: 0; box-shadow: none; break-after: page; min-height: 0; }
  .sheet.paged { height: 209mm; }
  .sheet:last-child { break-after: auto; }
  th { background: #f2f2f2 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</style>
</head>
<body>
${FLOW_MARKER}
<main>
<section class="sheet cover">
${kop}
${identityBlock}
${intro}
${boxes}
</section>
<section class="sheet procedure">
<table class="procedure" style="width:${WIDTH}px">
${colgroup}
${thead}
<tbody>
${body}
</tbody>
</table>
${slaFootnotes}${footnote}
<p class="legend">Simbol: kapsul = mulai/selesai, persegi panjang = kegiatan, belah ketupat = keputusan, segi lima = penghubung antarhalaman.</p>
</section>
${notesSection}
</main>
<script${options.nonce ? ` nonce="${esc(options.nonce)}"` : ''}>${PAGINATE}</script>
</body>
</html>
`;
}

/**
 * Splits the procedure table into A4 sheets in the browser (heights are only known once laid
 * out): each sheet repeats the header; each line a break cuts gets a lettered off-page
 * connector at the bottom of one sheet and at the top of the next.
 */
const PAGINATE = `(function () {
  var sheet = document.querySelector('.sheet.procedure');
  if (!sheet) return;
  var table = sheet.querySelector('table.procedure');
  var probe = document.createElement('div');
  probe.style.height = '190mm';
  document.body.appendChild(probe);
  var page = probe.getBoundingClientRect().height;
  probe.remove();
  var head = table.tHead.getBoundingClientRect().height;
  var trs = Array.prototype.slice.call(table.tBodies[0].rows);
  var groups = [];
  trs.forEach(function (tr) {
    var last = groups[groups.length - 1];
    if (last && last.id === tr.dataset.row) last.rows.push(tr); else groups.push({ id: tr.dataset.row, rows: [tr] });
  });
  groups.forEach(function (g) { g.height = g.rows.reduce(function (h, tr) { return h + tr.getBoundingClientRect().height; }, 0); });
  var tail = 0;
  Array.prototype.forEach.call(sheet.querySelectorAll('.footnote, .legend'), function (p) { tail += p.getBoundingClientRect().height + 8; });
  var pages = [[]], used = head;
  groups.forEach(function (g, i) {
    var need = g.height + (i === groups.length - 1 ? tail : 0);
    if (used + need > page && pages[pages.length - 1].length) { pages.push([]); used = head; }
    pages[pages.length - 1].push(g);
    used += g.height;
  });
  if (pages.length < 2) return;
  var NS = 'http://www.w3.org/2000/svg';
  var letter = 0;
  function connector(svg, x, top, name) {
    var h = svg.getBoundingClientRect().height;
    var y = top ? 1 : h - 17;
    var g = document.createElementNS(NS, 'g');
    g.setAttribute('class', 'offpage');
    var path = document.createElementNS(NS, 'path');
    path.setAttribute('d', 'M' + (x - 7) + ',' + y + ' h14 v9 l-7,6 l-7,-6 z');
    var text = document.createElementNS(NS, 'text');
    text.setAttribute('x', x); text.setAttribute('y', y + 8); text.setAttribute('text-anchor', 'middle'); text.setAttribute('class', 'flow-label');
    text.textContent = name;
    g.appendChild(path); g.appendChild(text); svg.appendChild(g);
  }
  var after = sheet;
  var notes = sheet.querySelectorAll('.footnote, .legend');
  pages.forEach(function (groupsOnPage, p) {
    if (p > 0) {
      var next = document.createElement('section');
      next.className = 'sheet procedure paged';
      var copy = document.createElement('table');
      copy.className = 'procedure';
      copy.style.width = table.style.width;
      copy.appendChild(table.querySelector('colgroup').cloneNode(true));
      copy.appendChild(table.tHead.cloneNode(true));
      var tbody = document.createElement('tbody');
      groupsOnPage.forEach(function (g) { g.rows.forEach(function (tr) { tbody.appendChild(tr); }); });
      copy.appendChild(tbody);
      next.appendChild(copy);
      after.parentNode.insertBefore(next, after.nextSibling);
      after = next;
      var prev = pages[p - 1][pages[p - 1].length - 1];
      var xs = (prev.rows[prev.rows.length - 1].dataset.cross || '').split(' ').filter(Boolean);
      xs.forEach(function (x) {
        var name = String.fromCharCode(65 + (letter++ % 26));
        connector(prev.rows[0].querySelector('svg.flow'), Number(x), false, name);
        connector(groupsOnPage[0].rows[0].querySelector('svg.flow'), Number(x), true, name);
      });
    }
  });
  sheet.classList.add('paged');
  Array.prototype.forEach.call(notes, function (p) { after.appendChild(p); });
})();`;

/**
 * The service catalog published with the SOP (seed 003's Katalog Layanan) as a printable A4
 * page: kop, title, number and date, then each row as printed, its label beside its text.
 */
export function sopCatalogHtml(sop: ResolvedSop): string | undefined {
  const catalog = sop.document?.catalog;
  if (!catalog) return undefined;
  const heading = sop.document?.heading;
  const rows = catalog.entries
    .map((entry) => {
      const text = entry.text.map((line) => `<p${/^([0-9]+|[a-z])\.\s/.test(line) ? ' class="item"' : ''}>${esc(line)}</p>`).join('');
      return `<tr><th scope="row">${esc(entry.label)}</th><td>${text}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(catalog.title)}</title>
<style>
@page { size: A4 portrait; margin: 15mm; }
body { margin: 0; background: #e5e7eb; font-family: Arial, Helvetica, sans-serif; font-size: 9.5pt; line-height: 1.35; color: #000; }
main { width: 210mm; min-height: 297mm; margin: 6mm auto; padding: 15mm; box-sizing: border-box; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.kop { text-align: center; font-weight: bold; border-bottom: 3px double #000; padding-bottom: 2mm; margin-bottom: 4mm; }
h1 { font-size: 12pt; text-align: center; margin: 0 0 4mm; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000; padding: 3px 6px; vertical-align: top; text-align: left; }
th { width: 30%; font-weight: bold; }
p { margin: 0 0 1.5mm; }
p.item { padding-left: 1.2em; text-indent: -1.2em; }
.meta td { width: 50%; border: 1px solid #000; }
@media print { body { background: none; } main { margin: 0; padding: 0; box-shadow: none; width: auto; min-height: 0; } }
</style>
</head>
<body>
<main>
${heading ? `<header class="kop">${heading.map((line) => `<div>${esc(line)}</div>`).join('')}</header>` : ''}
<h1>${esc(catalog.title)}${catalog.number ? `<br>NOMOR : ${esc(catalog.number)}` : ''}</h1>
<table class="meta"><tbody><tr><td>${esc(sop.office)}</td><td>DOKUMEN : ${esc(sop.name)}</td></tr><tr><td>Ditetapkan Tanggal : ${esc(tanggal(catalog.date))}</td><td>Nomor : ${esc(catalog.number ?? '')}</td></tr></tbody></table>
<table class="catalog"><tbody>
${rows}
</tbody></table>
</main>
</body>
</html>
`;
}
