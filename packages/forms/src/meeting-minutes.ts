import type { z } from 'zod';
import { compileForm } from './compile-form.js';
import type { FormDefinition } from './form-definition.js';
import type { FormOptions } from './form-options.js';
import { t } from './internal/fields.js';

/** The Notulen as data (see {@link MeetingMinutes}). */
export const meetingMinutesDefinition = {
  key: 'notulen',
  title: t('Notulen Rapat', 'Meeting minutes'),
  sources: ['001 Sumbar SOP: langkah 6, Notulen'],
  fields: [
    { name: 'agenda', type: 'text', label: t('Acara', 'Agenda') },
    { name: 'date', type: 'date', label: t('Hari/tanggal rapat', 'Meeting date') },
    { name: 'startTime', type: 'time', label: t('Waktu mulai', 'Start time') },
    { name: 'endTime', type: 'time', required: false, label: t('Waktu selesai', 'End time') },
    { name: 'place', type: 'text', label: t('Tempat rapat', 'Meeting place') },
    { name: 'chair', type: 'text', label: t('Pimpinan rapat', 'Chair') },
    { name: 'minuteTaker', type: 'text', label: t('Notulis', 'Minute taker') },
    {
      name: 'participants',
      type: 'list',
      label: t('Peserta rapat', 'Participants'),
      item: {
        type: 'group',
        label: t('Peserta', 'Participant'),
        fields: [
          { name: 'name', type: 'text', label: t('Nama peserta', 'Participant name') },
          { name: 'position', type: 'text', required: false, label: t('Jabatan/instansi peserta', 'Participant position/agency') },
        ],
      },
    },
    { name: 'discussion', type: 'text', kind: 'markdown', label: t('Pembahasan', 'Discussion') },
    {
      name: 'decisions',
      type: 'list',
      label: t('Kesimpulan/keputusan', 'Conclusions/decisions'),
      item: { type: 'text', max: 2000, label: t('Kesimpulan', 'Conclusion') },
    },
    {
      name: 'followUps',
      type: 'list',
      required: false,
      label: t('Tindak lanjut', 'Follow-up actions'),
      item: { type: 'text', max: 2000, label: t('Tindak lanjut', 'Follow-up action') },
    },
  ],
  // JSON Schema cannot compare two values: this rule has no JSON Schema counterpart.
  rules: [{ type: 'after', field: 'endTime', other: 'startTime' }],
} as const satisfies FormDefinition;

/**
 * Builds the Notulen schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createMeetingMinutes } from '@alur/forms';
 * const minutes = createMeetingMinutes({ locale: 'en' });
 * ```
 */
export const createMeetingMinutes = (options?: FormOptions) => compileForm(meetingMinutesDefinition, options);

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
