import { readFileSync } from 'node:fs';
import { reaches } from '../src/internal/reaches.js';
import { filingItems } from '../src/internal/step-items.js';
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import {
  apply,
  builtinSopDefinitions,
  completionEvents,
  DONE_STATE,
  getSop,
  simulateRequest,
  sopTable,
  start,
  successors,
  validateSop,
  type CompiledSop,
  type RequestContext,
} from '../src/index.js';

const ids = ['sumbar-asap', 'sumbar-sop', 'sumbawa', 'babel', 'kalbar-lpse'];
// Early enough that 35 working days and a loop stay inside the data (2024–2026).
const AT = '2026-06-02T02:00:00.000Z';

/** Every event the current step's actor (and the requester, when waiting) can send, fully equipped. */
function eventsFor(sop: CompiledSop, context: RequestContext) {
  if (context.phase === 'done' || !context.step) return [];
  const step = sop.steps.get(context.step)!;
  if (context.phase === 'waiting') {
    const requester = [...sop.roles.values()].find((role) => role.kind === 'requester')!;
    return [{ type: 'RESUBMIT', actor: { id: 'u', roles: [requester.id] }, at: AT }];
  }
  const actor = { id: 'u', roles: [step.actor] };
  const documents = [...(step.kelengkapan ?? []), ...filingItems(sop, step).map((f) => f.item), ...(step.outputs ?? [])].map((item) => ({
    key: item.key,
    ...(sop.sop.steps.some((s) => s.scheduleFrom === item.key) ? { data: { deadline: '2026-09-18T08:00:00.000Z' } } : {}),
  }));
  const events: object[] = [];
  for (const type of completionEvents(step, sop.roles)) {
    if (type === 'DISPOSE') events.push({ type, actor, instruction: 'lanjut', documents, at: AT });
    else if (type === 'REJECT') events.push({ type, actor, reason: 'ulang', documents, at: AT });
    else if (step.route) for (const c of step.route.cases) events.push({ type, actor, documents, data: { [step.route.field]: c.value }, at: AT });
    else events.push({ type, actor, documents, at: AT });
  }
  if (sop.roles.get(step.actor)?.kind === 'staff') events.push({ type: 'RETURN_TO_OPD', actor, reason: 'lengkapi', at: AT });
  return events as never[];
}

const serializeState = (snapshot: { value: unknown; context: RequestContext }) => `${JSON.stringify(snapshot.value)}|${snapshot.context.phase}`;

