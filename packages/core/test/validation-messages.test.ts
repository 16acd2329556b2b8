import { z } from 'zod';
import { en as zodEn, id as zodId } from 'zod/locales';
import { describe, expect, it } from 'vitest';
import { AlurError, builtinSopDefinitions, createWorkingCalendar, describeIssuePath, perpresWeekly, validateSop, type SopDefinition } from '../src/index.js';
import { issueText } from '@alur/zod-wording';
import { toAlurIssues } from '../src/internal/zod-issues.js';

const babel = builtinSopDefinitions.find((sop) => sop.id === 'babel')!;
const steps = babel.steps!;
const issuesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('expected the input to be refused');
  return result.error;
};
type Editable = Omit<SopDefinition, 'steps'> & { steps: Record<string, unknown>[] };
const broken = (patch: (sop: Editable) => void): unknown => {
  const copy = structuredClone(babel) as unknown as Editable;
  patch(copy);
  return copy;
};

describe("built-in issues are worded by zod's locales, naming what was expected and what was given", () => {
  it("a wrong type: zod's sentence, the types in the reader's words, in both languages", () => {
    const result = validateSop(broken((sop) => (sop.steps[2]!['waktu'] = 3)));
    expect(!result.ok && result.issues.map((issue) => [issue.path.join('.'), issue.message.id, issue.message.en])).toEqual([
      ['steps.2.waktu', 'Input tidak valid: diharapkan teks, diterima angka', 'Invalid input: expected text, received number'],
    ]);
  });

  it("is zod's own sentence for a wrong type once our words are taken away", () => {
    for (const [schema, input] of [
      [z.string(), 3],
      [z.array(z.string()), 'kasi'],
      [z.object({}), null],
      [z.number(), true],
    ] as const) {
      const [issue] = issuesOf(schema, input).issues;
      expect(issueText(issue!, 'id', {})).toBe(zodId().localeError(issue as never));
      expect(issueText(issue!, 'en', {})).toBe(zodEn().localeError(issue as never));
      // Our words do change it.
      expect(issueText(issue!, 'id')).not.toBe(zodId().localeError(issue as never));
    }
  });

  it('a text too short or too long: the bound in words and the size given, never the text itself', () => {
    const secret = 'rahasia-sekali';
    const short = toAlurIssues(issuesOf(z.object({ kode: z.string().min(secret.length + 1) }), { kode: secret }), {});
    expect(short).toEqual([
      {
        path: ['kode'],
        message: {
          id: `Terlalu pendek: diharapkan teks memiliki minimal ${secret.length + 1} karakter, diterima ${secret.length} karakter`,
          en: `Too short: expected text to have at least ${secret.length + 1} characters, received ${secret.length} characters`,
        },
      },
    ]);
    const long = toAlurIssues(issuesOf(z.string().max(1), 'ab'), {})[0]!.message;
    expect(long).toEqual({
      id: 'Terlalu panjang: diharapkan teks memiliki maksimal 1 karakter, diterima 2 karakter',
      en: 'Too long: expected text to have at most 1 character, received 2 characters',
    });
    expect(JSON.stringify([short, long])).not.toContain(secret);
  });

  it('a list too short, a number too big, a choice, an unknown key and a missing field', () => {
    const texts = (schema: z.ZodType, input: unknown) => toAlurIssues(issuesOf(schema, input), {}).map((issue) => [issue.message.id, issue.message.en]);
    expect(texts(z.array(z.string()).min(1), [])).toEqual([
      ['Terlalu sedikit: diharapkan daftar memiliki minimal 1 butir, diterima 0 butir', 'Too few: expected list to have at least 1 item, received 0 items'],
    ]);
    expect(texts(z.number().gt(0), 0)).toEqual([['Terlalu kecil: diharapkan angka lebih dari 0', 'Too small: expected number to be more than 0']]);
    // zod's locale as it is for a value not among the choices.
    const choice = issuesOf(z.enum(['requester', 'staff']), 'boss');
    expect(texts(z.enum(['requester', 'staff']), 'boss')).toEqual([
      [zodId().localeError(choice.issues[0] as never), zodEn().localeError(choice.issues[0] as never)],
    ]);
    expect(texts(z.enum(['requester', 'staff']), 'boss')[0]![0]).toBe('Pilihan tidak valid: diharapkan salah satu dari "requester"|"staff"');
    // zod's Indonesian says "Kunci tidak dikenali s:"; ours drops the stray "s".
    expect(texts(z.strictObject({}), { a: 1, b: 2 })).toEqual([['Kunci tidak dikenali: "a", "b"', 'Unrecognized keys: "a", "b"']]);
    expect(texts(z.object({ a: z.string() }), {})).toEqual([['Wajib diisi: diharapkan teks', 'Required: expected text']]);
  });

  it("keeps the package's own message for its own checks", () => {
    const result = validateSop(broken((sop) => (sop.steps[1]!['id'] = 'Bukan Slug')));
    expect(!result.ok && result.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['steps.1.id', { id: 'hanya huruf kecil, angka dan tanda hubung', en: 'lower-case letters, digits and hyphens only' }],
    ]);
  });

  it("words a calendar definition's built-in issues the same way", () => {
    const { monday: _, ...weekly } = perpresWeekly;
    let error: unknown;
    try {
      createWorkingCalendar({ id: 'x', name: 'X', zone: 'Asia/Jakarta', weekly: { ...weekly, tuesday: 'libur' } } as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AlurError);
    expect((error as AlurError).issues.map((issue) => [issue.path.join('.'), issue.message.id, issue.message.en])).toEqual([
      ['weekly.monday', 'Wajib diisi: diharapkan daftar', 'Required: expected list'],
      ['weekly.tuesday', 'Input tidak valid: diharapkan daftar, diterima teks', 'Invalid input: expected list, received text'],
    ]);
  });
});

