import type { z } from 'zod';
import { defineSchema, type FormContext } from './internal/define-schema.js';
import { date, group, list, optionalText, t, text, time } from './internal/fields.js';
import { message } from './internal/messages.js';
import { TIME_PATTERN } from './internal/patterns.js';

function build(ctx: FormContext) {
  const start = t('Waktu mulai', 'Start time');
  const end = t('Waktu selesai', 'End time');
  return group(
    ctx,
    t('Notulen Rapat', 'Meeting minutes'),
    {
      agenda: text(ctx, t('Acara', 'Agenda')),
      date: date(ctx, t('Hari/tanggal rapat', 'Meeting date')),
      startTime: time(ctx, start),
      endTime: time(ctx, end).optional(),
      place: text(ctx, t('Tempat rapat', 'Meeting place')),
      chair: text(ctx, t('Pimpinan rapat', 'Chair')),
      minuteTaker: text(ctx, t('Notulis', 'Minute taker')),
      participants: list(
        ctx,
        t('Peserta rapat', 'Participants'),
        group(ctx, t('Peserta', 'Participant'), {
          name: text(ctx, t('Nama peserta', 'Participant name')),
          position: optionalText(ctx, t('Jabatan/instansi peserta', 'Participant position/agency')),
        }),
        1,
      ),
      discussion: text(ctx, t('Pembahasan', 'Discussion'), { kind: 'markdown' }),
      decisions: list(ctx, t('Kesimpulan/keputusan', 'Conclusions/decisions'), text(ctx, t('Kesimpulan', 'Conclusion'), { max: 2000 }), 1),
      followUps: list(ctx, t('Tindak lanjut', 'Follow-up actions'), text(ctx, t('Tindak lanjut', 'Follow-up action'), { max: 2000 }), 1).optional(),
    },
    {
      sources: ['001 Sumbar SOP: langkah 6, Notulen'],
      // JSON Schema cannot compare two values: this rule has no JSON Schema counterpart.
      rule: (value, report) => {
        const from = value.startTime;
        const to = value.endTime;
        if (typeof from === 'string' && typeof to === 'string' && TIME_PATTERN.test(from) && TIME_PATTERN.test(to) && to.trim() <= from.trim()) {
          report(['endTime'], message(ctx.locale, 'after', end, { other: start[ctx.locale].toLowerCase() }));
        }
      },
    },
  );
}

/**
 * Builds the Notulen schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createMeetingMinutes } from '@alur/forms';
 * const minutes = createMeetingMinutes({ locale: 'en' });
 * ```
 */
export const createMeetingMinutes = defineSchema(build);

/**
 * Notulen (meeting minutes), e.g. of the meeting on the application's business process
 * (seed 001, step 6): agenda, date, start and end time (the end after the start), place,
 * chair, minute taker, participants, discussion, decisions and follow-up actions.
 *
 * @example
 * ```ts
 * import { MeetingMinutes } from '@alur/forms';
 * MeetingMinutes.shape.startTime.parse(' 09:00 '); // '09:00'
 * ```
 */
export const MeetingMinutes = createMeetingMinutes();
export type MeetingMinutes = z.output<typeof MeetingMinutes>;
