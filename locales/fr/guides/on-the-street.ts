import type { Guide } from '../../../src/content/guide-types';

export const onTheStreet: Guide = {
  id: 'on-the-street',
  title: 'Dans la rue ou en public',
  summary:
    'Que faire si des agents de l’immigration vous arrêtent ou vous posent des questions hors de chez vous.',
  rightNow: {
    steps: [
      'Avant de donner votre nom ou de répondre, demandez : "Am I free to go?" (Suis-je libre de partir ?). Si oui, partez calmement.',
      'Si la réponse est non, dites que vous utilisez votre droit de garder le silence. Demandez un avocat.',
      'Ne courez pas, ne discutez pas, ne résistez pas. Gardez vos mains là où les agents peuvent les voir.',
    ],
    sayThis: [
      { english: 'Am I free to go?', meaning: 'Suis-je libre de partir ?' },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'J’utilise mon droit de garder le silence.',
      },
    ],
  },
  steps: [
    'Restez calme. Gardez vos mains là où les agents peuvent les voir.',
    'Avant de donner votre nom ou de répondre, demandez : "Am I free to go?" (Suis-je libre de partir ?)',
    'Si l’agent dit oui, partez calmement.',
    'Si l’agent dit non, dites que vous utilisez votre droit de garder le silence.',
    'Dites que vous voulez parler à un avocat.',
    'S’ils veulent vous fouiller ou fouiller vos sacs, dites clairement que vous ne consentez pas.',
    'Si vous avez une carte rouge, dites-le à l’agent avant de la prendre. Puis montrez-la.',
  ],
  prepare: [
    'Gardez une carte rouge dans votre portefeuille.',
    'Apprenez au moins un numéro de téléphone par cœur, au cas où on vous prendrait votre téléphone.',
  ],
  sayThis: [
    { english: 'Am I free to go?', meaning: 'Suis-je libre de partir ?' },
    {
      english: 'I am using my right to remain silent.',
      meaning: 'J’utilise mon droit de garder le silence.',
    },
    { english: 'I want to speak with a lawyer.', meaning: 'Je veux parler à un avocat.' },
    { english: 'I do not consent to any search.', meaning: 'Je ne consens à aucune fouille.' },
    {
      english: 'I have a card in my wallet. May I take it out to show you?',
      meaning: 'J’ai une carte dans mon portefeuille. Puis-je la sortir pour vous la montrer ?',
    },
  ],
  doNot: [
    'Ne courez pas. Courir peut être utilisé contre vous.',
    'Ne discutez pas avec les agents, ne les poussez pas, ne leur bloquez pas le passage.',
    'Ne mentez pas, et ne montrez pas de faux papiers.',
    'Si vous n’avez aucun papier d’immigration américain, ne portez ni ne montrez de papiers d’un autre pays, comme un passeport étranger ou une carte consulaire.',
    'Ne signez aucun papier sans parler à un avocat.',
  ],
  goodToKnow: [
    {
      text: 'L’ICE n’a pas besoin d’un mandat ("warrant") juste pour vous parler en public. L’ICE peut aussi arrêter des personnes hors de chez elles, souvent avec seulement un mandat de l’ICE ou sans aucun mandat.',
    },
    {
      text: 'Vous n’êtes pas obligé de dire où vous êtes né, si vous êtes citoyen, ou comment vous êtes entré dans le pays. Ce que vous dites peut être utilisé au tribunal de l’immigration. Les personnes ici avec un visa, comme les touristes, les étudiants ou les voyageurs d’affaires, peuvent devoir répondre aux questions sur leur statut.',
    },
    {
      text: 'Certains États disent que vous devez donner votre nom si on vous arrête légalement et qu’on vous demande qui vous êtes. Même dans ce cas, vous n’êtes pas obligé de répondre aux autres questions.',
    },
    {
      text: 'Vous pouvez refuser une fouille. Mais un agent peut tâter l’extérieur de vos vêtements s’il pense que vous avez une arme. Ne résistez pas.',
    },
    {
      text: 'Des papiers d’un autre pays peuvent être utilisés dans un dossier d’expulsion pour montrer que vous êtes né à l’étranger. C’est pourquoi on dit aux personnes sans papiers d’immigration des États-Unis de ne pas les porter sur elles.',
    },
    {
      text: 'Si vous n’êtes pas citoyen des États-Unis, que vous avez 18 ans ou plus et qu’on vous a donné des papiers d’enregistrement, la loi dit que vous devez toujours les avoir sur vous. Par exemple une carte verte ("green card"), un permis de travail, ou la preuve que vous vous êtes enregistré avec le formulaire G-325R. Si vous êtes ici avec un visa, la loi dit de porter votre passeport et votre I-94.',
    },
    {
      text: 'Si vous avez sur vous des papiers d’immigration des États-Unis valides et qu’un agent de l’immigration les demande, vous devez les montrer. L’ACLU de l’Arizona dit que ce devoir existe envers les agents fédéraux de l’immigration, pas envers la police locale.',
    },
    {
      text: 'Connaître vos droits ne veut pas dire que vous ne serez pas arrêté. Cela aide à protéger votre dossier plus tard.',
    },
    {
      text: 'En septembre 2025, la Cour suprême a suspendu une décision d’un tribunal inférieur pour la région de Los Angeles (l’affaire Noem v. Vasquez Perdomo). Cette décision interdisait les contrôles fondés seulement sur ces éléments : la race ou l’origine apparente, le fait de parler espagnol ou anglais avec un accent, le lieu (comme un arrêt de bus, un lavage de voitures ou un lieu d’embauche de journaliers), ou le type de travail. Maintenant, les agents de cette région peuvent de nouveau faire de brefs contrôles en combinant ces éléments. Le juge Kavanaugh a écrit que les citoyens et les résidents légaux contrôlés ainsi devraient être relâchés après un bref contrôle. C’est une suspension d’urgence temporaire, pas une décision finale : cela peut changer.',
      since: '2025-09-08',
    },
  ],
  sources: [
    'ACLU-AZ-ES',
    'ACLU-IMM',
    'ACLU-MIRROR',
    'ALC-2023',
    'FRAGOMEN-CARRY',
    'IDP-KYR',
    'IDP-PLAN',
    'II-KYR',
    'ILRC-CARD-TEXT',
    'IRC-CARRY',
    'KDNK-2025',
    'LAWHELPNY-REG',
    'LULAC-ESCUDO',
    'MASJIDPLUS',
    'NILC-ES',
    'PERDOMO-SCOTUSBLOG',
    'PERDOMO-TEXT',
    'PERDOMO-VISAVERGE',
    'SDLR',
    'SUMNER-264E',
    'UFCW-RAIDS',
    'UWD-KYR',
  ],
  lastReviewed: '2026-12-05',
};
