import type { Guide } from '../../../src/content/guide-types';

export const findADetainedPerson: Guide = {
  id: 'find-a-detained-person',
  title: 'Encontrar a una persona detenida',
  summary: 'Cómo encontrar a un familiar detenido por ICE, y lo básico sobre la fianza de inmigración.',
  steps: [
    'Entre al Localizador de Detenidos en Línea de ICE: locator.ice.gov. Es gratis y no necesita crear una cuenta.',
    'Busque con el número A y el país de nacimiento. Escriba los 9 dígitos. Si el número es más corto, ponga ceros al principio.',
    '¿No tiene el número A? Busque con el nombre, el apellido y el país de nacimiento. Tenga también lista la fecha de nacimiento.',
    'Si no aparece, pruebe otras formas del nombre. Busque más tarde: según reportes, un arresto nuevo puede tardar hasta dos días en salir.',
    'Siga buscando, aun después de encontrar a la persona. ICE muchas veces traslada a las personas muy lejos, a veces sin avisar.',
    'Llame de inmediato a un abogado o grupo legal de confianza. Que la persona pueda salir bajo fianza puede depender de dónde la tienen.',
    'Dele al abogado el número A y, si lo sabe, el nombre del oficial de deportación.',
    'Pregúntele al abogado si se puede pedir fianza, cuánto puede costar y quién la debe pagar.',
    'Junte pruebas de lazos familiares, trabajo e impuestos de la persona, y cartas de apoyo. Un juez puede verlas para la fianza.',
    'Solo un ciudadano estadounidense, un residente con tarjeta verde, un bufete o un grupo sin fines de lucro puede pagar una fianza de ICE.',
    'Pague la fianza por internet, en el sistema CeBONDS de ICE, con una transferencia bancaria.',
    'Guarde el recibo de la fianza. Es el formulario I-305.',
  ],
  sayThis: [
    {
      english: 'I am looking for a family member who was detained by immigration.',
      meaning: 'Estoy buscando a un familiar que fue detenido por inmigración.',
    },
    {
      english: 'Where is this person being held?',
      meaning: '¿Dónde tienen detenida a esta persona?',
    },
    {
      english: 'Has a bond been set, and how much is it?',
      meaning: '¿Ya le pusieron fianza? ¿De cuánto es?',
    },
  ],
  doNot: [
    'No llame al 1-866-DHS-2-ICE para pedir ayuda. Es la línea de ICE para denunciar a personas.',
    'No le pague a un "notario" para que le ayude con lo legal. En EE. UU., un notario no puede dar consejos legales.',
    'Si tiene DACA, TPS o una visa, no vaya a ICE a pagar una fianza. No se le permite pagarla, y ir lo pone en peligro.',
    'Después de salir, la persona no debe faltar a ninguna audiencia. Si falta a una, se puede perder el dinero de la fianza.',
  ],
  goodToKnow: [
    {
      text: 'El localizador solo muestra a personas que están bajo custodia de ICE ahora, o que salieron en los últimos 60 días. No muestra a menores de 18 años. El nombre debe ser igual al que tiene ICE. La página está en español y en otros idiomas.',
    },
    {
      text: 'Una fianza es dinero que se le paga a ICE como promesa de que la persona irá a todas sus audiencias. Así puede pelear su caso desde afuera. ICE pone la primera cantidad, o dice que no hay fianza. La persona puede pedir que un juez de inmigración la revise. El juez ve primero si la persona es un peligro para otros, y luego si hay riesgo de fuga. Según reportes, las fianzas empiezan en $1,500. Es común que sean de $5,000 a $15,000 o más.',
    },
    {
      text: 'La página de fianzas de ICE dice que la fianza se paga por internet, en su sistema CeBONDS, con una transferencia bancaria (ACH o Fedwire). Solo un ciudadano de EE. UU., un residente legal permanente (con tarjeta verde), un bufete de abogados o un grupo sin fines de lucro la puede pagar. Un familiar con DACA, TPS o visa no puede pagarla, y corre peligro si va a ICE a intentarlo. Las guías viejas que hablan de un cheque de caja o un giro postal ("money order") en una oficina de ICE ya no están al día. Guarde el recibo (formulario I-305). El dinero se devuelve si la persona cumple todas las reglas. Se pierde si falta a una audiencia.',
    },
    {
      text: 'Algunas personas no pueden recibir fianza. Esto se llama detención obligatoria. Puede pasar con algunas personas con antecedentes penales, con personas detenidas al llegar al país y con personas que tienen una orden de deportación anterior.',
    },
    {
      text: 'Desde el 8 de julio de 2025, el Departamento de Seguridad Nacional (DHS) dice que las personas que entraron a EE. UU. sin pasar por una revisión de inmigración no pueden recibir fianza. Dice que deben seguir detenidas.',
      since: '2025-07-08',
    },
    {
      text: 'El 5 de septiembre de 2025, la junta de apelaciones de inmigración (BIA) decidió el caso Matter of Yajure Hurtado. Dice que los jueces de inmigración no pueden dar audiencias de fianza a las personas que entraron sin revisión.',
      since: '2025-09-05',
    },
    {
      text: 'En noviembre y diciembre de 2025, una jueza federal de California, la jueza Sunshine Sykes, rechazó la política de no dar fianza, en el caso Maldonado Bautista. La jueza certificó un grupo de personas en todo el país, la "Bond Eligible Class", con derecho a audiencias de fianza. Se reportó una decisión final en diciembre de 2025. Según reportes, algunas cortes de inmigración todavía se niegan a dar estas audiencias. Otro camino es pedir un "habeas corpus" en una corte federal.',
      since: '2025-12',
    },
    {
      text: 'El 6 de febrero de 2026, una corte federal de apelaciones, el Quinto Circuito, confirmó que se puede detener sin fianza a las personas que entraron sin revisión, en Texas, Luisiana y Misisipi. El caso se llama Buenrostro-Mendez v. Bondi. ICE muchas veces traslada a las personas detenidas a esos estados.',
      since: '2026-02-06',
    },
    {
      text: 'El 18 de febrero de 2026, una corte federal de California anuló la decisión de la BIA en Matter of Yajure Hurtado. Así que poder recibir fianza ahora depende de dónde tienen a la persona. Esto sigue cambiando: llame a un abogado de inmediato.',
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
