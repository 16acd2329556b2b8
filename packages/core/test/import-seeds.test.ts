import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closestVariant, importSop, renameForVariant, type ReviewItem, type SopImport } from '../src/import-sop.js';
import { builtinSopDefinitions, deriveChanges, getSop, type SopCap, type SopDefinition, type SopStep, validateSop } from '../src/index.js';
import { seedsDir as findSeeds } from './seeds-dir.js';

// The importer against the curated built-in variants, cell by cell. Each seed document is
// imported from the seeds directory (see seeds-dir.ts; the fixtures keep the parsed cells, not
// the text); its draft is compared with the variant the fixtures name for that seed. A cell is
// one of a step's No (the row exists), Uraian, actor, participants, Kelengkapan, Waktu, Output
// and, where either side has a decision, its "ya" and "tidak" targets; and each cap (Waktu and
// the rows it spans) where either side has caps. Every cell that disagrees
// must be flagged in `review` at that cell's path (0 silent errors).

const seedsDir = findSeeds() ?? '../shared/seeds';
const haveSeeds = existsSync(seedsDir);
const fixturesDir = new URL('./fixtures/seeds/', import.meta.url);

/** Seed number → variant id, from the fixtures' `source` ("Seed 001: ...") and `variant`. */
const variantOfSeed = new Map(
  readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(new URL(f, fixturesDir), 'utf8')) as { source: string; variant: string })
    .map((fixture) => [/^Seed (\d{3})/.exec(fixture.source)![1]!, fixture.variant] as const),
);

const seedText = (seed: string) => readFileSync(`${seedsDir}/${readdirSync(seedsDir).find((f) => f.startsWith(`${seed}_`))}`, 'utf8');

const norm = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const labels = (items: SopStep['kelengkapan']) => (items ?? []).map((item) => norm(item.label).toLowerCase());

/** Name words for matching the draft's roles with the curated ones (this test's own, simple reading). */
const SHORT: Record<string, string> = { kabid: 'kepala bidang', kasi: 'kepala seksi', kadis: 'kepala dinas', tu: 'tata usaha', prakom: 'pranata komputer' };
const nameWords = (name: string) =>
  new Set(
    name
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w && w !== 'dan')
      .flatMap((w) => (SHORT[w] ?? w).split(' ')),
  );

/** Each draft role → the curated role whose name it fits best (containment, one to one), or none. */
function mapRoles(draft: SopDefinition, curated: SopDefinition): Map<string, string> {
  const pairs: { from: string; to: string; score: number }[] = [];
  for (const mine of draft.roles ?? []) {
    const a = nameWords(mine.name);
    for (const theirs of curated.roles ?? []) {
      const b = nameWords(theirs.name);
      const shared = [...a].filter((w) => b.has(w)).length;
      const containment = shared / Math.min(a.size, b.size);
      const jaccard = shared / new Set([...a, ...b]).size;
      if (containment >= 0.6) pairs.push({ from: mine.id, to: theirs.id, score: containment + jaccard });
    }
  }
  const map = new Map<string, string>();
  const taken = new Set<string>();
  for (const pair of pairs.sort((x, y) => y.score - x.score)) {
    if (map.has(pair.from) || taken.has(pair.to)) continue;
    map.set(pair.from, pair.to);
    taken.add(pair.to);
  }
  return map;
}

interface Cell {
  readonly no: string;
  readonly field: string;
  readonly draft: unknown;
  readonly curated: unknown;
  readonly agrees: boolean;
  /** Where the cell is in the draft (undefined when the draft lacks the row). */
  readonly path?: readonly (string | number)[];
}

