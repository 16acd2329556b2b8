import { describe, expect, it } from 'vitest';
import { builtinSopDefinitions, getSop, renderCatalog, renderSop, sopTable, successors, validateSop } from '../src/index.js';
import { flowchart, flowColumns, flowRows } from '../src/internal/sop-flowchart.js';
import type { ResolvedSop } from '../src/validate-sop.js';

const H = 100;
type Point = { x: number; y: number };
type Segment = { a: Point; b: Point; arrow: boolean };
type Box = { row: number; x0: number; x1: number; y0: number; y1: number; primary: boolean };

/** The drawing of every row in one coordinate system: row r spans y from r·H to (r+1)·H. */
function parse(svgs: readonly string[]) {
  const segments: Segment[] = [];
  const boxes: Box[] = [];
  const y = (value: string, row: number) => row * H + (value === '100%' ? H : Number(value));
  svgs.forEach((svg, row) => {
    for (const m of svg.matchAll(/<line( class="flow-grid")? x1="([^"]+)" y1="([^"]+)" x2="([^"]+)" y2="([^"]+)"( marker-end="[^"]+")?\/>/g)) {
      if (m[1]) continue;
      segments.push({ a: { x: Number(m[2]), y: y(m[3]!, row) }, b: { x: Number(m[4]), y: y(m[5]!, row) }, arrow: m[6] !== undefined });
    }
    let first = true;
    for (const m of svg.matchAll(
      /<rect class="flow-shape" x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)"|<path class="flow-shape" d="M([^,]+),([^ ]+) L([^,]+),[^ ]+ L[^,]+,([^ ]+) L([^,]+)/g,
    )) {
      // The actor's shape is drawn last; participants before it.
      const box =
        m[1] !== undefined
          ? { x0: Number(m[1]), x1: Number(m[1]) + Number(m[3]), y0: y(m[2]!, row), y1: y(m[2]!, row) + Number(m[4]) }
          : { x0: Number(m[9]), x1: Number(m[7]), y0: y(m[6]!, row), y1: y(m[8]!, row) };
      boxes.push({ row, ...box, primary: false });
      first = false;
    }
    if (!first) boxes[boxes.length - 1]!.primary = true;
  });
  return { segments, boxes };
}

const near = (p: Point, box: Box) => p.x >= box.x0 - 1 && p.x <= box.x1 + 1 && p.y >= box.y0 - 1 && p.y <= box.y1 + 1;
const same = (p: Point, q: Point) => Math.abs(p.x - q.x) < 0.01 && Math.abs(p.y - q.y) < 0.01;

/** Follows the lines leaving each row's shape to the arrowheads they end in: the drawn edges, as row pairs. */
function drawnEdges(svgs: readonly string[]): string[] {
  const { segments, boxes } = parse(svgs);
  const edges = new Set<string>();
  for (const shape of boxes.filter((b) => b.primary)) {
    const rowBoxes = boxes.filter((b) => b.row === shape.row);
    const start = segments.filter((s) => !s.arrow && rowBoxes.some((b) => near(s.a, b)) && !rowBoxes.some((b) => near(s.b, b)));
    const seen = new Set<Segment>();
    const queue = start.map((s) => ({ s, end: s.b }));
    while (queue.length) {
      const { s, end } = queue.shift()!;
      if (seen.has(s)) continue;
      seen.add(s);
      if (s.arrow) {
        const target = boxes.find((b) => b.primary && near(end, b));
        if (target) edges.add(`${shape.row}>${target.row}`);
        continue;
      }
      for (const next of segments) {
        if (seen.has(next)) continue;
        if (same(next.a, end)) queue.push({ s: next, end: next.b });
        else if (same(next.b, end) && !next.arrow) queue.push({ s: next, end: next.a });
      }
    }
  }
  return [...edges].sort();
}

/** The edges the SOP means, between printed rows (steps sharing a number form one row), worked out here on their own. */
function meantEdges(sop: ResolvedSop): string[] {
  const rowOf = new Map<string, number>();
  let row = -1;
  sop.steps.forEach((step, i) => {
    if (i === 0 || sop.steps[i - 1]!.no !== step.no) row += 1;
    rowOf.set(step.id, row);
  });
  const edges = new Set<string>();
  for (const step of sop.steps) {
    for (const next of successors(step)) {
      const [a, b] = [rowOf.get(step.id)!, rowOf.get(next)!];
      if (a !== b) edges.add(`${a}>${b}`);
    }
  }
  return [...edges].sort();
}

