import type { Guide } from '../../../src/content/guide-types';

export const fastTrackDeportation: Guide = {
  id: 'fast-track-deportation',
  title: 'Expulsion accélérée ("expedited removal")',
  summary:
    'Qui peut être expulsé vite sans juge, et comment prouver deux ans aux États-Unis. Les règles changent sans cesse.',
  steps: [
    'Si des agents vous arrêtent, restez calme. Demandez : "Am I free to go?" (Suis-je libre de partir ?). S’ils disent oui, partez calmement.',
    'Sinon, dites que vous allez garder le silence et que vous voulez parler à un avocat.',
    'Si vous avez peur de retourner dans votre pays, dites-le tout de suite à l’agent.',
    'Si un agent vous donne des papiers, comme le formulaire I-860, ne les signez pas. Parlez d’abord à un avocat.',
    'Allez à chaque audience du tribunal de l’immigration. Apportez des copies de vos preuves de deux ans aux États-Unis.',
  ],
  prepare: [
    'Si vous n’avez pas de statut légal, commencez un dossier qui prouve que vous vivez aux États-Unis depuis deux ans ou plus.',
    'Rassemblez des papiers datés, comme des baux, des factures d’eau ou d’électricité, des fiches de paie, des déclarations d’impôts et des relevés bancaires.',
    'Ajoutez dossiers scolaires et médicaux, preuves d’adhésion à une église, courrier daté, ancien permis de conduire et actes de naissance américains de vos enfants.',
    'Continuez d’ajouter de nouveaux papiers, pour que le dossier reste à jour.',
    'Donnez le dossier complet à une personne de confiance. Vérifiez que votre famille sait où il est.',
    'Demandez à un avocat si vous devez porter des copies de quelques papiers datés. Si vous en portez, portez des copies, pas les originaux.',
  ],
  sayThis: [
    { english: 'Am I free to go?', meaning: 'Suis-je libre de partir ?' },
    {
      english: 'I am afraid to return to my country.',
      meaning: 'J’ai peur de retourner dans mon pays.',
    },
    { english: 'I want to speak with a lawyer.', meaning: 'Je veux parler à un avocat.' },
    {
      english: 'I am using my right to remain silent.',
      meaning: 'J’utilise mon droit de garder le silence.',
    },
    {
      english: 'I will not sign anything without a lawyer.',
      meaning: 'Je ne signerai rien sans un avocat.',
    },
  ],
  doNot: [
    'Ne portez pas les originaux de vos preuves de deux ans. Laissez-les à une personne de confiance.',
    'Ne portez pas les actes de naissance américains de vos enfants. La version longue montre où chaque parent est né. Gardez-les dans le dossier.',
    'Si vous n’avez aucun papier d’immigration américain, ne portez pas de papiers montrant que vous êtes né à l’étranger, comme un passeport étranger.',
    'Ne manquez pas une audience du tribunal de l’immigration. Un juge peut ordonner votre expulsion si vous n’êtes pas là.',
    'Ne mentez pas, et ne montrez pas de faux papiers.',
  ],
  goodToKnow: [
    {
      text: 'Dans l’expulsion accélérée, c’est un agent de l’immigration qui ordonne votre départ, pas un juge. Il n’y a pas d’audience, et en général pas d’appel. Cela peut se faire en quelques jours. Selon des articles, cela peut aussi vous interdire de revenir pendant 5 ans.',
    },
    {
      text: 'En général, cela ne s’applique pas aux citoyens des États-Unis, aux titulaires d’une carte verte ("green card"), aux personnes entrées avec un visa (même expiré), aux personnes avec d’autres papiers de statut, ni aux enfants venus seuls. Les personnes ici depuis 2 ans ou plus qui peuvent le prouver ne sont en général pas concernées. Les personnes qui disent avoir peur de retourner ont un entretien sur cette peur.',
    },
    {
      text: 'Le 21 janvier 2025, le DHS a rendu l’expulsion accélérée possible partout aux États-Unis. Elle concerne les personnes qui n’ont jamais été admises légalement ("admitted or paroled"), qui n’ont pas les bons papiers d’entrée ou ont fraudé, et qui ne peuvent pas prouver 2 ans ici sans interruption. L’agent décide si la preuve suffit. Le DHS a aussi dit que des personnes avec une affaire au tribunal ou une "parole" pourraient y être mises. C’est à vous de prouver les 2 ans.',
      since: '2025-01-21',
    },
    {
      text: 'Depuis mai 2025, l’ICE arrête des personnes aux audiences du tribunal de l’immigration dans beaucoup de villes. Cela arrive souvent juste après que les avocats de l’ICE ont fait classer l’affaire, pour que la personne puisse être mise en expulsion accélérée. Pourtant, manquer une audience n’est pas sûr. Parlez à un avocat avant votre audience si vous pouvez.',
      since: '2025-05-20',
    },
    {
      text: 'Le 29 août 2025, une juge fédérale de Washington, D.C., la juge Jia Cobb, a suspendu l’extension à tout le pays. L’affaire s’appelle Make the Road New York v. Noem. Selon des articles de 2026, cette suspension a ensuite été annulée (voir la note suivante). Ne comptez donc pas sur cette suspension aujourd’hui.',
    },
    {
      text: 'Selon des articles de 2026, une cour d’appel fédérale de Washington, D.C. (le D.C. Circuit) a annulé cette suspension par un vote à 2 contre 1 : l’expulsion accélérée peut donc de nouveau être utilisée dans tout le pays. Ces articles viennent de sources que nous n’avons pas pu confirmer, et nous n’avons pas vu la décision de la cour elle-même. Ils disent aussi que la cour a jugé que les agents n’ont pas à expliquer comment une personne pourrait éviter l’expulsion accélérée. Ces règles changent sans cesse. Demandez à un avocat ou à un groupe de confiance ce qui s’applique aujourd’hui.',
    },
    {
      text: 'Les conseils sur les papiers à porter sont différents. Certains avocats et groupes disent de porter des copies de quelques papiers datés. D’autres groupes disent que les personnes sans papiers d’immigration des États-Unis ne devraient jamais porter quoi que ce soit qui montre qu’elles sont nées dans un autre pays. La plupart des preuves de 2 ans ne montrent pas où vous êtes né. Mais la version longue d’un acte de naissance américain indique où chaque parent est né : gardez donc les actes de naissance de vos enfants dans le dossier et ne les portez jamais. Il y a des avantages et des inconvénients : demandez à un avocat ce qui est le mieux pour vous.',
    },
    {
      text: 'Si on vous a donné des papiers d’immigration des États-Unis, la loi dit que les adultes de 18 ans ou plus doivent les porter, comme une carte verte ou un permis de travail. Si vous êtes ici avec un visa, la loi dit de porter votre passeport et votre I-94. Si un agent de l’immigration demande vos papiers et que vous les avez sur vous, vous devez les montrer.',
    },
  ],
  sources: [
    'ABOGADO-VA',
    'ACCIMM-ER',
    'ACLU-IMM',
    'DCCIR-BGB',
    'DCCIR-DISSENTER',
    'DCCIR-TOWNHALL',
    'DOCSLIB-ER2020',
    'DV-ER',
    'EPI-ER',
    'FR-ER',
    'FRAGOMEN-CARRY',
    'GANDS-ER',
    'ICEBOUND-SIGN',
    'IDP-KYR',
    'IPT-ER',
    'IPT-IMMCOURT',
    'IRC-CARRY',
    'JASMYN-KAMAL',
    'LAA-ER',
    'LATINOPINION-ES',
    'LEGALENUSA-ES',
    'LEXIS-ER',
    'LIBERO-NTA',
    'NAVARRETE',
    'NILC-ES',
    'NOLO-ER',
    'REUTERS-COURT',
    'ROCKY-ER',
    'UFCW-RAIDS',
  ],
  lastReviewed: '2026-12-05',
};