/** Every measured cell of a draft against its curated variant. */
function compareCells(draft: SopDefinition, curated: SopDefinition): Cell[] {
  const roles = mapRoles(draft, curated);
  const role = (id: string | undefined) => (id === undefined ? undefined : (roles.get(id) ?? `(tidak dipetakan: ${id})`));
  const draftSteps = draft.steps ?? [];
  const curatedSteps = curated.steps ?? [];
  const nos = [...new Set([...curatedSteps.map((s) => s.no), ...draftSteps.map((s) => s.no)])];
  const noOf = (steps: readonly SopStep[], id: string | undefined) => steps.find((s) => s.id === id)?.no;
  const cells: Cell[] = [];
  for (const no of nos) {
    const index = draftSteps.findIndex((s) => s.no === no);
    const mine = draftSteps[index];
    const theirs = curatedSteps.find((s) => s.no === no);
    const cell = (field: string, pathField: readonly (string | number)[], d: unknown, c: unknown) =>
      cells.push({
        no,
        field,
        draft: d,
        curated: c,
        agrees: mine !== undefined && theirs !== undefined && JSON.stringify(d) === JSON.stringify(c),
        ...(mine ? { path: ['steps', index, ...pathField] } : {}),
      });
    cell('no', ['no'], mine?.no, theirs?.no);
    cell('uraian', ['description'], norm(mine?.description), norm(theirs?.description));
    cell('actor', ['actor'], role(mine?.actor), theirs?.actor);
    cell('participants', ['participants'], (mine?.participants ?? []).map((p) => role(p)).sort(), [...(theirs?.participants ?? [])].sort());
    cell('kelengkapan', ['kelengkapan'], labels(mine?.kelengkapan), labels(theirs?.kelengkapan));
    cell('waktu', ['waktu'], norm(mine?.waktu), norm(theirs?.waktu));
    cell('output', ['outputs'], labels(mine?.outputs), labels(theirs?.outputs));
    if (mine?.decision || theirs?.decision) {
      cell('ya', ['decision', 'yes'], noOf(draftSteps, mine?.decision?.yes), noOf(curatedSteps, theirs?.decision?.yes));
      cell('tidak', ['decision', 'no'], noOf(draftSteps, mine?.decision?.no), noOf(curatedSteps, theirs?.decision?.no));
    }
  }
  // Caps ("Maksimal 35 Hari Kerja" over a span of steps): Waktu and the rows they span.
  const span = (cap: SopCap | undefined, steps: readonly SopStep[]) => cap && [norm(cap.waktu), noOf(steps, cap.from), noOf(steps, cap.to)];
  for (let k = 0; k < Math.max(draft.caps?.length ?? 0, curated.caps?.length ?? 0); k += 1) {
    const d = span(draft.caps?.[k], draftSteps);
    const c = span(curated.caps?.[k], curatedSteps);
    cells.push({
      no: '-',
      field: `batas ${k + 1}`,
      draft: d,
      curated: c,
      agrees: d !== undefined && JSON.stringify(d) === JSON.stringify(c),
      ...(d ? { path: ['caps', k] } : {}),
    });
  }
  return cells;
}

/** The parts around the table (identity, kop, boxes): agreeing or not, each with its path. Reported, not asserted. */
function compareFront(draft: SopDefinition, curated: SopDefinition): Cell[] {
  const fields: [string, (d: SopDefinition) => unknown, (string | number)[]][] = [
    ['nama', (d) => d.name, ['name']],
    ['nomor', (d) => d.number ?? '', ['number']],
    ['tanggal', (d) => d.dates ?? {}, ['dates']],
    ['disahkan', (d) => d.approvedBy ?? '', ['approvedBy']],
    ['dasar hukum', (d) => d.legalBasis ?? [], ['legalBasis']],
    ['kop', (d) => d.document?.heading ?? [], ['document', 'heading']],
    ['kualifikasi', (d) => d.document?.qualifications ?? [], ['document', 'qualifications']],
    ['keterkaitan', (d) => d.document?.related ?? [], ['document', 'related']],
    ['peralatan', (d) => d.document?.equipment ?? [], ['document', 'equipment']],
    ['peringatan', (d) => d.document?.warnings ?? [], ['document', 'warnings']],
    ['pencatatan', (d) => d.document?.records ?? [], ['document', 'records']],
  ];
  return fields.map(([field, get, path]) => {
    const d = get(draft);
    const c = get(curated);
    return { no: '-', field, draft: d, curated: c, agrees: JSON.stringify(d) === JSON.stringify(c), path };
  });
}

