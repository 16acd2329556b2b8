import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { disagreements, messages, REMOVE, withValue } from '../test/support.js';
import { MeetingMinutes } from './meeting-minutes.js';

const valid = examples['notulen'];

const bad = {
  'endTime before startTime': withValue(valid, 'endTime', '08:30'),
  'endTime equal to startTime': withValue(valid, 'endTime', '09:00'),
  'startTime 9.00': withValue(valid, 'startTime', '9.00'),
  'participants empty': withValue(valid, 'participants', []),
  'a participant without a name': withValue(valid, 'participants', [{ position: 'Dinas Pendidikan' }]),
  'decisions missing': withValue(valid, 'decisions', REMOVE),
};

describe('MeetingMinutes', () => {
  it('accepts the minutes of seed 001, with or without an end time', () => {
    expect(MeetingMinutes.safeParse(valid).success).toBe(true);
    expect(MeetingMinutes.safeParse(withValue(valid, 'endTime', REMOVE)).success).toBe(true);
  });

  it('reports each bad field by its label, in Bahasa Indonesia and English', () => {
    expect(messages(MeetingMinutes, bad)).toMatchInlineSnapshot(`
      {
        "a participant without a name": [
          "id participants.0.name: Nama peserta wajib diisi",
          "en participants.0.name: Participant name is required",
        ],
        "decisions missing": [
          "id decisions: Kesimpulan/keputusan wajib diisi",
          "en decisions: Conclusions/decisions is required",
        ],
        "endTime before startTime": [
          "id endTime: Waktu selesai harus setelah waktu mulai",
          "en endTime: End time must be after the start time",
        ],
        "endTime equal to startTime": [
          "id endTime: Waktu selesai harus setelah waktu mulai",
          "en endTime: End time must be after the start time",
        ],
        "participants empty": [
          "id participants: Peserta rapat: Terlalu sedikit: diharapkan daftar memiliki minimal 1 butir, diterima 0 butir",
          "en participants: Participants: Too few: expected list to have at least 1 item, received 0 items",
        ],
        "startTime 9.00": [
          "id startTime: Waktu mulai harus jam dengan format JJ:MM, misalnya 09:00",
          "en startTime: Start time must be a time in HH:MM format, e.g. 09:00",
        ],
      }
    `);
  });

  it('JSON Schema refuses the same inputs, except an end time not after the start (JSON Schema cannot compare two values)', () => {
    expect(disagreements(MeetingMinutes, { valid, ...bad })).toEqual({
      onlyJsonAccepts: ['endTime before startTime', 'endTime equal to startTime'],
      onlyZodAccepts: [],
    });
  });
});
