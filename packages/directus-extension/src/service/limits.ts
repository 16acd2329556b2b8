import { httpError, text, type Locale } from './errors.js';

/**
 * The limits on what callers send to Alur and what a request may grow to. A body over them is
 * refused whole (400, or 413 for size) before anything is written; stored data therefore always
 * renders (the Studio's lists and CSV export walk it recursively).
 */
export const LIMITS = {
  /** Nesting depth of any JSON sent to `/alur` or saved in an Alur collection. */
  depth: 16,
  /** Characters in any one string. */
  stringLength: 20_000,
  /** Values (object members and array items, all levels) in one body. */
  values: 5_000,
  /** Documents attached by one event. */
  documentsPerEvent: 50,
  /** Documents one request keeps (one per item key). */
  documentsPerRequest: 200,
  /** A document's form data, as JSON. */
  documentBytes: 64 * 1024,
  /** A request's whole state (snapshot), as JSON. */
  requestBytes: 1024 * 1024,
} as const;

/** What is wrong with a JSON value's shape, or `undefined` when it is within the limits. */
export function shapeProblem(value: unknown, limits: { depth: number; stringLength: number; values: number } = LIMITS): { id: string; en: string } | undefined {
  // Iterative: a value nested thousands deep must not exhaust the stack here either.
  const stack: [unknown, number][] = [[value, 1]];
  let values = 0;
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (typeof item === 'string') {
      if (item.length > limits.stringLength)
        return text(`teks lebih dari ${limits.stringLength} karakter`, `a text longer than ${limits.stringLength} characters`);
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    if (depth > limits.depth) return text(`data bersarang lebih dari ${limits.depth} tingkat`, `data nested deeper than ${limits.depth} levels`);
    const children = Array.isArray(item) ? item : Object.values(item);
    values += children.length;
    if (values > limits.values) return text(`lebih dari ${limits.values} nilai`, `more than ${limits.values} values`);
    for (const key of Array.isArray(item) ? [] : Object.keys(item)) {
      if (key.length > limits.stringLength)
        return text(`nama kolom lebih dari ${limits.stringLength} karakter`, `a key longer than ${limits.stringLength} characters`);
    }
    for (const child of children) stack.push([child, depth + 1]);
  }
  return undefined;
}

/** Refuses (400) a body whose shape is over the limits. */
export function checkShape(body: unknown, locale: Locale): void {
  const problem = shapeProblem(body);
  if (problem) throw httpError(400, text(`Isi permintaan ditolak: ${problem.id}.`, `The body is refused: ${problem.en}.`), { reason: 'LIMIT' }, locale);
}

/** Refuses (413) a request that would grow past {@link LIMITS.requestBytes}. */
export function checkRequestSize(json: string, locale: Locale): void {
  if (json.length > LIMITS.requestBytes) {
    throw httpError(
      413,
      text(
        `Permohonan akan melebihi ${LIMITS.requestBytes / 1024} KB; lampirkan berkas besar sebagai file, bukan data formulir.`,
        `The request would exceed ${LIMITS.requestBytes / 1024} KB; attach large content as files, not form data.`,
      ),
      { reason: 'LIMIT' },
      locale,
    );
  }
}
