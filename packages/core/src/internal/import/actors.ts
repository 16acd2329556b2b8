import type { LocalizedText } from '../../alur-error.js';
import { t } from './review.js';
import { slugify, unique } from './text.js';
import { isActiveVerb, isPassiveVerb, nameScore, REQUESTER, ROLE_TITLE, sameWord, tokens } from './words.js';

/** A role of the draft, with the tokens its name is matched by. */
export interface DraftRole {
  readonly id: string;
  name: string;
  readonly kind: 'requester' | 'staff';
  description?: string;
  readonly tokens: string[];
  /** Index into the table's actor columns, for a printed column. */
  readonly column?: number;
  readonly group?: string;
  /** Found in the rows' text, not in the header. */
  readonly discovered?: { readonly source: string; readonly line: number };
}

/** The roles of the draft, matched by name. */
export class Roles {
  readonly list: DraftRole[] = [];
  private readonly ids = new Set<string>();

  add(name: string, extra: Partial<Omit<DraftRole, 'id' | 'name' | 'tokens'>> = {}): DraftRole {
    const id = unique(slugify(name, 32) || 'pelaksana', this.ids);
    const role: DraftRole = { kind: REQUESTER.test(name) ? 'requester' : 'staff', ...extra, id, name, tokens: tokens(name) };
    this.list.push(role);
    return role;
  }

  /** The role a name fits best (score at least 0.5), and whether another fits as well. */
  match(words: readonly string[]): { role: DraftRole; score: number; ambiguous: boolean } | undefined {
    const mention = tokens(words.join(' '));
    const scored = this.list.map((role) => ({ role, score: nameScore(mention, role.tokens) })).sort((a, b) => b.score - a.score);
    const best = scored[0];
    if (!best || best.score < 0.5) return undefined;
    const second = scored[1];
    return { role: best.role, score: best.score, ambiguous: second !== undefined && second.score >= best.score - 0.02 };
  }
}

/** A role named in a text: where (word indices) and how well. */
export interface Mention {
  readonly role: DraftRole;
  readonly start: number;
  readonly end: number;
}

/** Words a name does not run across. */
const BREAK = /^(kepada|ke|untuk|dengan|oleh|pada|sebagai|berupa|terhadap|melalui|bahwa|yang)$/i;

const bare = (word: string | undefined) => (word ?? '').replace(/[^\p{L}\p{N}/-]/gu, '');

/**
 * The roles named in `words[from, to)`: a name starts with a title ("Kepala", "Tim", "OPD") or
 * covers a role's whole name ("Network Administrator"); the longest best fit is taken.
 */
export function findMentions(words: readonly string[], roles: Roles, from = 0, to = words.length): Mention[] {
  const found: Mention[] = [];
  for (let i = from; i < to; i += 1) {
    const startsWithTitle = ROLE_TITLE.test(bare(words[i]));
    const first = tokens(words[i]!);
    if (!startsWithTitle && (first.length === 0 || !roles.list.some((role) => first.some((w) => role.tokens.some((n) => sameWord(w, n)))))) continue;
    if (isActiveVerb(words[i]!) || isPassiveVerb(words[i]!, words[i + 1])) continue;
    let best: { mention: Mention; score: number } | undefined;
    for (let end = i + 1; end <= Math.min(to, i + 8); end += 1) {
      const slice = words.slice(i, end);
      const last = words[end - 1]!;
      if (end > i + 1 && (isActiveVerb(last) || isPassiveVerb(last, words[end]) || BREAK.test(bare(last)))) break;
      const match = roles.match(slice);
      if (match) {
        const mention = tokens(slice.join(' '));
        const covered = match.role.tokens.filter((n) => mention.some((m) => sameWord(m, n))).length;
        const opensName = sameWord(first[0] ?? '', match.role.tokens[0] ?? '');
        if (startsWithTitle || (opensName && covered === match.role.tokens.length)) {
          if (!best || match.score > best.score) best = { mention: { role: match.role, start: i, end }, score: match.score };
        }
      }
      if (/[,;:)]$/.test(last)) break;
    }
    if (best) {
      found.push(best.mention);
      i = best.mention.end - 1;
    }
  }
  return found;
}

/** What a row's Uraian says about who acts. */
export interface Reading {
  /** The first word after a leading "Kemudian" or "Setelah ...,". */
  readonly offset: number;
  /** The first verb, or -1. */
  readonly verbAt: number;
  readonly passive: boolean;
  /** The subject's parts (split before a new title after "dan" or a comma). */
  readonly subjects: string[][];
  /** The agent of a passive or of "oleh X". */
  readonly agent?: string[];
  /** "diserahkan kepada X untuk ...": X acts next. */
  readonly recipientActor?: string[];
}

const LEAD = /^(kemudian|selanjutnya|lalu|berikutnya)$/i;
const CLAUSE = /^(setelah|sesudah|apabila|jika|bila|bilamana|sebelum|begitu)$/i;
const PREPOSITION = /^(dengan|kepada|ke|untuk|oleh|pada|dari|sesuai|bersama|terhadap|melalui|berupa)$/i;

/** The words of a phrase up to a preposition, a verb or a clause end. */
function phrase(words: readonly string[], from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < words.length && out.length < 8; i += 1) {
    const word = words[i]!;
    if (
      PREPOSITION.test(bare(word)) ||
      /^(yang|untuk|agar|sehingga)$/i.test(bare(word)) ||
      (out.length > 0 && (isActiveVerb(word) || isPassiveVerb(word, words[i + 1])))
    )
      break;
    if (bare(word).toLowerCase() === 'dan' && !ROLE_TITLE.test(bare(words[i + 1])) && !/^\p{Lu}/u.test(words[i + 1] ?? '')) break;
    out.push(word);
    if (/[,.;:]$/.test(word)) break;
  }
  return out;
}

