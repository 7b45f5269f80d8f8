import { describe, expect, it } from 'vitest';
import { selectForCaregiver, type PlanInput } from '../../src/features/plan/caregiver-packet';
import type { Contact } from '../../src/storage/contact-record';
import {
  EMPTY_PLAN,
  type ChildCare,
  type Person,
  type PlanRecord,
  type PlanSectionId,
} from '../../src/storage/plan-record';

type Plan = { [K in PlanSectionId]: PlanRecord<K> };

const contact = (id: string, name: string, extra: Partial<Contact> = {}): Contact => ({
  id,
  name,
  phones: ['+12135550100'],
  role: 'family',
  languages: 'Mixteco',
  notes: 'Tiene llave de la casa',
  mayPickUpChildren: false,
  order: 0,
  ...extra,
});

const ROSA = contact('rosa', 'Rosa Pérez', { role: 'caregiver', phones: ['+12135550111'], order: 1 });
const CONTACTS: Contact[] = [
  contact('lawyer', 'Lic. Ramírez', { role: 'lawyer', order: 3 }),
  ROSA,
  contact('beto', 'Beto López', { mayPickUpChildren: true, order: 0 }),
  contact('boss', 'Don Juan', { role: 'employer', order: 2 }),
  contact('line', 'Red de respuesta rápida', { role: 'rapid-response', order: 4 }),
  contact('consul', 'Consulado', { role: 'consulate', order: 5 }),
  contact('tio', 'Tío Memo', { role: 'family', order: 6 }),
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
        callFirst: 'tio',
        memorized: 'consul',
        familyMessage: 'Estoy bien, llamen al abogado',
      },
    },
    review: { skipped: false, data: { lastReviewed: '2026-01-10' } },
  };
}

/** A plan with Sofía's care changed. */
function withSofiasCare(changes: Partial<ChildCare>, plan = fullPlan()): Plan {
  plan.children.data.children = plan.children.data.children.map((care) =>
    care.childId === 'sofi' ? { ...care, ...changes } : care,
  );
  return plan;
}

const names = (plan: PlanInput, contacts = CONTACTS) =>
  selectForCaregiver(plan, contacts).contacts.map((saved) => saved.name);

