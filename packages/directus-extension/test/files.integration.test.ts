import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, Harness, message } from './harness.js';

// Files and comments of requests on a real Directus: uploads through Alur (type and size
// checked), attached by the uploader's own filing, downloaded only by the requesting office and
// Diskominfo staff; comments between the two sides, each told of the other's.

const h = new Harness('alur-files-');
const { call, post, boot } = h;

interface FileInfo {
  id: string;
  name: string;
  type: string;
  size: number;
}

/** A small but real PDF. */
const pdf = (title: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${title}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/** Uploads one file as `as` (to a request with `request`), multipart like a browser. */
async function upload(as: string, name: string, bytes: Buffer, request?: string, type = 'application/pdf') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await fetch(`${h.server.url}/alur/${request ? `requests/${request}/` : ''}files`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${h.tokens.get(as)}` },
  });
  return { status: res.status, body: (await res.json()) as { data?: FileInfo; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

/** Downloads a file as `as`: status, headers and bytes. */
async function download(as: string | undefined, id: string, query = '') {
  const res = await fetch(`${h.server.url}/alur/files/${id}${query}`, { headers: as ? { authorization: `Bearer ${h.tokens.get(as)}` } : {} });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

const stored = async () => data<unknown[]>(await call('/files?fields=id&limit=-1', { as: 'admin' })).length;

beforeAll(() => boot('2026-12-01T09:00:00+08:00', { ALUR_FILE_MAX_MB: '0.05' }), 600_000);
afterAll(() => h.stop());

describe('files of requests', () => {
  let letter: FileInfo;
  let request: string;

  it('stores an upload of an accepted kind for its uploader, under a clean name', async () => {
    const res = await upload('opd', '../Surat Permohonan – Dinkes.pdf', pdf('surat'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    letter = res.body.data!;
    expect(letter).toMatchObject({ name: 'Surat Permohonan – Dinkes.pdf', type: 'application/pdf', size: pdf('surat').length });
    const own = await download('opd', letter.id);
    expect(own.status).toBe(200);
    expect(own.bytes.equals(pdf('surat'))).toBe(true);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('content-disposition')).toBe(
      `inline; filename="Surat Permohonan _ Dinkes.pdf"; filename*=UTF-8''Surat%20Permohonan%20%E2%80%93%20Dinkes.pdf`,
    );
    expect((await download('opd', letter.id, '?download')).headers.get('content-disposition')).toMatch(/^attachment;/);
    // Not attached yet: nobody else, staff included, reads it.
    for (const other of ['opd-disdik', 'kadis']) expect((await download(other, letter.id)).status).toBe(404);
  });

  it('refuses a wrong kind (415), a file over the limit (413) and a body without a file (400), storing nothing', async () => {
    const before = await stored();
    const exe = await upload('opd', 'surat.pdf', Buffer.from('MZ\x90\x00 this is a program'), undefined, 'application/pdf');
    expect(exe.status).toBe(415);
    expect(exe.body.errors?.[0]?.message).toMatch(/^Jenis berkas "surat\.pdf" tidak diterima; yang diterima: PDF, PNG, JPG, JPEG, DOCX/);
    expect((await upload('opd', 'program.exe', Buffer.from('MZ\x90\x00'))).status).toBe(415);
    const big = Buffer.concat([pdf('besar'), Buffer.alloc(60 * 1024, 0x20)]);
    const tooBig = await upload('opd', 'besar.pdf', big);
    expect([tooBig.status, tooBig.body.errors?.[0]?.message]).toEqual([413, 'Berkas lebih dari 51 KB, batasnya.']);
    const json = await post('/alur/files', { file: 'surat.pdf' }, 'opd');
    expect([json.status, message(json)]).toEqual([400, 'Kirim berkas sebagai multipart/form-data dengan bagian "file".']);
    const empty = await upload('opd', 'kosong.pdf', Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(await stored()).toBe(before);
  });

  it('attaches an upload to its uploader’s filing; then the office and Diskominfo staff read it, another office does not', async () => {
    const created = await post(
      '/alur/requests',
      { variant: 'sumbawa', title: 'Aplikasi Posyandu', documents: [{ key: 'surat-permohonan', name: letter.name, ref: letter.id }] },
      'opd',
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    request = (created.body.data as { id: string }).id;
    for (const [who, status] of [
      ['opd', 200],
      ['kadis', 200],
      ['admin', 200],
      ['opd-disdik', 404],
    ] as const) {
      expect((await download(who, letter.id)).status, who).toBe(status);
    }
    expect((await download(undefined, letter.id)).status).toBe(401);
    // Directus' own asset route gives it to nobody but the admin: no one holds a permission on directus_files.
    for (const who of ['opd', 'kadis'])
      expect((await fetch(`${h.server.url}/assets/${letter.id}`, { headers: { authorization: `Bearer ${h.tokens.get(who)}` } })).status, who).toBe(403);
    expect((await fetch(`${h.server.url}/assets/${letter.id}`)).status).toBe(403);
  });

  it('refuses a ref to someone else’s upload or to a file another request took, changing nothing', async () => {
    const theirs = await upload('opd-disdik', 'kak-disdik.pdf', pdf('kak disdik'));
    expect(theirs.status).toBe(201);
    const count = (await call('/alur/requests?meta=total_count', { as: 'admin' })).body.meta?.total_count;
    const stolen = await post(
      '/alur/requests',
      { variant: 'sumbawa', title: 'Curian', documents: [{ key: 'surat-permohonan', ref: theirs.body.data!.id }] },
      'opd',
    );
    expect([stolen.status, message(stolen)]).toEqual([400, `Berkas "${theirs.body.data!.id}" tidak ditemukan di antara unggahan Anda.`]);
    const again = await post('/alur/requests', { variant: 'sumbawa', title: 'Lagi', documents: [{ key: 'surat-permohonan', ref: letter.id }] }, 'opd');
    expect(again.status).toBe(400);
    expect((await call('/alur/requests?meta=total_count', { as: 'admin' })).body.meta?.total_count).toBe(count);
    expect((await download('opd', theirs.body.data!.id)).status).toBe(404);
  });

  it('takes a staff upload straight onto a request it can see; the OPD reads it, another office cannot upload there', async () => {
    const report = await upload('kadis', 'catatan-kadis.pdf', pdf('catatan'), request);
    expect(report.status).toBe(201);
    expect((await download('opd', report.body.data!.id)).status).toBe(200);
    expect((await download('opd-disdik', report.body.data!.id)).status).toBe(404);
    expect((await upload('opd-disdik', 'sisipan.pdf', pdf('sisipan'), request)).status).toBe(404);
    // An event naming it is allowed: it is this request's already.
    const sent = await post(
      `/alur/requests/${request}/events`,
      { type: 'UPLOAD', documents: [{ key: 'catatan-kadis', name: 'catatan-kadis.pdf', ref: report.body.data!.id }] },
      'kadis',
    );
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  });

  it('answers in English on request', async () => {
    const res = await fetch(`${h.server.url}/alur/files/00000000-0000-4000-8000-000000000000?lang=en`, {
      headers: { authorization: `Bearer ${h.tokens.get('opd')}` },
    });
    expect([res.status, ((await res.json()) as { errors: { message: string }[] }).errors[0]!.message]).toEqual([
      404,
      'File "00000000-0000-4000-8000-000000000000" not found.',
    ]);
  });
});

describe('comments between the parties', () => {
  interface Comment {
    id: string;
    comment: string;
    by: string;
    byName: string;
    at: string;
  }
  const inbox = async (who: string) => data<{ subject: string; message: string }[]>(await call('/alur/notifications?status=inbox&limit=100', { as: who }));

  it('keeps the comments of a request for both sides, tells the other side, and no one else reads them', async () => {
    const created = await post('/alur/requests', { variant: 'sumbawa', title: 'Aplikasi Komentar', documents: [{ key: 'surat-permohonan' }] }, 'opd');
    const id = (created.body.data as { id: string }).id;
    const asked = await post(`/alur/requests/${id}/comments`, { comment: '  Apakah KAK perlu ditandatangani Kepala Dinas?  ' }, 'opd');
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body.data).toMatchObject({ comment: 'Apakah KAK perlu ditandatangani Kepala Dinas?', by: await h.userId('opd.demo@example.go.id') });
    // The service's clock (the test clock runs on from 09:00 WITA).
    expect((asked.body.data as Comment).at).toMatch(/^2026-12-01T01:0\d:/);
    // The Kadis (the request waits on them) is told; the author is not.
    expect((await inbox('kadis')).filter((n) => n.subject === 'Komentar baru: Aplikasi Komentar').map((n) => n.message)).toEqual([
      'Apakah KAK perlu ditandatangani Kepala Dinas?\n\n(New comment on "Aplikasi Komentar".)',
    ]);
    expect((await inbox('opd')).some((n) => n.subject === 'Komentar baru: Aplikasi Komentar')).toBe(false);
    const answered = await post(`/alur/requests/${id}/comments`, { comment: 'Ya, cukup tanda tangan dan cap dinas.' }, 'kadis');
    expect(answered.status).toBe(201);
    expect((await inbox('opd')).filter((n) => n.subject === 'Komentar baru: Aplikasi Komentar')).toHaveLength(1);
    const listed = data<Comment[]>(await call(`/alur/requests/${id}/comments`, { as: 'kadis' }));
    expect(listed.map((c) => c.comment)).toEqual(['Apakah KAK perlu ditandatangani Kepala Dinas?', 'Ya, cukup tanda tangan dan cap dinas.']);
    expect(listed.every((c) => c.byName.length > 0)).toBe(true);
    // Another office: neither read nor write; bad comments change nothing.
    expect((await call(`/alur/requests/${id}/comments`, { as: 'opd-disdik' })).status).toBe(404);
    expect((await post(`/alur/requests/${id}/comments`, { comment: 'Halo' }, 'opd-disdik')).status).toBe(404);
    for (const bad of [{}, { comment: '   ' }, { comment: 'x'.repeat(4001) }, { comment: 42 }]) {
      const res = await post(`/alur/requests/${id}/comments`, bad, 'opd');
      expect([res.status, message(res)]).toEqual([400, '"comment" wajib diisi, paling banyak 4000 karakter.']);
    }
    expect(data<Comment[]>(await call(`/alur/requests/${id}/comments`, { as: 'opd' }))).toHaveLength(2);
  });
});
