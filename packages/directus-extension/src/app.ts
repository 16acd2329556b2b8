// The Studio side of the "Alur: kirim event" Flows operation (no Vue components needed); the
// extensions SDK gathers each entry's default export into the bundle's dist/app.js.
const events = ['DISPOSE', 'COMPLETE', 'ACCEPT', 'REJECT', 'RETURN_TO_OPD', 'RESUBMIT', 'UPLOAD'];

export default {
  id: 'alur-send-event',
  name: 'Alur: kirim event',
  icon: 'send',
  description: 'Kirim event ke permohonan Alur (send an event to an Alur request)',
  overview: ({ request, type }: { request?: string; type?: string }) => [
    { label: 'Permohonan', text: request ?? '-' },
    { label: 'Event', text: type ?? '-' },
  ],
  options: [
    {
      field: 'request',
      name: 'Permohonan (ID) / Request id',
      type: 'string',
      meta: { width: 'full', interface: 'input', required: true, options: { placeholder: '{{$trigger.body.request}}' } },
    },
    {
      field: 'type',
      name: 'Event',
      type: 'string',
      meta: {
        width: 'half',
        interface: 'select-dropdown',
        required: true,
        options: { allowOther: true, choices: events.map((value) => ({ text: value, value })) },
      },
    },
    {
      field: 'as_user',
      name: 'Sebagai pengguna (ID) / As user',
      type: 'string',
      meta: { width: 'half', interface: 'input', note: 'Hanya bila flow tidak punya pengguna (jadwal). Only when the flow has no user (schedules).' },
    },
    {
      field: 'payload',
      name: 'Isi event (JSON) / Event body',
      type: 'json',
      meta: { width: 'full', interface: 'input-code', options: { language: 'json', placeholder: '{ "instruction": "Mohon ditindaklanjuti" }' } },
    },
  ],
};
