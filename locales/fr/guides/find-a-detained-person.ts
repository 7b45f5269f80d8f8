import type { Guide } from '../../../src/content/guide-types';

export const findADetainedPerson: Guide = {
  id: 'find-a-detained-person',
  title: 'Retrouver une personne détenue',
  summary:
    'Comment retrouver un membre de la famille détenu par l’ICE, et l’essentiel sur la caution ("bond") en immigration.',
  steps: [
    'Allez sur l’outil de recherche de détenus de l’ICE (ICE Online Detainee Locator), à locator.ice.gov. C’est gratuit, sans compte.',
    'Cherchez avec le numéro A ("A-number") et le pays de naissance. Tapez les 9 chiffres. Si le numéro est plus court, ajoutez des zéros devant.',
    'Pas de numéro A ? Cherchez avec le prénom, le nom et le pays de naissance. Ayez aussi la date de naissance.',
    'Si rien n’apparaît, essayez d’autres orthographes. Cherchez de nouveau plus tard : selon des articles, une nouvelle arrestation peut mettre jusqu’à deux jours à apparaître.',
    'Continuez à vérifier, même après avoir trouvé la personne. L’ICE déplace souvent les gens loin, parfois sans prévenir.',
    'Appelez aussitôt un avocat en immigration de confiance ou un groupe d’aide juridique. La possibilité d’une caution peut dépendre du lieu de détention.',
    'Donnez à l’avocat le numéro A, et le nom de l’agent d’expulsion ("deportation officer") si vous le connaissez.',
    'Demandez à l’avocat si une caution est possible, combien elle pourrait coûter, et qui devrait la payer.',
    'Réunissez les preuves de ses liens familiaux, travail et impôts, et des lettres de soutien. Un juge peut les examiner pour la caution.',
    'Seuls un citoyen des États-Unis, un titulaire de carte verte ("green card"), un cabinet d’avocats ou une association peuvent payer une caution de l’ICE.',
    'Payez la caution en ligne, avec le système CeBONDS de l’ICE, par virement bancaire.',
    'Gardez le reçu de la caution. C’est le formulaire I-305.',
  ],
  sayThis: [
    {
      english: 'I am looking for a family member who was detained by immigration.',
      meaning: 'Je cherche un membre de ma famille détenu par l’immigration.',
    },
    {
      english: 'Where is this person being held?',
      meaning: 'Où cette personne est-elle détenue ?',
    },
    {
      english: 'Has a bond been set, and how much is it?',
      meaning: 'Une caution a-t-elle été fixée, et de combien ?',
    },
  ],
  doNot: [
    'N’appelez pas le 1-866-DHS-2-ICE pour de l’aide. C’est la ligne de l’ICE pour dénoncer des personnes.',
    'Ne payez pas un "notario" pour une aide juridique. Aux États-Unis, un notaire ne peut pas donner de conseil juridique.',
    'Avec le DACA, le TPS ou un visa, n’allez pas payer une caution à l’ICE. Vous n’en avez pas le droit, et c’est risqué.',
    'Après sa libération, la personne ne doit manquer aucune audience. Si elle en manque une, l’argent de la caution peut être perdu.',
  ],
  goodToKnow: [
    {
      text: 'L’outil de recherche montre seulement les personnes détenues par l’ICE maintenant, ou libérées dans les 60 derniers jours. Il ne montre personne de moins de 18 ans. Les noms doivent correspondre exactement aux dossiers de l’ICE. Le site marche en espagnol et dans d’autres langues.',
    },
    {
      text: 'Une caution ("bond") est de l’argent payé à l’ICE comme promesse que la personne ira à chaque audience. Elle lui permet de défendre son dossier en liberté. L’ICE fixe le premier montant, ou refuse toute caution. La personne peut demander à un juge de l’immigration de le revoir. Le juge regarde d’abord le danger pour les autres, puis le risque que la personne ne revienne pas. Les cautions signalées commencent à 1 500 dollars. Des montants de 5 000 à 15 000 dollars ou plus sont courants.',
    },
    {
      text: 'La page officielle de l’ICE sur les cautions dit qu’une caution se paie en ligne avec son système CeBONDS, par virement bancaire (ACH ou Fedwire). Seuls un citoyen des États-Unis, un titulaire de carte verte (résident permanent légal), un cabinet d’avocats ou une association peuvent la payer. Un proche avec le DACA, le TPS ou un visa n’a pas le droit de la payer, et se met en danger s’il va à l’ICE pour essayer. Les anciens guides qui parlent d’un chèque de banque ou d’un mandat postal dans un bureau de l’ICE ne sont plus à jour. Gardez le reçu (formulaire I-305). L’argent est rendu si la personne respecte toutes les règles. Il est perdu si elle manque une audience.',
    },
    {
      text: 'Certaines personnes ne peuvent pas du tout avoir de caution. Cela s’appelle la détention obligatoire ("mandatory detention"). Elle peut s’appliquer à certaines personnes avec un casier judiciaire, aux personnes arrêtées à leur arrivée, et aux personnes avec un ancien ordre d’expulsion.',
    },
    {
      text: 'Depuis le 8 juillet 2025, le DHS considère que les personnes entrées aux États-Unis sans inspection par les agents de l’immigration ne peuvent pas avoir de caution. Il dit qu’elles doivent rester détenues.',
      since: '2025-07-08',
    },
    {
      text: 'Le 5 septembre 2025, la commission d’appel de l’immigration (BIA) a rendu la décision Matter of Yajure Hurtado. Elle dit que les juges de l’immigration ne peuvent pas tenir d’audience de caution pour les personnes entrées sans inspection.',
      since: '2025-09-05',
    },
    {
      text: 'En novembre et décembre 2025, une juge fédérale de Californie, la juge Sunshine Sykes, a rejeté la politique d’absence de caution dans une affaire appelée Maldonado Bautista. La juge a reconnu un groupe national, la "Bond Eligible Class", qui a droit à des audiences de caution. Un jugement final a été signalé en décembre 2025. Selon des articles, certains tribunaux de l’immigration refusent toujours de tenir ces audiences. Une requête en habeas corpus ("habeas petition") devant un tribunal fédéral est une autre voie.',
      since: '2025-12',
    },
    {
      text: 'Le 6 février 2026, une cour d’appel fédérale, le Fifth Circuit, a confirmé la détention sans caution pour les personnes entrées sans inspection, au Texas, en Louisiane et au Mississippi. L’affaire s’appelle Buenrostro-Mendez v. Bondi. L’ICE envoie souvent les personnes qu’elle détient dans ces États.',
      since: '2026-02-06',
    },
    {
      text: 'Le 18 février 2026, un tribunal fédéral de Californie a annulé la décision de la BIA Matter of Yajure Hurtado. Donc le droit à une caution dépend maintenant du lieu où la personne est détenue. Cela change sans cesse : appelez tout de suite un avocat.',
      since: '2026-02-18',
    },
  ],
  sources: [
    '2001-BOND-ES',
    'CIBERCUBA-2025',
    'CONEXION-BOND',
    'ELTOQUE-ODLS',
    'FACTCHEQUEADO',
    'HELPWITHBONDS-ES',
    'ICE-BONDS',
    'ICEBOUND-BOND',
    'IMMNET-G28',
    'KYRHUB-BOND',
    'KYRHUB-COUNSEL',
    'LAWFIRM4IMM-2026',
    'LAWHELPMN-ES',
    'LULAC-WI',
    'LVIL-2026',
    'MALDONADO-LV',
    'MALDONADO-WOLFSDORF',
    'MURRAY-OSORIO-2026',
    'NEWZINO',
    'NOLO-BOND',
    'ODLS-FAQ-2017',
    'ODLS-LAUNCH',
    'PIXELATION-ODLS',
    'REF-ODLS',
    'WILDES-BOND',
    'WISLAW',
    'YAJURE-AIC',
    'YAJURE-MO',
  ],
  lastReviewed: '2026-12-05',
};
