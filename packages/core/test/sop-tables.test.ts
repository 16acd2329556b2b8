import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getSop, sopTable, type SopTableRow } from '../src/index.js';

// Each seed's procedure table, transcribed from the seed alone (fixtures/seeds/transcribe.mjs),
// against the table the built-in definition prints, cell by cell. A cell that differs must be
// listed in the fixture's `differences` with the reason; a listed difference that no longer
// occurs fails too, so the list stays true.

interface Line {
  kelengkapan: string[];
  waktu: string;
  output: string[];
  keterangan: string;
}
interface SeedRow {
  no: string;
  uraian: string;
  marks: Record<string, string>;
  lines: Line[];
}
interface Difference {
  row: string;
  field: string;
  seed: unknown;
  ours: unknown;
  why: string;
}
interface Fixture {
  source: string;
  variant: string;
  columns: string[];
  rows: SeedRow[];
  differences: Difference[];
}

const dir = new URL('./fixtures/seeds/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Fixture);

const norm = (value: string) => value.replace(/\s+/g, ' ').trim();

/** The printed rows of a table: steps sharing a number are one row; a route step without Mutu Baku prints no line of its own. */
function printedRows(rows: readonly SopTableRow[]) {
  const groups: { no: string; rows: SopTableRow[] }[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.no === row.no) last.rows.push(row);
    else groups.push({ no: row.no, rows: [row] });
  }
  return groups.map(({ no, rows: members }) => {
    const lines = members.filter((r) => members.length === 1 || r.kelengkapan.length || r.waktu || r.output.length);
    return { no, uraian: members[0]!.description, cells: members[0]!.cells, mark: members[0]!.mark, lines };
  });
}

/** Every cell of the seed against ours: the differences found, as `row/field`. */
function compare(fixture: Fixture) {
  const table = sopTable(getSop(fixture.variant).sop);
  const ours = printedRows(table.rows);
  const found: Difference[] = [];
  let cells = 0;
  const check = (row: string, field: string, seed: unknown, mine: unknown) => {
    cells += 1;
    if (JSON.stringify(seed) !== JSON.stringify(mine)) found.push({ row, field, seed, ours: mine, why: '' });
  };
  check(
    '-',
    'rows',
    fixture.rows.map((r) => r.no),
    ours.map((r) => r.no),
  );
  // The printed actor columns, in order (capitals as the seed sets them aside).
  check(
    '-',
    'columns',
    fixture.columns.map((c) => norm(c).toUpperCase()),
    table.columns.filter((c) => !table.unprinted.includes(c.id)).map((c) => norm(c.name).toUpperCase()),
  );
  for (const seed of fixture.rows) {
    const mine = ours.find((r) => r.no === seed.no);
    if (!mine) continue;
    check(seed.no, 'uraian', norm(seed.uraian), norm(mine.uraian));
    check(seed.no, 'lines', seed.lines.length, mine.lines.length);
    seed.lines.forEach((line, i) => {
      const m = mine.lines[i];
      const at = seed.lines.length > 1 ? `.${i + 1}` : '';
      check(seed.no, `kelengkapan${at}`, line.kelengkapan.map(norm), (m?.kelengkapan ?? []).map(norm));
      check(seed.no, `waktu${at}`, norm(line.waktu), norm(m?.waktu ?? ''));
      check(seed.no, `output${at}`, line.output.map(norm), (m?.output ?? []).map(norm));
      check(seed.no, `keterangan${at}`, norm(line.keterangan), norm(m?.keterangan ?? ''));
    });
    // Mulai and Selesai where the seed writes them; a text in an actor's column (seed 001) marks that actor on the row.
    for (const [column, text] of Object.entries(seed.marks)) {
      const name = fixture.columns[Number(column)]!;
      if (/^mulai$/i.test(text)) check(seed.no, `mark ${name}`, 'start', mine.mark);
      else if (/^selesai$/i.test(text)) check(seed.no, `mark ${name}`, 'end', mine.mark);
      else if (/^(ya|tidak)$/i.test(text)) continue;
      else {
        const column = table.columns.find((role) => norm(role.name).toUpperCase() === norm(name).toUpperCase() || role.name.startsWith(name));
        check(seed.no, `cell ${name}`, text, (column && mine.cells[column.id]) ?? '');
      }
    }
  }
  return { found, cells };
}

const key = (d: Pick<Difference, 'row' | 'field'>) => `${d.row}/${d.field}`;

describe('the printed SOP tables against the seeds, cell by cell', () => {
  for (const fixture of fixtures) {
    it(`${fixture.variant}: every differing cell is listed with its reason, and every listed one still differs`, () => {
      const { found, cells } = compare(fixture);
      const listed = new Map(fixture.differences.map((d) => [key(d), d]));
      const unexplained = found.filter((d) => {
        const entry = listed.get(key(d));
        return !entry || JSON.stringify(entry.seed) !== JSON.stringify(d.seed) || JSON.stringify(entry.ours) !== JSON.stringify(d.ours) || !entry.why.trim();
      });
      const stale = fixture.differences.filter((d) => !found.some((f) => key(f) === key(d)));
      console.info(`${fixture.variant}: ${cells} sel (cells), ${cells - found.length} sama (equal), ${found.length} berbeda dengan alasan (differ, explained)`);
      expect(unexplained).toEqual([]);
      expect(stale).toEqual([]);
    });
  }
});
