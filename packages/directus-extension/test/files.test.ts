import knex, { type Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanName, disposition, dropPendingFiles, kindOf, type FileStore } from '../src/service/files.js';

const PDF = Buffer.from('%PDF-1.4\n');
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const EXE = Buffer.from('MZ\x90\x00\x03');

describe('kinds of files a request accepts', () => {
  it('takes the kind from the name and requires the bytes to agree', () => {
    expect(kindOf('surat.pdf', PDF)?.type).toBe('application/pdf');
    expect(kindOf('SURAT.PDF', PDF)?.type).toBe('application/pdf');
    expect(kindOf('kak.docx', ZIP)?.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(kindOf('virus.pdf', EXE)).toBeUndefined();
    expect(kindOf('surat.exe', EXE)).toBeUndefined();
    expect(kindOf('tanpa-ekstensi', PDF)).toBeUndefined();
    expect(kindOf('kak.docx', PDF)).toBeUndefined();
  });

  it('keeps a clean name: no folders, no control characters or quotes, at most 200 characters with its extension', () => {
    expect(cleanName('../../etc/Surat "Dinkes".pdf')).toBe('Surat Dinkes.pdf');
    expect(cleanName('C:\\Users\\opd\\KAK\u0007.docx')).toBe('KAK.docx');
    const long = cleanName(`${'a'.repeat(300)}.pdf`);
    expect([long.length, long.endsWith('.pdf')]).toEqual([200, true]);
  });

  it('shows PDFs and images inline, downloads the rest, and names the file in both header forms', () => {
    expect(disposition('Surat – Dinkes.pdf', 'application/pdf', false)).toBe(
      `inline; filename="Surat _ Dinkes.pdf"; filename*=UTF-8''Surat%20%E2%80%93%20Dinkes.pdf`,
    );
    expect(disposition('surat.pdf', 'application/pdf', true)).toMatch(/^attachment;/);
    expect(disposition('kak.docx', 'application/msword', false)).toMatch(/^attachment;/);
  });
});

describe('uploads no request took', () => {
  let db: Knex;
  const removed: string[] = [];
  const store: FileStore = {
    save: () => Promise.reject(new Error('not used')),
    open: () => Promise.reject(new Error('not used')),
    remove: (ids) => {
      removed.push(...ids);
      return Promise.resolve();
    },
  };
  const now = new Date('2026-12-02T10:00:00Z');
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

  beforeEach(async () => {
    removed.length = 0;
    db = knex({ client: 'sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true, pool: { min: 1, max: 1 } });
    await db.schema.createTable('alur_files', (t) => {
      t.string('id').primary();
      t.string('request').nullable();
      t.string('uploaded_by');
      t.bigInteger('date_created');
    });
    await db('alur_files').insert([
      { id: 'old-pending', request: null, uploaded_by: 'u', date_created: hoursAgo(25) },
      { id: 'new-pending', request: null, uploaded_by: 'u', date_created: hoursAgo(2) },
      { id: 'old-attached', request: 'r1', uploaded_by: 'u', date_created: hoursAgo(48) },
    ]);
  });
  afterEach(() => db.destroy());

  it('removes only those unattached for more than 24 hours, rows and stored files alike', async () => {
    expect(await dropPendingFiles(db, store, now)).toBe(1);
    expect(removed).toEqual(['old-pending']);
    expect((await db('alur_files').orderBy('id').pluck('id')).sort()).toEqual(['new-pending', 'old-attached']);
    expect(await dropPendingFiles(db, store, now)).toBe(0);
  });
});