describe.each(ids)('built-in SOP %s', (id) => {
  const sop = getSop(id);
  const input = { opd: 'dinkes', by: 'u', data: {}, at: AT };

  it('validates against the built-in calendars', () => {
    const result = validateSop(builtinSopDefinitions.find((d) => d.id === id));
    expect(result.ok ? [] : result.issues.map((i) => `${i.path.join('.')}: ${i.message.en}`)).toEqual([]);
    expect(sop.calendar.id).toBe(id);
  });

  it('reaches every step, both phases of each staff step, and the end through generated paths', () => {
    const paths = getShortestPaths(sop.machine, { input, events: (snapshot) => eventsFor(sop, snapshot.context), serializeState: serializeState as never });
    const reached = new Set(paths.map((path) => serializeState(path.state as never)));
    for (const step of sop.sop.steps) {
      expect(reached, step.id).toContain(`"${step.id}"|active`);
      if (sop.roles.get(step.actor)?.kind === 'staff') expect(reached, step.id).toContain(`"${step.id}"|waiting`);
    }
    expect(reached).toContain(`"${DONE_STATE}"|done`);
  });

  it('has a transition for every decision branch, loops back included, and every route case', () => {
    const map = getAdjacencyMap(sop.machine, { input, events: (snapshot) => eventsFor(sop, snapshot.context), serializeState: serializeState as never });
    const edges = new Set(
      adjacencyMapToArray(map).map(({ state, event, nextState }) => `${String(state.value)} -${(event as { type: string }).type}-> ${String(nextState.value)}`),
    );
    for (const step of sop.sop.steps) {
      if (step.decision) {
        expect(edges, step.id).toContain(`${step.id} -ACCEPT-> ${step.decision.yes}`);
        expect(edges, step.id).toContain(`${step.id} -REJECT-> ${step.decision.no}`);
      }
      for (const c of step.route?.cases ?? []) expect(edges, step.id).toContain(`${step.id} -COMPLETE-> ${c.next}`);
      if (step.end) expect(edges, step.id).toContain(`${step.id} -${completionEvents(step, sop.roles)[0]}-> ${DONE_STATE}`);
    }
  });

  it('runs a simulated request to the end, each loop once, with a deadline for every timed step', () => {
    const { snapshot, steps } = simulateRequest(sop, { start: new Date(AT) });
    expect(snapshot.context.phase).toBe('done');
    // A decision whose "no" loops back is answered "no" once, then "yes"; one whose "no" ends the request, "yes".
    const loops = (from: string, to: string) => reaches((id) => successors(sop.steps.get(id)!), [to], from);
    for (const step of sop.sop.steps.filter((s) => s.decision && steps.some((v) => v.step === s.id))) {
      const answers = steps.filter((s) => s.step === step.id).map((s) => s.event);
      expect(answers, step.id).toEqual(loops(step.id, step.decision!.no) ? ['REJECT', 'ACCEPT'] : ['ACCEPT']);
    }
    for (const s of steps) if (sop.durations.has(s.step)) expect(s.deadline, s.step).toBeDefined();
  });

  it('refuses wrong roles and illegal events with a reason, leaving the snapshot unchanged', () => {
    let snapshot = start(sop, { opd: 'dinkes', by: 'u' }, new Date(AT));
    const { steps } = simulateRequest(sop, { start: new Date(AT) });
    const roles = [...sop.roles.keys()];
    for (const visited of steps) {
      const step = sop.steps.get(visited.step)!;
      const copy = JSON.stringify(snapshot);
      const intruder = roles.find((role) => role !== step.actor)!;
      const [type] = completionEvents(step, sop.roles);
      const extra = type === 'DISPOSE' ? { instruction: 'x' } : {};
      const wrongRole = apply(sop, snapshot, { type, actor: { id: 'x', roles: [intruder] }, ...extra }, new Date(AT));
      expect(!wrongRole.ok && wrongRole.error.code).toBe('WRONG_ROLE');
      const illegal = apply(sop, snapshot, { type: 'RESUBMIT', actor: { id: 'x', roles: [step.actor] } }, new Date(AT));
      expect(illegal.ok).toBe(false);
      expect(JSON.stringify(snapshot)).toBe(copy);
      // Follow the simulated run to the next step.
      const next = eventsFor(sop, snapshot.context).find((e: { type: string }) => e.type === visited.event) as never;
      const result = apply(sop, snapshot, next, new Date(AT));
      if (!result.ok) break;
      snapshot = result.snapshot;
    }
  });

  it('renders the same steps, actors, times and outputs as the seed text', () => {
    const fixture = JSON.parse(readFileSync(new URL(`./fixtures/${id}.seed.json`, import.meta.url), 'utf8')) as {
      no: string;
      actors: string[];
      kelengkapan: string[];
      waktu: string;
      output: string[];
    }[];
    // A routing row (Babel's choice among the three follow-up services the seed writes as
    // sub-rows of row 5) is ours: it has no Mutu Baku of its own and no row in the seed.
    const table = { ...sopTable(sop.sop), rows: sopTable(sop.sop).rows.filter((row) => !sop.steps.get(row.step)!.route) };
    const norm = (text: string) =>
      text
        .toLowerCase()
        .replace(/&/g, 'dan')
        .replace(/<[^>]+>/g, '')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const names = new Map(table.columns.map((role) => [role.id, norm(role.name)]));
    expect(table.rows.map((row) => row.no)).toEqual(fixture.map((row) => row.no));
    table.rows.forEach((row, i) => {
      const seed = fixture[i]!;
      const where = `${id} row ${row.no} (${row.step})`;
      expect(norm(row.waktu), where).toBe(norm(seed.waktu));
      expect(row.output.map(norm).sort(), where).toEqual(seed.output.map(norm).sort());
      expect(row.kelengkapan.map(norm).sort(), where).toEqual(seed.kelengkapan.map(norm).sort());
      const ours = row.actors.map((actor) => names.get(actor)!);
      for (const actor of seed.actors.map(norm)) {
        expect(
          ours.some((name) => name.includes(actor) || actor.includes(name)),
          `${where}: actor "${actor}" in ${ours.join(' / ')}`,
        ).toBe(true);
      }
    });
  });
});
