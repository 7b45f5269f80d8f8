import type { Guide } from '../../../src/content/guide-types';

export const communityDefense: Guide = {
  id: 'community-defense',
  title: 'Défense de la communauté',
  summary:
    'Comment les voisins peuvent se préparer ensemble et s’entraider sans danger quand les agents de l’immigration viennent.',
  stepLinks: [
    { list: 'steps', step: 3, to: 'alert' },
    { list: 'steps', step: 5, to: 'record' },
  ],
  steps: [
    'Trouvez le numéro de votre ligne locale d’intervention rapide. Enregistrez-le dans votre téléphone et donnez-le à vos voisins.',
    'Apprenez vos droits avec votre famille et vos voisins. Vérifiez que chaque adulte de la maison connaît le plan.',
    'Aidez chaque famille à faire un plan écrit. Chaque adulte doit apprendre par cœur au moins un numéro de téléphone.',
    'Pratiquez le plan à la maison. Collez un rappel de vos droits à l’intérieur de votre porte d’entrée.',
    'Trouvez un avocat en immigration de confiance ou un groupe d’aide juridique avant que quelqu’un en ait besoin.',
    'Si vous voyez des agents, restez calme et gardez une distance sûre. Observez, et notez ce que vous voyez.',
    'Si c’est sans danger, demandez doucement à la personne emmenée qui vous devez appeler pour elle.',
    'Signalez ce que vous avez vu à votre ligne locale d’intervention rapide. Elle vérifie les signalements et peut envoyer des observateurs juridiques.',
    'Partagez seulement les nouvelles vérifiées par une équipe d’intervention rapide. Aidez à arrêter les rumeurs.',
  ],
  sayThis: [
    { english: 'Which agency are you with?', meaning: 'De quelle agence êtes-vous ?' },
    {
      english: 'Where are you taking this person?',
      meaning: 'Où emmenez-vous cette personne ?',
    },
    {
      english: 'I am a witness. I will not get in your way.',
      meaning: 'Je suis témoin. Je ne vous gênerai pas.',
    },
    { english: 'Okay. I am stepping back.', meaning: 'D’accord. Je recule.' },
  ],
  doNot: [
    'Ne répandez pas de signalements que personne n’a vérifiés. Les fausses alertes causent la peur et la panique.',
    'Ne touchez pas les agents, ne les bloquez pas, et ne vous mettez pas entre eux et la personne arrêtée.',
    'Ne publiez pas les visages, les plaques ou les tatouages des personnes emmenées.',
    'N’appelez pas le 1-866-DHS-2-ICE (1-866-347-2423) pour de l’aide. C’est la ligne que l’ICE utilise pour recevoir des dénonciations.',
    'Ne demandez pas de conseil juridique à un "notario". Aux États-Unis, un notaire public ("notary public") ne peut pas donner de conseil juridique.',
    'N’achetez pas de cartes rouges à des vendeurs sur les réseaux sociaux. L’ILRC vous permet de les télécharger et de les imprimer gratuitement.',
  ],
  goodToKnow: [
    {
      text: 'Les réseaux d’intervention rapide sont des groupes locaux. Ils vérifient les signalements de descentes, envoient des observateurs juridiques et aident les familles à trouver des avocats.',
    },
    {
      text: 'United We Dream a géré une ligne nationale appelée MigraWatch pour signaler l’activité de l’ICE et de la CBP. D’autres groupes donnent son numéro : 1-844-363-1423. Le plus récent article de presse que nous avons trouvé avec ce numéro date de 2019 (The Monitor), et nous n’avons trouvé aucune page de United We Dream qui le donne : il peut donc ne pas marcher. Vérifiez sur unitedwedream.org avant d’en avoir besoin.',
    },
    {
      text: 'Chaque famille devrait avoir un plan écrit, quel que soit son statut. Sans plan, les enfants peuvent être placés en famille d’accueil ("foster care"). Donnez le plan à une personne de confiance. Ne le donnez jamais à l’ICE.',
    },
    {
      text: 'Les cartes rouges sont de petites cartes de l’Immigrant Legal Resource Center (ILRC). Elles disent aux agents que la personne qui la porte utilise ses droits selon la Constitution. Une carte rouge n’est pas une pièce d’identité. Elle n’empêche pas une arrestation en public, ni un mandat ("warrant") valide signé par un juge fédéral ou d’un État (pas un juge de l’immigration).',
    },
    {
      text: 'Connaître vos droits ne veut pas dire que vous ne serez pas arrêté. Cela peut aider à protéger votre dossier plus tard.',
    },
    {
      text: 'Filmer des agents en public est protégé par le premier amendement de la Constitution, mais cela peut être risqué. Selon un article, ProPublica a compté au moins 130 personnes arrêtées après avoir été accusées de gêner ou de filmer des agents. Borderless Magazine a rapporté que le 24 janvier 2026, à Minneapolis, des agents fédéraux de l’immigration ont tué par balle un homme qui essayait de les filmer. Filmer est votre choix. La sécurité passe d’abord.',
      since: '2026-01-24',
    },
    {
      text: 'Ce guide n’est pas un conseil juridique. Les lois changent d’un État à l’autre, et les règles ont changé de nombreuses fois en 2025 et 2026. Parlez de votre cas à un avocat en immigration.',
    },
  ],
  sources: [
    'ALC-2023',
    'BORDERLESS',
    'CIBERCUBA-2025',
    'CLEARMEDIA',
    'CLINIC-SG',
    'CONMIGRA-ES',
    'HOLT-MD',
    'ICEENCOUNTER',
    'IDP-KYR',
    'IDP-PLAN',
    'ILRC-CARD-TEXT',
    'ILRC-FPP',
    'ILRC-NYT',
    'IMMLIB-MIGRAWATCH',
    'JUSTICE4ALL',
    'KYRHUB-COUNSEL',
    'LACSN-FPP',
    'LANACION-FILM-ES',
    'LULAC-WI',
    'MIJENTE-BLOG',
    'MIRA-BYSTANDER',
    'MONITOR-2019',
    'NILC-ES',
    'NYCLU-FILM',
    'OLH-WARRANTS',
    'RECORD-MX',
    'SANJOSE-MIGRAWATCH',
    'TELEMUNDO',
    'UNIDOS-MN',
    'UWD-2019',
    'UWD-KYR',
    'WISLAW',
  ],
  lastReviewed: '2026-12-05',
};
