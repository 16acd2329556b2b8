import { describe, expect, it } from 'vitest';
import { apply, getSop, start, stepRequirements } from '../src/index.js';

const at = new Date(Date.UTC(2026, 10, 23, 1, 0));

describe('stepRequirements: what finishing a step must carry', () => {
  it('gives Babel’s filing the Surat Permohonan its Kadis step needs, and nothing for later steps elsewhere', () => {
    const babel = getSop('babel');
    const filing = stepRequirements(babel, babel.sop.start)!;
    expect(filing.forLater.map((f) => [f.item.key, f.step, f.no])).toEqual([['surat-permohonan', 'disposisi-kadis', '2']]);
    expect(filing.kelengkapan).toEqual([]);
    // The channel output is recorded by the filing itself: nothing for the OPD to attach.
    expect(filing.outputs).toEqual([]);
    expect(stepRequirements(babel, 'disposisi-kadis')!.forLater).toEqual([]);
  });

  it('agrees with apply: a filing without the items is refused, one with them goes on', () => {
    for (const id of ['sumbawa', 'babel', 'sumbar-sop', 'sumbar-asap', 'kalbar-lpse']) {
      const sop = getSop(id);
      const need = stepRequirements(sop, sop.sop.start)!;
      const actor = { id: 'u', roles: [sop.steps.get(sop.sop.start)!.actor] };
      const request = start(sop, { opd: 'dinkes', by: 'u' }, at);
      const required = [...need.kelengkapan.filter((i) => !i.optional), ...need.forLater.map((f) => f.item), ...need.outputs.filter((i) => !i.optional)];
      const documents = required.map((item) => ({ key: item.key, ref: `f-${item.key}` }));
      if (sop.roles.get(actor.roles[0]!)?.kind !== 'requester') continue;
      const ok = apply(sop, request, { type: 'SUBMIT', actor, documents }, at);
      expect(ok.ok, `${id}: ${ok.ok ? '' : ok.error.message.en}`).toBe(true);
      if (required.length === 0) continue;
      const short = apply(sop, request, { type: 'SUBMIT', actor, documents: documents.slice(1) }, at);
      expect(short.ok ? 'accepted' : short.error.code, id).toMatch(/^MISSING_(KELENGKAPAN|OUTPUT)$/);
    }
  });

  it('lists the outputs the actor attaches, not those the act records', () => {
    const sumbawa = getSop('sumbawa');
    expect(stepRequirements(sumbawa, 'permohonan')!.outputs).toEqual([]);
    expect(stepRequirements(sumbawa, 'disposisi-kadis')!.outputs).toEqual([]);
    expect(stepRequirements(sumbawa, 'tidak-ada')).toBeUndefined();
    const withOutputs = [...sumbawa.steps.values()].find((s) => (s.outputs ?? []).some((o) => o.by !== 'act') && s.kind !== 'disposition')!;
    expect(stepRequirements(sumbawa, withOutputs.id)!.outputs.length).toBeGreaterThan(0);
  });
});
