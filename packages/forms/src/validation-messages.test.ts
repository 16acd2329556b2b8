import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { en as zodEn, id as zodId } from 'zod/locales';
import { applicationDevelopment, structuralPic } from '../test/fixtures.js';
import { REMOVE, withValue } from '../test/support.js';
import { ApplicationDevelopmentForm } from './application-development-form.js';
import { describeFields } from './describe-fields.js';
import { EquipmentList } from './equipment-list.js';
import { issueText } from '@alur/zod-wording';
import { parseForm } from './parse-form.js';
import type { Locale } from './locale.js';

const both = (schema: z.ZodType, input: unknown) =>
  (['id', 'en'] as const).map((locale: Locale) => {
    const result = parseForm(schema, input, { locale });
    return result.success ? [] : result.issues.map((issue) => [issue.path.join('.'), issue.label, issue.message]);
  });
const field = (path: string) => describeFields(ApplicationDevelopmentForm).find((f) => f.path.join('.') === path)!;

describe("zod's built-in issues are worded by its locales, after the field's label", () => {
  it('a wrong type names what was expected and what was given, in each language', () => {
    const [id, en] = both(ApplicationDevelopmentForm, withValue(applicationDevelopment, 'applicationName', 2023));
    const label = field('applicationName').label;
    expect(id).toEqual([['applicationName', label.id, `${label.id}: Input tidak valid: diharapkan teks, diterima angka`]]);
    expect(en).toEqual([['applicationName', label.en, `${label.en}: Invalid input: expected text, received number`]]);
  });

  it('a list too short and a text too long name the bound and the size given', () => {
    const [id, en] = both(EquipmentList, { items: [] });
    expect(id).toEqual([['items', 'Daftar perangkat', 'Daftar perangkat: Terlalu sedikit: diharapkan daftar memiliki minimal 1 butir, diterima 0 butir']]);
    expect(en).toEqual([['items', 'Equipment list', 'Equipment list: Too few: expected list to have at least 1 item, received 0 items']]);
    const long = 'x'.repeat(201);
    const [longId, longEn] = both(ApplicationDevelopmentForm, withValue(applicationDevelopment, 'dbms', long));
    expect(longId![0]![2]).toBe(`${field('dbms').label.id}: Terlalu panjang: diharapkan teks memiliki maksimal 200 karakter, diterima ${long.length} karakter`);
    expect(longEn![0]![2]).toBe(`${field('dbms').label.en}: Too long: expected text to have at most 200 characters, received ${long.length} characters`);
  });

  it("a value not among the choices is zod's own sentence, with the choices as the form prints them", () => {
    const choices = field('developmentType').choices!;
    const [id, en] = both(ApplicationDevelopmentForm, withValue(applicationDevelopment, 'developmentType', 'renovasi'));
    const zod = (locale: Locale) =>
      (locale === 'id' ? zodId() : zodEn()).localeError({ code: 'invalid_value', values: choices.map((c) => c.label[locale]), input: 'renovasi' } as never);
    expect(id![0]![2]).toBe(`${field('developmentType').label.id}: ${zod('id')}`);
    expect(en![0]![2]).toBe(`${field('developmentType').label.en}: ${zod('en')}`);
    expect(id![0]![2]).toContain('Pilihan tidak valid: diharapkan salah satu dari');
  });

  it('a field left out says "wajib diisi", as a blank one does', () => {
    const missing = parseForm(ApplicationDevelopmentForm, withValue(applicationDevelopment, 'applicationName', REMOVE));
    const blank = parseForm(ApplicationDevelopmentForm, withValue(applicationDevelopment, 'applicationName', '  '));
    const message = (result: ReturnType<typeof parseForm>) => (result.success ? [] : result.issues.map((issue) => issue.message));
    expect(message(missing)).toEqual([`${field('applicationName').label.id} wajib diisi`]);
    expect(message(blank)).toEqual(message(missing));
  });

  it("the forms' own checks keep their own messages", () => {
    const [id, en] = both(ApplicationDevelopmentForm, withValue(applicationDevelopment, 'structuralPic.nip', structuralPic.nip.replace(/^\d{8}/, '19771330')));
    expect(id).toEqual([
      [
        'structuralPic.nip',
        'NIP Penanggung Jawab Struktural',
        'NIP Penanggung Jawab Struktural tidak sah: 8 digit pertama harus tanggal lahir yang ada (YYYYMMDD, tahun 1900–2099)',
      ],
    ]);
    expect(en![0]![2]).toMatch(/^NIP of the structural person in charge is invalid: the first 8 digits/);
  });

  it("leaves the host's zod configuration alone", () => {
    parseForm(ApplicationDevelopmentForm, withValue(applicationDevelopment, 'applicationName', 2023));
    const plain = z.string().safeParse(1);
    expect(plain.success ? '' : plain.error.issues[0]!.message).toBe(zodEn().localeError({ code: 'invalid_type', expected: 'string', input: 1 } as never));
  });

  it('words an issue as @alur/core does (both use @alur/zod-wording)', () => {
    const [issue] = z.string().min(3).safeParse('ab', { reportInput: true }).error!.issues;
    expect(issueText(issue!, 'id')).toBe('Terlalu pendek: diharapkan teks memiliki minimal 3 karakter, diterima 2 karakter');
  });
});
