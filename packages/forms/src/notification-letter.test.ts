import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { disagreements, messages, REMOVE, withValue } from '../test/support.js';
import { NotificationLetter } from './notification-letter.js';

const valid = examples['surat-pemberitahuan'];

const bad = {
  'letterNumber missing': withValue(valid, 'letterNumber', REMOVE),
  'addressee missing': withValue(valid, 'addressee', REMOVE),
  'applicationName blank': withValue(valid, 'applicationName', ''),
  'signatory.position missing': withValue(valid, 'signatory.position', REMOVE),
};

describe('NotificationLetter', () => {
  it('accepts the notification of seed 001', () => {
    expect(NotificationLetter.safeParse(valid).success).toBe(true);
  });

  it('reports each bad field by its label, in Bahasa Indonesia and English', () => {
    expect(messages(NotificationLetter, bad)).toMatchInlineSnapshot(`
      {
        "addressee missing": [
          "id addressee: Kepada wajib diisi",
          "en addressee: Addressee is required",
        ],
        "applicationName blank": [
          "id applicationName: Nama Aplikasi wajib diisi",
          "en applicationName: Application name is required",
        ],
        "letterNumber missing": [
          "id letterNumber: Nomor surat wajib diisi",
          "en letterNumber: Letter number is required",
        ],
        "signatory.position missing": [
          "id signatory.position: Jabatan Penandatangan wajib diisi",
          "en signatory.position: Position of the signatory is required",
        ],
      }
    `);
  });

  it('JSON Schema refuses the same inputs', () => {
    expect(disagreements(NotificationLetter, { valid, ...bad })).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });
});
