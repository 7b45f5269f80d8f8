import type { Guide } from '../../../src/content/guide-types';

export const documentARaid: Guide = {
  id: 'document-a-raid',
  title: 'Documenter une descente sans danger',
  summary:
    'Comment noter ou enregistrer ce que font les agents de l’immigration, tout en vous protégeant, vous et les autres.',
  stepLinks: [
    { list: 'steps', step: 2, to: 'record' },
    { list: 'steps', step: 7, to: 'record' },
    { list: 'steps', step: 8, to: 'alert' },
  ],
  steps: [
    'Votre sécurité passe d’abord. Filmer est votre choix. Observer et prendre des notes aide aussi.',
    'Restez calme, à distance. Un avocat conseille 3 à 4,5 mètres (10 à 15 pieds). Ne passez jamais entre les agents et la personne arrêtée.',
    'Notez la date, l’heure et le lieu, le nombre d’agents et de véhicules, l’agence écrite sur leurs gilets, et les plaques.',
    'Si vous vous sentez en sécurité, demandez leur agence, leurs noms et numéros de badge, et où ils emmènent la personne.',
    'Si c’est sans danger, demandez doucement à la personne emmenée qui vous devez appeler pour elle.',
    'Si vous filmez, tenez votre téléphone là où les agents le voient. S’ils vous disent de reculer, reculez et continuez de filmer.',
    'Notez ce que les agents disent et font, tout mandat ("warrant") qu’ils montrent, toute force ou tout dégât, et qui a été emmené.',
    'Ensuite, écrivez tout tant que vous vous en souvenez. Donnez vos notes et vos vidéos à la famille ou à son avocat.',
    'Vérifiez les faits avant de partager quoi que ce soit. Signalez ce que vous avez vu à votre ligne locale d’intervention rapide.',
  ],
  sayThis: [
    { english: 'Which agency are you with?', meaning: 'De quelle agence êtes-vous ?' },
    {
      english: 'What are your names and badge numbers?',
      meaning: 'Quels sont vos noms et vos numéros de badge ?',
    },
    {
      english: 'Where are you taking this person?',
      meaning: 'Où emmenez-vous cette personne ?',
    },
    { english: 'Do you have a warrant?', meaning: 'Avez-vous un mandat ?' },
    {
      english: 'I am using my right to record. I will not get in your way.',
      meaning: 'J’utilise mon droit de filmer. Je ne vous gênerai pas.',
    },
    { english: 'Okay. I am stepping back.', meaning: 'D’accord. Je recule.' },
  ],
  doNot: [
    'Ne touchez pas les agents, ne les bloquez pas, et ne vous mettez pas entre eux et la personne arrêtée.',
    'Ne restez pas sur une propriété privée si le propriétaire vous dit de partir.',
    'Ne diffusez pas en direct sur les réseaux sociaux pendant que cela se passe.',
    'Ne publiez pas les visages, les plaques ou les tatouages des personnes emmenées. Floutez-les d’abord.',
    'Ne partagez pas un signalement avant de le vérifier. Les fausses alertes répandent la peur.',
    'N’appelez pas le 1-866-DHS-2-ICE (1-866-347-2423) pour de l’aide. C’est la ligne que l’ICE utilise pour recevoir des dénonciations.',
  ],
  goodToKnow: [
    {
      text: 'Filmer des agents de l’ICE ou de la CBP qui travaillent en public est protégé par le premier amendement de la Constitution. C’est vrai pour tout le monde, citoyen ou non. Au moins sept cours d’appel fédérales disent qu’on peut filmer la police en public.',
    },
    {
      text: 'Ce droit a des limites. Ne gênez pas les agents. Un propriétaire peut vous faire quitter une propriété privée. Filmer peut être interdit à l’intérieur d’un tribunal.',
    },
    {
      text: 'Filmer peut être risqué. Des responsables du DHS ont qualifié le fait de filmer les agents d’entrave, ou même de « violence ». Selon un article, ProPublica a compté au moins 130 personnes arrêtées après avoir été accusées de gêner ou de filmer des agents. Borderless Magazine a rapporté que le 24 janvier 2026, à Minneapolis, des agents fédéraux de l’immigration ont tué par balle un homme qui essayait de les filmer. Filmer est toujours votre choix. Votre sécurité passe d’abord.',
      since: '2026-01-24',
    },
    {
      text: 'Au travail, les travailleurs et les employeurs peuvent aussi filmer ou noter ce que font les agents pendant une descente.',
    },
    {
      text: 'Verrouillez votre téléphone avec un code, pas avec votre visage ni votre empreinte digitale. Réglez vos vidéos pour qu’elles soient sauvegardées dans le cloud (stockage en ligne).',
    },
    {
      text: 'Vous pouvez demander aux agents s’ils ont un mandat, mais ils n’ont pas à le montrer à quelqu’un qui ne fait qu’observer.',
    },
    {
      text: 'Les groupes locaux d’intervention rapide vérifient les signalements, envoient des observateurs juridiques et aident les familles à trouver des avocats. United We Dream a géré une ligne nationale appelée MigraWatch pour signaler l’activité de l’ICE et de la CBP. D’autres groupes donnent son numéro : 1-844-363-1423. Le plus récent article de presse que nous avons trouvé avec ce numéro date de 2019 (The Monitor), et nous n’avons trouvé aucune page de United We Dream qui le donne : il peut donc ne pas marcher. Vérifiez sur unitedwedream.org avant d’en avoir besoin.',
    },
  ],
  sources: [
    'BORDERLESS',
    'CIBERCUBA-2025',
    'CLEARMEDIA',
    'CONMIGRA-ES',
    'ICEENCOUNTER',
    'IMMLIB-MIGRAWATCH',
    'LANACION-FILM-ES',
    'LAW-5THINGS',
    'MASJIDPLUS',
    'MIRA-BYSTANDER',
    'MONITOR-2019',
    'NILC-WORK-EVU',
    'NYCLU-FILM',
    'OBSERVED-FILM',
    'RECORD-MX',
    'SANJOSE-MIGRAWATCH',
    'UWD-2019',
    'UWD-KYR',
  ],
  lastReviewed: '2026-12-05',
};
