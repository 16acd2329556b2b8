import { describe, expect, it } from 'vitest';
import { describeFields, type FieldDescription } from './describe-fields.js';
import { documentCatalog, documentKeys } from './document-catalog.js';
import { FeasibilityTestForm } from './feasibility-test-form.js';
import { MeetingMinutes } from './meeting-minutes.js';
import { VulnerabilityAssessmentForm } from './vulnerability-assessment-form.js';

const line = (f: FieldDescription): string =>
  [
    f.field,
    `${f.type}/${f.interface}`,
    f.required ? 'required' : 'optional',
    f.group ? `in ${f.group}` : '',
    f.secret ? 'secret' : '',
    f.filledBy ? `by ${f.filledBy}` : '',
    f.choices ? `[${f.choices.map((c) => c.value).join('|')}]` : '',
    f.defaultValue === undefined ? '' : `default ${JSON.stringify(f.defaultValue)}`,
    f.maxLength === undefined ? '' : `max ${f.maxLength}`,
    `"${f.label.id}" / "${f.label.en}"`,
  ]
    .filter(Boolean)
    .join(' ');

describe('describeFields', () => {
  it('lists a form’s fields as columns, blocks as groups', () => {
    expect(describeFields(VulnerabilityAssessmentForm).map(line)).toMatchInlineSnapshot(`
      [
        "application_name string/input required max 200 "Nama Aplikasi" / "Application name"",
        "application_ip string/input required "IP Aplikasi" / "Application IP"",
        "database_ip string/input required "IP Database" / "Database IP"",
        "network_ip string/input required "IP Jaringan" / "Network IP"",
        "description text/input-multiline required max 5000 "Deskripsi" / "Description"",
        "platform string/select-radio required [windows|linux|unix] "Platform" / "Platform"",
        "programming_language string/input required max 200 "Bahasa Program" / "Programming language"",
        "dbms string/input required max 200 "DBMS" / "DBMS"",
        "engine string/input required max 200 "Engine Aplikasi" / "Application engine"",
        "structural_pic alias/group-detail required "Penanggung Jawab Struktural" / "Structural person in charge"",
        "structural_pic_name string/input required in structural_pic max 200 "Nama Penanggung Jawab Struktural" / "Name of the structural person in charge"",
        "structural_pic_nip string/input required in structural_pic "NIP Penanggung Jawab Struktural" / "NIP of the structural person in charge"",
        "structural_pic_position string/input required in structural_pic max 200 "Jabatan Penanggung Jawab Struktural" / "Position of the structural person in charge"",
        "structural_pic_work_unit string/input required in structural_pic max 200 "Unit kerja Penanggung Jawab Struktural" / "Work unit of the structural person in charge"",
        "structural_pic_office_address text/input-multiline required in structural_pic max 500 "Alamat kantor Penanggung Jawab Struktural" / "Office address of the structural person in charge"",
        "structural_pic_mobile_phone string/input required in structural_pic "Nomor HP Penanggung Jawab Struktural" / "Mobile number of the structural person in charge"",
        "structural_pic_internal_phone string/input optional in structural_pic "Nomor telepon internal Penanggung Jawab Struktural" / "Internal phone number of the structural person in charge"",
        "structural_pic_email string/input required in structural_pic "Alamat surat elektronik Penanggung Jawab Struktural" / "Email address of the structural person in charge"",
        "technical_pic alias/group-detail required "Penanggung Jawab Teknis" / "Technical person in charge"",
        "technical_pic_name string/input required in technical_pic max 200 "Nama Penanggung Jawab Teknis" / "Name of the technical person in charge"",
        "technical_pic_nip string/input required in technical_pic "NIP Penanggung Jawab Teknis" / "NIP of the technical person in charge"",
        "technical_pic_position string/input required in technical_pic max 200 "Jabatan Penanggung Jawab Teknis" / "Position of the technical person in charge"",
        "technical_pic_work_unit string/input required in technical_pic max 200 "Unit kerja Penanggung Jawab Teknis" / "Work unit of the technical person in charge"",
        "technical_pic_office_address text/input-multiline required in technical_pic max 500 "Alamat kantor Penanggung Jawab Teknis" / "Office address of the technical person in charge"",
        "technical_pic_mobile_phone string/input required in technical_pic "Nomor HP Penanggung Jawab Teknis" / "Mobile number of the technical person in charge"",
        "technical_pic_internal_phone string/input optional in technical_pic "Nomor telepon internal Penanggung Jawab Teknis" / "Internal phone number of the technical person in charge"",
        "technical_pic_email string/input required in technical_pic "Alamat surat elektronik Penanggung Jawab Teknis" / "Email address of the technical person in charge"",
        "declaration boolean/boolean required "Pernyataan pemohon" / "Requester's declaration"",
        "submitted_by alias/group-detail required "Yang menyerahkan" / "Handed in by"",
        "submitted_by_name string/input required in submitted_by max 200 "Nama yang menyerahkan" / "Name of the person handing in the form"",
        "submitted_by_nip string/input optional in submitted_by "NIP yang menyerahkan" / "NIP of the person handing in the form"",
        "requester alias/group-detail required "Pemohon" / "Requester"",
        "requester_name string/input required in requester max 200 "Nama Pemohon" / "Name of the requester"",
        "requester_nip string/input required in requester "NIP Pemohon" / "NIP of the requester"",
        "requester_position string/input required in requester max 200 "Jabatan Pemohon" / "Position of the requester"",
        "requester_eselon string/select-dropdown required in requester [I.a|I.b|II.a|II.b|III.a|III.b] "Eselon Pemohon" / "Eselon of the requester"",
        "signing alias/group-detail required "Tempat dan tanggal" / "Place and date"",
        "signing_place string/input required in signing max 200 "Tempat penandatanganan" / "Place of signing"",
        "signing_date date/datetime required in signing "Tanggal penandatanganan" / "Date of signing"",
        "staff alias/group-detail optional by petugas "Diisi oleh petugas" / "Filled in by staff"",
        "staff_ticket_id string/input optional in staff by petugas "Tiket ID" / "Ticket ID"",
        "staff_date date/datetime optional in staff by petugas "Tanggal tiket" / "Ticket date"",
        "staff_officer_name string/input optional in staff by petugas max 200 "Nama petugas" / "Officer name"",
        "staff_officer_nip string/input optional in staff by petugas "NIP petugas" / "Officer NIP"",
      ]
    `);
  });

  it('marks the application’s user and password secret, and the staff’s parts as filled by staff', () => {
    const fields = describeFields(FeasibilityTestForm);
    expect(fields.filter((f) => f.secret).map((f) => f.field)).toEqual(['application_account_username', 'application_account_password']);
    expect(fields.filter((f) => f.filledBy === 'petugas' && f.type !== 'alias').map((f) => f.field)).toMatchInlineSnapshot(`
      [
        "documentation_source_code",
        "documentation_installation_manual",
        "documentation_user_manual",
        "documentation_uat_document",
        "vulnerability_test_folder_structure_result",
        "vulnerability_test_folder_structure_note",
        "vulnerability_test_data_validation_result",
        "vulnerability_test_data_validation_note",
        "vulnerability_test_authentication_and_session_result",
        "vulnerability_test_authentication_and_session_note",
        "vulnerability_test_input_and_error_messages_result",
        "vulnerability_test_input_and_error_messages_note",
        "vulnerability_test_database_management_system_result",
        "vulnerability_test_database_management_system_note",
        "vulnerability_test_others_result",
        "vulnerability_test_others_note",
        "load_test_test_scenario_document",
        "staff_ticket_id",
        "staff_date",
        "staff_officer_name",
        "staff_officer_nip",
      ]
    `);
  });

  it('describes a list of blocks as one json list field with its item fields', () => {
    const participants = describeFields(MeetingMinutes).find((f) => f.field === 'participants');
    expect(participants).toMatchInlineSnapshot(`
      {
        "field": "participants",
        "fields": [
          {
            "field": "name",
            "interface": "input",
            "label": {
              "en": "Participant name",
              "id": "Nama peserta",
            },
            "maxLength": 200,
            "path": [
              "name",
            ],
            "required": true,
            "type": "string",
          },
          {
            "field": "position",
            "interface": "input",
            "label": {
              "en": "Participant position/agency",
              "id": "Jabatan/instansi peserta",
            },
            "maxLength": 200,
            "path": [
              "position",
            ],
            "required": false,
            "type": "string",
          },
        ],
        "interface": "list",
        "label": {
          "en": "Participants",
          "id": "Peserta rapat",
        },
        "path": [
          "participants",
        ],
        "required": true,
        "special": [
          "cast-json",
        ],
        "type": "json",
      }
    `);
  });

  it('gives every document valid, unique column names (snake case, at most 63 characters) and bilingual labels', () => {
    for (const key of documentKeys) {
      const fields = describeFields(documentCatalog[key].schema);
      const names = fields.map((f) => f.field);
      expect(new Set(names).size, key).toBe(names.length);
      for (const f of fields) {
        expect(f.field, key).toMatch(/^[a-z][a-z0-9_]{0,62}$/);
        expect(f.label.id.length > 0 && f.label.en.length > 0, `${key} ${f.field}`).toBe(true);
        if (f.group) expect(names, `${key} ${f.field}`).toContain(f.group);
        if (f.interface.startsWith('select')) expect(f.choices?.length, `${key} ${f.field}`).toBeGreaterThan(0);
      }
    }
  });
});
