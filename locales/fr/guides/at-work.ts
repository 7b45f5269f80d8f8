import type { Guide } from '../../../src/content/guide-types';

export const atWork: Guide = {
  id: 'at-work',
  title: 'Au travail',
  summary: 'Que faire si des agents de l’immigration viennent sur votre lieu de travail.',
  rightNow: {
    steps: [
      'Restez calme et ne courez pas. Gardez vos mains là où les agents peuvent les voir.',
      'Demandez à un agent : "Am I free to go?" (Suis-je libre de partir ?). Si la réponse est oui, partez calmement.',
      'Si la réponse est non, gardez le silence et demandez un avocat. Ne signez rien.',
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
    'Restez calme et ne courez pas. Gardez vos mains là où les agents peuvent les voir.',
    'Demandez à un agent : "Am I free to go?" (Suis-je libre de partir ?)',
    'Si l’agent dit oui, partez calmement.',
    'Si l’agent dit non, dites que vous utilisez votre droit de garder le silence.',
    'Dites que vous voulez parler à un avocat.',
    'Si les agents demandent aux travailleurs de former des groupes selon le statut d’immigration, vous n’êtes pas obligé d’en rejoindre un. Vous pouvez rester là.',
    'Quand c’est sans danger, notez ce qui s’est passé : l’heure, l’agence, le nombre d’agents venus, et ce qu’ils ont dit.',
  ],
  sayThis: [
    { english: 'Am I free to go?', meaning: 'Suis-je libre de partir ?' },
    {
      english: 'I am using my right to remain silent.',
      meaning: 'J’utilise mon droit de garder le silence.',
    },
    { english: 'I want to speak with a lawyer.', meaning: 'Je veux parler à un avocat.' },
    {
      english: 'I will not sign anything without a lawyer.',
      meaning: 'Je ne signerai rien sans un avocat.',
    },
    { english: 'I do not consent to any search.', meaning: 'Je ne consens à aucune fouille.' },
  ],
  doNot: [
    'Ne courez pas. Courir peut être utilisé contre vous.',
    'Ne mentez pas, et ne montrez pas de faux papiers.',
    'Ne signez rien sans parler à un avocat.',
    'Si vous n’avez aucun papier d’immigration américain, ne portez ni ne montrez de papiers d’un autre pays, comme un passeport étranger ou une carte consulaire.',
    'Ne poussez pas les agents, ne les bloquez pas, ne vous battez pas avec eux.',
  ],
  goodToKnow: [
    {
      text: 'Tout le monde, y compris l’ICE, peut entrer dans les parties publiques d’une entreprise, comme une salle de restaurant, un hall, une salle d’attente ou un parking. Être là ne donne pas aux agents le pouvoir d’arrêter, d’interroger ou d’arrêter n’importe qui.',
    },
    {
      text: 'Les zones privées, comme les cuisines, les bureaux, les entrepôts et les salles réservées au personnel, sont différentes. Pour y entrer, les agents ont besoin de l’accord de l’employeur ou d’un mandat ("warrant") signé par un juge fédéral ou d’un État. Un mandat de l’ICE ne suffit pas. Des panneaux « Privé » ("Private") et des portes fermées ou verrouillées aident.',
    },
    {
      text: 'Si l’employeur, ou une personne que l’employeur autorise, laisse entrer les agents dans les zones privées, les agents n’ont plus besoin de mandat pour ces zones.',
    },
    {
      text: 'Un groupe dit que les agents utilisent les groupes selon le statut d’immigration pour repérer certaines personnes.',
    },
    {
      text: 'Une inspection I-9 n’est pas une descente. Lors d’une inspection, l’ICE vérifie les formulaires I-9 de l’employeur. L’ICE prévient en général l’employeur par écrit au moins 3 jours ouvrables avant. L’employeur peut choisir de ne pas attendre. L’ICE peut aussi se passer de cet avis si elle utilise une assignation ("subpoena") ou un mandat.',
    },
    {
      text: 'En Californie, une loi de l’État appelée AB 450 dit que l’employeur doit prévenir les travailleurs dans les 72 heures après avoir reçu un avis d’inspection I-9, et leur donner les résultats plus tard. En 2018, un tribunal fédéral a bloqué la partie qui empêchait les employeurs privés de laisser entrer les agents dans les zones privées sans mandat d’un juge. Une cour d’appel a confirmé en 2019. Les employeurs peuvent toujours choisir de demander un mandat d’un juge.',
      since: '2018-07-04',
      onlyInState: 'CA',
    },
    {
      text: 'Si vous n’êtes pas citoyen des États-Unis, que vous avez 18 ans ou plus et qu’on vous a donné des papiers d’enregistrement, comme une carte verte ("green card") ou un permis de travail, la loi dit que vous devez toujours les avoir sur vous. Si vous êtes ici avec un visa, la loi dit de porter votre passeport et votre I-94. Si vous avez sur vous des papiers d’immigration des États-Unis valides et qu’un agent de l’immigration les demande, vous devez les montrer.',
    },
    {
      text: 'Les travailleurs et les employeurs peuvent filmer ou noter ce que font les agents. Mais filmer les agents peut être risqué. Des responsables du DHS ont qualifié le fait de filmer les agents d’entrave ("obstruction"). Selon un article, ProPublica a compté au moins 130 personnes arrêtées après avoir été accusées de gêner ou de filmer des agents. Borderless Magazine a rapporté que le 24 janvier 2026, à Minneapolis, des agents fédéraux de l’immigration ont tué par balle un homme qui essayait de les filmer. Filmer est votre choix, pas un devoir. Faites-le seulement si c’est sans danger. Restez à distance et ne gênez pas.',
      since: '2026-01-24',
    },
  ],
  sources: [
    'ACLU-IMM',
    'ACLUNC-ES',
    'ALTOTRUMP-WORK',
    'BENACH-WORK',
    'BORDERLESS',
    'BUTZEL',
    'CLEARMEDIA',
    'CONMIGRA-ES',
    'FRAGOMEN-AB450',
    'FRAGOMEN-CARRY',
    'GPH-AB450',
    'ICS-LAW',
    'IDP-KYR',
    'ILRC-CARD-TEXT',
    'IRC-CARRY',
    'KMH-AB450',
    'LAW-5THINGS',
    'LAW-FACTSHEET',
    'MASJIDPLUS',
    'NILC-WORK-CLL',
    'NILC-WORK-EVU',
    'SDLR',
    'SUMNER-264E',
    'UFCW-RAIDS',
    'USCIS-I9-INSPECT',
    'WORKINGCLASS',
  ],
  lastReviewed: '2026-12-05',
};
