import { randomBytes } from 'node:crypto';
import {
  AlurError,
  availableEvents,
  renderCatalog,
  renderSop,
  slaCheck,
  slaWaktu,
  stepRequirements,
  validateSop,
  type CalendarRegistry,
  type CompiledSop,
  type RequestSla,
  type SopFormat,
  type WorkingCalendar,
} from '@alur/core';
import { isProvisioned } from './provision/index.js';
import { SCHEMA_VERSION } from './provision/schema.js';
import { callerOf, localeOf, makeCaller, rolesOn, type Accountability, type Caller } from './service/caller.js';
import { fromDb, instant, type Db } from './service/db.js';
import { fromCore, httpError, issuesOut, text } from './service/errors.js';
import { directusMailer, type MailContext } from './service/notify.js';
import { inboxRequests, INBOX_SORT, LIST_SORT, listRequests, notificationsPage, parseListQuery, type PageMeta } from './service/listing.js';
import { isReportDate } from './service/report.js';
import { slaReportSql } from './service/sla-report.js';
import { flowReport, parseFlowQuery } from './service/dashboard.js';
import { PAGE_COLUMNS, publicRequest, RequestService, roleKinds, visibleRow, type RequestRow } from './service/requests.js';
import { idempotencyKey, replayOf, type IdempotencyKey } from './service/idempotency.js';
import { checkShape } from './service/limits.js';
import { importYear } from './service/calendar-import.js';
import { getRuntime, testClockEnabled } from './service/runtime.js';
import { secretBox } from './service/secrets.js';
import { sweepBatch, sweepDue } from './service/sweep.js';
import { servePortal, type PortalResponse } from './portal.js';
import { addComment, listComments } from './service/comments.js';
import { directusFiles, disposition, maxFileBytes, readableFile, uploadFile } from './service/files.js';
import { checkFormDefinition, deleteForm, formDefinition, listForms, saveForm } from './service/forms.js';
import type { FormKinds } from './service/definitions.js';
import { deriveImported, discardPending, importVariant, markReviewed } from './service/import-variant.js';
import { pendingImports } from './service/import-review.js';
import { checkVariantEdit, editorView, previewWaktu, saveVariant, storedDefinition, type ItemsWriter } from './service/variant-editor.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkPersonDraft, createPerson, listPeople, mailConfigured, officeZone, oneTimePassword, roleCatalog, type UsersWriter } from './service/people.js';
import { bumpRevision } from './service/revisions.js';
import { recordHeartbeat } from './service/uptime.js';

interface Req {
  readonly params: Record<string, string>;
  readonly query: Record<string, unknown>;
  readonly body: unknown;
  readonly accountability?: Accountability | null;
  get(header: string): string | undefined;
}
interface Res {
  status(code: number): Res;
  json(body: unknown): void;
  type(type: string): Res;
  set(field: string, value: string): Res;
  send(body: string): void;
  end(): void;
}
type Next = (error?: unknown) => void;
type Handler = (req: Req, res: Res, next: Next) => void;

/** The Express router Directus gives an endpoint. */
export interface Router {
  get(path: string, handler: Handler): void;
  post(path: string, handler: Handler): void;
  put(path: string, handler: Handler): void;
  patch(path: string, handler: Handler): void;
  delete(path: string, handler: Handler): void;
}

/** What Alur's endpoints use from the Directus endpoint context. */
export interface EndpointContext extends MailContext {
  readonly database: Db;
  readonly env: Record<string, unknown>;
  readonly logger: { warn(message: string): void; error(message: unknown): void };
}

/** A calendar an admin must look at, with the reason in both languages. */
export interface CalendarWarning {
  /** The calendar to edit: for running-out data, the base where adding the year covers all of `calendars`. */
  readonly calendar: string;
  /** Every calendar the warning is about (`calendar` first, then those that inherit its years). */
  readonly calendars: readonly string[];
  /** The last year with holiday data; `null` when the calendar cannot be built at all. */
  readonly lastYear: number | null;
  /** Whether the next year is estimated meanwhile (else refused); absent for a calendar that cannot be built. */
  readonly provisional?: boolean;
  readonly id: string;
  readonly en: string;
}

/** How long before its holiday data runs out a calendar is reported. */
const YEAR_END_NOTICE_MS = 60 * 24 * 60 * 60_000;

/**
 * Calendars whose holiday data ends within 60 days of `now` (or has ended): deadlines past the
 * last covered year are refused until an admin adds the next year (its SKB), so say so early.
 * Calendars that inherit their years are reported once, under the base to edit.
 */