/** A review item names the cell: its path starts with the cell's path. */
const flagged = (cell: Cell, review: readonly ReviewItem[]) =>
  cell.path !== undefined && review.some((item) => cell.path!.every((part, i) => item.path[i] === part));

function measure(seed: string): { result: SopImport; cells: Cell[]; agree: number; silent: Cell[]; flaggedAgreeing: number; front: Cell[] } {
  const result = importSop(seedText(seed));
  const curated = getSop(variantOfSeed.get(seed)!).sop as unknown as SopDefinition;
  const cells = compareCells(result.definition, curated);
  const agree = cells.filter((c) => c.agrees).length;
  const silent = cells.filter((c) => !c.agrees && !flagged(c, result.review));
  const flaggedAgreeing = cells.filter((c) => c.agrees && flagged(c, result.review)).length;
  return { result, cells, agree, silent, flaggedAgreeing, front: compareFront(result.definition, curated) };
}

function report(seed: string, m: ReturnType<typeof measure>) {
  const pct = ((100 * m.agree) / m.cells.length).toFixed(1);
  const lines = [
    `seed ${seed} → ${variantOfSeed.get(seed)} (${m.result.table.found}): ${m.agree}/${m.cells.length} sel sama (cells agree) = ${pct}%; ` +
      `${m.cells.length - m.agree} berbeda (differ), ${m.silent.length} tanpa tanda (unflagged); ` +
      `${m.flaggedAgreeing} sel yang sama ikut ditandai (agreeing cells flagged); ${m.result.review.length} butir tinjauan (review items)`,
    ...m.cells
      .filter((c) => !c.agrees)
      .map(
        (c) =>
          `  ${flagged(c, m.result.review) ? 'ditandai' : 'TANPA TANDA'} ${c.no}/${c.field}: draf ${JSON.stringify(c.draft)} · kurasi ${JSON.stringify(c.curated)}`,
      ),
    `  identitas, kop dan kotak (identity, kop, boxes; not asserted): ${m.front.filter((c) => c.agrees).length}/${m.front.length} sama; berbeda: ${
      m.front
        .filter((c) => !c.agrees)
        .map((c) => `${c.field}${flagged(c, m.result.review) ? ' (ditandai)' : ''}`)
        .join(', ') || '-'
    }`,
  ];
  console.info(lines.join('\n'));
}

