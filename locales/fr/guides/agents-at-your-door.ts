import type { Guide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: Guide = {
  id: 'agents-at-your-door',
  title: 'Des agents à votre porte',
  summary: 'Que faire si des agents de l’immigration frappent à la porte de chez vous.',
  rightNow: {
    steps: [
      'Gardez la porte fermée. Parlez aux agents à travers la porte.',
      'Demandez-leur de glisser le mandat ("warrant") sous la porte. Vérifiez qu’un juge fédéral ou d’un État l’a signé.',
      'Gardez le silence. Ne signez rien. Demandez un avocat.',
    ],
    sayThis: [
      {
        english: 'I do not consent to you entering my home.',
        meaning: 'Je ne consens pas à ce que vous entriez chez moi.',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'J’utilise mon droit de garder le silence.',
      },
    ],
  },
  stepLinks: [
    { list: 'rightNow', step: 1, to: 'warrant' },
    { list: 'steps', step: 3, to: 'warrant' },
  ],
  steps: [
    'Gardez la porte fermée. Parlez aux agents à travers la porte.',
    'Demandez qui ils sont et pour quelle agence ils travaillent.',
    'Demandez-leur de glisser le mandat ("warrant") sous la porte, ou de le tenir à plat contre une fenêtre.',
    'Vérifiez le papier. L’écran « Est-ce un vrai mandat ? » de cette application peut vous aider.',
    'Regardez le haut. Le mandat d’un juge nomme un tribunal fédéral ou d’un État. "Immigration Court" ne compte pas.',
    'Regardez qui l’a signé. Ce doit être un juge fédéral ou d’un État. Un juge de l’immigration ne compte pas.',
    'Si aucun juge fédéral ou d’un État ne l’a signé, dites à travers la porte que vous ne consentez pas à leur entrée.',
    'S’ils entrent quand même, ne résistez pas. Dites à voix haute que vous ne consentez ni à l’entrée ni à une fouille.',
    'Si un juge fédéral ou d’un État l’a signé et que l’adresse est la bonne, ne résistez pas et ne bloquez pas les agents.',
    'Avec le mandat d’un juge, certains groupes disent de les laisser entrer calmement. Gardez le silence, ne signez rien, appelez un avocat.',
    'Vous et toutes les personnes de la maison pouvez garder le silence. Dites que vous voulez parler à un avocat.',
    'Demandez leurs noms et leurs numéros de badge. Notez tout ce qui se passe.',
  ],
  prepare: [
    'Pratiquez le plan avec toutes les personnes de la maison. Chaque adulte doit savoir qu’il ne faut pas ouvrir la porte.',
    'Collez un rappel de vos droits à l’intérieur de la porte.',
    'Gardez les portails fermés à clé.',
    'Réglez votre téléphone pour qu’il enregistre les photos et les vidéos dans le cloud (stockage en ligne).',
  ],
  sayThis: [
    {
      english: 'Who are you, and which agency are you with?',
      meaning: 'Qui êtes-vous, et de quelle agence êtes-vous ?',
    },
    {
      english: 'Please slide the warrant under the door or hold it up to the window.',
      meaning: 'Glissez le mandat sous la porte ou tenez-le contre la fenêtre, s’il vous plaît.',
    },
    {
      english: 'I do not consent to you entering my home.',
      meaning: 'Je ne consens pas à ce que vous entriez chez moi.',
    },
    {
      english: 'I do not consent to any search.',
      meaning: 'Je ne consens à aucune fouille.',
    },
    {
      english: 'I am using my right to remain silent.',
      meaning: 'J’utilise mon droit de garder le silence.',
    },
    {
      english: 'I want to speak with a lawyer.',
      meaning: 'Je veux parler à un avocat.',
    },
  ],
  doNot: [
    'N’ouvrez pas la porte.',
    'Ne mentez pas, et ne montrez pas de faux papiers.',
    'Ne poussez pas les agents, ne les bloquez pas, ne vous battez pas avec eux, même s’ils entrent.',
    'Ne signez aucun papier.',
    'N’acceptez pas d’aller avec les agents dans un bureau ou de « prendre un café » avec eux.',
  ],
  goodToKnow: [
    {
      text: 'Les agents ne disent pas toujours qu’ils sont de l’ICE. Ils peuvent dire qu’ils sont la police ou quelqu’un d’autre. Leur gilet peut dire POLICE. L’ICE permet cette ruse : ne croyez donc pas forcément ce qu’ils disent.',
    },
    {
      text: 'L’ICE peut entrer légalement si n’importe quel adulte de la maison la laisse entrer. Toutes les personnes de la maison doivent connaître le plan, pas seulement la personne que les agents cherchent.',
    },
    {
      text: 'Ouvrir la porte, ce n’est pas dire oui à l’entrée. Mais les agents peuvent prendre une porte ouverte pour un oui et pousser pour entrer. Il est plus sûr de la garder fermée.',
    },
    {
      text: 'L’ICE peut arrêter des personnes hors de chez elles, souvent avec seulement un mandat de l’ICE ou sans aucun mandat. Les agents attendent souvent dans la rue que les gens partent au travail.',
    },
    {
      text: 'Le mandat d’un juge nomme en haut un tribunal fédéral ou d’un État, comme "U.S. District Court" ou un tribunal d’un État. Un juge ou un magistrat fédéral ou d’un État le signe et le date. Il doit avoir la bonne adresse, et le nom d’une personne qui vit là ou les lieux à fouiller. Il ne doit pas être expiré. Un vrai mandat de juge permet aux agents d’entrer et de fouiller les lieux qu’il nomme, ou d’arrêter la personne qu’il nomme.',
    },
    {
      text: 'Un tribunal de l’immigration fait partie du ministère de la Justice. Ce n’est pas un tribunal fédéral ou d’un État. Donc un papier qui dit en haut "Immigration Court" ou "Executive Office for Immigration Review", ou qui est signé par un juge de l’immigration, n’est pas le mandat d’un juge.',
    },
    {
      text: 'Un mandat de l’ICE dit "Department of Homeland Security" en haut. Un agent de l’immigration le signe, ou parfois un juge de l’immigration. Les formulaires I-200 et I-205 sont des mandats de l’ICE. L’ICE a très rarement le mandat d’un juge. Depuis des années, les groupes de défense des droits disent qu’un mandat de l’ICE seul ne donne pas aux agents la permission d’entrer dans un logement.',
    },
    {
      text: 'Une note interne de l’ICE de mai 2025 a été rendue publique en janvier 2026. Elle affirme que les agents peuvent entrer de force chez une personne qui a un ordre d’expulsion définitif, avec seulement le formulaire I-205. Selon des articles, elle ne vise que le domicile de cette personne, de 6 h du matin à 10 h du soir, et ne permet pas une fouille générale. Pour entrer chez quelqu’un d’autre, les agents ont toujours besoin d’un accord, d’une urgence ou d’un mandat signé par un juge fédéral ou d’un État. Cette affirmation est contestée et combattue devant les tribunaux. En janvier 2026, un juge fédéral du Minnesota a jugé qu’une de ces entrées violait la Constitution. Le juge ne s’est pas prononcé sur la note elle-même. Les gestes sûrs n’ont pas changé : n’ouvrez pas la porte, ne consentez pas, et ne résistez pas physiquement.',
      since: '2025-05-12',
    },
  ],
  sources: [
    'ACLU-FLYER',
    'ACLU-SOCAL-ES',
    'ACLUNC-ES',
    'AIDSLAWPA-WARRANTS',
    'ALC-2023',
    'ASAP-ES',
    'BRYAN-NOFW',
    'FAMILIES-FREEDOM',
    'ICEENCOUNTER',
    'IDM-WARRANTS',
    'IDP-KYR',
    'IDP-RUSES',
    'IPT-HOME',
    'JUNTOS-WY',
    'KDNK-2025',
    'LULAC-WI',
    'MNKNOW',
    'OLH-WARRANTS',
    'UWD-KYR',
  ],
  lastReviewed: '2026-12-05',
};
