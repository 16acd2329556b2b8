/** Words of Indonesian SOP text: tokens for matching names, verbs, role titles. */

/** Abbreviations of positions and offices, as the seeds write them, spelt out. */
const ABBREVIATIONS: Record<string, string[]> = {
  kabid: ['kepala', 'bidang'],
  kasi: ['kepala', 'seksi'],
  kasie: ['kepala', 'seksi'],
  kadis: ['kepala', 'dinas'],
  kaban: ['kepala', 'badan'],
  kabag: ['kepala', 'bagian'],
  karo: ['kepala', 'biro'],
  kasubag: ['kepala', 'subbagian'],
  kasubbag: ['kepala', 'subbagian'],
  kasubid: ['kepala', 'subbidang'],
  subbag: ['subbagian'],
  sekdis: ['sekretaris', 'dinas'],
  prakom: ['pranata', 'komputer'],
  tu: ['tata', 'usaha'],
  opd: ['perangkat', 'daerah'],
  pd: ['perangkat', 'daerah'],
  skpd: ['perangkat', 'daerah'],
  kominfo: ['komunikasi', 'informatika'],
  diskominfo: ['dinas', 'komunikasi', 'informatika'],
  diskominfotik: ['dinas', 'komunikasi', 'informatika', 'statistik'],
  ti: ['teknologi', 'informasi'],
  tik: ['teknologi', 'informasi', 'komunikasi'],
};

/** Words that carry no meaning in a name or a phrase. */
const STOP = new Set([
  'dan',
  'atau',
  'dari',
  'yang',
  'terkait',
  'di',
  'ke',
  'kepada',
  'untuk',
  'pada',
  'dengan',
  'oleh',
  'serta',
  'the',
  'of',
  'and',
  'para',
  'pihak',
  'lainnya',
  'akan',
  'telah',
  'sudah',
  'sebagai',
  'ini',
  'itu',
  'tersebut',
  'secara',
  'atas',
  'terhadap',
  'bagi',
  'dalam',
]);

/** Lower-case word tokens, abbreviations spelt out, stop words dropped. */
export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !STOP.has(w))
    .flatMap((w) => ABBREVIATIONS[w] ?? [w]);
}

/** Two tokens name the same thing: equal, or one a prefix of the other of at least 5 letters (pengembang/pengembangan). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}

/** Words that say what kind of actor a name is, not which one. */
const GENERIC = new Set(['tim', 'kepala', 'petugas', 'staf', 'staff', 'pejabat', 'unit', 'anggota', 'pelaksana', 'bagian']);

/**
 * How well a mention ("Kepala Bidang TI") names a role ("Kepala Bidang Teknologi Informasi"):
 * the share of the mention's tokens found in the name (0 when no telling token matches),
 * plus a small part for the share of the name covered.
 */
export function nameScore(mention: readonly string[], name: readonly string[]): number {
  if (mention.length === 0 || name.length === 0) return 0;
  let matched = 0;
  let telling = false;
  for (const word of mention) {
    if (name.some((n) => sameWord(word, n))) {
      matched += 1;
      if (!GENERIC.has(word)) telling = true;
    }
  }
  if (!telling) return 0;
  const covered = name.filter((n) => mention.some((m) => sameWord(m, n))).length;
  return matched / mention.length + 0.1 * (covered / name.length);
}

const NOT_VERBS = new Set([
  'menteri',
  'media',
  'metode',
  'mesin',
  'berita',
  'berkas',
  'berbasis',
  'dinas',
  'digital',
  'direktur',
  'direktorat',
  'divisi',
  'diskominfo',
  'diskominfotik',
  'disposisi',
  'distrik',
  'dinamis',
  'diagram',
  'diskusi',
  'distribusi',
  'disk',
  'dokumen',
  'memo',
  'meja',
  'menu',
  'mekanisme',
]);

/** An active verb (meN-, ber-, memper-): "melakukan", "mendisposisikan", "bersurat". */
export function isActiveVerb(word: string): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  return !NOT_VERBS.has(w) && /^(me|ber)\p{L}{3,}$/u.test(w);
}

/** A passive verb (di-): "dicatat", "diundang"; "di" before a verb written apart ("di catat") is passive too. */
export function isPassiveVerb(word: string, next?: string): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (w === 'di') return next !== undefined && /^\p{Ll}/u.test(next) && !/^(bawah|atas|dalam|luar|lingkungan|lingkup|mana|sana|sini)$/i.test(next);
  return !NOT_VERBS.has(w) && /^di\p{L}{3,}$/u.test(w);
}

/** Words that open the name of a position, a team or an office ("Kepala ...", "Tim ...", "OPD"). */
export const ROLE_TITLE =
  /^(kepala|kabid|kasi|kasie|kadis|kaban|kabag|karo|kasubag|kasubbag|kasubid|sekretaris|sekdis|seksi|bidang|subbag|subbagian|bagian|tim|petugas|staf|staff|pejabat|pranata|prakom|operator|admin|administrator|programmer|analis|opd|skpd|pd|user|pemohon|pengguna|unit|biro|koordinator|pic|tu)$/i;

/** Names of requesters: the OPD and its people. */
export const REQUESTER = /\b(opd|skpd|pd|pemohon|pengguna|user|perangkat\s+daerah)\b/i;
