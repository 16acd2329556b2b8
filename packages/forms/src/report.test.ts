import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { disagreements, messages, REMOVE, withValue } from '../test/support.js';
import { Report } from './report.js';

const valid = examples['laporan'];

const bad = {
  'kind unknown': withValue(valid, 'kind', 'laporan-bulanan'),
  'title missing': withValue(valid, 'title', REMOVE),
  'content blank': withValue(valid, 'content', ' '),
};

describe('Report', () => {
  it('accepts the installation and testing report of seed 004', () => {
    expect(Report.parse(valid)).toEqual(valid);
  });

  it('reports each bad field by its label, in Bahasa Indonesia and English', () => {
    expect(messages(Report, bad)).toMatchInlineSnapshot(`
      {
        "content blank": [
          "id content: Isi laporan wajib diisi",
          "en content: Report content is required",
        ],
        "kind unknown": [
          "id kind: Jenis laporan: Pilihan tidak valid: diharapkan salah satu dari "Laporan Hasil Analisis"|"Laporan Ketersediaan Infrastruktur, SDM dan Anggaran"|"Laporan ketidaktersediaan infrastruktur dan/atau SDM dan/atau anggaran"|"Laporan hasil instalasi dan testing"|"Laporan permintaan aplikasi"|"Laporan Akhir"|"Laporan lainnya"",
          "en kind: Kind of report: Invalid option: expected one of "Analysis report"|"Infrastructure, staff and budget availability report"|"Report on unavailable infrastructure, staff or budget"|"Installation and testing report"|"Application request report"|"Final report"|"Other report"",
        ],
        "title missing": [
          "id title: Judul laporan wajib diisi",
          "en title: Report title is required",
        ],
      }
    `);
  });

  it('JSON Schema refuses the same inputs', () => {
    expect(disagreements(Report, { valid, ...bad })).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });
});