export function calendarWarnings(calendars: CalendarRegistry, now: Date): CalendarWarning[] {
  const broken: CalendarWarning[] = [];
  const running = new Map<string, { lastYear: number; calendars: string[] }>();
  for (const id of calendars.ids) {
    let calendar: WorkingCalendar;
    try {
      calendar = calendars.get(id);
    } catch (error) {
      const problem = error instanceof AlurError ? error.text : text('tidak dapat dibangun', 'cannot be built');
      broken.push({ calendar: id, calendars: [id], lastYear: null, id: `Kalender "${id}": ${problem.id}`, en: `Calendar "${id}": ${problem.en}` });
      continue;
    }
    const { lastYear } = calendar;
    if (Date.UTC(lastYear + 1, 0, 1) - now.getTime() > YEAR_END_NOTICE_MS) continue;
    // A calendar's years include its bases', so the root-most base ending in the same year is where one edit covers it.
    const owner = [...calendar.chain].reverse().find((base) => calendars.get(base).lastYear === lastYear) ?? id;
    const group = running.get(owner) ?? { lastYear, calendars: [] };
    group.calendars.push(id);
    running.set(owner, group);
  }
  const ending = [...running].map(([owner, { lastYear, calendars: ids }]): CalendarWarning => {
    const next = lastYear + 1;
    const others = ids.filter((id) => id !== owner);
    const also = others.length ? { id: ` (juga dipakai ${others.join(', ')})`, en: ` (also used by ${others.join(', ')})` } : { id: '', en: '' };
    const estimated = calendars.get(owner).provisionalYears.includes(next);
    const meanwhile = estimated
      ? {
          id: `sampai itu tenggat di ${next} dihitung sebagai perkiraan dari aturan (libur nasional tanpa cuti bersama) dan ditandai "perkiraan, menunggu SKB ${next}"; tenggat itu bergeser sendiri begitu SKB dimasukkan.`,
          en: `until then deadlines in ${next} are estimated from rules (national holidays, no joint leave) and flagged "estimate, awaiting the ${next} decree"; they move by themselves once the decree is entered.`,
        }
      : { id: `sampai itu langkah dengan tenggat di ${next} ditolak.`, en: `until then steps due in ${next} are refused.` };
    return {
      calendar: owner,
      calendars: [owner, ...others],
      lastYear,
      provisional: estimated,
      id: `Kalender "${owner}"${also.id} berdata hari libur sampai ${lastYear}: tambahkan tahun ${next} (SKB libur nasional dan cuti bersama ${next}) sebelum tenggat permohonan melewati 31 Desember ${lastYear}; ${meanwhile.id}`,
      en: `Calendar "${owner}"${also.en} has holiday data up to ${lastYear}: add ${next} (its national holiday and joint leave decree) before request deadlines pass 31 December ${lastYear}; ${meanwhile.en}`,
    };
  });
  return [...broken, ...ending];
}

const FORMATS: readonly SopFormat[] = ['md', 'html', 'mermaid'];

type SopStep = CompiledSop['steps'] extends ReadonlyMap<string, infer S> ? S : never;

/**
 * The Content-Security-Policy of a printable SOP document, in place of Directus' own: nothing
 * loads from elsewhere, its styles are inline, and its one script (the pagination into A4
 * sheets) runs by the nonce returned here; only Alur's own pages may frame it (the portal).
 */