describe('describeIssuePath names the place as the SOP numbers its steps', () => {
  // A row whose printed number is not its place (Babel prints several steps as No 5).
  const index = steps.findIndex((step, i) => step.no !== String(i + 1));
  const no = steps[index]!.no;

  it("uses the step's own number, in both languages", () => {
    expect(index).toBeGreaterThan(0);
    expect(describeIssuePath(babel, ['steps', index, 'waktu'])).toEqual({ id: `Langkah No ${no} · Waktu`, en: `Step No ${no} · Waktu` });
    expect(describeIssuePath(babel, ['steps', index, 'waktu'], 'en')).toBe(`Step No ${no} · Waktu`);
    expect(describeIssuePath(babel, ['steps', 3, 'waktu'], 'id')).toBe(`Langkah No ${steps[3]!.no} · Waktu`);
    expect(describeIssuePath(babel, ['steps', index, 'decision', 'no'], 'id')).toBe(`Langkah No ${no} · Keputusan · Jika tidak`);
    expect(describeIssuePath(babel, ['steps', index, 'kelengkapan', 0, 'key'], 'id')).toBe(`Langkah No ${no} · Kelengkapan 1 · Kunci`);
    expect(describeIssuePath(babel, ['roles', 1, 'name'])).toEqual({ id: 'Peran 2 · Nama', en: 'Role 2 · Name' });
    expect(describeIssuePath(babel, ['caps', 0])).toEqual({ id: 'Batas waktu keseluruhan 1', en: 'Overall cap 1' });
    expect(describeIssuePath(babel, ['dates', 'created'], 'id')).toBe('Tanggal · Pembuatan');
    expect(describeIssuePath(babel, [])).toEqual({ id: '', en: '' });
    expect(describeIssuePath(babel, ['unknown', 2], 'en')).toBe('unknown · 3');
  });

  it("counts from 1 when a step has no number, and names a derived SOP's changes by step id", () => {
    expect(describeIssuePath({ steps: [] }, ['steps', 4, 'actor'], 'id')).toBe('Langkah No 5 · Pelaksana');
    const changes = { update: [{ id: 'disposisi-kadis', waktu: 'x' }], remove: ['uji'], add: [{ after: 'uji', step: { ...steps[0]!, no: '9a' } }] };
    expect(describeIssuePath({ changes }, ['changes', 'update', 0, 'waktu'], 'id')).toBe('Perubahan · Ubah · Langkah "disposisi-kadis" · Waktu');
    expect(describeIssuePath({ changes }, ['changes', 'remove', 0], 'en')).toBe('Changes · Remove · Step "uji"');
    expect(describeIssuePath({ changes }, ['changes', 'add', 0, 'step', 'waktu'], 'id')).toBe('Perubahan · Tambah · Langkah No 9a · Waktu');
  });

  it('is on every issue validateSop reports, read in the definition as given or as resolved', () => {
    const result = validateSop(
      broken((sop) => {
        sop.steps[index]!['waktu'] = 12;
        sop.steps[0]!['actor'] = 'tidak-ada';
      }),
    );
    // The format fails first: the place is read in the input.
    expect(!result.ok && result.issues.map((issue) => issue.where)).toEqual([{ id: `Langkah No ${no} · Waktu`, en: `Step No ${no} · Waktu` }]);
    const resolved = validateSop(broken((sop) => (sop.steps[index]!['actor'] = 'tidak-ada')));
    expect(!resolved.ok && resolved.issues.map((issue) => [issue.where?.id, issue.message.id])).toEqual([
      [`Langkah No ${no} · Pelaksana`, 'pelaksana "tidak-ada" tidak ada di daftar peran'],
    ]);
    // An error built from these issues prints the place, not the path.
    const error = new AlurError('INVALID_SOP', { id: 'SOP tidak sah.', en: 'SOP is invalid.' }, { issues: resolved.ok ? [] : resolved.issues });
    expect(error.localized('en')).toBe(`SOP is invalid.\n- Step No ${no} · Pelaksana: actor "tidak-ada" is not among the roles`);
  });
});