/** Reads the subject, the agent and the verb of an Uraian. */
export function readUraian(words: readonly string[]): Reading {
  let offset = 0;
  if (LEAD.test(bare(words[0]))) offset = 1;
  else if (CLAUSE.test(bare(words[0]))) {
    const comma = words.findIndex((w) => w.endsWith(','));
    if (comma >= 0 && comma < 14) offset = comma + 1;
  }
  let verbAt = -1;
  let passive = false;
  for (let i = offset; i < words.length; i += 1) {
    if (isActiveVerb(words[i]!)) {
      verbAt = i;
      break;
    }
    if (isPassiveVerb(words[i]!, words[i + 1])) {
      verbAt = i;
      passive = true;
      break;
    }
  }
  // Without a verb, the subject runs to the first preposition ("Tim ... diskusi dengan OPD").
  let subjectEnd = verbAt;
  if (verbAt < 0) {
    subjectEnd = words.findIndex((w, i) => i > offset && PREPOSITION.test(bare(w)));
    if (subjectEnd < 0) subjectEnd = Math.min(words.length, offset + 8);
  }
  const subjectWords = words.slice(offset, subjectEnd);
  const subjects: string[][] = [[]];
  subjectWords.forEach((word, i) => {
    const b = bare(word).toLowerCase();
    const next = subjectWords[i + 1];
    if ((b === 'dan' || b === '&') && ROLE_TITLE.test(bare(next))) {
      subjects.push([]);
      return;
    }
    subjects[subjects.length - 1]!.push(word.replace(/,$/, ''));
    if (word.endsWith(',') && ROLE_TITLE.test(bare(next))) subjects.push([]);
  });
  const reading: { -readonly [K in keyof Reading]: Reading[K] } = { offset, verbAt, passive, subjects: subjects.filter((s) => s.length > 0) };
  const oleh = words.findIndex((w) => bare(w).toLowerCase() === 'oleh');
  if (oleh >= 0) reading.agent = phrase(words, oleh + 1);
  if (passive) {
    const after = bare(words[verbAt]).toLowerCase() === 'di' ? verbAt + 2 : verbAt + 1;
    if (!reading.agent && words[after] && ROLE_TITLE.test(bare(words[after]))) reading.agent = phrase(words, after);
    const to = words.findIndex((w, i) => i > verbAt && /^(kepada|ke)$/i.test(bare(w)));
    if (to >= 0) {
      const recipient = phrase(words, to + 1);
      const purpose = words[to + 1 + recipient.length];
      if (purpose && /^untuk$/i.test(bare(purpose))) reading.recipientActor = recipient;
    }
  }
  return reading;
}

/** Kinds of evidence for who acts on a row, strongest first. */
export interface Evidence {
  readonly role: DraftRole;
  readonly confidence: number;
  readonly reason: LocalizedText;
}

export const reasons = {
  subject: (name: string) => t(`pelaksana dibaca dari subjek uraian ("${name}")`, `actor read from the subject of the Uraian ("${name}")`),
  agent: (name: string) => t(`pelaksana dibaca dari pelaku kalimat pasif ("${name}")`, `actor read from the agent of a passive sentence ("${name}")`),
  recipient: (name: string) =>
    t(`uraian tanpa pelaku; dipilih penerima yang kemudian bertindak ("${name}")`, `the Uraian names no actor; chose the recipient who acts next ("${name}")`),
  origin: (name: string) =>
    t(`uraian tanpa pelaku; dipilih asal permintaan ("dari ${name}")`, `the Uraian names no actor; chose where the request comes from ("dari ${name}")`),
  mark: (name: string) => t(`kolom "${name}" bertanda pada baris ini`, `the "${name}" column is marked on this row`),
  textMark: (name: string, text: string) =>
    t(
      `kolom "${name}" berisi "${text}" (nama dokumen, bukan tanda); mungkin pelaksana, mungkin penerima`,
      `the "${name}" column holds "${text}" (a document name, not a mark); maybe the actor, maybe the recipient`,
    ),
  conflict: (text: string, marked: string) =>
    t(
      `uraian menyebut "${text}" sebagai pelaku, tetapi kolom yang bertanda adalah "${marked}"`,
      `the Uraian names "${text}" as the actor, but the marked column is "${marked}"`,
    ),
  patient: (name: string) =>
    t(
      `kolom "${name}" bertanda, tetapi uraian menyebutnya sebagai yang dikenai tindakan (kalimat pasif)`,
      `the "${name}" column is marked, but the Uraian has it acted upon (passive)`,
    ),
  analog: (no: string, name: string) =>
    t(
      `uraian tanpa subjek dan kolom pelaksana kosong; disamakan dengan langkah ${no} yang berawal sama ("${name}")`,
      `the Uraian has no subject and no actor column is marked; taken from step ${no}, which begins the same ("${name}")`,
    ),
  previous: (name: string) =>
    t(
      `uraian tanpa subjek dan kolom pelaksana kosong; dianggap dilanjutkan pelaksana langkah sebelumnya ("${name}")`,
      `the Uraian has no subject and no actor column is marked; taken as the previous step's actor going on ("${name}")`,
    ),
  ambiguous: (text: string) => t(`"${text}" cocok dengan lebih dari satu peran`, `"${text}" fits more than one role`),
};