function documentPolicy(res: Res): string {
  const nonce = randomBytes(16).toString('base64');
  res.set(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-${nonce}'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'`,
  );
  return nonce;
}

/** A step as a screen lists it: number, Uraian, who does it (role, name and side), its Waktu and outputs. */
const stepSummary = (sop: CompiledSop, step: SopStep) => ({
  id: step.id,
  no: step.no,
  description: step.description,
  actor: step.actor,
  actorName: sop.roles.get(step.actor)?.name ?? step.actor,
  actorKind: sop.roles.get(step.actor)?.kind ?? null,
  // The Waktu its SLA counts (another document of the office may set it apart from the printed one).
  waktu: slaWaktu(step) ?? null,
  // The documents its actor produces (not those its act records), e.g. for what a Berita Acara hands over.
  outputs: (stepRequirements(sop, step.id)?.outputs ?? []).map((item) => item.key),
});

/** What a screen shows of the current step: its summary, what it needs and yields, and its choices. */
function stepView(sop: CompiledSop, id: string | null, forms: FormKinds) {
  const step = id ? sop.steps.get(id) : undefined;
  if (!step) return null;
  const needs = stepRequirements(sop, step.id)!;
  // `form`: there is a form for it (built in or an admin's), which a screen can offer beside the file.
  const item = (i: { key: string; label: string; optional?: boolean | undefined }) => ({
    key: i.key,
    label: i.label,
    optional: i.optional === true,
    ...(forms.has(i.key) ? { form: true } : {}),
  });
  return {
    ...stepSummary(sop, step),
    kelengkapan: (step.kelengkapan ?? []).map(item),
    // What the requester's filing brings for the staff steps after it that only pass it on (Babel's letter).
    forLater: needs.forLater.map((f) => ({ ...item(f.item), step: f.step, no: f.no })),
    // `by`: who makes it, as `apply` reads it — the actor attaches it, or the step's act records it.
    outputs: (step.outputs ?? []).map((o) => ({ ...item(o), by: needs.outputs.some((a) => a.key === o.key) ? 'actor' : 'act' })),
    decision: step.decision ?? null,
    route: step.route ?? null,
  };
}

/**
 * The `/alur` endpoints: requests (create, read, send an event), the caller's inbox, variants
 * (render, validate), the SLA report, and for admins a sweep on demand. Every answer on bad
 * input is a 4xx with a message in Bahasa Indonesia (English with `?lang=en`).
 */
/** The answer while Alur's schema is not in place. */
const NOT_PROVISIONED = text(
  'Alur belum terpasang di Directus ini: mulai ulang Directus (Alur memasang skemanya saat server mulai) atau jalankan `npx directus alur provision`.',
  'Alur is not set up on this Directus yet: restart Directus (Alur sets up its schema when the server starts) or run `npx directus alur provision`.',
);

export default {
  id: 'alur',
  handler(router: Router, context: EndpointContext): void {
    const { database: db, env, logger } = context;
    const { definitions, members, clock } = getRuntime();
    const mail = directusMailer(context, members);
    const requests = new RequestService({ db, definitions, members, now: clock.now, mail, secrets: secretBox(env) });
    const files = directusFiles(context);

    /** Wraps a handler: the caller is resolved, any rejection goes to Directus' error handler. */
    const route =
      (fn: (caller: Caller, req: Req, res: Res) => Promise<void>, options: { anonymous?: boolean } = {}): Handler =>
      (req, res, next) => {
        const locale = localeOf(req.query, req.get('accept-language'));
        const caller = isProvisioned({ database: db }).then((ready) => {
          // Installed into a Directus whose server has not provisioned Alur yet (see hooks.ts).
          if (!ready) throw httpError(503, NOT_PROVISIONED, {}, locale);
          return options.anonymous ? makeCaller('', false, [], locale) : callerOf(db, members, req.accountability, locale);
        });
        caller
          .then((c) => {
            if (req.body !== undefined && req.body !== null) checkShape(req.body, locale);
            return fn(c, req, res);
          })
          .catch((error: unknown) => next(fromCore(error, locale)));
      };
    /**
     * Runs a write once per `Idempotency-Key`: a retry of a committed write gets the first
     * answer again (`Idempotent-Replayed: true`), also when it races the first attempt.
     */
    const idempotent = async (caller: Caller, req: Req, res: Res, routeName: string, write: (key: IdempotencyKey | undefined) => Promise<void>) => {
      const key = idempotencyKey(req.get('idempotency-key'), caller.user, routeName, req.body, caller.locale);
      const replay = async () => {
        const first = key ? await replayOf(db, key, caller.locale) : undefined;
        if (first) res.set('Idempotent-Replayed', 'true').status(first.status).json(first.body);
        return first !== undefined;
      };
      if (await replay()) return;
      try {
        await write(key);
      } catch (error) {
        // A concurrent attempt with the same key committed first (its key row made ours fail).
        if (await replay()) return;
        throw error;
      }
    };
    const adminOnly = (caller: Caller) => {
      if (!caller.admin) throw httpError(403, text('Hanya admin yang boleh melakukan ini.', 'Only admins may do this.'), {}, caller.locale);
    };
    /** Each row with the SOP it runs on; the stored definitions are loaded once for the whole list. */
    const withSops = async (rows: RequestRow[]) => {
      const loaded = await definitions.load(db);
      return Promise.all(rows.map(async (row) => ({ row, sop: await definitions.frozen(db, row.definition, loaded) })));
    };
    /** A page of request rows as the list answers show them, with `meta` when asked. */
    const pageOut = async ({ rows, meta }: { rows: Record<string, unknown>[]; meta?: PageMeta }) => ({
      data: (await withSops(rows.map((r) => fromDb<RequestRow>('alur_requests', r)))).map(({ row, sop }) => publicRequest(row, sop)),
      ...(meta ? { meta } : {}),
    });

    router.get(
      '/health',
      route(
        async (_c, _req, res) => {
          const defs = await definitions.load(db);
          // Each minute a health check is answered counts toward the measured availability (SLA report).
          await recordHeartbeat(db, clock.now());
          res.json({ status: 'ok', schemaVersion: SCHEMA_VERSION, variants: defs.sops.ids, warnings: calendarWarnings(defs.calendars, clock.now()) });
        },
        { anonymous: true },
      ),
    );

    // The portal (packages/portal), for requesters and staff: its page and assets, no sign-in needed to load them.
    // Express matches "/portal/" here too (routing is not strict): only the bare "/portal" is redirected.
    router.get('/portal', (req, res) =>
      (req as unknown as { path: string }).path.endsWith('/')
        ? servePortal('', res as unknown as PortalResponse)
        : (res as unknown as PortalResponse).redirect(301, '/alur/portal/'),
    );
    router.get('/portal/*', (req, res) => servePortal(req.params['0'] ?? '', res as unknown as PortalResponse));

    router.get(
      '/me',
      route(async (caller, _req, res) =>
        res.json({
          data: {
            user: caller.user,
            admin: caller.admin,
            office: caller.office,
            officeKind: caller.officeKind,
            roles: caller.roles,
            memberships: caller.memberships,
            maxFileBytes: maxFileBytes(env),
          },
        }),
      ),
    );

    router.post(
      '/requests',
      route(async (caller, req, res) =>
        idempotent(caller, req, res, 'POST /alur/requests', async (idempotency) => {
          const { row, sop } = await requests.create(caller, req.body, { idempotency });
          res.status(201).json({ data: publicRequest(row, sop) });
        }),
      ),
    );

    router.get(
      '/requests',
      route(async (caller, req, res) => {
        const query = parseListQuery(req.query, caller.locale, LIST_SORT);
        res.json(await pageOut(await listRequests(db, caller, query)));
      }),
    );

    router.get(
      '/requests/:id',
      route(async (caller, req, res) => {
        const id = req.params['id'] ?? '';
        // Both reads queued at once (the audit trail is only sent when the row is visible): on SQLite's one connection, one wait less.
        const [row, trail] = await Promise.all([visibleRow(db, caller, id, PAGE_COLUMNS), db('alur_request_events').where({ request: id }).orderBy('seq')]);
        const [sop, { forms }] = await Promise.all([definitions.frozen(db, row.definition), definitions.load(db)]);
        const events = trail.map((e: Record<string, unknown>) => fromDb<Record<string, unknown>>('alur_request_events', e));
        let sla: RequestSla | { error: string };
        try {
          sla = slaCheck(sop, row.snapshot, clock.now());
        } catch (error) {
          sla = { error: (fromCore(error, caller.locale) as Error).message };
        }
        res.json({
          data: {
            ...publicRequest(row, sop),
            data: row.snapshot.context.data,
            documents: Object.values(row.snapshot.context.documents),
            timeline: events.map(({ seq, at, by, event, step, to, detail }) => ({
              seq,
              at: instant(at)?.toISOString() ?? null,
              by,
              event,
              step,
              to,
              ...(detail as object),
            })),
            sla,
            currentStep: stepView(sop, row.step, forms),
            // The Diskominfo office whose SOP it is, for letters and the Berita Acara.
            variantOffice: sop.sop.office,
            // The SOP's steps and document names, for the history and the documents of a screen.
            steps: [...sop.steps.values()].map((step) => stepSummary(sop, step)),
            // (A document the SOP does not name, such as a KAK attached beside the letter, by its name in @alur/forms.)
            documentLabels: Object.fromEntries([
              ...Object.keys(row.snapshot.context.documents).flatMap((key) => (forms.has(key) ? [[key, forms.get(key)!.label[caller.locale]]] : [])),
              ...[...sop.steps.values()].flatMap((step) => [...(step.kelengkapan ?? []), ...(step.outputs ?? [])].map((item) => [item.key, item.label])),
            ]),
            // What the caller may send now (the SOP's rules, as `apply` checks them), with the roles they act in.
            actions: availableEvents(sop, row.snapshot, rolesOn(caller, row, roleKinds(sop))),
          },
        });
      }),
    );

    router.post(
      '/requests/:id/events',
      route(async (caller, req, res) =>
        idempotent(caller, req, res, `POST /alur/requests/${req.params['id'] ?? ''}/events`, async (idempotency) => {
          const { row, sop } = await requests.send(caller, req.params['id'] ?? '', req.body, { idempotency });
          res.json({ data: publicRequest(row, sop) });
        }),
      ),
    );

    // Files: uploaded here (multipart, one "file" part), downloaded here, never through /assets (no one holds a
    // Directus permission on directus_files). Unattached uploads wait for the uploader's filing or event.
    const upload = (request?: (req: Req) => string) =>
      route(async (caller, req, res) => {
        const data = await uploadFile({ db, store: files, env, now: clock.now }, caller, req as unknown as IncomingMessage, request?.(req));
        res.status(201).json({ data });
      });
    router.post('/files', upload());
    router.post(
      '/requests/:id/files',
      upload((req) => req.params['id'] ?? ''),
    );

    router.get(
      '/files/:id',
      route(async (caller, req, res) => {
        const id = req.params['id'] ?? '';
        await readableFile(db, caller, id);
        const file = await files.open(id);
        const out = res as unknown as Res & ServerResponse;
        out
          .status(200)
          .set('Content-Type', file.type)
          .set('Content-Length', String(file.size))
          .set('Content-Disposition', disposition(file.name, file.type, req.query['download'] !== undefined))
          .set('Cache-Control', 'private, no-cache')
          .set('X-Content-Type-Options', 'nosniff');
        await new Promise<void>((resolve, reject) => {
          file.stream.on('error', reject);
          out.on('finish', resolve);
          out.on('close', resolve);
          file.stream.pipe(out);
        });
      }),
    );

    router.get(
      '/requests/:id/comments',
      route(async (caller, req, res) => {
        res.json({ data: await listComments(db, caller, req.params['id'] ?? '') });
      }),
    );
    router.post(
      '/requests/:id/comments',
      route(async (caller, req, res) => {
        res.status(201).json({ data: await addComment({ db, definitions, members, now: clock.now, mail }, caller, req.params['id'] ?? '', req.body) });
      }),
    );

    router.post(
      '/requests/:id/secrets',
      route(async (caller, req, res) => {
        res.json({ data: await requests.revealSecrets(caller, req.params['id'] ?? '', req.body) });
      }),
    );

    router.get(
      '/inbox',
      route(async (caller, req, res) => {
        const query = parseListQuery(req.query, caller.locale, INBOX_SORT);
        res.json(await pageOut(await inboxRequests(db, caller, query)));
      }),
    );

    router.get(
      '/notifications',
      route(async (caller, req, res) => {
        res.json(await notificationsPage(db, caller, req.query));
      }),
    );

    router.patch(
      '/notifications/:id',
      route(async (caller, req, res) => {
        const status = (req.body as { status?: unknown } | null)?.status;
        if (status !== 'inbox' && status !== 'archived') {
          throw httpError(400, text('"status" harus "inbox" atau "archived".', '"status" must be "inbox" or "archived".'), {}, caller.locale);
        }
        const id = Number(req.params['id']);
        // Only the recipient's own: someone else's notification is as missing as a wrong id.
        const updated = Number.isSafeInteger(id) ? await db('directus_notifications').where({ id, recipient: caller.user }).update({ status }) : 0;
        if (updated !== 1) throw httpError(404, text('Pemberitahuan tidak ditemukan.', 'Notification not found.'), {}, caller.locale);
        res.json({ data: { id, status } });
      }),
    );

    router.get(
      '/variants',
      route(async (_caller, _req, res) => {
        const defs = await definitions.load(db);
        res.json({
          data: defs.sops.ids.map((id) => ({
            id,
            name: defs.sops.definition(id)?.name,
            version: defs.sops.definition(id)?.version,
            draft: defs.drafts.has(id),
            status: defs.drafts.has(id) ? 'draft' : defs.archived.has(id) ? 'archived' : 'active',
            catalog: defs.sops.get(id).sop.document?.catalog !== undefined,
          })),
        });
      }),
    );

    router.get(
      '/variants/:id/document',
      route(async (caller, req, res) => {
        const format = (req.query['format'] ?? 'md') as SopFormat;
        if (!FORMATS.includes(format))
          throw httpError(
            400,
            text(`Format "${String(format)}" tidak dikenal; pilih md, html atau mermaid.`, `Unknown format "${String(format)}"; use md, html or mermaid.`),
            {},
            caller.locale,
          );
        const defs = await definitions.load(db);
        const id = req.params['id'] ?? '';
        if (!defs.sops.ids.includes(id)) throw httpError(404, text(`Varian SOP "${id}" tidak ada.`, `SOP variant "${id}" does not exist.`), {}, caller.locale);
        // The analyst's notes only when asked (`?notes=1`): the signed document has none.
        const notes = req.query['notes'] === '1' || req.query['notes'] === 'true';
        const nonce = format === 'html' ? documentPolicy(res) : undefined;
        const body = renderSop(defs.sops.get(id).sop, format, { notes, ...(nonce ? { nonce } : {}) });
        res.type(format === 'html' ? 'text/html; charset=utf-8' : format === 'md' ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8').send(body);
      }),
    );

    router.get(
      '/variants/:id/catalog',
      route(async (caller, req, res) => {
        const defs = await definitions.load(db);
        const id = req.params['id'] ?? '';
        const page = defs.sops.ids.includes(id) ? renderCatalog(defs.sops.get(id).sop) : undefined;
        if (page === undefined)
          throw httpError(404, text(`Varian SOP "${id}" tidak punya katalog layanan.`, `SOP variant "${id}" has no service catalog.`), {}, caller.locale);
        res.type('text/html; charset=utf-8').send(page);
      }),
    );

    router.get(
      '/variants/:id/filing',
      route(async (caller, req, res) => {
        const defs = await definitions.load(db);
        const id = req.params['id'] ?? '';
        if (!defs.sops.ids.includes(id) || defs.drafts.has(id) || defs.archived.has(id)) {
          throw httpError(
            404,
            text(`Varian SOP "${id}" tidak ada atau tidak menerima permohonan.`, `SOP variant "${id}" does not exist or takes no requests.`),
            {},
            caller.locale,
          );
        }
        const compiled = defs.sops.get(id);
        const { sop } = compiled;
        // The caller's requesting offices whose roles may file on this SOP, with their names.
        const kinds = roleKinds(compiled);
        const offices = caller.memberships
          .filter((m) => m.kind === 'opd' && rolesOn(caller, { office: m.office, created_by: caller.user }, kinds).length > 0)
          .map((m) => m.office);
        const names = offices.length
          ? new Map((await db('alur_offices').whereIn('id', offices).select('id', 'name')).map((o: { id: string; name: string }) => [o.id, o.name]))
          : new Map();
        res.json({
          data: {
            variant: { id, name: sop.name, office: sop.office, zone: compiled.calendar.zone },
            step: stepView(compiled, sop.start, defs.forms),
            offices: offices.map((office) => ({ id: office, name: names.get(office) ?? office })),
          },
        });
      }),
    );

    router.post(
      '/variants/validate',
      route(async (_caller, req, res) => {
        const defs = await definitions.load(db);
        const result = validateSop(req.body, { lookup: (id) => defs.sops.definition(id), calendars: defs.calendars });
        res.json({ data: { ok: result.ok, issues: issuesOut(result.issues) } });
      }),
    );

    router.get(
      '/variants/:id/editor',
      route(async (caller, req, res) => {
        adminOnly(caller);
        res.json({ data: await editorView(db, await definitions.load(db), req.params['id'] ?? '', caller.locale) });
      }),
    );

    router.post(
      '/variants/waktu',
      route(async (caller, req, res) => {
        adminOnly(caller);
        const body = (req.body ?? {}) as { calendar?: unknown; waktu?: unknown };
        if (typeof body.calendar !== 'string' || typeof body.waktu !== 'string') {
          throw httpError(400, text('Kirim "calendar" dan "waktu" sebagai teks.', 'Send "calendar" and "waktu" as text.'), {}, caller.locale);
        }
        res.json({ data: previewWaktu(await definitions.load(db), body.calendar, body.waktu, clock.now(), caller.locale) });
      }),
    );

    router.post(
      '/variants/:id/check',
      route(async (caller, req, res) => {
        adminOnly(caller);
        const id = req.params['id'] ?? '';
        const defs = await definitions.load(db);
        const stored = await storedDefinition(db, defs, id);
        const { issues } = checkVariantEdit(defs, id, (req.body ?? {}) as object, { version: stored?.version ?? 'draf', stored }, caller.locale);
        res.json({ data: { ok: issues.length === 0, issues } });
      }),
    );

    router.post(
      '/variants/:id/document',
      route(async (caller, req, res) => {
        adminOnly(caller);
        const id = req.params['id'] ?? '';
        const defs = await definitions.load(db);
        const stored = await storedDefinition(db, defs, id);
        const { sop, issues } = checkVariantEdit(defs, id, (req.body ?? {}) as object, { version: stored?.version ?? 'draf', stored }, caller.locale);
        if (!sop) {
          throw httpError(
            422,
            text('Varian SOP belum benar; dokumennya belum bisa dibuat.', 'The SOP variant is not valid yet; its document cannot be made.'),
            { reason: 'INVALID_SOP', issues },
            caller.locale,
          );
        }
        res.type('text/html; charset=utf-8').send(renderSop(sop, 'html', { nonce: documentPolicy(res) }));
      }),
    );

    /** The variants' Directus service for the caller (so a save has its activity and revisions). */
    const variantsWriter = async (req: { accountability?: unknown }): Promise<ItemsWriter> => {
      const Items = context.services['ItemsService'] as new (collection: string, options: object) => ItemsWriter;
      return new Items('alur_sop_variants', { schema: await context.getSchema(), accountability: req.accountability ?? null, knex: db });
    };

    // "Impor SOP": an office's SOP table (pasted text or .docx in base64) saved as a new draft variant with the cells to check.
    router.post(
      '/variants/import',
      route(async (caller, req, res) => {
        adminOnly(caller);
        const writer = await variantsWriter(req);
        const imported = await importVariant(db, await definitions.load(db), writer, req.body, clock.now(), caller.locale);
        definitions.changed();
        res.status(201).json({ data: imported });
      }),
    );

    // Imported drafts that do not validate yet, waiting to be fixed in the editor (or discarded).
    router.get(
      '/variants/imports',
      route(async (caller, _req, res) => {
        adminOnly(caller);
        res.json({ data: await pendingImports(db) });
      }),
    );

    router.delete(
      '/variants/imports/:id',
      route(async (caller, req, res) => {
        adminOnly(caller);
        await discardPending(db, req.params['id'] ?? '', caller.locale);
        res.status(204).end();
      }),
    );

    // An imported draft derived from the active variant it reads most like (the editor's suggestion), or another active one.
    router.post(
      '/variants/:id/derive',
      route(async (caller, req, res) => {
        adminOnly(caller);
        const id = req.params['id'] ?? '';
        const writer = await variantsWriter(req);
        await deriveImported(db, await definitions.load(db), writer, id, ((req.body ?? {}) as { base?: unknown }).base, clock.now(), caller.locale);
        definitions.changed();
        res.json({ data: await editorView(db, await definitions.load(db), id, caller.locale) });
      }),
    );

    // "Tandai sudah diperiksa": one imported cell confirmed as imported.
    router.post(
      '/variants/:id/review',
      route(async (caller, req, res) => {
        adminOnly(caller);
        const writer = await variantsWriter(req);
        const path = ((req.body ?? {}) as { path?: unknown }).path;
        res.json({ data: await markReviewed(db, await definitions.load(db), writer, req.params['id'] ?? '', path, caller.locale) });
      }),
    );

    router.put(
      '/variants/:id',
      route(async (caller, req, res) => {
        adminOnly(caller);
        const id = req.params['id'] ?? '';
        const writer = await variantsWriter(req);
        const saved = await saveVariant(db, await definitions.load(db), writer, id, (req.body ?? {}) as object, clock.now(), caller.locale);
        definitions.changed();
        res.status(saved.created ? 201 : 200).json({ data: await editorView(db, await definitions.load(db), id, caller.locale) });
      }),
    );

    router.get(
      '/forms',
      route(async (_caller, _req, res) => {
        res.json({ data: listForms(await definitions.load(db)) });
      }),
    );

    router.get(
      '/forms/:key',
      route(async (caller, req, res) => {
        const found = await formDefinition(db, await definitions.load(db), req.params['key'] ?? '', caller.locale);
        res.json({ data: caller.admin ? found : { definition: found.definition, changed: found.changed } });
      }),
    );

    router.post(
      '/forms/:key/check',
      route(async (caller, req, res) => {
        adminOnly(caller);
        const { problems } = checkFormDefinition(req.params['key'] ?? '', (req.body as { definition?: unknown } | undefined)?.definition, caller.locale);
        res.json({ data: { ok: problems.length === 0, problems } });
      }),
    );

    router.put(
      '/forms/:key',
      route(async (caller, req, res) => {
        adminOnly(caller);
        const body = req.body as { definition?: unknown } | undefined;
        if (!body || !('definition' in body)) {
          throw httpError(
            400,
            text(
              'Kirim {"definition": definisi formulir, atau null untuk bentuk bawaannya}.',
              'Send {"definition": a form definition, or null for its built-in shape}.',
            ),
            {},
            caller.locale,
          );
        }
        const { created } = await saveForm(db, definitions, req.params['key'] ?? '', body.definition, caller.locale);
        res.status(created ? 201 : 200).json({ data: await formDefinition(db, await definitions.load(db), req.params['key'] ?? '', caller.locale) });
      }),
    );

    router.delete(
      '/forms/:key',
      route(async (caller, req, res) => {
        adminOnly(caller);
        await deleteForm(db, definitions, req.params['key'] ?? '', caller.locale);
        res.status(204).end();
      }),
    );

    // People (the module's "Pengguna"): the roles of the SOP variants for pickers, and for admins
    // the people with their offices and roles, and a user created with their membership in one step.
    router.get(
      '/roles',
      route(async (_caller, _req, res) => {
        res.json({ data: roleCatalog((await definitions.load(db)).sops) });
      }),
    );

    router.get(
      '/zone',
      route(async (_caller, _req, res) => {
        const defs = await definitions.load(db);
        res.json({ data: { zone: officeZone(defs.sops, new Set([...defs.drafts, ...defs.archived])) } });
      }),
    );

    router.get(
      '/people',
      route(async (caller, _req, res) => {
        adminOnly(caller);
        res.json({ data: await listPeople(db) });
      }),
    );

    router.post(
      '/people',
      route(async (caller, req, res) => {
        adminOnly(caller);
        const { sops } = await definitions.load(db);
        const draft = await checkPersonDraft(db, sops, req.body, caller.locale);
        const mailed = mailConfigured(env);
        const password = oneTimePassword();
        const schema = await context.getSchema();
        const Users = context.services['UsersService'] as new (
          options: object,
        ) => UsersWriter & { requestPasswordReset(email: string, url: string | null): Promise<void> };
        const created = await createPerson(db, sops, draft, (trx) => new Users({ schema, accountability: null, knex: trx }), password);
        members.changed();
        await bumpRevision(db, 'memberships_rev');
        if (mailed) {
          // The user sets their own password from Directus' reset mail; the random one is never shown.
          await new Users({ schema, accountability: null, knex: db }).requestPasswordReset(draft.email, null).catch((error: unknown) => logger.error(error));
        }
        res.status(201).json({ data: { ...created, email: draft.email, mailed, ...(mailed ? {} : { password }) } });
      }),
    );

    router.post(
      '/calendars/:id/years/:year',
      route(async (caller, req, res) => {
        adminOnly(caller);
        res.json({ data: await importYear({ db, definitions, now: clock.now }, req.params['id'] ?? '', req.params['year'] ?? '', req.body, caller.locale) });
      }),
    );

    router.get(
      '/reports/sla',
      route(async (caller, req, res) => {
        const variant = req.query['variant'];
        if (variant !== undefined && (typeof variant !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(variant))) {
          throw httpError(400, text('"variant" harus satu ID varian SOP.', '"variant" must be one SOP variant id.'), {}, caller.locale);
        }
        const period: { from?: string; to?: string } = {};
        for (const key of ['from', 'to'] as const) {
          const value = req.query[key];
          if (value === undefined) continue;
          if (typeof value !== 'string' || !isReportDate(value)) {
            throw httpError(400, text(`"${key}" harus tanggal YYYY-MM-DD.`, `"${key}" must be a date, YYYY-MM-DD.`), {}, caller.locale);
          }
          period[key] = value;
        }
        if (period.from && period.to && period.from > period.to) {
          throw httpError(400, text('"from" harus sebelum atau sama dengan "to".', '"from" must not be after "to".'), {}, caller.locale);
        }
        res.json({ data: await slaReportSql(db, caller, definitions, clock.now(), period, variant) });
      }),
    );

    // The dashboard's throughput and backlog (see service/dashboard.ts).
    router.get(
      '/reports/flow',
      route(async (caller, req, res) => {
        const query = await parseFlowQuery(db, definitions, req.query, caller.locale, clock.now());
        res.json({ data: await flowReport(db, caller, definitions, query) });
      }),
    );

    router.post(
      '/sla/sweep',
      route(async (caller, _req, res) => {
        adminOnly(caller);
        res.json({ data: await sweepDue({ db, definitions, members, now: clock.now, logger, mail }, { batch: sweepBatch(env) }) });
      }),
    );

    router.put(
      '/test/clock',
      route(async (caller, req, res) => {
        if (!testClockEnabled(env)) throw httpError(404, text('Tidak ditemukan.', 'Not found.'), {}, caller.locale);
        adminOnly(caller);
        const at = new Date(String((req.body as { at?: unknown } | null)?.at ?? ''));
        if (Number.isNaN(at.getTime())) throw httpError(400, text('"at" harus tanggal ISO-8601.', '"at" must be an ISO-8601 date.'), {}, caller.locale);
        clock.set(at);
        res.json({ data: { now: clock.now().toISOString() } });
      }),
    );
  },
};