describe('the flowchart drawn in the Pelaksana columns', () => {
  for (const definition of builtinSopDefinitions) {
    it(`${definition.id}: every arrow the SOP means is drawn, and no other`, () => {
      const sop = getSop(definition.id).sop;
      const columns = flowColumns(sop);
      const rows = flowRows(sop);
      const { svg } = flowchart(columns, rows, { columnWidth: 48, columns: columns.length });
      expect(drawnEdges(svg)).toEqual(meantEdges(sop));
    });
  }

  it('draws each row in its actor column: a capsule at Mulai and Selesai, a diamond for a decision', () => {
    const sop = getSop('sumbawa').sop;
    const columns = flowColumns(sop);
    const rows = flowRows(sop);
    const { svg } = flowchart(columns, rows, { columnWidth: 48, columns: columns.length });
    const { boxes } = parse(svg);
    rows.forEach((row, r) => {
      const shape = boxes.find((b) => b.row === r && b.primary)!;
      const column = columns.findIndex((c) => c.role.id === row.steps[0]!.actor);
      expect(((shape.x0 + shape.x1) / 2 - 24) / 48, `row ${row.no}`).toBe(column);
    });
    expect(svg[0]).toContain('>Mulai<');
    expect(svg[svg.length - 1]).toContain('>Selesai<');
    expect(svg.filter((s) => s.includes('<path class="flow-shape"')).length).toBe(sop.steps.filter((s) => s.decision).length);
    // Each decision labels both ways out.
    const labels = svg.join('').match(/>(Ya|Tidak)</gi) ?? [];
    expect(labels.length).toBe(2 * sop.steps.filter((s) => s.decision).length);
  });

  it('prints Babel row 5 once, with the three follow-ups as its Mutu Baku lines', () => {
    const html = renderSop(getSop('babel').sop, 'html');
    expect(html.match(/<td class="no" rowspan="3">5<\/td>/g)).toHaveLength(1);
    expect(html.match(/<td class="no"[^>]*>5<\/td>/g)).toHaveLength(1);
    expect(html).toContain('<td>Pemberian hosting domain dan pengintegrasian</td>');
  });
});

