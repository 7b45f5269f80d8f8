import { describe, expect, it } from 'vitest';
import { areaStrings } from './support/locale-strings';

/*
 * The family plan's advice, held to the facts sheet (§3, §4c, §4d, §6, corrected 2026-12-05) in both
 * languages: the rules a wrong or half-true sentence once broke, and the facts a preparedness clinic
 * expects to find. Each check names the strings it reads, so a failure points at the sentence.
 */

const read = areaStrings;

/** The files this advice lives in: the plan, and the screens that talk about the data and the packet. */
const FILES = ['plan', 'settings', 'backup', 'contacts', 'practice'] as const;

function strings(language: string): Map<string, string> {
  return new Map(FILES.flatMap((file) => [...read(language, file)]));
}

/** The text of one key; a missing key fails the test that needs it. */
function text(all: Map<string, string>, key: string): string {
  const value = all.get(key);
  if (value === undefined) throw new Error(`no string ${key}`);
  return value;
}

/** Keys of strings that match every pattern. */
const matching = (all: Map<string, string>, patterns: readonly RegExp[]) =>
  [...all].filter(([, value]) => patterns.every((pattern) => pattern.test(value))).map(([key]) => key);

/** What each rule looks for, in each language. */
const WORDS = {
  en: {
    passport: /passport/i,
    handOver: /\b(never|do not|don't)\s+(\w+\s+){0,2}(give|hand|carry)\b/iu,
    noPapers: /If you have no U\.S\. immigration papers/,
    withPapers: [/18 or older/, /green card/, /work permit/, /I-94/, /G-325R/, /carry them/, /show them/],
    bondPayers: [/U\.S\. citizen/, /green-card holder/, /law firm/, /nonprofit/, /CeBONDS/, /who would pay/],
    anyoneWithStatus: /anyone (with|who has) (legal|lawful) status/i,
    g28Files: /the lawyer signs it and files it/,
    g28Edition: /current edition/,
    courtLineLimits: [/expedited removal/, /ICE or Border Patrol/, /never/],
    carePapers: [/signed original/, /person who will care for \{\{name\}\}/, /school/, /doctor/, /keep one/],
    carePapersInBox: /keep the originals in a safe place/i,
    notAPermission: /not a permission/,
    standby: [/Only in some states/, /court/, /30 days in Virginia/, /90 days in D\.C\./],
    childPoa: [
      /usually notarized/,
      /six months/,
      /not accepted everywhere/,
      /does not give custody/,
      /Renew/,
    ],
    renew: /\brenew\b/i,
    affidavit: [/caregiver signs it/, /must live with them/, /parent can overrule/],
    courtGuardianship: /court guardianship/,
    printoutWarning: [/A-number/, /born/, /rather than keeping it at home/],
    keptWithPapers: /(keep|kept)( it)? with your papers/i,
    tellIce: [/tell ICE right away that you have children/, /11064\.4/, /replaced 11064\.3/, /2025/],
    passports: [/stay in the U\.S\. or leave with you/, /both parents' consent/],
    medical: [/HIPAA/, /medical records/, /agree to the child's medical care/],
    notHome: /if a parent does not come home/,
    takeAll: /take all the money/,
    inWriting: /tell the bank in writing/,
    nothingSent: /Nothing is sent/i,
    statusShows: /can show it/,
    plan: /family plan/,
    leavesPhone: /nothing leaves the phone unless you save or share a file/,
    promise: /\bcoming\b|\bsoon\b(?! as)|\bfuture\b|\blater version\b/i,
  },
  es: {
    passport: /pasaporte/i,
    handOver: /(^|[^\p{L}])(nunca|no)\s+(\p{L}+\s+){0,2}(d[eé]|entregue|lleve)(?!\p{L})/iu,
    noPapers: /Si no tiene papeles de inmigración de EE\. UU\./,
    withPapers: [
      /18 años o más/,
      /tarjeta verde/,
      /permiso de trabajo/,
      /I-94/,
      /G-325R/,
      /llevarlos/,
      /muéstrelos/,
    ],
    bondPayers: [
      /ciudadano de EE\. UU\./,
      /residente permanente/,
      /bufete de abogados/,
      /sin fines de lucro/,
      /CeBONDS/,
      /quién la pagaría/,
    ],
    anyoneWithStatus: /cualquier persona con (estatus|estado) legal/i,
    g28Files: /el abogado lo firma y lo presenta/,
    g28Edition: /edición actual/,
    courtLineLimits: [/deportación expedita/, /ICE o de la Patrulla Fronteriza/, /nunca/],
    carePapers: [
      /original firmado/,
      /persona que cuidará a \{\{name\}\}/,
      /escuela/,
      /médico/,
      /quédese con una/,
    ],
    carePapersInBox: /guarde los originales en un lugar seguro/i,
    notAPermission: /no es un permiso/i,
    standby: [/Solo en algunos estados/, /corte/, /30 días en Virginia/, /90 días en D\.C\./],
    childPoa: [
      /por lo general ante notario/,
      /seis meses/,
      /No lo aceptan en todas partes/,
      /no da la custodia/,
      /Renuévelo/,
    ],
    renew: /renuev|renuév/i,
    affidavit: [/Lo firma quien cuida/, /vivir con esa persona/, /puede anular/],
    courtGuardianship: /tutela temporal o ante la corte/,
    printoutWarning: [/número A/, /nació/, /en vez de guardarlo en su casa/],
    keptWithPapers: /guardar(lo)? con sus papeles/i,
    tellIce: [/dígale a ICE enseguida que tiene hijos/, /11064\.4/, /reemplazó a la 11064\.3/, /2025/],
    passports: [/se quedarían en EE\. UU\. o se irían con usted/, /permiso de los dos padres/],
    medical: [/HIPAA/, /expedientes médicos/, /aceptar atención médica para el niño/],
    notHome: /si su papá o su mamá no regresa a casa/,
    takeAll: /sacar todo el dinero/,
    inWriting: /avísele al banco por escrito/,
    nothingSent: /No se envía nada/i,
    statusShows: /puede mostrarlo/,
    plan: /plan familiar/,
    leavesPhone: /nada sale del teléfono a menos que usted guarde o comparta un archivo/,
    promise: /próximamente|más adelante|vendrá|en el futuro/i,
  },
} as const;

for (const language of ['en', 'es'] as const) {
  const all = strings(language);
  const plan = new Map([...all].filter(([key]) => key.startsWith('plan.')));
  const words = WORDS[language];

  describe(`the family plan's advice (${language})`, () => {
    it('never tells everyone not to carry or hand over a passport: only people with no U.S. papers', () => {
      const unqualified = [...all]
        .filter(([, value]) => words.passport.test(value) && words.handOver.test(value))
        .filter(([, value]) => !words.noPapers.test(value))
        .map(([key]) => key);
      expect(unqualified).toEqual([]);
      expect(matching(plan, [words.noPapers, words.passport, words.handOver])).not.toEqual([]);
    });

    it('tells adults with U.S. immigration papers to carry them and show them to agents who ask', () => {
      expect(matching(plan, words.withPapers)).not.toEqual([]);
    });

    it('says who may pay an ICE bond, so the family plans who, not only how much', () => {
      expect(matching(plan, words.bondPayers)).not.toEqual([]);
      expect(matching(all, [words.anyoneWithStatus])).toEqual([]);
    });

    it('says a G-28 counts once the lawyer signs and files it; its edition is checked at review', () => {
      expect(text(plan, 'plan.legal.g28About')).toMatch(words.g28Files);
      expect(text(plan, 'plan.review.checks.g28')).toMatch(words.g28Edition);
    });

    it('never gives the immigration court line without what it cannot show', () => {
      const mentions = matching(plan, [/1-800-898-7180/]);
      expect(mentions).not.toEqual([]);
      for (const key of mentions)
        for (const pattern of words.courtLineLimits) expect(text(plan, key)).toMatch(pattern);
    });

    it('sends the signed care paper to the caregiver, copies to school and doctor, not into a box', () => {
      const hint = text(plan, 'plan.children.papersWhereHint');
      for (const pattern of words.carePapers) expect(hint).toMatch(pattern);
      const children = new Map([...plan].filter(([key]) => key.startsWith('plan.children.')));
      expect(matching(children, [words.carePapersInBox])).toEqual([]);
    });

    it('says the caregiver packet, printed or saved as a file, is not itself a permission', () => {
      expect(text(plan, 'plan.caregiver.intro')).toMatch(words.notAPermission);
      expect(text(all, 'backup.caregiver.what')).toMatch(words.notAPermission);
    });

    it('describes each care paper as the sheet does, and offers a court guardianship', () => {
      const hints = 'plan.children.authorizationHints';
      for (const pattern of words.standby)
        expect(text(plan, `${hints}.standby-guardianship`)).toMatch(pattern);
      for (const pattern of words.childPoa) expect(text(plan, `${hints}.power-of-attorney`)).toMatch(pattern);
      for (const pattern of words.affidavit)
        expect(text(plan, `${hints}.caregiver-affidavit`)).toMatch(pattern);
      expect(text(plan, 'plan.children.authorizationNote')).toMatch(words.courtGuardianship);
    });

    it('asks to renew care papers at each review, on the review screen and in the reminder', () => {
      expect(text(plan, 'plan.review.checks.renew')).toMatch(words.renew);
      expect(text(plan, 'plan.review.reminder')).toMatch(words.renew);
    });

    it('says the printed plan is evidence: give it to the trusted person, do not keep it at home', () => {
      for (const pattern of words.printoutWarning) expect(text(plan, 'plan.print.keepSafe')).toMatch(pattern);
      expect(matching(plan, [words.keptWithPapers])).toEqual([]);
    });

    it('has what clinics ask for: telling ICE, passports, medical consent, a child’s list', () => {
      expect(matching(plan, words.tellIce)).not.toEqual([]);
      expect(matching(plan, words.passports)).not.toEqual([]);
      expect(matching(plan, words.medical)).not.toEqual([]);
      expect(text(plan, 'plan.children.whatChildKnowsHint')).toMatch(words.notHome);
    });

    it('warns that a named person or a joint account holder can take all the money', () => {
      expect(text(plan, 'plan.money.bankAccessHint')).toMatch(words.takeAll);
      expect(text(plan, 'plan.money.powerOfAttorneyHint')).toMatch(words.takeAll);
      expect(text(plan, 'plan.money.powerOfAttorneyHint')).toMatch(words.inWriting);
    });

    it('speaks honestly about privacy: what is written can show status, and the plan is stored too', () => {
      expect(matching(all, [words.nothingSent])).toEqual([]);
      expect(text(plan, 'plan.household.noStatus')).toMatch(words.statusShows);
      expect(text(plan, 'plan.privacy')).toMatch(words.leavesPhone);
      expect(text(all, 'settings.aboutPrivacy')).toMatch(words.leavesPhone);
      expect(text(all, 'settings.data.where')).toMatch(words.plan);
    });

    it('promises no feature that does not exist yet', () => {
      expect(matching(all, [words.promise])).toEqual([]);
    });
  });
}

describe('the family plan in English and Spanish', () => {
  const english = read('en', 'plan');
  const spanish = read('es', 'plan');
  /** The numbers, dates and names of forms and agencies a sentence gives: a translation keeps each one. */
  const facts = (value: string) =>
    [...value.matchAll(/\b(?:ICE|CBP|USCIS|EOIR|DACA|TPS|HIPAA|CeBONDS|G-28|G-325R|I-94)(?![\dA-Z])|\d+/g)]
      .map((match) => match[0])
      .sort();

  it('gives the same numbers, dates and form names in both languages', () => {
    const differ = [...english]
      .filter(([key, value]) => facts(value).join() !== facts(spanish.get(key) ?? '').join())
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });
});
