import { callerOf, type Accountability } from './service/caller.js';
import type { Db } from './service/db.js';
import { fromCore, httpError } from './service/errors.js';
import { directusMailer, type MailContext } from './service/notify.js';
import { publicRequest, RequestService } from './service/requests.js';
import { getRuntime } from './service/runtime.js';
import { secretBox } from './service/secrets.js';

/** The options an admin sets on the "Alur: kirim event" operation in a Flow (templated with `{{ ... }}`). */
export interface SendEventOptions {
  /** The request id. */
  readonly request?: unknown;
  /** The event type: DISPOSE, COMPLETE, ACCEPT, REJECT, RETURN_TO_OPD, RESUBMIT, UPLOAD. */
  readonly type?: unknown;
  /** The rest of the event (instruction, reason, documents, data, note, version), as JSON. */
  readonly payload?: unknown;
  /** Act as this user when the flow has no user of its own (schedules, webhooks without a token). */
  readonly as_user?: unknown;
}

const parsePayload = (payload: unknown): Record<string, unknown> => {
  if (payload === undefined || payload === null || payload === '') return {};
  const value = typeof payload === 'string' ? JSON.parse(payload) : payload;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('payload');
  return value as Record<string, unknown>;
};

/**
 * The Flows operation `alur-send-event`: sends one event to a request through the same
 * service as `POST /alur/requests/:id/events` (role, office and version checks, one
 * transaction, audit trail, notifications). It acts as the user who triggered the flow, or
 * as the configured user; a refusal fails the operation with the message in Bahasa Indonesia.
 */
export default {
  id: 'alur-send-event',
  async handler(options: SendEventOptions, context: MailContext & { database: Db; env: Record<string, unknown>; accountability: Accountability | null }) {
    const { definitions, members, clock } = getRuntime();
    const db = context.database;
    try {
      const user = context.accountability?.user ?? (typeof options.as_user === 'string' && options.as_user !== '' ? options.as_user : null);
      const caller = await callerOf(db, members, user ? { user, admin: false } : null, 'id');
      let payload: Record<string, unknown>;
      try {
        payload = parsePayload(options.payload);
      } catch {
        throw httpError(400, { id: 'Opsi "payload" harus objek JSON.', en: 'The "payload" option must be a JSON object.' });
      }
      const { row, sop } = await new RequestService({
        db,
        definitions,
        members,
        now: clock.now,
        mail: directusMailer(context, members),
        secrets: secretBox(context.env),
      }).send(caller, String(options.request ?? ''), { ...payload, type: options.type });
      return publicRequest(row, sop);
    } catch (error) {
      throw fromCore(error, 'id');
    }
  },
};