describe('the printed document', () => {
  const sop = getSop('sumbawa').sop;

  it('prints the identity block as the seed does: Indonesian dates, no version row', () => {
    const html = renderSop(sop, 'html');
    expect(html).toContain('<th scope="row">Tanggal Pembuatan</th><td>30 November 2021</td>');
    expect(html).toContain('<th scope="row">Tanggal Efektif</th><td>2 Desember 2021</td>');
    expect(html).not.toMatch(/>Versi</);
    for (const box of ['Dasar Hukum', 'Kualifikasi Pelaksana', 'Keterkaitan', 'Peralatan/Perlengkapan', 'Peringatan', 'Pencatatan dan Pendataan'])
      expect(html).toContain(`<div class="box-title">${box}</div>`);
  });

  it('keeps the analyst notes out of the printed Keterangan unless asked', () => {
    const noted = sop.steps.find((s) => s.note)!;
    expect(renderSop(sop, 'html')).not.toContain('Catatan analis');
    expect(renderSop(sop, 'md')).not.toContain(noted.note!.slice(0, 40));
    expect(renderSop(sop, 'md', { notes: true })).toContain(noted.note!.slice(0, 40));
    expect(renderSop(sop, 'html', { notes: true })).toContain('Catatan analis');
  });

  it('prints the actor columns in the order the document lists, grouped, and marks a column the seed lacks', () => {
    const base = builtinSopDefinitions.find((d) => d.id === 'sumbawa')!;
    const result = validateSop({
      ...base,
      id: 'urutan',
      document: { columns: ['opd', { group: 'Bidang TI', roles: ['kabid', 'kasi'] }, 'kadis'] },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(flowColumns(result.sop).map((c) => [c.role.id, c.group ?? '', c.printed])).toEqual([
      ['opd', '', true],
      ['kabid', 'Bidang TI', true],
      ['kasi', 'Bidang TI', true],
      ['kadis', '', true],
      ['tim-pengembang', '', false],
      ['tim-teknis-opd', '', false],
    ]);
    const html = renderSop(result.sop, 'html');
    expect(html).toContain('<th scope="colgroup" colspan="2" class="actor">Bidang TI</th>');
    expect(html).toContain('Kolom yang tidak ada pada SOP asli');
    const refused = validateSop({ ...base, id: 'salah', document: { columns: ['opd', 'tidak-ada', 'opd'] } });
    expect(refused.ok ? [] : refused.issues.map((i) => i.path.join('.'))).toEqual(['document.columns.1', 'document.columns.2']);
  });
});

describe('the service catalog (seed 003)', () => {
  it('prints every row of the Babel catalog in the seed order, with its number, date and promised availability', () => {
    const page = renderCatalog(getSop('babel').sop)!;
    const labels = [...page.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(labels).toEqual([
      'Nama Layanan',
      'Deskripsi Layanan',
      'Spesifikasi Layanan',
      'Persyaratan Layanan',
      'Cakupan Pengguna Layanan',
      'Pengelola Layanan',
      'Keterkaitan Layanan',
      'Komponen Layanan',
      'Waktu Berjalannya Layanan',
      'Service Level Agreement (SLA)',
      'National Charging / Komponen Biaya Layanan',
      'Proses Permintaan Layanan',
      'Dampak Operasional',
      'Daftar Layanan Pendukung',
      'Ketersediaan yang Dijamin',
      'Outcome',
    ]);
    expect(page).toContain('Nomor : SC - 04/EGOTIK/2023');
    expect(page).toContain('Ditetapkan Tanggal : 10 April 2023');
    expect(page).toContain('<p>90 %</p>');
    expect(getSop('babel').sop.document?.catalog?.availability).toBe(0.9);
  });

  it('is absent for an SOP that publishes none', () => {
    expect(renderCatalog(getSop('sumbawa').sop)).toBeUndefined();
  });
});

describe('the HTML document prints the table as the definition holds it', () => {
  /** The document's body rows, cell texts only (a list's items apart, the drawing left out). */
  function printed(html: string) {
    const text = (cell: string) => {
      const items = [...cell.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
      const plain = (s: string) =>
        s
          .replace(/<sup>[\s\S]*?<\/sup>/g, '')
          .replace(/<[^>]+>/g, '')
          .replace(/&amp;/g, '&')
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .trim();
      return items.length ? items.map(plain) : plain(cell) ? [plain(cell)] : [];
    };
    const rows: { no: string; uraian: string; lines: { kelengkapan: string[]; waktu: string; output: string[] }[] }[] = [];
    for (const tr of html.matchAll(/<tr data-row="\d+"[^>]*>([\s\S]*?)<\/tr>/g)) {
      const cells = [...tr[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]!);
      const mutu = cells.length === 7 ? cells.slice(3) : cells;
      if (cells.length === 7) rows.push({ no: text(cells[0]!)[0]!, uraian: text(cells[1]!)[0]!, lines: [] });
      rows.at(-1)!.lines.push({ kelengkapan: text(mutu[0]!), waktu: text(mutu[1]!)[0] ?? '', output: text(mutu[2]!) });
    }
    return rows;
  }

  for (const { id } of builtinSopDefinitions) {
    it(`${id}: No, Uraian and each Mutu Baku line as the table holds them`, () => {
      const sop = getSop(id).sop;
      const table = sopTable(sop);
      // Steps sharing a number are one printed row; a routing step without Mutu Baku prints no line.
      const expected: ReturnType<typeof printed> = [];
      for (const row of table.rows) {
        const mutu = { kelengkapan: [...row.kelengkapan], waktu: row.waktu, output: [...row.output] };
        const last = expected.at(-1);
        if (last && last.no === row.no) {
          if (mutu.kelengkapan.length || mutu.waktu || mutu.output.length) last.lines.push(mutu);
        } else
          expected.push({
            no: row.no,
            uraian: row.description,
            lines: mutu.kelengkapan.length || mutu.waktu || mutu.output.length || table.rows.filter((r) => r.no === row.no).length === 1 ? [mutu] : [],
          });
      }
      expect(printed(renderSop(sop, 'html'))).toEqual(expected);
    });
  }
});
