import type { Guide } from '../../../src/content/guide-types';

export const findADetainedPerson: Guide = {
  id: 'find-a-detained-person',
  title: 'Encontrar alguém que foi detido',
  summary: 'Como encontrar um familiar preso pelo ICE, e o básico sobre a fiança ("bond") de imigração.',
  steps: [
    'Entre no localizador de detidos do ICE (ICE Online Detainee Locator) em locator.ice.gov. É grátis e você não precisa de conta.',
    'Busque pelo número A ("A-number") e pelo país de nascimento. Digite os 9 dígitos. Se o número for menor, coloque zeros na frente.',
    'Não tem o número A? Busque pelo nome, sobrenome e país de nascimento. Tenha também a data de nascimento à mão.',
    'Se nada aparecer, tente outras grafias. Busque de novo mais tarde: relatos dizem que uma prisão nova pode levar até dois dias para aparecer.',
    'Continue conferindo, mesmo depois de encontrar a pessoa. O ICE muitas vezes leva pessoas para longe, às vezes sem aviso.',
    'Ligue logo para um advogado de imigração de confiança ou um grupo de assistência jurídica. A fiança pode depender de onde a pessoa está presa.',
    'Dê ao advogado o número A e o nome do oficial de deportação, se você souber.',
    'Pergunte ao advogado se uma fiança ("bond") é possível, quanto pode custar e quem deve pagá-la.',
    'Junte provas dos laços familiares, do trabalho e dos impostos da pessoa, e cartas de apoio. Um juiz pode olhar isso para a fiança.',
    'Só um cidadão dos EUA, alguém com green card, um escritório de advocacia ou uma organização sem fins lucrativos pode pagar uma fiança do ICE.',
    'Pague a fiança online, pelo sistema CeBONDS do ICE, por transferência bancária.',
    'Guarde o recibo da fiança. É o Formulário I-305.',
  ],
  sayThis: [
    {
      english: 'I am looking for a family member who was detained by immigration.',
      meaning: 'Estou procurando um familiar que foi detido pela imigração.',
    },
    {
      english: 'Where is this person being held?',
      meaning: 'Onde esta pessoa está presa?',
    },
    {
      english: 'Has a bond been set, and how much is it?',
      meaning: 'Foi definida uma fiança? Qual é o valor?',
    },
  ],
  doNot: [
    'Não ligue para 1-866-DHS-2-ICE pedindo ajuda. É a linha do ICE para denunciar pessoas.',
    'Não pague um "notario" por ajuda jurídica. Nos EUA, um notário ("notary") não pode dar orientação jurídica.',
    'Se você tem DACA, TPS ou visto, não vá ao ICE pagar uma fiança. Você não pode pagá-la, e ir lá coloca você em risco.',
    'Depois de solta, a pessoa não pode faltar a nenhuma audiência. Se faltar, o dinheiro da fiança pode ser perdido.',
  ],
  goodToKnow: [
    {
      text: 'O localizador só mostra pessoas que estão sob custódia do ICE agora, ou que foram soltas nos últimos 60 dias. Ele não mostra ninguém menor de 18 anos. Os nomes precisam ser iguais aos dos registros do ICE. O site funciona em espanhol e em outros idiomas.',
    },
    {
      text: 'A fiança é um dinheiro pago ao ICE como promessa de que a pessoa irá a todas as audiências. Ela permite que a pessoa lute pelo caso do lado de fora. O ICE define o primeiro valor, ou diz que não há fiança. A pessoa pode pedir a um juiz de imigração que reveja isso. O juiz olha primeiro o perigo para os outros, depois o risco de a pessoa não voltar. As fianças relatadas começam em $1,500. Valores de $5,000 a $15,000 ou mais são comuns.',
    },
    {
      text: 'A própria página de fianças (Bonds) do ICE diz que a fiança é paga online pelo sistema CeBONDS, por transferência bancária (ACH ou Fedwire). Só um cidadão dos EUA, alguém com green card (residente permanente legal), um escritório de advocacia ou uma organização sem fins lucrativos pode pagá-la. Um parente com DACA, TPS ou visto não pode pagá-la, e corre risco se for ao ICE tentar. Guias antigos que falam de cheque administrativo ("cashier\'s check") ou vale postal ("money order") em um escritório do ICE estão desatualizados. Guarde o recibo (Formulário I-305). O dinheiro volta se a pessoa cumprir todas as regras. Ele é perdido se ela faltar a uma audiência.',
    },
    {
      text: 'Algumas pessoas não podem ter fiança nenhuma. Isso se chama detenção obrigatória ("mandatory detention"). Pode valer para algumas pessoas com antecedentes criminais, para pessoas paradas ao chegar e para pessoas com uma ordem de deportação antiga.',
    },
    {
      text: 'Desde 8 de julho de 2025, o DHS trata as pessoas que entraram nos EUA sem passar pela inspeção dos agentes de imigração como sem direito a fiança. Ele diz que elas devem continuar detidas.',
      since: '2025-07-08',
    },
    {
      text: 'Em 5 de setembro de 2025, o conselho de apelações de imigração (BIA) decidiu o caso Matter of Yajure Hurtado. Ele diz que os juízes de imigração não podem fazer audiências de fiança para pessoas que entraram sem inspeção.',
      since: '2025-09-05',
    },
    {
      text: 'Em novembro e dezembro de 2025, uma juíza federal na Califórnia, a juíza Sunshine Sykes, rejeitou a política de não dar fiança em um caso chamado Maldonado Bautista. A juíza reconheceu um grupo em todo o país, a "Bond Eligible Class", com direito a audiências de fiança. Uma sentença final foi relatada em dezembro de 2025. Relatos dizem que alguns tribunais de imigração ainda se recusam a fazer essas audiências. Um pedido de habeas corpus ("habeas petition") em um tribunal federal é outro caminho.',
      since: '2025-12',
    },
    {
      text: 'Em 6 de fevereiro de 2026, um tribunal federal de apelação, o Fifth Circuit, manteve a detenção sem fiança para pessoas que entraram sem inspeção, no Texas, na Louisiana e no Mississippi. O caso é Buenrostro-Mendez v. Bondi. O ICE muitas vezes leva pessoas que detém para esses estados.',
      since: '2026-02-06',
    },
    {
      text: 'Em 18 de fevereiro de 2026, um tribunal federal na Califórnia anulou a decisão do BIA no caso Matter of Yajure Hurtado. Por isso, se uma pessoa pode ter fiança agora depende de onde ela está presa. Isso continua mudando: ligue logo para um advogado.',
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
