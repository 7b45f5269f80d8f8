/* 1,024 Spanish words for a generated passphrase: where they come from and how they were picked, README.md. */
export default `
abeja abono abrazo abrir acabar acceso aceite acelga acoger activo acto actriz acudir adorno adulto
agitar agosto agotar agrio agudo aguja ahogo ahorro aislar ajeno ajuste alba aldea alegre alejar
aleta alga aliado alivio almeja altar alteza alto altura alumno alzar amargo amasar ameno amigo
amparo amplio ancho ancla anemia anillo anotar antojo anual anular apagar apodo aporte apoyo apuro
arar arco arder aries aroma arpa arroz arte asado aseo asesor astro astuto asumir atajo atar atento
ateo atraer atroz audaz audio aula autor aval avance avena aviso ayer ayuno azar azote azufre baba
babor bache baile balde banco banda barco barniz barro basura batuta bazar bebida bello beso bestia
bicho bingo blanco bloque blusa boca bocina boda bodega bola bolero bolsa bonito bono borde borrar
bote bozal bravo brazo breve brillo brinco brisa broma bronce brote brusco bruto buceo bucle buey
buitre bulto burla buscar butaca cabeza cabra cacao cadena caer calcio caldo calle calma calvo cama
cambio campo candil canela canica caoba caos capaz capote cara careta carga carne carta casa casco
caspa castor catre caudal cazo ceder cedro celoso centro cerca cerdo cero cerrar cetro chacal charla
chico chiste chivo choza chupar cielo cierto cifra cima cinco cinta circo cisne cita clamor clan
claro clase clima cobre cocina codo cofre coger cohete colcha colgar colina collar comer comida
compra conejo conga contar copa corcho corona correr coser costa crear crecer cripta crisis cromo
crudo cuadro cuarto cuatro cubo cuello cuento cuerda cueva cuidar culto cumbre cuneta cuota curar
curso cutis dama danza dardo decir dedo dejar denso dental deseo deuda diario dibujo dictar diente
diez digno dilema dinero disco diva divino doce dolor donar dorado dorso dosis ducha duelo dulce
duque durar duro echar edad editor efecto eficaz elegir elevar elixir elogio eludir emitir empate
empleo enano enigma enlace enorme enredo entero entrar envase erizo escala escena escudo espada
espejo esposa espuma este estilo estufa eterno evento evitar exacto exceso excusa exento exigir
faena faja falda fallo faltar fama famoso farsa fase fatiga fauna fecha feliz feria feroz fiable
fianza fiar ficha fideo fiebre fiel fiesta figura fijar fijo filete filial filtro fingir finito
firma flaco flecha flor flota fluir fobia foca fogata fondo forma forro forzar foto franja frase
freno frito fruta fuego fuente fumar funda furia gacela gafas gaita gajo gallo gamba ganar gancho
ganso garaje garza gato gemelo gemir genio germen gesto girar giro gloria golfo goloso gorila gorra
gota goteo grada grano grasa gratis grieta grillo gripe gris grosor grueso grumo guante guapo guion
guiso gustar haber hablar hacer hada hallar hamaca hebra hecho helado helio hervir hielo hierro hijo
hocico hogar hoja hongo honor honra hora hoyo hueco huerta hueso huir humano humo hundir ideal
idioma igual imitar impar inerte inicio innato intuir iris isla jarabe jarra jaula jinete joroba
joven joya jueves jugo junco jungla juntar jurar justo koala labio lacio lado laico lamer lana
lancha largo larva lata laurel lavar lazo leal lector leer lejano lengua letra leve libro licor
lienzo liga ligero limpio lince lindo lino lista litera litio litro llama llanto llave llenar llevar
llorar llover lobo logro lomo lonja lucha lucir lugar luna lunes lupa lustro macho madera madre
maduro mago maldad maleta malla mambo mamut mando manjar mano manso manta marco marea marfil margen
martes marzo masa matiz matriz mayor mecha mejor melena menor mente meter metro mezcla miga mimo
mina minero miope mirar misa mismo mito moda modelo mojar molde moler molino moneda monja monto
morada moreno morro morsa mosca mover mozo mucho mueble muela mugre mujer muleta mundo mural muro
musgo muslo nadar nariz narrar nasal natal nave negar nervio neto nevar nevera nicho niebla nieto
nivel noche norma norte nota novato novio nube nuca nudo nueve nuez nulo oasis obispo objeto obra
obvio ocaso ocho ocio octavo oculto ocupar oeste oferta oficio ogro olfato olivo olla olmo olvido
onda onza opinar oponer optar orador orca orden oreja origen oruga oscuro osezno ostra oveja oyente
ozono padre paella pago palco palma paloma palpar panal parar pared parir parque parte pasar paseo
pasta pata patio patria pauta pavo payaso pecho pedal pedir pegar pelar pelo peluca pena peor pepino
pera perder pereza perfil perico perro pesa pesca picar pierna pieza pijama pilar pino pintor pinza
pipa pirata pisar piso pizca placa plan plata plaza pleito pleno pluma plural pobre poco podio poema
poeta polen polvo pomada pomelo pompa poner portal posada poste potro pozo prado premio prensa
previo primo proa probar proeza pronto propio prueba pudor puerta puesto pulga pulir pulso puma
punto pupila quedar queja quemar queso quieto quince quitar rama rampa rancho rapaz rasgo raspa rato
rebote recaer receta recreo regalo regir regla reino relato relevo reloj remo rendir renta reposo
resina resto retiro reunir rico riego rienda rifa rigor risa ritmo rizo roble roce rociar rodeo roer
rojizo romero romper ronco ronda ropero rosa rosca rostro rubor rudo rueda ruido ruina ruleta rulo
rumor ruta rutina saber sable sacar sagaz sala salero salir salsa salud salvar samba sanear santo
sapo saque sastre seco seguir seis selva semana senda sensor serie servir seta severo sidra siesta
siete signo silbar silla simio sitio situar sobre socio solapa soltar sombra sondeo sonoro sopa
soplar suave subir suceso sudor suelo suerte sufrir sujeto suplir surco surgir sutil tabaco tabla
taco tajo talar talco talla tango tanque tapa tapia tarde tarea tarifa tarro tarta tauro taza techo
tecla tejado tejer tela tema temor tenaz tender tener tenis terco tesis tesoro tetera tibio tiempo
tienda tieso tigre tijera tilde timo tinta tipo tira toalla tocar tocino toga toldo tomar tono tope
toque torero torneo torre torso tosco traer trago traje tramo trato trazar tregua tren tres tribu
trigo tripa trofeo trompa tronco trote trozo truco trueno tubo turno tutor ubicar unidad unir untar
urbe urna usar vaca vagar vago vaina vale valor vara variar vecino vector veinte vejez velero veloz
vena vencer venir venta venus verano verde vereda verja verter viaje vibrar vicio vidrio viejo vigor
villa viral virgo virtud vista viudo vivaz vivero vivo volver voraz votar vuelo yacer yate yema
yerno yeso yodo yogur zafiro zanja zapato zona zorro zumo
`;