describe('what the caregiver packet holds (printout and file alike)', () => {
  it('holds each child’s details and care, where the papers are, and the key contacts', () => {
    expect(selectForCaregiver(fullPlan(), CONTACTS)).toEqual({
      children: [
        {
          id: 'sofi',
          fullName: 'Sofía López',
          dateOfBirth: '2017-06-02',
          medicines: 'Inhalador',
          allergies: 'Cacahuates',
          doctor: 'Clínica del Valle',
          school: 'Escuela Lincoln',
          care: {
            firstPickUp: 'rosa',
            secondPickUp: 'gone',
            onSchoolList: 'yes',
            authorization: 'caregiver-affidavit',
            papersWhere: 'Carpeta azul',
            whatChildKnows: 'Que Rosa la recoge',
          },
        },
      ],
      documents: [{ id: 'birth-certificates', originalWhere: 'Caja con llave', copyWith: 'Rosa' }],
      // Calling order; the employer, the consulate and an uncle who is only family are left out.
      contacts: [
        {
          id: 'beto',
          name: 'Beto López',
          phones: ['+12135550100'],
          role: 'family',
          mayPickUpChildren: true,
          order: 0,
        },
        {
          id: 'rosa',
          name: 'Rosa Pérez',
          phones: ['+12135550111'],
          role: 'caregiver',
          mayPickUpChildren: false,
          order: 1,
        },
        {
          id: 'lawyer',
          name: 'Lic. Ramírez',
          phones: ['+12135550100'],
          role: 'lawyer',
          mayPickUpChildren: false,
          order: 3,
        },
        {
          id: 'line',
          name: 'Red de respuesta rápida',
          phones: ['+12135550100'],
          role: 'rapid-response',
          mayPickUpChildren: false,
          order: 4,
        },
      ],
      lawyer: 'lawyer',
      rapidResponse: 'line',
    });
  });

  it('keeps what the child has been told: the caregiver needs it to talk with the child', () => {
    expect(selectForCaregiver(fullPlan(), CONTACTS).children[0]?.care?.whatChildKnows).toBe(
      'Que Rosa la recoge',
    );
  });

  it('never holds an A-number, a country of birth, an adult, money, the raid plan, legal notes or contact notes', () => {
    const packet = JSON.stringify(selectForCaregiver(fullPlan(), CONTACTS));
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
      'Mixteco',
      'Armario viejo',
      'Cajón',
      'Don Juan',
      'Consulado',
      'Tío Memo',
      '2026-01-10',
    ]) {
      expect(packet).not.toContain(secret);
    }
  });

  it('an employer is left out, unless the plan names them as a child’s pick-up person', () => {
    expect(names(fullPlan())).not.toContain('Don Juan');
    expect(names(withSofiasCare({ secondPickUp: 'boss' }))).toContain('Don Juan');
  });

  it('a lawyer, a rapid-response line and a caregiver are in even when the plan does not name them', () => {
    const plan = withSofiasCare({ firstPickUp: '' });
    plan.legal.data = { ...plan.legal.data, lawyer: '', rapidResponse: '' };
    expect(names(plan)).toEqual(['Beto López', 'Rosa Pérez', 'Lic. Ramírez', 'Red de respuesta rápida']);
  });

  it('the family’s lawyer and rapid-response line are in whatever their role', () => {
    const plan = fullPlan();
    plan.legal.data = { ...plan.legal.data, lawyer: 'tio', rapidResponse: 'consul' };
    const packet = selectForCaregiver(plan, CONTACTS);
    expect(packet.lawyer).toBe('tio');
    expect(packet.rapidResponse).toBe('consul');
    expect(packet.contacts.map((saved) => saved.name)).toEqual(
      expect.arrayContaining(['Tío Memo', 'Consulado']),
    );
  });

  it('a contact who may pick up the children is in whatever their role', () => {
    const plan: PlanInput = {};
    expect(names(plan, [contact('boss', 'Don Juan', { role: 'employer', mayPickUpChildren: true })])).toEqual(
      ['Don Juan'],
    );
  });

  it('takes nothing from a section the family skipped', () => {
    const contacts = [...CONTACTS, contact('neighbor', 'Doña Carmen', { order: 7 })];
    const plan = withSofiasCare({ firstPickUp: 'neighbor' });
    plan.legal.data = { ...plan.legal.data, lawyer: 'tio' };
    expect(names(plan, contacts)).toEqual(expect.arrayContaining(['Doña Carmen', 'Tío Memo']));

    plan.children.skipped = true;
    plan.documents.skipped = true;
    plan.legal.skipped = true;
    const packet = selectForCaregiver(plan, contacts);
    expect(packet.children).toEqual([
      {
        id: 'sofi',
        fullName: 'Sofía López',
        dateOfBirth: '2017-06-02',
        medicines: 'Inhalador',
        allergies: 'Cacahuates',
        doctor: 'Clínica del Valle',
        school: 'Escuela Lincoln',
        care: undefined,
      },
    ]);
    expect(packet.documents).toEqual([]);
    expect(packet.lawyer).toBe('');
    expect(packet.rapidResponse).toBe('');
    expect(packet.contacts.map((saved) => saved.name)).toEqual([
      'Beto López',
      'Rosa Pérez',
      'Lic. Ramírez',
      'Red de respuesta rápida',
    ]);

    // The care of a child the packet does not hold names nobody.
    plan.household.skipped = true;
    plan.children.skipped = false;
    expect(selectForCaregiver(plan, contacts).children).toEqual([]);
    expect(names(plan, contacts)).not.toContain('Doña Carmen');
  });

  it('leaves out the care of someone who is not a child of the household', () => {
    const plan = fullPlan();
    plan.children.data.children.push({
      childId: 'mom',
      firstPickUp: 'tio',
      secondPickUp: '',
      onSchoolList: '',
      authorization: 'verbal',
      papersWhere: 'Debajo de la cama',
      whatChildKnows: 'Nada todavía',
    });
    const packet = JSON.stringify(selectForCaregiver(plan, CONTACTS));
    for (const secret of ['Tío Memo', 'Debajo de la cama', 'Nada todavía'])
      expect(packet).not.toContain(secret);
  });

  it('a child with no care saved is still in, with no care', () => {
    const plan = fullPlan();
    plan.children.data.children = [];
    expect(selectForCaregiver(plan, CONTACTS).children.map((child) => [child.fullName, child.care])).toEqual([
      ['Sofía López', undefined],
    ]);
  });

  it('an empty plan gives an empty packet, whether its sections are empty or missing', () => {
    const empty = { children: [], documents: [], contacts: [], lawyer: '', rapidResponse: '' };
    expect(selectForCaregiver(EMPTY_PLAN, [])).toEqual(empty);
    expect(selectForCaregiver({}, [])).toEqual(empty);
  });

  it('holds each contact once, and drops keys that are not its own (such as a stored revision)', () => {
    const packet = selectForCaregiver({}, [{ ...ROSA, rev: 4 } as Contact, ROSA]);
    expect(packet.contacts).toEqual([
      {
        id: 'rosa',
        name: 'Rosa Pérez',
        phones: ['+12135550111'],
        role: 'caregiver',
        mayPickUpChildren: false,
        order: 1,
      },
    ]);
  });

  it('leaves out where the immigration papers and A-numbers are, unless the person chooses to include it', () => {
    const plan = fullPlan();
    plan.documents.data.items.push(
      { id: 'immigration-papers', have: 'yes', originalWhere: 'Sobre café', copyWith: 'Lic. Ramírez' },
      { id: 'a-numbers', have: 'yes', originalWhere: 'Libreta roja', copyWith: '' },
    );
    const places = (packet: ReturnType<typeof selectForCaregiver>) =>
      packet.documents.map(({ id, originalWhere, copyWith, leftOut }) => [
        id,
        originalWhere,
        copyWith,
        leftOut,
      ]);
    const leftOut = selectForCaregiver(plan, CONTACTS);
    expect(places(leftOut)).toEqual([
      ['birth-certificates', 'Caja con llave', 'Rosa', undefined],
      ['immigration-papers', '', '', true],
      ['a-numbers', '', '', true],
    ]);
    expect(JSON.stringify(leftOut)).not.toMatch(/Sobre café|Libreta roja/);
    expect(selectForCaregiver(plan, CONTACTS, { immigrationPapers: false })).toEqual(leftOut);
    expect(places(selectForCaregiver(plan, CONTACTS, { immigrationPapers: true }))).toEqual([
      ['birth-certificates', 'Caja con llave', 'Rosa', undefined],
      ['immigration-papers', 'Sobre café', 'Lic. Ramírez', undefined],
      ['a-numbers', 'Libreta roja', '', undefined],
    ]);
  });

  it('gives copies: changing the packet does not change the contacts', () => {
    const packet = selectForCaregiver(fullPlan(), CONTACTS);
    packet.contacts[0]?.phones.push('+10000000000');
    expect(CONTACTS.find((c) => c.id === 'beto')?.phones).toEqual(['+12135550100']);
  });
});
