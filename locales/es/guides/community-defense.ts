import type { Guide } from '../../../src/content/guide-types';

export const communityDefense: Guide = {
  id: 'community-defense',
  title: 'Defensa de la comunidad',
  summary:
    'Cómo los vecinos pueden prepararse juntos y ayudarse sin correr peligro cuando llegan agentes de inmigración.',
  // Practising the plan: the alert's practice message; writing down what happened: the record.
  stepLinks: [
    { list: 'steps', step: 3, to: 'alert' },
    { list: 'steps', step: 5, to: 'record' },
  ],
  steps: [
    'Averigüe el número de la línea de respuesta rápida de su zona. Guárdelo en su teléfono y compártalo con sus vecinos.',
    'Aprenda sus derechos junto con su familia y sus vecinos. Asegúrese de que todos los adultos de su casa conozcan el plan.',
    'Ayude a cada familia a hacer un plan por escrito. Cada adulto debe aprenderse de memoria por lo menos un número de teléfono.',
    'Practique el plan en casa. Pegue por dentro de la puerta de entrada un recordatorio de sus derechos.',
    'Busque un abogado de inmigración o un grupo de ayuda legal de confianza antes de que alguien lo necesite.',
    'Si ve agentes, mantenga la calma y quédese a una distancia segura. Observe y anote lo que ve.',
    'Si es seguro, pregúntele en voz baja a la persona que se llevan a quién quiere que usted llame.',
    'Reporte lo que vio a la línea de respuesta rápida de su zona. Ellos confirman los avisos y pueden mandar observadores legales.',
    'Comparta solo noticias que un equipo de respuesta rápida ya confirmó. Ayude a parar los rumores.',
  ],
  sayThis: [
    {
      english: 'Which agency are you with?',
      meaning: '¿De qué agencia son ustedes?',
    },
    {
      english: 'Where are you taking this person?',
      meaning: '¿A dónde llevan a esta persona?',
    },
    {
      english: 'I am a witness. I will not get in your way.',
      meaning: 'Soy testigo. No les voy a estorbar.',
    },
    {
      english: 'Okay. I am stepping back.',
      meaning: 'Está bien. Me estoy alejando.',
    },
  ],
  doNot: [
    'No comparta avisos que nadie ha confirmado. Las falsas alarmas causan miedo y pánico.',
    'No toque ni bloquee a los agentes, y no se meta entre ellos y la persona que detienen.',
    'No publique caras, placas de carro ni tatuajes de las personas detenidas.',
    'No llame al 1-866-DHS-2-ICE (1-866-347-2423) para pedir ayuda. Es la línea de ICE para recibir denuncias sobre personas.',
    'No pida consejo legal a un "notario". En Estados Unidos, un notario público no puede dar consejos legales.',
    'No compre tarjetas rojas a vendedores en redes sociales. El ILRC le permite descargarlas e imprimirlas gratis.',
  ],
  goodToKnow: [
    {
      text: 'Las redes de respuesta rápida son grupos locales. Confirman los avisos de redadas, mandan observadores legales y ayudan a las familias a encontrar abogados.',
    },
    {
      text: 'United We Dream ha tenido una línea nacional llamada MigraWatch para reportar actividad de ICE y CBP. Otros grupos dan su número como el 1-844-363-1423. El reportaje más reciente que encontramos con este número es de 2019 (The Monitor), y no encontramos ninguna página de United We Dream que lo dé, así que puede que no funcione. Confírmelo en unitedwedream.org antes de necesitarlo.',
    },
    {
      text: 'Toda familia debe tener un plan por escrito, sin importar su estatus. Sin un plan, los niños pueden terminar en un hogar de crianza (foster care). Dele el plan a una persona de confianza. Nunca se lo dé a ICE.',
    },
    {
      text: 'Las tarjetas rojas son tarjetas pequeñas del Centro de Recursos Legales para Inmigrantes (ILRC). Les dicen a los agentes que la persona está usando sus derechos bajo la Constitución. La tarjeta roja no es una identificación. No detiene un arresto en público ni una orden válida firmada por un juez federal o estatal (no un juez de inmigración).',
    },
    {
      text: 'Conocer sus derechos no significa que no lo vayan a arrestar. Pero puede ayudar a proteger su caso más adelante.',
    },
    {
      text: 'La Primera Enmienda protege el derecho a filmar a los agentes en público, pero puede ser peligroso. Según un reportaje, ProPublica contó por lo menos 130 personas arrestadas, acusadas de interferir con los agentes o de filmarlos. La revista Borderless informó que el 24 de enero de 2026, en Minneapolis, agentes federales de inmigración mataron a balazos a un hombre que trató de filmarlos. Grabar es su decisión. La seguridad es primero.',
      since: '2026-01-24',
    },
    {
      text: 'Esta guía no es consejo legal. Las leyes cambian de un estado a otro, y las reglas cambiaron muchas veces en 2025 y 2026. Hable con un abogado de inmigración sobre su caso.',
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
