import { AlurError, type LocalizedText } from '../../alur-error.js';
import { parseDuration, type SopDuration } from '../../parse-duration.js';
import type { SopCap, SopItem, SopStep } from '../../sop-definition.js';
import { type DraftRole, type Evidence, findMentions, readUraian, type Reading, reasons, type Roles } from './actors.js';
import { cellItems } from './items.js';
import { type Review, t } from './review.js';
import { FLOW_LABEL, type ReadTable, type TableRow } from './table.js';
import { clean, norm, slugify, unique } from './text.js';
import { ROLE_TITLE, sameWord, tokens } from './words.js';

const bare = (word: string | undefined) => (word ?? '').replace(/[^\p{L}\p{N}/-]/gu, '');
const SYMBOL = /^[√✓✔vVxX•●○◦□■◇◆▭▢*+-]$/;
const AUDIENCE = /mempresentasikan|memaparkan|presentasi|paparan|rapat|diskusi|membahas|pembahasan|bimtek|bimbingan teknis|sosialisasi/i;

/** One row of the table on its way to a step. */
interface Plan {
  readonly row: TableRow;
  readonly words: string[];
  readonly reading: Reading;
  actor?: Evidence;
  readonly participants: Map<DraftRole, Evidence>;
  readonly participantDoubts: { confidence: number; reason: LocalizedText }[];
  /** The actor came from the row's own words or marks (not from another row). */
  fromRow: boolean;
  /** Index of its (first) step. */
  step: number;
}

const capitalise = (word: string) => (/^(dan|dari|di|ke|yang|untuk|atau)$/i.test(word) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1));