describe.skipIf(!haveSeeds)('importSop on the seed documents, cell by cell against the curated variants', () => {
  for (const seed of ['001', '002', '004']) {
    it(`seed ${seed}: at least 90% of the cells agree and every disagreeing cell is flagged`, () => {
      const m = measure(seed);
      report(seed, m);
      expect(m.result.table.found).toBe('panrb');
      expect(m.cells.length).toBeGreaterThan(50);
      expect(m.agree / m.cells.length).toBeGreaterThanOrEqual(0.9);
      expect(m.silent.map((c) => `${c.no}/${c.field}`)).toEqual([]);
      expect(m.result.valid).toBe(true);
    });
  }

  it('seed 003 (a service catalog with an SOP table inside): the table is found and read; agreement reported', () => {
    const m = measure('003');
    report('003', m);
    expect(m.result.table.found).toBe('panrb');
    expect(m.result.definition.steps?.length).toBeGreaterThan(0);
    expect(m.silent.map((c) => `${c.no}/${c.field}`)).toEqual([]);
  });

  it('seed 000 (a guideline without a Permen PANRB table): says so, and takes the stages it has', () => {
    const m = measure('000');
    report('000', m);
    expect(m.result.table.found).toBe('simple');
    const notice = m.result.review.find((item) => item.path.length === 1 && item.path[0] === 'steps');
    expect(notice?.reason.id).toMatch(/bukan tabel Permen PANRB/);
    expect(m.result.definition.steps?.map((s) => s.no)).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    expect(m.silent.map((c) => `${c.no}/${c.field}`)).toEqual([]);
  });

  it('each seed draft reads most like its own curated variant among the built-ins, and derives from it with its steps renamed', () => {
    const builtins = builtinSopDefinitions.map((d) => getSop(d.id).sop);
    const found: string[] = [];
    for (const seed of ['000', '001', '002', '003', '004']) {
      const { definition } = importSop(seedText(seed));
      const match = closestVariant(definition, builtins);
      found.push(`${seed}→${match?.base ?? '-'}`);
      // The others are far off: no other built-in pairs half the steps.
      const others = builtins.filter((b) => b.id !== match?.base).map((b) => closestVariant(definition, [b], 0)?.score ?? 0);
      expect(Math.max(...others)).toBeLessThan(0.5);
      console.info(
        `seed ${seed}: paling mirip (closest) ${match?.base ?? '-'}, ${match ? Math.round(match.score * 100) : 0}% langkah berpasangan (steps paired)`,
      );
      if (!match || match.base !== variantOfSeed.get(seed)) continue;
      const base = getSop(match.base).sop;
      const renamed = renameForVariant(definition, match, base);
      // Renamed, the draft still validates as a variant derived from its match, and the changes name only what differs.
      const derived = {
        ...definition,
        roles: renamed.roles,
        document: renamed.document,
        caps: renamed.caps,
        extends: match.base,
        changes: deriveChanges(base.steps, renamed.steps),
      } as SopDefinition;
      delete (derived as { steps?: unknown }).steps;
      delete (derived as { start?: unknown }).start;
      const checked = validateSop(derived, { lookup: (id) => builtinSopDefinitions.find((d) => d.id === id) });
      expect(checked.ok, JSON.stringify(checked.issues.slice(0, 3))).toBe(true);
      const paired = Object.keys(match.steps).length;
      expect(renamed.steps.filter((step) => base.steps.some((b) => b.id === step.id))).toHaveLength(paired);
      // The documents of paired steps keep the variant's keys (the forms bound to them) where their labels read alike.
      const items = renamed.steps.flatMap((step) => {
        const theirs = base.steps.find((b) => b.id === step.id);
        return theirs
          ? [...(step.kelengkapan ?? []), ...(step.outputs ?? [])].map((item) =>
              [...(theirs.kelengkapan ?? []), ...(theirs.outputs ?? [])].some((b) => b.key === item.key),
            )
          : [];
      });
      const changed = derived.changes?.replace?.length ?? 0;
      console.info(
        `seed ${seed}: ${items.filter(Boolean).length}/${items.length} dokumen langkah berpasangan memakai kunci varian (documents keep the variant's keys); ${changed}/${paired} langkah berubah (steps changed)`,
      );
      // Seed 003's curated variant joins five channels into one item and keeps two disposition keys the draft reads as one.
      if (seed !== '003') expect(items.filter(Boolean).length / items.length).toBeGreaterThan(0.9);
    }
    expect(found).toEqual(['000→sumbar-asap', '001→sumbar-sop', '002→sumbawa', '003→babel', '004→kalbar-lpse']);
  });

  it('the comparison catches a wrong cell nobody flagged (the measure can fail)', () => {
    const result = importSop(seedText('002'));
    const curated = getSop('sumbawa').sop as unknown as SopDefinition;
    const steps = structuredClone(result.definition.steps ?? []);
    const i = steps.findIndex((s) => s.no === '2');
    steps[i]!.waktu = '9 Hari Kerja';
    const cells = compareCells({ ...result.definition, steps }, curated);
    const wrong = cells.filter((c) => !c.agrees && !flagged(c, result.review));
    expect(wrong.map((c) => `${c.no}/${c.field}`)).toEqual(['2/waktu']);
  });
});

if (!haveSeeds) {
  describe('importSop on the seed documents', () => {
    it.skip('skipped: no seeds directory (ALUR_SEEDS_DIR, shared/seeds above the checkout, /work/shared/seeds); the seed texts are not in the fixtures', () => {});
  });
}
