import { provisionalNote, provisionalYearsBetween, type CompiledSop, type RequestEffect } from '@alur/core';
import { formatInstant } from './format.js';
import type { Member, MembershipDirectory } from './caller.js';
import type { Db } from './db.js';

/** The request a notification is about, with the deadline of the step it has entered (if any). */
export interface NotifiedRequest {
  readonly id: string;
  readonly title: string;
  readonly office: string;
  readonly deadline?: Date | string | null | undefined;
}

/** "Senin, 4 Januari 2027 16.00 WITA", with "(perkiraan, menunggu SKB 2027)" when the date rests on estimated holidays. */
function when(sop: CompiledSop, deadline: Date | string, from: Date): { id: string; en: string } {
  const at = new Date(deadline);
  const years = provisionalYearsBetween(sop.calendar, from < at ? from : at, at);
  const note = years.length ? { id: ` (${provisionalNote(years[0]!).id})`, en: ` (${provisionalNote(years[0]!).en})` } : { id: '', en: '' };
  return { id: `${formatInstant(at, sop.calendar.zone, 'id')}${note.id}`, en: `${formatInstant(at, sop.calendar.zone, 'en')}${note.en}` };
}

function texts(effect: RequestEffect, sop: CompiledSop, request: NotifiedRequest, at: Date): { subject: string; message: string } {
  const title = request.title;
  const step = sop.steps.get(effect.step);
  const where = step ? `langkah ${step.no} — ${step.description}` : effect.step;
  const whereEn = step ? `step ${step.no} — ${step.description}` : effect.step;
  switch (effect.type) {
    case 'sla.warning': {
      const due = when(sop, effect.deadline, at);
      return {
        subject: `Peringatan SLA: ${title}`,
        message: `Waktu ${where} sudah terpakai 75%; tenggat ${due.id}.\n\n(SLA warning: 75% of the time of ${whereEn} is used; deadline ${due.en}.)`,
      };
    }
    case 'sla.breach': {
      const due = when(sop, effect.deadline, at);
      return { subject: `Tenggat terlewati: ${title}`, message: `Tenggat ${where} terlewati (${due.id}).\n\n(Deadline of ${whereEn} missed: ${due.en}.)` };
    }
    default: {
      const subjects = {
        'step-entered': [`Menunggu Anda: ${title}`, `Waiting on you at ${whereEn}`],
        'returned-to-opd': [`Dikembalikan untuk dilengkapi: ${title}`, `Returned for completion at ${whereEn}`],
        resubmitted: [`Dilengkapi kembali oleh OPD: ${title}`, `Resubmitted by the requester at ${whereEn}`],
        completed: [`Selesai: ${title}`, 'The request has finished'],
      } as const;
      const [subject, en] = subjects[effect.reason];
      const due = effect.reason !== 'completed' && request.deadline ? when(sop, request.deadline, at) : undefined;
      return { subject, message: `${subject} — ${where}.${due ? ` Tenggat: ${due.id}.` : ''}\n\n(${en}.${due ? ` Deadline: ${due.en}.` : ''})` };
    }
  }
}

/** A notification as written: what its email repeats. */
export interface WrittenNotification {
  readonly recipient: string;
  readonly subject: string;
  readonly message: string;
  /** The request it is about. */
  readonly request: string;
}

/** Sends the emails of notifications once their transaction has committed. */
export type Mailer = (notifications: readonly WrittenNotification[]) => void;

/** The parts of a Directus extension context the mailer uses. */
export interface MailContext {
  readonly services: Record<string, unknown>;
  readonly getSchema: () => Promise<unknown>;
  /** Directus' settings: `PUBLIC_URL` makes the portal link of each email. */
  readonly env?: Record<string, unknown>;
  readonly database: unknown;
  readonly logger: { error(message: unknown): void };
}

/**
 * The email's text: the notification's, then a link to the request in the portal, where every
 * user (not only the few with a Studio seat) can open it.
 */
export function withPortalLink(notification: WrittenNotification, publicUrl: unknown): string {
  if (typeof publicUrl !== 'string' || !/^https?:\/\//.test(publicUrl)) return notification.message;
  const url = `${publicUrl.replace(/\/+$/, '')}/alur/portal/permohonan/${notification.request}`;
  return `${notification.message}\n\n[Buka permohonan di portal Alur (open the request in the Alur portal)](${url})`;
}

/**
 * Emails notifications the way Directus does for its own (`NotificationsService.sendEmail`):
 * only to active users whose "email notifications" setting is on (as the membership directory
 * keeps it: no query per write), through the configured `EMAIL_*` transport, in the
 * background. A write whose recipients all have it off costs no schema copy. A failed email is
 * logged; the notification stays in the inbox.
 */
export function directusMailer(context: MailContext, members: MembershipDirectory): Mailer {
  type Service = { sendEmail(data: { recipient: string; subject: string; message: string }): Promise<void> };
  const Notifications = context.services['NotificationsService'] as new (options: { schema: unknown; knex: unknown }) => Service;
  const db = context.database as Db;
  return (notifications) => {
    if (notifications.length === 0) return;
    void (async () => {
      const wanted = (await members.load(db)).mailed;
      const mailed = notifications.filter((n) => wanted.has(n.recipient));
      if (mailed.length === 0) return;
      const service = new Notifications({ schema: await context.getSchema(), knex: context.database });
      for (const n of mailed) await service.sendEmail({ recipient: n.recipient, subject: n.subject, message: withPortalLink(n, context.env?.['PUBLIC_URL']) });
    })().catch((error: unknown) => context.logger.error(`alur: email pemberitahuan gagal (notification email failed): ${String(error)}`));
  };
}

/**
 * The users who hold SOP role `role` on a request of office `office`, added to `users`. The same
 * rule as acting (`rolesOn`): a requester role counts for the request's own office, a staff role
 * from the Diskominfo.
 */
export function addRoleHolders(users: Set<string>, sop: CompiledSop, role: string, office: string, members: readonly Member[]): void {
  const requester = sop.roles.get(role)?.kind === 'requester';
  for (const m of members) if (m.roles.includes(role) && (requester ? m.kind === 'opd' && m.office === office : m.kind === 'diskominfo')) users.add(m.user);
}

/**
 * The Directus notifications of a transition's effects: one per user holding a notified role
 * (for a requester role, only the users of the request's office).
 */
export function notificationsFor(
  sop: CompiledSop,
  request: NotifiedRequest,
  effects: readonly RequestEffect[],
  at: Date,
  members: readonly Member[],
): WrittenNotification[] {
  const written: WrittenNotification[] = [];
  for (const effect of effects) {
    const users = new Set<string>();
    for (const role of effect.roles) addRoleHolders(users, sop, role, request.office, members);
    const { subject, message } = texts(effect, sop, request, at);
    for (const user of users) written.push({ recipient: user, subject: subject.slice(0, 255), message, request: request.id });
  }
  return written;
}

/**
 * Writes notifications in the caller's transaction, so they exist exactly when the transition
 * does; the emails go after the commit (`Mailer`).
 */
export async function saveNotifications(trx: Db, written: readonly WrittenNotification[], at: Date): Promise<void> {
  const rows = written.map((n) => ({
    recipient: n.recipient,
    subject: n.subject,
    message: n.message,
    timestamp: at,
    status: 'inbox',
    sender: null,
    collection: 'alur_requests',
    item: n.request,
  }));
  // SQLite caps bound variables per statement: 8 columns × 100 rows stays below it.
  for (let i = 0; i < rows.length; i += 100) await trx('directus_notifications').insert(rows.slice(i, i + 100));
}
