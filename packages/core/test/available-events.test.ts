import { describe, expect, it } from 'vitest';
import { apply, availableEvents, getSop, start } from '../src/index.js';

const sumbawa = getSop('sumbawa');
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 1, minutes));

describe('availableEvents: what a person may send now', () => {
  it('offers the requester SUBMIT at the filing step, and nothing to a Kadis yet', () => {
    const request = start(sumbawa, { opd: 'dinkes', by: 'u-opd' }, at(0));
    expect(availableEvents(sumbawa, request, ['opd'])).toEqual(['SUBMIT', 'UPLOAD']);
    expect(availableEvents(sumbawa, request, ['kadis'])).toEqual([]);
  });

  it('offers the step actor its completion and a return to the OPD, the OPD only RESUBMIT and UPLOAD while returned', () => {
    let request = start(sumbawa, { opd: 'dinkes', by: 'u-opd' }, at(0));
    const submitted = apply(
      sumbawa,
      request,
      { type: 'SUBMIT', actor: { id: 'u-opd', roles: ['opd'] }, documents: [{ key: 'surat-permohonan', ref: 'f1' }] },
      at(5),
    );
    if (!submitted.ok) throw new Error(submitted.error.message.en);
    request = submitted.snapshot;
    const actor = sumbawa.steps.get(request.context.step)!.actor;
    expect(availableEvents(sumbawa, request, [actor])).toEqual(['DISPOSE', 'RETURN_TO_OPD', 'UPLOAD']);
    expect(availableEvents(sumbawa, request, ['opd'])).toEqual([]);
    const returned = apply(sumbawa, request, { type: 'RETURN_TO_OPD', actor: { id: 'u-k', roles: [actor] }, reason: 'Lengkapi KAK' }, at(10));
    if (!returned.ok) throw new Error(returned.error.message.en);
    expect(availableEvents(sumbawa, returned.snapshot, ['opd'])).toEqual(['RESUBMIT', 'UPLOAD']);
    expect(availableEvents(sumbawa, returned.snapshot, [actor])).toEqual([]);
  });
});
