// `apply` throughput: one request walked from its first step to the end, event by event,
// the way a server runs it: parse the stored JSON, apply, serialise the next snapshot.
// Printed beside raw XState `transition()` on the same machine and events.
import { transition } from 'xstate';
import { apply, getSop, simulateRequest, start, type CompiledSop, type RequestSnapshot } from '@alur/core';

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 3 : 7;
const RUNS = quick ? 200 : 2000;

interface Walk {
  readonly name: string;
  readonly sop: CompiledSop;
  readonly initial: RequestSnapshot;
  readonly events: readonly { event: object; at: Date }[];
}

/** A full simulated run through a built-in variant (each loop once), as stored events. */
function variantWalk(id: string): Walk {
  const sop = getSop(id);
  const begin = new Date('2026-06-02T02:00:00Z');
  const { events } = simulateRequest(sop, { start: begin });
  // A sweep tick between every two steps, as the server's schedule sends them.
  const withTicks = events.flatMap(({ event, at }) => [
    { event: { type: 'TICK' }, at },
    { event, at },
  ]);
  return { name: `${id} (${withTicks.length} events)`, sop, initial: start(sop, { opd: 'dinkes', by: 'demo-opd' }, begin), events: withTicks };
}

function time(fn: () => number): number {
  let best = Infinity;
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const t = performance.now();
    sink += fn();
    best = Math.min(best, performance.now() - t);
  }
  if (sink === -1) console.log(sink);
  return best;
}

export function runApplyBench(walks: readonly Walk[] = ['sumbar-asap', 'sumbar-sop', 'sumbawa', 'babel', 'kalbar-lpse'].map(variantWalk)): void {
  console.log(`\nSOP events/s, best of ${ROUNDS} rounds × ${RUNS} runs of each walk`);
  console.log('  raw:       xstate transition() on the compiled machine (guards and assign included; no event parse, no persisted snapshot)');
  console.log('  apply:     apply() = zod-parse the event, check, transition, return the persisted snapshot (plain JSON data); target ≥ 50,000');
  console.log('  +string:   apply() and JSON.stringify of that snapshot (its audit trail grows with every event)');
  console.log('  +load:     JSON.parse of the stored snapshot, apply(), JSON.stringify (a full database round trip)');
  console.log('SOP'.padEnd(26), 'raw'.padStart(16), 'apply'.padStart(16), 'ratio'.padStart(6), '+string'.padStart(16), '+load'.padStart(16), '  ≥50k');
  for (const walk of walks) {
    const stored = JSON.stringify(walk.initial);
    const perRun = walk.events.length;
    // Check the walk once: every event must be accepted.
    let check = walk.initial;
    for (const { event, at } of walk.events) {
      const result = apply(walk.sop, check, event, at);
      if (!result.ok) throw new Error(`${walk.name}: ${result.error.code} ${result.error.message.en}`);
      check = result.snapshot;
    }
    if (check.context.phase !== 'done') throw new Error(`${walk.name}: the walk does not reach the end`);

    // Event parsed (zod, inside apply), applied, persisted snapshot (plain JSON data) returned.
    const applyMs = time(() => {
      let clocks = 0;
      for (let run = 0; run < RUNS; run++) {
        let snapshot = walk.initial;
        for (const { event, at } of walk.events) snapshot = apply(walk.sop, snapshot, event, at).snapshot;
        clocks += snapshot.context.clocks.length;
      }
      return clocks;
    });
    // The same, and the persisted snapshot serialised to a JSON string.
    const stringifyMs = time(() => {
      let length = 0;
      for (let run = 0; run < RUNS; run++) {
        let snapshot = walk.initial;
        for (const { event, at } of walk.events) {
          snapshot = apply(walk.sop, snapshot, event, at).snapshot;
          length += JSON.stringify(snapshot).length;
        }
      }
      return length;
    });
    // The same, and the stored snapshot parsed from JSON before each event (a database round trip).
    const roundTripMs = time(() => {
      let length = 0;
      for (let run = 0; run < RUNS; run++) {
        let json = stored;
        for (const { event, at } of walk.events) {
          json = JSON.stringify(apply(walk.sop, JSON.parse(json) as RequestSnapshot, event, at).snapshot);
        }
        length += json.length;
      }
      return length;
    });

    const machine = walk.sop.machine;
    const first = machine.resolveState({ value: walk.initial.context.step, context: walk.initial.context });
    const machineEvents = walk.events.map(({ event, at }) => ({ ...event, at: at.toISOString() }));
    const rawMs = time(() => {
      let count = 0;
      for (let run = 0; run < RUNS; run++) {
        let snapshot = first;
        for (const event of machineEvents) [snapshot] = transition(machine, snapshot, event as never) as [typeof first, unknown];
        count += snapshot.status === 'done' ? 1 : 0;
      }
      return count;
    });
    const rate = (ms: number) => (RUNS * perRun) / (ms / 1000);
    const fmt = (ms: number) => Math.round(rate(ms)).toLocaleString('en-US').padStart(16);
    console.log(
      walk.name.padEnd(26),
      fmt(rawMs),
      fmt(applyMs),
      (rate(applyMs) / rate(rawMs)).toFixed(2).padStart(6),
      fmt(stringifyMs),
      fmt(roundTripMs),
      rate(applyMs) >= 50_000 ? '   MET' : '   NOT MET',
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) runApplyBench();
