import { z } from 'zod';

/** Who takes an action: a user id and the SOP roles that user holds. */
export const RequestActor = z
  .object({ id: z.string().trim().min(1, { error: 'text' }), roles: z.array(z.string().min(1)).min(1, { error: 'roles' }) })
  .strict();
export type RequestActor = z.infer<typeof RequestActor>;

/** A document or data item attached to a request (Kelengkapan or output), by its item key. */
export const RequestDocument = z
  .object({
    key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'slug' }),
    name: z.string().optional(),
    /** Where the file lives (a Directus file id, a URL); the engine only keeps it. */
    ref: z.string().optional(),
    /** Structured content; a schedule item carries its deadline as `data.deadline` (ISO-8601). */
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type RequestDocument = z.infer<typeof RequestDocument>;

const Text = z.string().trim().min(1, { error: 'text' });
const Documents = z.array(RequestDocument).optional();
const Data = z.record(z.string(), z.unknown()).optional();

/**
 * What people (and the SLA sweep) do to a request:
 *
 * - `SUBMIT`: the requester hands in a step (the request letter and KAK);
 * - `DISPOSE`: a superior forwards with a written instruction (a disposition step);
 * - `COMPLETE`: the actor finishes a task step (a route step picks its branch from `data`);
 * - `ACCEPT` / `REJECT`: the actor of a decision step says yes or no (a reason is required for no);
 * - `RETURN_TO_OPD`: staff send the request back to the requester for completion (the step's clock pauses);
 * - `RESUBMIT`: the requester sends it back (the clock resumes);
 * - `UPLOAD`: attach documents without moving on;
 * - `TICK`: the SLA sweep checks the clocks (no actor).
 */
export const RequestEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('SUBMIT'), actor: RequestActor, documents: Documents, data: Data, note: z.string().optional() }).strict(),
  z.object({ type: z.literal('DISPOSE'), actor: RequestActor, instruction: Text, documents: Documents }).strict(),
  z.object({ type: z.literal('COMPLETE'), actor: RequestActor, documents: Documents, data: Data, note: z.string().optional() }).strict(),
  z.object({ type: z.literal('ACCEPT'), actor: RequestActor, reason: z.string().optional(), documents: Documents }).strict(),
  z.object({ type: z.literal('REJECT'), actor: RequestActor, reason: Text, documents: Documents }).strict(),
  z.object({ type: z.literal('RETURN_TO_OPD'), actor: RequestActor, reason: Text }).strict(),
  z.object({ type: z.literal('RESUBMIT'), actor: RequestActor, documents: Documents, note: z.string().optional() }).strict(),
  z.object({ type: z.literal('UPLOAD'), actor: RequestActor, documents: z.array(RequestDocument).min(1, { error: 'documents' }) }).strict(),
  z.object({ type: z.literal('TICK') }).strict(),
]);
export type RequestEvent = z.infer<typeof RequestEvent>;

/** Bilingual texts for the checks named above. */
export const requestEventTexts = {
  text: { id: 'tidak boleh kosong', en: 'must not be empty' },
  roles: { id: 'minimal satu peran', en: 'at least one role' },
  slug: { id: 'hanya huruf kecil, angka dan tanda hubung', en: 'lower-case letters, digits and hyphens only' },
  documents: { id: 'minimal satu dokumen', en: 'at least one document' },
} as const;