/** A role name from a phrase of the Uraian: "Tim Teknis dari OPD terkait" → "Tim Teknis OPD". */
function roleName(words: readonly string[]): string | undefined {
  const kept = words
    .map((w) => w.replace(/^[("']+|[)"',.;:]+$/g, ''))
    .filter((w) => w !== '' && !/^(dari|terkait|yang|para|pihak|akan|itu|tersebut)$/i.test(w));
  if (kept.length === 0 || kept.length > 7 || kept.some((w) => /\d/.test(w))) return undefined;
  if (!ROLE_TITLE.test(kept[0]!)) return undefined;
  const name = kept.map(capitalise).join(' ');
  const telling = tokens(name).some((tok) => !/^(tim|kepala|petugas|staf|staff|pejabat|unit|anggota|pelaksana|bagian|bidang|seksi)$/.test(tok));
  return telling ? name : undefined;
}

/** The subject fits a role: it opens with a title or with a word of the role's name. */
function subjectRole(roles: Roles, part: readonly string[]) {
  const match = roles.match(part);
  if (!match) return undefined;
  const first = tokens(part.join(' '))[0];
  const opensWithName = first !== undefined && match.role.tokens.some((n) => sameWord(first, n));
  return ROLE_TITLE.test(bare(part[0])) || opensWithName ? match : undefined;
}

/** Roles named in the rows' text but without a column (seed 001's Tim Database): added, each doubtful. */
export function discoverRoles(table: ReadTable, roles: Roles, simple: boolean): void {
  for (const row of table.rows) {
    const words = row.description.split(/\s+/).filter(Boolean);
    const reading = readUraian(words);
    const candidates: string[][] = [];
    if (!reading.passive) candidates.push(...reading.subjects);
    if (reading.agent) candidates.push(reading.agent);
    for (const part of reading.subjects) {
      const dari = part.findIndex((w) => /^dari$/i.test(w));
      if (dari >= 0) candidates.push(part.slice(dari + 1));
    }
    if (simple) {
      const keterangan = clean(row.lines[0]!.keterangan).split(/\s+/);
      const oleh = keterangan.findIndex((w) => /^oleh$/i.test(w));
      if (oleh >= 0) candidates.push(readUraian(keterangan.slice(oleh)).agent ?? []);
    }
    const known = (words: readonly string[]) => {
      const match = roles.match(words);
      const head = tokens(words.join(' '))[0];
      return match !== undefined && (match.score >= 0.75 || (head !== undefined && match.role.tokens.some((n) => sameWord(head, n))));
    };
    for (const part of candidates) {
      if (part.length === 0 || known(part)) continue;
      const name = roleName(part);
      if (!name || known(name.split(' '))) continue;
      roles.add(name, { discovered: { source: row.description, line: row.n } });
    }
  }
}

/** Context for building the steps. */
export interface StepsContext {
  readonly table: ReadTable;
  readonly roles: Roles;
  /** The role of each actor column. */
  readonly columnRoles: readonly DraftRole[];
  readonly review: Review;
}

/** The flowchart labels all stand in one column: they say nothing about who acts (seed 002). */
function flowColumn(table: ReadTable): number | undefined {
  const columns = new Set<number>();
  let count = 0;
  for (const row of table.rows) {
    for (const [column, text] of row.marks) {
      if (FLOW_LABEL.test(text)) {
        columns.add(column);
        count += 1;
      }
    }
  }
  if (columns.size !== 1 || count < 3) return undefined;
  const [only] = columns;
  return table.rows.every((row) => !row.marks.has(only!) || FLOW_LABEL.test(row.marks.get(only!)!)) ? only : undefined;
}

/** Who acts on a row and who takes part, from its Uraian and its marked columns. */
function inferActors(plan: Plan, ctx: StepsContext, flow: number | undefined, simple: boolean): void {
  const { roles, columnRoles } = ctx;
  const { reading, words, row } = plan;
  const text: Evidence[] = [];
  const addParticipant = (role: DraftRole, evidence: Evidence) => {
    if (!plan.participants.has(role)) plan.participants.set(role, evidence);
  };

  if (!reading.passive) {
    reading.subjects.forEach((part, k) => {
      const match = subjectRole(roles, part);
      const name = part.join(' ');
      if (match) {
        const evidence = {
          role: match.role,
          confidence: match.ambiguous ? 0.4 : match.score >= 0.99 ? 0.9 : 0.7,
          reason: match.ambiguous ? reasons.ambiguous(name) : reasons.subject(name),
        };
        if (k === 0 || text.length === 0) text.push(evidence);
        else addParticipant(match.role, { ...evidence, confidence: Math.min(evidence.confidence, 0.8) });
        return;
      }
      const dari = part.findIndex((w) => /^dari$/i.test(w));
      const origin = dari >= 0 ? roles.match(part.slice(dari + 1)) : undefined;
      if (origin && k === 0) text.push({ role: origin.role, confidence: 0.5, reason: reasons.origin(part.slice(dari + 1).join(' ')) });
    });
  } else {
    for (const mention of findMentions(words, roles, reading.offset, reading.verbAt)) {
      const before = bare(words[mention.start - 1]).toLowerCase();
      if (before === 'dari') continue;
      addParticipant(mention.role, {
        role: mention.role,
        confidence: 0.6,
        reason: t(`"${mention.role.name}" dikenai tindakan (kalimat pasif); ikut serta`, `"${mention.role.name}" is acted upon (passive); takes part`),
      });
    }
  }
  if (reading.agent && text.length === 0) {
    const match = roles.match(reading.agent);
    if (match) text.push({ role: match.role, confidence: match.ambiguous ? 0.4 : 0.75, reason: reasons.agent(reading.agent.join(' ')) });
  }
  if (reading.recipientActor && text.length === 0) {
    const match = roles.match(reading.recipientActor);
    if (match) text.push({ role: match.role, confidence: 0.4, reason: reasons.recipient(reading.recipientActor.join(' ')) });
  }
  if (reading.passive && text.length === 0) {
    for (const part of reading.subjects) {
      const dari = part.findIndex((w) => /^dari$/i.test(w));
      const origin = dari >= 0 ? roles.match(part.slice(dari + 1)) : undefined;
      if (origin) {
        text.push({ role: origin.role, confidence: 0.4, reason: reasons.origin(part.slice(dari + 1).join(' ')) });
        break;
      }
    }
  }
  if (simple && text.length === 0) {
    const keterangan = clean(row.lines[0]!.keterangan).split(/\s+/);
    const oleh = keterangan.findIndex((w) => /^oleh$/i.test(w));
    const agent = oleh >= 0 ? readUraian(keterangan.slice(oleh)).agent : undefined;
    const match = agent && roles.match(agent);
    if (match)
      text.push({
        role: match.role,
        confidence: 0.5,
        reason: t(`pelaksana dibaca dari Keterangan ("oleh ${agent.join(' ')}")`, `actor read from the Keterangan ("oleh ${agent.join(' ')}")`),
      });
  }

  // The marked columns.
  const marks: Evidence[] = [];
  const branchMarks: Evidence[] = [];
  for (const [column, mark] of [...row.marks].sort((a, b) => a[0] - b[0])) {
    const role = columnRoles[column];
    if (!role || (column === flow && FLOW_LABEL.test(mark))) continue;
    if (/^(ya|tidak|yes|no)$/i.test(mark)) {
      // A branch label stands by the decision, often in the decider's column: weak evidence.
      branchMarks.push({
        role,
        confidence: 0.4,
        reason: t(
          `hanya label cabang "${mark}" di kolom "${role.name}" yang menunjuk pelaksana`,
          `only the branch label "${mark}" in the "${role.name}" column points to an actor`,
        ),
      });
      continue;
    }
    const plain = FLOW_LABEL.test(mark) || SYMBOL.test(mark);
    marks.push({ role, confidence: plain ? 0.9 : 0.7, reason: plain ? reasons.mark(role.name) : reasons.textMark(role.name, mark) });
  }
  const patients = new Set([...plan.participants.keys()]);
  const first = text[0];
  if (first) {
    const agrees = marks.some((m) => m.role === first.role);
    if (marks.length === 0 || agrees) plan.actor = agrees ? { ...first, confidence: Math.max(first.confidence, 0.9) } : first;
    else plan.actor = { ...first, confidence: Math.min(first.confidence, 0.5), reason: reasons.conflict(first.role.name, marks[0]!.role.name) };
    plan.fromRow = true;
  } else if (marks.length > 0) {
    const chosen = marks[0]!;
    let confidence = marks.length === 1 ? chosen.confidence : Math.min(chosen.confidence, 0.6);
    let reason = chosen.reason;
    if (patients.has(chosen.role)) {
      confidence = 0.3;
      reason = reasons.patient(chosen.role.name);
    }
    plan.actor = { ...chosen, confidence, reason };
    plan.fromRow = true;
  } else if (branchMarks.length === 1) {
    plan.actor = branchMarks[0]!;
  }
  for (const mark of marks) {
    if (mark.role === plan.actor?.role) continue;
    addParticipant(mark.role, {
      ...mark,
      confidence: Math.min(mark.confidence, 0.6),
      reason: t(`kolom "${mark.role.name}" juga bertanda; dibaca ikut serta`, `the "${mark.role.name}" column is marked too; read as taking part`),
    });
  }

  // Other roles the Uraian names.
  const mentions = findMentions(words, roles);
  let lastCategory: 'with' | 'known' | 'other' = 'other';
  let lastEnd = -2;
  for (const mention of mentions) {
    const before = bare(words[mention.start - 1]).toLowerCase();
    const window = words
      .slice(Math.max(0, mention.start - 3), mention.start)
      .map((w) => bare(w).toLowerCase())
      .join(' ');
    let category: 'with' | 'known' | 'other' = 'other';
    if (/^(dengan|bersama)$/.test(before)) category = 'with';
    else if (/\bdiketahui\b/.test(window)) category = 'known';
    else if (before === 'dan' && lastEnd === mention.start - 1) category = lastCategory;
    lastCategory = category;
    lastEnd = mention.end;
    if (mention.role === plan.actor?.role || plan.participants.has(mention.role)) continue;
    const name = words.slice(mention.start, mention.end).join(' ');
    if (category === 'with') {
      addParticipant(mention.role, {
        role: mention.role,
        confidence: 0.6,
        reason: t(`"${name}" bertindak bersama pelaksana ("dengan")`, `"${name}" acts with the actor ("dengan")`),
      });
    } else if (category === 'known') {
      addParticipant(mention.role, {
        role: mention.role,
        confidence: 0.5,
        reason: t(`"${name}" mengetahui hasil langkah ini ("diketahui")`, `"${name}" acknowledges this step's result ("diketahui")`),
      });
    } else {
      const role = /^(kepada|ke)$/.test(before) ? 'penerima' : before === 'dari' ? 'asal' : 'disebut';
      plan.participantDoubts.push({
        confidence: 0.5,
        reason: t(
          `"${name}" disebut di uraian (${role}) tetapi tidak dijadikan ikut serta; tambahkan bila ikut bertindak`,
          `"${name}" is named in the Uraian (${role === 'penerima' ? 'recipient' : role === 'asal' ? 'origin' : 'named'}) but not made a participant; add it if it takes part`,
        ),
      });
    }
  }
  if (AUDIENCE.test(row.description)) {
    plan.participantDoubts.push({
      confidence: 0.5,
      reason: t(
        'uraian menyebut presentasi, rapat atau diskusi; tentukan siapa yang ikut serta',
        'the Uraian speaks of a presentation, meeting or discussion; say who takes part',
      ),
    });
  }
}

/** The verb that opens an Uraian without a subject, and the word after it: "memberikan tanggapan". */
function opening(plan: Plan): [string, string] | undefined {
  const at = plan.reading.verbAt >= 0 ? plan.reading.verbAt : -1;
  if (at < 0) return undefined;
  return [bare(plan.words[at]).toLowerCase(), bare(plan.words[at + 1]).toLowerCase()];
}

/** Words of a phrase for comparing steps: tokens without role names and without filler. */
const FILLER =
  /^(melanjutkan|lanjut|ulang|kembali|tahap|proses|maka|menyetujui|disetujui|setuju|jika|apabila|bila|tidak|ya|melakukan|dilakukan|telah|selesai)$/;
function topicWords(text: string, roles: Roles): string[] {
  const words = text.split(/\s+/);
  const names = new Set<number>();
  for (const mention of findMentions(words, roles)) for (let i = mention.start; i < mention.end; i += 1) names.add(i);
  return tokens(words.filter((_, i) => !names.has(i)).join(' ')).filter((w) => !FILLER.test(w) && w.length > 2);
}

/** The step whose Uraian a phrase names best, among `candidates`; `undefined` below a third of its words. */
function bestStep(
  phrase: string,
  candidates: readonly { index: number; words: string[] }[],
  roles: Roles,
  latest = false,
): { index: number; score: number } | undefined {
  const wanted = topicWords(phrase, roles);
  if (wanted.length === 0) return undefined;
  let best: { index: number; score: number } | undefined;
  for (const candidate of candidates) {
    const matched = wanted.filter((w) => candidate.words.some((c) => sameWord(w, c))).length;
    const score = latest ? matched / wanted.length : matched / wanted.length + (0.01 * matched) / Math.max(1, candidate.words.length);
    if (!best || score > best.score || (latest && score === best.score)) best = { index: candidate.index, score };
  }
  return best && best.score >= 0.34 ? best : undefined;
}

/** The branches a decision's Uraian states: "Jika menyetujui, X. Jika tidak (menyetujui), Y." */
function branchPhrases(description: string): { yes?: string; no?: string } {
  const clauses = description.split(/(?=\b(?:jika|apabila|bila|bilamana|kalau)\b)/i).slice(1);
  const out: { yes?: string; no?: string } = {};
  for (const clause of clauses) {
    const body = clause.replace(/^\S+\s+/, '');
    const negative = /^(tidak|belum|ditolak|menolak)\b/i.test(body) || /^\S+\s+tidak\b/i.test(body);
    const then = /\bmaka\b\s*(.*)$/i.exec(body) ?? /,\s*(.*)$/.exec(body);
    const consequence = (then?.[1] ?? '').replace(/[,.;]\s*$/, '').trim();
    if (!consequence) continue;
    if (negative) out.no ??= consequence;
    else out.yes ??= consequence;
  }
  return out;
}

const NEGATIVE = /\bketidak|\btidak\s+(tersedia|lengkap|sesuai|memenuhi|layak|disetujui)|\bpenolakan\b|\bditolak\b|\bdikembalikan\b|\bpengembalian\b/i;

/** Builds the steps from the table's rows. */
export function buildSteps(ctx: StepsContext): { steps: SopStep[]; caps: SopCap[]; start?: string } {
  const { table, roles, review } = ctx;
  const simple = table.kind === 'simple';
  const flow = flowColumn(table);
  if (flow !== undefined) {
    const role = ctx.columnRoles[flow];
    review.add(
      ['document', 'columns'],
      0.6,
      t(
        `semua label bagan alir (Mulai, ya, tidak, Selesai) ada di kolom "${role?.name ?? flow + 1}"; label itu tidak dibaca sebagai tanda pelaksana`,
        `every flowchart label (Mulai, ya, tidak, Selesai) is in the "${role?.name ?? flow + 1}" column; they are not read as actor marks`,
      ),
      table.rows.map((row) => [...row.marks.values()].join(' ')).join(' | '),
    );
  }

  // Who acts.
  const plans: Plan[] = table.rows.map((row) => {
    const words = row.description.split(/\s+/).filter(Boolean);
    return { row, words, reading: readUraian(words), participants: new Map(), participantDoubts: [], fromRow: false, step: 0 };
  });
  for (const plan of plans) inferActors(plan, ctx, flow, simple);
  const openings = new Map<string, Plan>();
  for (const plan of plans) {
    const open = opening(plan);
    if (!open || !plan.actor || plan.actor.confidence < 0.7 || plan.reading.subjects.length === 0) continue;
    openings.set(open.join(' '), plan);
    if (!openings.has(open[0])) openings.set(open[0], plan);
  }
  let fallback: DraftRole | undefined;
  plans.forEach((plan, i) => {
    if (plan.actor) return;
    const open = plan.reading.offset === plan.reading.verbAt ? opening(plan) : undefined;
    const like = open && (openings.get(open.join(' ')) ?? openings.get(open[0]));
    if (like?.actor && like !== plan) {
      plan.actor = { role: like.actor.role, confidence: 0.45, reason: reasons.analog(like.row.no, like.actor.role.name) };
      return;
    }
    const previous = plans[i - 1]?.actor;
    if (previous) {
      plan.actor = { role: previous.role, confidence: 0.3, reason: reasons.previous(previous.role.name) };
      return;
    }
    fallback ??= roles.list.find((role) => role.kind === 'staff') ?? roles.list[0] ?? roles.add('Pelaksana');
    plan.actor = {
      role: fallback,
      confidence: 0,
      reason: t('tidak ada petunjuk siapa pelaksananya; isi pelaksana', 'nothing says who acts; fill in the actor'),
    };
  });

  // The steps.
  const steps: SopStep[] = [];
  const stepIds = new Set<string>();
  const keyOf = (label: string) => slugify(label, 40) || 'dokumen';
  const outputsSoFar: { label: string; key: string; step: number }[] = [];
  const upper: UpperBound[] = [];
  const candidates: { index: number; words: string[]; no: string }[] = [];

  const items = (labels: string[]): SopItem[] => {
    const used = new Set<string>();
    return labels.map((label) => ({ key: unique(keyOf(label), used), label }));
  };

  plans.forEach((plan) => {
    const { row } = plan;
    const actor = plan.actor!;
    const index = steps.length;
    plan.step = index;
    const at = (...path: (string | number)[]) => ['steps', index, ...path];
    const id = unique(`langkah-${slugify(row.no) || index + 1}`, stepIds);
    const description = row.description || `Langkah ${row.no}`;
    if (!row.description) review.add(at('description'), 0, t('baris tanpa uraian', 'row without an Uraian'), row.text, row.n, 'missing');
    const step: SopStep = { id, no: row.no, description, actor: actor.role.id };
    review.add(at('actor'), actor.confidence, actor.reason, row.description, row.n);

    const participants = [...plan.participants.values()].filter((p) => p.role !== actor.role);
    if (participants.length > 0) step.participants = participants.map((p) => p.role.id);
    const participantDoubts = [
      ...participants.filter((p) => p.confidence < 0.9).map((p) => ({ confidence: p.confidence, reason: p.reason })),
      ...plan.participantDoubts,
      ...(actor.confidence < 0.5 ? [{ confidence: 0.4, reason: t('pelaksana langkah ini belum pasti', "this step's actor is uncertain") }] : []),
    ];
    if (participantDoubts.length > 0) {
      const lowest = Math.min(...participantDoubts.map((d) => d.confidence));
      review.add(
        at('participants'),
        lowest,
        {
          id: participantDoubts.map((d) => d.reason.id).join('; '),
          en: participantDoubts.map((d) => d.reason.en).join('; '),
        },
        row.description,
        row.n,
      );
    }
    for (const doubt of row.doubts) {
      if (doubt.field === 'actor') review.add(at('actor'), doubt.confidence, doubt.reason, row.text, row.n);
      if (doubt.field === 'cells') review.add(at('cells'), doubt.confidence, doubt.reason, row.text, row.n);
    }

    // Text written in an actor column (seed 001): printed under the flowchart.
    if (!simple) {
      const cells: Record<string, string> = {};
      for (const [column, mark] of row.marks) {
        const role = ctx.columnRoles[column];
        if (role && !FLOW_LABEL.test(mark) && !SYMBOL.test(mark)) cells[role.id] = mark;
      }
      if (Object.keys(cells).length > 0) step.cells = cells;
    }
    if (/\bmendisposisikan\b|\bdisposisi\b/i.test(description)) {
      step.kind = 'disposition';
      review.add(
        at('kind'),
        0.7,
        t('uraian menyebut disposisi; langkah dibaca sebagai disposisi', 'the Uraian speaks of a disposition; read as a disposition step'),
        description,
        row.n,
      );
    }
    if (actor.role.kind === 'requester') step.requesterTime = true;

    // Mutu Baku of the first line.
    const line = row.lines[0]!;
    fillMutu(step, line, at, row, review, outputsSoFar, items, index, upper);
    const keterangan = clean(line.keterangan);
    if (keterangan) step.keterangan = keterangan;
    if (simple) {
      // A table of stages has no Mutu Baku: what it needs and makes is elsewhere in the document.
      const attached = /\bdisertai\s+(dengan)?\s*:?\s*(.+)$/i.exec(keterangan);
      const listed = attached ? cellItems(attached[2]!) : undefined;
      if (listed && listed.items.length > 1) {
        step.outputs = items(listed.items);
        review.add(
          at('outputs'),
          0.4,
          t(
            'tabel tahapan tidak punya kolom Output; diambil dari daftar "disertai dengan" di Keterangan',
            'the stage table has no Output column; taken from the "disertai dengan" list in the Keterangan',
          ),
          keterangan,
          row.n,
        );
      }
      const missing = (field: string, id: string, en: string) =>
        review.add(
          at(field),
          0.2,
          t(
            `tabel tahapan tidak punya kolom ${id}; lengkapi dari bagian lain dokumen (mis. Persyaratan)`,
            `the stage table has no ${en} column; fill it in from elsewhere in the document (e.g. Persyaratan)`,
          ),
          row.text,
          row.n,
          'missing',
        );
      missing('kelengkapan', 'Kelengkapan', 'Kelengkapan');
      if (!step.outputs) missing('outputs', 'Output', 'Output');
      missing('waktu', 'Waktu', 'Waktu');
    }
    steps.push(step);
    candidates.push({ index, words: topicWords(description, roles), no: row.no });

    // More Mutu Baku lines under one row (seed 003's row 5): choices, each a step of its own.
    if (row.lines.length > 1) {
      const cases: { value: string; label: string; next: string }[] = [];
      const values = new Set<string>();
      row.lines.forEach((extra, k) => {
        const subIndex = steps.length;
        const subAt = (...path: (string | number)[]) => ['steps', subIndex, ...path];
        const label = clean(extra.kelengkapan) || `Pilihan ${k + 1}`;
        const subId = unique(`${id}-${slugify(label, 24) || k + 1}`, stepIds);
        const sub: SopStep = { id: subId, no: row.no, description: `${description}: ${label.charAt(0).toLowerCase()}${label.slice(1)}`, actor: actor.role.id };
        const subLine = { ...extra, kelengkapan: '' };
        fillMutu(sub, subLine, subAt, row, review, outputsSoFar, items, subIndex, upper);
        if (clean(extra.kelengkapan)) sub.kelengkapan = [{ key: unique(`layanan-${slugify(label, 30)}`, new Set()), label, kind: 'data', optional: true }];
        steps.push(sub);
        cases.push({ value: unique(slugify(label, 30) || `pilihan-${k + 1}`, values), label, next: subId });
      });
      delete step.kelengkapan;
      delete step.waktu;
      delete step.outputs;
      delete step.scheduleFrom;
      step.route = { field: 'pilihan', label: 'Pilihan tindak lanjut', cases };
      review.add(
        at('route'),
        0.4,
        t(
          `baris ${row.no} punya ${row.lines.length} baris Mutu Baku; dibaca sebagai pilihan, masing-masing satu langkah`,
          `row ${row.no} has ${row.lines.length} lines of Mutu Baku; read as choices, one step each`,
        ),
        row.lines.map((l) => l.text).join('\n'),
        row.n,
      );
    }
  });

  // Flow: decisions, ends, next.
  const stepOfRow = (k: number) => plans[k]?.step;
  plans.forEach((plan, k) => {
    const step = steps[plan.step]!;
    const at = (...path: (string | number)[]) => ['steps', plan.step, ...path];
    const marks = [...plan.row.marks.values()];
    const nextMain = stepOfRow(k + 1);
    const branches = branchPhrases(plan.row.description);
    const conditional = /\b(jika|apabila|bila|bilamana)\b/i.test(plan.row.description) && (branches.no !== undefined || branches.yes !== undefined);
    const noMark = marks.find((m) => /^(tidak|no)$/i.test(m));
    if (noMark || conditional) {
      const yesMark = [plan, plans[k + 1], plans[k + 2]].flatMap((p) => [...(p?.row.marks.values() ?? [])]).find((m) => /^(ya|yes)$/i.test(m));
      const decision = decide(plan, k, plans, steps, candidates, branches, roles);
      if (decision) {
        const question = plan.row.description.split(/\b(?:jika|apabila|bila)\b/i)[0]!.replace(/[,.;\s]+$/, '');
        step.decision = {
          question: `${question}?`,
          yes: steps[decision.yes.index]!.id,
          no: steps[decision.no.index]!.id,
          yesLabel: yesMark ?? 'Ya',
          noLabel: noMark ?? 'Tidak',
        };
        review.add(at('decision', 'yes'), decision.yes.confidence, decision.yes.reason, plan.row.description, plan.row.n);
        review.add(at('decision', 'no'), decision.no.confidence, decision.no.reason, plan.row.description, plan.row.n);
        review.add(
          at('decision', 'question'),
          0.5,
          t(
            'pertanyaan keputusan disusun dari uraian; tulis sebagai pertanyaan ya/tidak',
            'the decision question is made from the Uraian; write it as a yes/no question',
          ),
          plan.row.description,
          plan.row.n,
        );
        if (decision.deadEnd !== undefined) {
          const end = steps[decision.deadEnd]!;
          end.end = true;
          review.add(
            ['steps', decision.deadEnd, 'end'],
            0.4,
            t(
              `langkah ini cabang "tidak" dari langkah ${step.no} dan tidak kembali; dibaca sebagai akhir SOP`,
              `this step is the "no" branch of step ${step.no} and does not lead back; read as an end of the SOP`,
            ),
            plans.find((p) => p.step === decision.deadEnd)?.row.description ?? '',
          );
        }
        return;
      }
    }
    if (marks.some((m) => /^(selesai|end)$/i.test(m)) || nextMain === undefined) {
      step.end = true;
      return;
    }
    if (step.end) return;
    if (step.route) {
      for (const c of step.route.cases) {
        const sub = steps.find((s) => s.id === c.next)!;
        sub.next = steps[nextMain]!.id;
      }
      return;
    }
    step.next = steps[nextMain]!.id;
  });
  // A step made an end as a dead "no" branch keeps only `end`.
  for (const step of steps) if (step.end) delete step.next;

  const mulai = plans.find((plan) => [...plan.row.marks.values()].some((m) => /^(mulai|start)$/i.test(m)));
  if (mulai && mulai.step !== 0) {
    review.add(
      ['start'],
      0.5,
      t(`"Mulai" tertulis pada baris ${mulai.row.no}, bukan baris pertama`, `"Mulai" is written on row ${mulai.row.no}, not the first row`),
      mulai.row.text,
      mulai.row.n,
    );
  }
  // A Waktu written as an upper bound ("Maksimal 35 Hari Kerja") is also a cap over its step: the span may be wider.
  const caps = upper.map(({ index, line, source }, k): SopCap => {
    const step = steps[index]!;
    review.add(
      ['caps', k],
      0.6,
      t(
        `"${step.waktu}" pada langkah ${step.no} dibaca sebagai batas atas langkah itu saja; ubah Dari/Sampai bila batas itu mencakup beberapa langkah`,
        `"${step.waktu}" on step ${step.no} is read as a cap on that step alone; change From/To if the cap spans several steps`,
      ),
      source,
      line,
    );
    return {
      waktu: step.waktu!,
      from: step.id,
      to: step.id,
      note: `Waktu langkah ${step.no} "${step.waktu}": batas atas ${step.description.charAt(0).toLowerCase()}${step.description.slice(1)}.`,
    };
  });
  return { steps, caps, ...(steps[0] ? { start: steps[0].id } : {}) };
}

/** A step whose Waktu is written as an upper bound, and where it was read. */
interface UpperBound {
  readonly index: number;
  readonly line: number;
  readonly source: string;
}

/** Kelengkapan, Waktu and Output of one Mutu Baku line into a step. */
function fillMutu(
  step: SopStep,
  line: TableRow['lines'][number],
  at: (...path: (string | number)[]) => (string | number)[],
  row: TableRow,
  review: Review,
  outputsSoFar: { label: string; key: string; step: number }[],
  items: (labels: string[]) => SopItem[],
  index: number,
  upper: UpperBound[],
): void {
  let kelengkapan = line.kelengkapan;
  let output = line.output;
  let waktu = clean(line.waktu);
  for (const doubt of row.doubts) {
    if (doubt.field === 'kelengkapan') review.add(at('kelengkapan'), doubt.confidence, doubt.reason, row.text, row.n);
  }
  // A document written in the Waktu cell: one column off.
  if (waktu && !/\d/.test(waktu) && !/jadwal/i.test(waktu)) {
    const earlier = outputsSoFar.some((o) => norm(o.label) === norm(waktu));
    const reason = t(
      `"${waktu}" tertulis di kolom Waktu tetapi bukan lama waktu; dibaca sebagai ${earlier || clean(output) ? 'Kelengkapan (keluaran langkah sebelumnya)' : 'Output'} yang bergeser satu kolom`,
      `"${waktu}" is written in the Waktu column but is no duration; read as ${earlier || clean(output) ? 'Kelengkapan (an earlier output)' : 'Output'} shifted one column`,
    );
    if ((earlier || clean(output)) && !clean(kelengkapan)) {
      kelengkapan = line.waktu;
      waktu = '';
      review.add(at('kelengkapan'), 0.4, reason, line.text, line.n);
      review.add(at('waktu'), 0.4, reason, line.text, line.n);
      review.add(at('outputs'), 0.5, reason, line.text, line.n);
    } else if (!clean(output)) {
      output = line.waktu;
      waktu = '';
      review.add(at('outputs'), 0.4, reason, line.text, line.n);
      review.add(at('waktu'), 0.4, reason, line.text, line.n);
      review.add(at('kelengkapan'), 0.5, reason, line.text, line.n);
    }
  }
  const kel = cellItems(kelengkapan);
  if (kel.items.length > 0) step.kelengkapan = items(kel.items);
  if (kel.reason) review.add(at('kelengkapan'), kel.confidence, kel.reason, clean(kelengkapan), line.n);
  const out = cellItems(output);
  if (out.items.length > 0) {
    step.outputs = items(out.items);
    for (const item of step.outputs) outputsSoFar.push({ label: item.label, key: item.key, step: index });
  }
  if (out.reason) review.add(at('outputs'), out.confidence, out.reason, clean(output), line.n);
  if (!waktu) return;
  let duration: SopDuration;
  try {
    duration = parseDuration(waktu);
  } catch (error) {
    if (!(error instanceof AlurError)) throw error;
    // Left out rather than left invalid: the draft still validates, and the cell is flagged with what was printed.
    review.add(
      at('waktu'),
      0,
      t(
        `Waktu "${waktu}" tidak terbaca (${error.text.id}); dikosongkan, isi lama waktunya`,
        `Waktu "${waktu}" cannot be read (${error.text.en}); left empty, fill in the time limit`,
      ),
      waktu,
      line.n,
      'missing',
    );
    return;
  }
  if (duration.kind === 'scheduled') {
    const schedule = [...outputsSoFar].reverse().find((o) => /jadwal/i.test(o.label) && o.step !== index);
    if (!schedule) {
      review.add(
        at('waktu'),
        0,
        t(
          `"${waktu}": tidak ada keluaran sebelumnya yang memuat jadwal; dikosongkan, isi lama waktunya atau tambahkan keluaran jadwal`,
          `"${waktu}": no earlier output holds the schedule; left empty, fill in the time limit or add a schedule output`,
        ),
        waktu,
        line.n,
        'missing',
      );
      return;
    }
    step.waktu = waktu;
    step.scheduleFrom = schedule.key;
    review.add(
      at('scheduleFrom'),
      0.6,
      t(`"Sesuai Jadwal": jadwalnya dibaca dari "${schedule.label}"`, `"Sesuai Jadwal": the schedule is read from "${schedule.label}"`),
      waktu,
      line.n,
    );
    return;
  }
  step.waktu = waktu;
  if (duration.upTo) upper.push({ index, line: line.n, source: waktu });
  if (duration.kind === 'workingDays' && duration.plainDays) {
    review.add(
      at('waktu'),
      0.8,
      t(`"${waktu}" tidak menyebut "kerja"; dihitung sebagai hari kerja`, `"${waktu}" does not say "kerja"; counted as working days`),
      waktu,
      line.n,
    );
  }
}

interface Branch {
  readonly index: number;
  readonly confidence: number;
  readonly reason: LocalizedText;
}

/** The yes and no targets of a decision row. */
function decide(
  plan: Plan,
  k: number,
  plans: readonly Plan[],
  steps: readonly SopStep[],
  candidates: readonly { index: number; words: string[]; no: string }[],
  branches: { yes?: string; no?: string },
  roles: Roles,
): { yes: Branch; no: Branch; deadEnd?: number } | undefined {
  const self = plan.step;
  const next = plans[k + 1];
  const after = plans[k + 2];
  const others = candidates.filter((c) => c.index !== self);
  const backwards = (phrase: string) => /\b(kembali|ulang)\b/i.test(phrase);
  const pick = (phrase: string) => {
    const pool = backwards(phrase)
      ? others.filter((c) => c.index < self)
      : /\b(melanjutkan|lanjut)\b/i.test(phrase)
        ? others.filter((c) => c.index > self)
        : others;
    return bestStep(phrase, pool, roles);
  };
  const noOf = (index: number) => steps[index]!.no;
  /** A branch the Uraian states ("jika tidak, kembali ke …"): the step its words name. */
  const fromUraian = (label: string, en: string, phrase: string): Branch | undefined => {
    const found = pick(phrase);
    return found
      ? {
          index: found.index,
          confidence: 0.7,
          reason: t(
            `cabang "${label}" dibaca dari uraian ("${phrase}") → langkah ${noOf(found.index)}`,
            `"${en}" branch read from the Uraian ("${phrase}") → step ${noOf(found.index)}`,
          ),
        }
      : undefined;
  };
  /** The "yes" branch taken to go on to the next step, when nothing says otherwise. */
  const onToNext = (to: NonNullable<typeof next>, confidence: number): Branch => ({
    index: to.step,
    confidence,
    reason: t(`cabang "ya" dianggap lanjut ke langkah berikutnya (${to.row.no})`, `the "yes" branch is taken to go on to the next step (${to.row.no})`),
  });
  let yes: Branch | undefined;
  let no: Branch | undefined;
  let deadEnd: number | undefined;
  if (branches.yes && /\b(selesai|berakhir|diterima)\b/i.test(branches.yes) && next) {
    yes = {
      index: next.step,
      confidence: 0.6,
      reason: t(
        `cabang "ya" ("${branches.yes}") dibaca lanjut ke langkah berikutnya (${next.row.no})`,
        `the "yes" branch ("${branches.yes}") is read as going on to the next step (${next.row.no})`,
      ),
    };
  } else if (branches.yes) {
    yes = fromUraian('ya', 'yes', branches.yes);
  }
  if (branches.no) no = fromUraian('tidak', 'no', branches.no);
  if (!no && next && after && NEGATIVE.test(next.row.description)) {
    no = {
      index: next.step,
      confidence: 0.5,
      reason: t(
        `langkah ${next.row.no} berbunyi penolakan/ketidaktersediaan; dibaca sebagai cabang "tidak", dan "ya" melompat ke langkah ${after.row.no}`,
        `step ${next.row.no} reads as a refusal or unavailability; read as the "no" branch, and "yes" skips to step ${after.row.no}`,
      ),
    };
    if (!yes) {
      yes = {
        index: after.step,
        confidence: 0.5,
        reason: t(`cabang "ya" melompati cabang "tidak" (langkah ${next.row.no})`, `the "yes" branch skips the "no" branch (step ${next.row.no})`),
      };
    }
    deadEnd = next.step;
  }
  if (!yes && next) yes = onToNext(next, 0.6);
  if (!no) {
    // What the decision judges was made by an earlier step: "no" goes back there.
    const object = plan.row.description.replace(/^.*?\b(terhadap|atas|tentang)\b/i, '');
    // Each earlier step with what it produced; the nearest of equal fit (rework goes back the least).
    const earlier = candidates
      .filter((c) => c.index < self)
      .map((c) => ({ index: c.index, words: [...c.words, ...topicWords((steps[c.index]!.outputs ?? []).map((o) => o.label).join(' '), roles)] }));
    const found = bestStep(object, earlier, roles, true);
    if (found)
      no = {
        index: found.index,
        confidence: 0.3,
        reason: t(
          `uraian tidak menyebut cabang "tidak"; dianggap kembali ke langkah ${noOf(found.index)}, yang menghasilkan yang dinilai`,
          `the Uraian names no "no" branch; taken to go back to step ${noOf(found.index)}, which made what is judged`,
        ),
      };
    else if (k > 0)
      no = {
        index: plans[k - 1]!.step,
        confidence: 0.2,
        reason: t(
          'uraian tidak menyebut cabang "tidak"; dianggap kembali ke langkah sebelumnya',
          'the Uraian names no "no" branch; taken to go back to the previous step',
        ),
      };
  }
  if (yes && no && yes.index === no.index && next && next.step !== no.index) yes = onToNext(next, 0.4);
  if (!yes || !no || yes.index === no.index) return undefined;
  return { yes, no, ...(deadEnd === undefined ? {} : { deadEnd }) };
}
