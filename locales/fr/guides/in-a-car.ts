import type { Guide } from '../../../src/content/guide-types';

export const inACar: Guide = {
  id: 'in-a-car',
  title: 'En voiture, aux points de contrôle et dans la zone frontalière de 100 miles',
  summary:
    'Que faire si la police ou des agents de l’immigration arrêtent votre voiture, ou à un point de contrôle de la Border Patrol.',
  rightNow: {
    steps: [
      'Arrêtez-vous dans un endroit sûr. Coupez le moteur. Les mains sur le volant.',
      'Si on le demande, le conducteur montre son permis de conduire, la carte grise et la preuve d’assurance.',
      'Vous pouvez garder le silence sur votre statut. Refusez la fouille de la voiture.',
    ],
    sayThis: [
      {
        english: 'I am using my right to remain silent.',
        meaning: 'J’utilise mon droit de garder le silence.',
      },
      {
        english: 'I do not consent to a search of my car.',
        meaning: 'Je ne consens pas à la fouille de ma voiture.',
      },
    ],
  },
  steps: [
    'Quand on vous fait signe de vous arrêter, garez-vous dans un endroit sûr.',
    'Coupez le moteur. Allumez la lumière à l’intérieur de la voiture.',
    'Baissez un peu votre vitre. Gardez les mains sur le volant.',
    'Si vous êtes le conducteur et qu’on vous le demande, montrez votre permis, la carte grise et la preuve d’assurance.',
    'Vous pouvez garder le silence sur votre statut et votre lieu de naissance. Un titulaire de visa peut devoir répondre. Dites que c’est votre droit.',
    'Si vous êtes passager, vous pouvez aussi garder le silence. Demandez si vous êtes libre de partir. Si oui, partez calmement.',
    'S’ils demandent à fouiller la voiture, dites clairement que vous ne consentez pas.',
    'À un point de contrôle de la Border Patrol, vous pouvez garder le silence. S’ils vous retiennent après quelques questions, demandez si vous êtes détenu.',
  ],
  sayThis: [
    {
      english: 'I am using my right to remain silent.',
      meaning: 'J’utilise mon droit de garder le silence.',
    },
    {
      english: 'I do not consent to a search of my car.',
      meaning: 'Je ne consens pas à la fouille de ma voiture.',
    },
    { english: 'Am I free to go?', meaning: 'Suis-je libre de partir ?' },
    { english: 'Am I being detained?', meaning: 'Suis-je détenu ?' },
    { english: 'I want to speak with a lawyer.', meaning: 'Je veux parler à un avocat.' },
  ],
  doNot: [
    'Ne mentez pas à la police ni aux agents.',
    'Ne gardez jamais de faux papiers dans la voiture, et ne les montrez jamais.',
    'Ne gênez pas une fouille avec votre corps, même si vous avez dit non.',
    'Si vous n’avez aucun papier d’immigration américain, ne portez ni ne montrez de papiers d’un autre pays, comme un passeport étranger ou une carte consulaire.',
  ],
  goodToKnow: [
    {
      text: 'Vous pouvez refuser une fouille. Mais la police peut quand même fouiller la voiture sans votre accord si elle croit qu’il y a une preuve d’un crime. Cela s’appelle une « cause probable » ("probable cause").',
    },
    {
      text: 'Une règle fédérale permet à la CBP, l’agence des frontières, de travailler à moins de 100 miles de toute frontière terrestre ou côte. On l’appelle souvent la zone frontalière de 100 miles. Environ deux personnes sur trois aux États-Unis y vivent.',
    },
    {
      text: 'À un point de contrôle dans cette zone, la Border Patrol (police des frontières) peut arrêter votre voiture un court moment et poser des questions sur la citoyenneté, même sans rien vous reprocher. Pour vous retenir plus longtemps, il lui faut un soupçon raisonnable ("reasonable suspicion"). Pour fouiller la voiture, il lui faut un mandat ("warrant") ou une cause probable. Loin des points de contrôle, la Border Patrol a besoin d’un soupçon raisonnable pour arrêter une voiture.',
    },
    {
      text: 'Les personnes avec un visa, comme les touristes, les étudiants et les voyageurs d’affaires, ont d’autres devoirs. Elles peuvent devoir répondre aux questions sur leur statut d’immigration.',
    },
    {
      text: 'Si vous n’êtes pas citoyen des États-Unis, que vous avez 18 ans ou plus et qu’on vous a donné des papiers d’enregistrement, la loi dit que vous devez toujours les avoir sur vous. Par exemple une carte verte ("green card"), un permis de travail, ou la preuve que vous vous êtes enregistré avec le formulaire G-325R. Si vous êtes ici avec un visa, la loi dit de porter votre passeport et votre I-94. Ne pas les porter est un délit. Cela peut valoir une amende jusqu’à 5 000 dollars et jusqu’à 30 jours de prison. Cette règle était rarement appliquée avant. En avril 2025, et de nouveau en juillet 2025, le gouvernement l’a rappelée en public. Si vous avez une carte verte, portez l’original, pas seulement une photo sur votre téléphone.',
      since: '2025-04',
    },
    {
      text: 'Si vous avez sur vous des papiers d’immigration des États-Unis valides et qu’un agent de l’immigration les demande, vous devez les montrer. L’ACLU de l’Arizona dit que ce devoir existe envers les agents fédéraux de l’immigration, pas envers la police locale. Le conseil de ne pas porter de papiers d’un autre pays concerne seulement les personnes sans papiers d’immigration des États-Unis.',
    },
    {
      text: 'En 2025, des points de contrôle de la CBP et des contrôles dans des bus ont été signalés loin de la frontière sud. En juin 2025, cela a été signalé sur l’autoroute I-95 dans le Maine, à environ 80 miles du Canada. Les citoyens des États-Unis ne sont pas obligés de porter une preuve de citoyenneté.',
      since: '2025-06',
    },
  ],
  sources: [
    'ACLU-100',
    'ACLU-AZ-ES',
    'ACLU-IMM',
    'ACLUM',
    'AILA-REG-FINE',
    'AIR-LEGAL',
    'ALR-2025',
    'DESITALK-2025',
    'DOCUMENTEDNY',
    'FRAGOMEN-CARRY',
    'IDP-KYR',
    'IRC-CARRY',
    'LAWHELPNY-REG',
    'MIINDIA-264E',
    'MOLINAS-CHECKPOINT',
    'NAVARRETE',
    'NILC-ES',
    'SDLR',
    'SUMNER-264E',
    'TEENVOGUE',
    'UFCW-RAIDS',
  ],
  lastReviewed: '2026-12-05',
};
