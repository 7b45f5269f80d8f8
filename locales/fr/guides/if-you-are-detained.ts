import type { Guide } from '../../../src/content/guide-types';

export const ifYouAreDetained: Guide = {
  id: 'if-you-are-detained',
  title: 'Si vous êtes détenu ou arrêté',
  summary: 'Quoi dire et quoi faire si des agents de l’immigration vous retiennent ou vous arrêtent.',
  steps: [
    'Restez calme. Gardez vos mains là où les agents peuvent les voir.',
    'Dites que vous utilisez votre droit de garder le silence. Ne dites pas où vous êtes né ni comment vous êtes venu.',
    'Dites que vous voulez parler à un avocat. N’expliquez rien et ne décidez rien sans avocat.',
    'Ne signez aucun papier avant d’avoir parlé à un avocat.',
    'Demandez à passer un appel téléphonique. Demandez la liste des avocats gratuits ou peu chers.',
    'Si vous avez peur de retourner dans votre pays, dites-le tout de suite aux agents.',
    'Si vous avez des enfants de moins de 18 ans, dites-le tout de suite aux agents. Demandez comment organiser leur garde.',
    'Si vous voulez, demandez aux agents de prévenir le consulat de votre pays que vous êtes détenu.',
    'Apprenez le nom et le numéro de votre agent d’expulsion ("deportation officer"). Donnez-les, avec votre numéro A ("A-number"), à votre famille et à votre avocat.',
  ],
  sayThis: [
    {
      english: 'I am using my right to remain silent.',
      meaning: 'J’utilise mon droit de garder le silence.',
    },
    { english: 'I want to speak with a lawyer.', meaning: 'Je veux parler à un avocat.' },
    {
      english: 'I will not sign anything without a lawyer.',
      meaning: 'Je ne signerai rien sans un avocat.',
    },
    {
      english: 'I am afraid to return to my country.',
      meaning: 'J’ai peur de retourner dans mon pays.',
    },
    {
      english: 'I have children under 18. I need to arrange their care.',
      meaning: 'J’ai des enfants de moins de 18 ans. Je dois organiser leur garde.',
    },
    {
      english: 'Please give me the list of free legal services.',
      meaning: 'Donnez-moi la liste des services juridiques gratuits, s’il vous plaît.',
    },
    {
      english: 'I want my consulate to be told that I am detained.',
      meaning: 'Je veux que mon consulat soit prévenu que je suis détenu.',
    },
  ],
  doNot: [
    'Ne mentez pas, et ne montrez pas de faux papiers.',
    'Ne signez aucun papier, et n’acceptez pas de quitter le pays, sans avocat.',
    'Si vous n’avez aucun papier d’immigration américain, ne portez ni ne remettez de papiers d’un autre pays, comme un passeport étranger.',
    'Ne courez pas, ne poussez pas les agents, ne vous battez pas avec eux.',
    'Ne payez pas un "notario" pour un conseil juridique. Aux États-Unis, un notaire ne peut pas donner de conseil juridique.',
  ],
  goodToKnow: [
    {
      text: 'Utiliser vos droits n’empêche pas forcément l’arrestation. Cela protège votre dossier plus tard. Tout ce que vous dites peut être utilisé contre vous au tribunal de l’immigration. Les personnes ici avec un visa, comme les touristes, les étudiants ou les voyageurs d’affaires, peuvent devoir répondre aux questions sur leur statut.',
    },
    {
      text: 'L’ICE peut vous demander de signer des papiers. Le formulaire I-826 vous demande de choisir entre voir un juge et partir sans audience. Le départ volontaire ("voluntary departure") veut dire que vous promettez de quitter les États-Unis avant une date limite ; si vous restez après, il devient un ordre d’expulsion avec des amendes. Un ordre d’expulsion accepté d’avance ("stipulated removal order") veut dire que vous renoncez à votre audience et acceptez un ordre d’expulsion, même si vous pourriez avoir un moyen de rester. Ne signez aucun de ces papiers avant d’avoir parlé à un avocat.',
    },
    {
      text: 'Les affaires d’immigration sont civiles, pas pénales. Donc le gouvernement ne vous donne pas d’avocat gratuit au tribunal de l’immigration. C’est pourquoi vous devez demander la liste des services juridiques gratuits. Le ministère de la Justice tient cette liste.',
    },
    {
      text: 'Si vous avez peur de retourner, dites-le dès que possible. Dans l’expulsion accélérée, les personnes qui demandent l’asile ont un entretien sur leur peur, appelé « entretien de peur crédible » ("credible fear interview").',
    },
    {
      text: 'Le 2 juillet 2025, l’ICE a remplacé ses règles pour les parents détenus par une nouvelle directive, la 11064.4. Selon des articles, elle donne moins de protections aux parents. Vous pouvez toujours poser des questions sur la garde de vos enfants, les visites et votre participation au tribunal des affaires familiales.',
      since: '2025-07-02',
    },
    {
      text: 'Vous pouvez demander que votre consulat soit prévenu que vous êtes détenu. Ce droit vient d’un traité international, la Convention de Vienne.',
    },
    {
      text: 'Connaissez votre numéro A ("A-number") avant que quelque chose arrive. C’est le numéro de 8 ou 9 chiffres que le DHS donne à toute personne qui a eu une affaire ou un avantage d’immigration. Il est sur les papiers d’immigration, les permis de travail et les avis du tribunal. Sur un avis de comparution ("Notice to Appear", formulaire I-862), il est en haut à droite.',
    },
    {
      text: 'Votre famille ou votre avocat peut vérifier si vous avez une affaire ou un ancien ordre au tribunal de l’immigration. Appelez la ligne téléphonique du tribunal de l’immigration (EOIR) au 1-800-898-7180, ou utilisez le système en ligne de l’EOIR sur l’état des dossiers. Les deux demandent votre numéro A. Cette ligne montre seulement les affaires et les ordres des tribunaux de l’immigration et de la commission d’appel de l’immigration (BIA). Les ordres d’expulsion accélérée, et les autres ordres pris par l’ICE ou la Border Patrol, n’y apparaissent jamais.',
    },
    {
      text: 'Si on vous a donné des papiers d’immigration des États-Unis, la loi dit que les adultes de 18 ans ou plus doivent les porter, comme une carte verte ("green card") ou un permis de travail. Si vous êtes ici avec un visa, la loi dit de porter votre passeport et votre I-94. Si un agent de l’immigration demande vos papiers et que vous les avez sur vous, vous devez les montrer. Le conseil de ne pas porter de papiers d’un autre pays concerne seulement les personnes sans papiers d’immigration des États-Unis.',
    },
  ],
  sources: [
    'ACLU-IMM',
    'CATHOLIC-CHARITIES-ES',
    'EDDY-CHAVARRIA',
    'EOIR-PM-1.6C',
    'FACTCHEQUEADO',
    'FRAGOMEN-CARRY',
    'HAFEY-2026',
    'IBX-LEGAL',
    'ICEBOUND-SIGN',
    'IDP-KYR',
    'IPT-11064',
    'IRC-CARRY',
    'KDNK-2025',
    'KYRHUB-COUNSEL',
    'LAA-ER',
    'LEGALCLARITY-COUNSEL',
    'LULAC-ESCUDO',
    'LULAC-WI',
    'NAVARRETE',
    'NILC-ES',
    'ODLS-FAQ-2017',
    'STMARY-VD',
    'UFCW-RAIDS',
    'UNITYITC',
    'UWD-KYR',
    'WRC-PARENTS',
  ],
  lastReviewed: '2026-12-05',
};
