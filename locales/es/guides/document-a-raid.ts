import type { Guide } from '../../../src/content/guide-types';

export const documentARaid: Guide = {
  id: 'document-a-raid',
  title: 'Cómo documentar una redada sin correr peligro',
  summary:
    'Cómo anotar o grabar lo que hacen los agentes de inmigración, cuidándose usted y cuidando a los demás.',
  // The record's form asks what these steps say to write down (/record, issue 13); the alert (/alert)
  // sends a ready message to the people and the local line chosen in advance.
  stepLinks: [
    { list: 'steps', step: 2, to: 'record' },
    { list: 'steps', step: 7, to: 'record' },
    { list: 'steps', step: 8, to: 'alert' },
  ],
  steps: [
    'Primero su seguridad. Grabar es su decisión. Mirar y tomar notas también ayuda.',
    'Mantenga la calma. Guarde distancia: un abogado sugiere 10 a 15 pies (3 a 4.5 metros). Nunca se meta entre los agentes y el detenido.',
    'Anote la fecha, la hora y el lugar, cuántos agentes y carros hay, la agencia en sus chalecos y las placas de los carros.',
    'Si no corre peligro, pregunte de qué agencia son, sus nombres y números de placa, y a dónde llevan a la persona.',
    'Si es seguro, pregúntele en voz baja a la persona que se llevan a quién quiere que usted llame.',
    'Si graba, tenga el teléfono a la vista de los agentes. Si le dicen que se aleje, aléjese y siga grabando.',
    'Anote lo que dicen y hacen los agentes, si muestran una orden, si usan la fuerza o causan daños, y a quién se llevan.',
    'Después, escriba todo mientras lo recuerda bien. Dele sus notas y videos a la familia o a su abogado.',
    'Confirme los datos antes de compartir algo. Reporte lo que vio a la línea de respuesta rápida de su zona.',
  ],
  sayThis: [
    {
      english: 'Which agency are you with?',
      meaning: '¿De qué agencia son ustedes?',
    },
    {
      english: 'What are your names and badge numbers?',
      meaning: '¿Cuáles son sus nombres y sus números de placa?',
    },
    {
      english: 'Where are you taking this person?',
      meaning: '¿A dónde llevan a esta persona?',
    },
    {
      english: 'Do you have a warrant?',
      meaning: '¿Tienen una orden?',
    },
    {
      english: 'I am using my right to record. I will not get in your way.',
      meaning: 'Estoy ejerciendo mi derecho a grabar. No les voy a estorbar.',
    },
    {
      english: 'Okay. I am stepping back.',
      meaning: 'Está bien. Me estoy alejando.',
    },
  ],
  doNot: [
    'No toque ni bloquee a los agentes, y no se meta entre ellos y la persona que detienen.',
    'No se quede en una propiedad privada si el dueño le pide que se vaya.',
    'No transmita en vivo en las redes sociales mientras pasa.',
    'No publique caras, placas de carro ni tatuajes de las personas detenidas. Primero tápelos o hágalos borrosos.',
    'No comparta un aviso sin antes confirmarlo. Las falsas alarmas causan miedo.',
    'No llame al 1-866-DHS-2-ICE (1-866-347-2423) para pedir ayuda. Es la línea de ICE para recibir denuncias sobre personas.',
  ],
  goodToKnow: [
    {
      text: 'La Primera Enmienda protege el derecho a filmar a los agentes de ICE o CBP mientras trabajan en público. Esto vale para todos, sean ciudadanos o no. Por lo menos siete cortes federales de apelaciones dicen que se puede grabar a la policía en público.',
    },
    {
      text: 'Este derecho tiene límites. No interfiera con los agentes. El dueño de una propiedad privada puede pedirle que se vaya. Puede que no se permita grabar dentro de una corte.',
    },
    {
      text: 'Grabar puede ser peligroso. Funcionarios del DHS (Departamento de Seguridad Nacional) han dicho que filmar a los agentes es obstrucción y hasta "violencia". Según un reportaje, ProPublica contó por lo menos 130 personas arrestadas, acusadas de interferir con los agentes o de filmarlos. La revista Borderless informó que el 24 de enero de 2026, en Minneapolis, agentes federales de inmigración mataron a balazos a un hombre que trató de filmarlos. Grabar siempre es su decisión. Su seguridad es primero.',
      since: '2026-01-24',
    },
    {
      text: 'En el trabajo, los trabajadores y los patrones también pueden filmar o anotar lo que hacen los agentes durante una redada.',
    },
    {
      text: 'Bloquee su teléfono con una contraseña, no con su cara ni con su huella. Haga que sus videos se guarden solos en la nube.',
    },
    {
      text: 'Puede preguntar a los agentes si tienen una orden, pero no tienen que mostrársela a alguien que solo está mirando.',
    },
    {
      text: 'Los grupos locales de respuesta rápida confirman los avisos, mandan observadores legales y ayudan a las familias a encontrar abogados. United We Dream ha tenido una línea nacional llamada MigraWatch para reportar actividad de ICE y CBP. Otros grupos dan su número como el 1-844-363-1423. El reportaje más reciente que encontramos con este número es de 2019 (The Monitor), y no encontramos ninguna página de United We Dream que lo dé, así que puede que no funcione. Confírmelo en unitedwedream.org antes de necesitarlo.',
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
