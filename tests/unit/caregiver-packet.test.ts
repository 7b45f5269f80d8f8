import { describe, expect, it } from 'vitest';
import { caregiverPacket, type Plan } from '../../src/features/plan/caregiver-packet';
import type { Contact } from '../../src/storage/contact-record';
import { EMPTY_PLAN, type Person } from '../../src/storage/plan-record';

const contact = (id: string, name: string, extra: Partial<Contact> = {}): Contact => ({
  id,
  name,
  phones: ['+12135550100'],
  role: 'family',
  languages: 'Español',
  notes: 'Tiene llave de la casa',
  mayPickUpChildren: false,
  order: 0,
  ...extra,
});

const CONTACTS: Contact[] = [
  contact('lawyer', 'Lic. Ramírez', { role: 'lawyer', order: 3 }),
  contact('rosa', 'Rosa Pérez', { role: 'caregiver', phones: ['+12135550111'], order: 1 }),
  contact('beto', 'Beto López', { mayPickUpChildren: true, order: 0 }),
  contact('boss', 'Don Juan', { role: 'employer', order: 2 }),
  contact('line', 'Red de respuesta rápida', { role: 'rapid-response', order: 4 }),
];

const person = (id: string, fields: Partial<Person>): Person => ({
  id,
  fullName: '',
  dateOfBirth: '',
  countryOfBirth: '',
  aNumber: '',
  isChild: false,
  medicines: '',
  allergies: '',
  doctor: '',
  school: '',
  ...fields,
});

const ADULT = person('mom', {
  fullName: 'María López Pérez',
  dateOfBirth: '1988-03-14',
  countryOfBirth: 'México',
  aNumber: '123456789',
  medicines: 'Metformina',
  allergies: 'Penicilina',
  doctor: 'Dra. Soto',
});
const CHILD = person('sofi', {
  fullName: 'Sofía López',
  dateOfBirth: '2017-06-02',
  countryOfBirth: 'Estados Unidos',
  aNumber: '987654321',
  isChild: true,
  medicines: 'Inhalador',
  allergies: 'Cacahuates',
  doctor: 'Clínica del Valle',
  school: 'Escuela Lincoln',
});

function fullPlan(): Plan {
  return {
    household: { skipped: false, data: { people: [ADULT, CHILD] } },
    children: {
      skipped: false,
      data: {
        children: [
          {
            childId: 'sofi',
            firstPickUp: 'rosa',
            secondPickUp: 'gone',
            onSchoolList: 'yes',
            authorization: 'caregiver-affidavit',
            papersWhere: 'Carpeta azul',
            whatChildKnows: 'Que Rosa la recoge',
          },
        ],
      },
    },
    documents: {
      skipped: false,
      data: {
        items: [
          { id: 'birth-certificates', have: 'yes', originalWhere: 'Caja con llave', copyWith: 'Rosa' },
          { id: 'passports', have: 'yes', originalWhere: '', copyWith: '' },
          { id: 'tax-returns', have: 'no', originalWhere: 'Armario viejo', copyWith: '' },
          { id: 'own-paper', have: 'yes', originalWhere: 'Cajón', copyWith: '' },
        ],
      },
    },
    legal: {
      skipped: false,
      data: { lawyer: 'lawyer', g28Signed: 'yes', g28With: 'Rosa', rapidResponse: 'line', notes: 'Caso 42' },
    },
    money: {
      skipped: false,
      data: {
        bankAccess: 'Rosa',
        rentAndBills: 'Beto',
        lastPaycheck: 'Beto',
        powerOfAttorney: 'yes',
        powerOfAttorneyWith: 'Rosa',
        savings: 'Sobre en el armario',
      },
    },
    myPlan: {
      skipped: false,
      data: {
        atHome: 'No abro la puerta',
        atWork: 'Me quedo callada',
        onStreetOrCar: 'Pregunto si me puedo ir',
        callFirst: 'rosa',
        memorized: 'beto',
        familyMessage: 'Estoy bien, llamen al abogado',
      },
    },
    review: { skipped: false, data: { lastReviewed: '2026-01-10' } },
  };
}

describe('caregiver packet', () => {
  it('holds each child’s care details, pick-up people, documents’ places and key contacts', () => {
    expect(caregiverPacket(fullPlan(), CONTACTS)).toEqual({
      children: [
        {
          name: 'Sofía López',
          dateOfBirth: '2017-06-02',
          medicines: 'Inhalador',
          allergies: 'Cacahuates',
          doctor: 'Clínica del Valle',
          school: 'Escuela Lincoln',
          firstPickUp: { kind: 'contact', name: 'Rosa Pérez', phones: ['+12135550111'] },
          secondPickUp: { kind: 'deleted' },
          onSchoolList: 'yes',
          authorization: 'caregiver-affidavit',
          papersWhere: 'Carpeta azul',
        },
      ],
      documents: [{ id: 'birth-certificates', originalWhere: 'Caja con llave', copyWith: 'Rosa' }],
      // Calling order; the employer is left out.
      caregivers: [
        { name: 'Beto López', phones: ['+12135550100'] },
        { name: 'Rosa Pérez', phones: ['+12135550111'] },
      ],
      lawyer: { kind: 'contact', name: 'Lic. Ramírez', phones: ['+12135550100'] },
      rapidResponse: { kind: 'contact', name: 'Red de respuesta rápida', phones: ['+12135550100'] },
    });
  });

  it('never holds an A-number, a country of birth, an adult, money, the raid plan or contact notes', () => {
    const packet = JSON.stringify(caregiverPacket(fullPlan(), CONTACTS));
    for (const secret of [
      '123456789',
      '987654321',
      'México',
      'Estados Unidos',
      'María',
      'Metformina',
      'Penicilina',
      'Sobre en el armario',
      'No abro la puerta',
      'Estoy bien',
      'Caso 42',
      'Tiene llave',
      'Armario viejo',
      'Don Juan',
      'Que Rosa la recoge',
    ]) {
      expect(packet).not.toContain(secret);
    }
  });

  it('takes nothing from a section the family skipped', () => {
    const plan = fullPlan();
    plan.children.skipped = true;
    plan.documents.skipped = true;
    plan.legal.skipped = true;
    const packet = caregiverPacket(plan, CONTACTS);
    expect(packet.children[0]).toMatchObject({
      name: 'Sofía López',
      firstPickUp: { kind: 'none' },
      authorization: '',
      papersWhere: '',
    });
    expect(packet.documents).toEqual([]);
    expect(packet.lawyer).toEqual({ kind: 'none' });
    expect(packet.rapidResponse).toEqual({ kind: 'none' });

    plan.household.skipped = true;
    expect(caregiverPacket(plan, CONTACTS).children).toEqual([]);
  });

  it('an empty plan gives an empty packet', () => {
    expect(caregiverPacket(EMPTY_PLAN, [])).toEqual({
      children: [],
      documents: [],
      caregivers: [],
      lawyer: { kind: 'none' },
      rapidResponse: { kind: 'none' },
    });
  });

  it('gives copies: changing the packet does not change the contacts', () => {
    const packet = caregiverPacket(fullPlan(), CONTACTS);
    packet.caregivers[0]?.phones.push('+10000000000');
    expect(CONTACTS.find((c) => c.id === 'beto')?.phones).toEqual(['+12135550100']);
  });
});
