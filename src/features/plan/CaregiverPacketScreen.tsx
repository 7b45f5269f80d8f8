import { useI18n } from '../../i18n/i18n-context';
import { selectForCaregiver, type CaregiverPacket } from './caregiver-packet';
import { linkTo } from './contact-link';
import { BY_HAND, DocumentLine, Field, Fields, Printout, usePrintText } from './print-parts';
import './plan-strings';
import { lockedScreen } from '../lock/public';

/**
 * `/plan/caregiver`: a printout for the person who would care for the children, with exactly what
 * `selectForCaregiver` chooses, the same as the caregiver packet file (no A-numbers, no money, no
 * raid plan). Its first lines say it is not itself a permission to care for the children. Where the
 * immigration papers are prints as lines to write by hand unless the person checks the box each time.
 */
function CaregiverPacketScreen() {
  const { t } = useI18n();
  return (
    <Printout
      title={t('plan.caregiver.title')}
      intro={t('plan.caregiver.intro')}
      warning={t('plan.caregiver.keepSafe')}
      legalLine="screen"
      choice={{ label: t('plan.caregiver.include'), why: t('plan.caregiver.includeWhy') }}
    >
      {(plan, contacts, included) => (
        <Packet packet={selectForCaregiver(plan, contacts, { immigrationPapers: included })} />
      )}
    </Printout>
  );
}

/** The packet on paper. Links are looked up among the packet's own contacts only. */
function Packet({ packet }: { packet: CaregiverPacket }) {
  const { t } = useI18n();
  const text = usePrintText();
  const contact = (id: string) => text.contact(linkTo(id, packet.contacts));
  // The lawyer and the rapid-response line have their own lines; everyone else is listed once.
  const others = packet.contacts.filter(
    (person) => person.id !== packet.lawyer && person.id !== packet.rapidResponse,
  );
  return (
    <>
      <section class="packet-section" aria-labelledby="packet-children">
        <h2 id="packet-children">{t('plan.caregiver.children')}</h2>
        {packet.children.length === 0 && <p>{t('plan.caregiver.noChildren')}</p>}
        {packet.children.map((child) => (
          <div key={child.id} class="print-group">
            <h3>{child.fullName ? <bdi>{child.fullName}</bdi> : t('plan.print.unnamed')}</h3>
            <Fields>
              <Field label={t('plan.print.person.dateOfBirth')} value={text.date(child.dateOfBirth)} />
              <Field label={t('plan.print.person.medicines')} value={child.medicines} />
              <Field label={t('plan.print.person.allergies')} value={child.allergies} />
              <Field label={t('plan.print.person.doctor')} value={child.doctor} />
              <Field label={t('plan.print.person.school')} value={child.school} />
              <Field
                label={t('plan.print.care.firstPickUp')}
                value={contact(child.care?.firstPickUp ?? '')}
              />
              <Field
                label={t('plan.print.care.secondPickUp')}
                value={contact(child.care?.secondPickUp ?? '')}
              />
              <Field
                label={t('plan.print.care.onSchoolList')}
                value={text.yesNo(child.care?.onSchoolList ?? '')}
              />
              <Field
                label={t('plan.print.care.authorization')}
                value={
                  child.care?.authorization ? t(`plan.print.authorization.${child.care.authorization}`) : ''
                }
              />
              <Field label={t('plan.print.care.papersWhere')} value={child.care?.papersWhere ?? ''} />
              <Field label={t('plan.print.care.whatChildKnows')} value={child.care?.whatChildKnows ?? ''} />
            </Fields>
          </div>
        ))}
      </section>
      <section class="packet-section" aria-labelledby="packet-documents">
        <h2 id="packet-documents">{t('plan.caregiver.documents')}</h2>
        {packet.documents.length === 0 ? (
          <p>{t('plan.caregiver.noDocuments')}</p>
        ) : (
          <ul class="print-documents">
            {packet.documents.map((document) => (
              <DocumentLine
                key={document.id}
                name={t(`plan.documents.items.${document.id}`)}
                answers={[
                  [t('plan.documents.originalWhere'), document.leftOut ? BY_HAND : document.originalWhere],
                  [t('plan.documents.copyWith'), document.leftOut ? BY_HAND : document.copyWith],
                ]}
              />
            ))}
          </ul>
        )}
      </section>
      <section class="packet-section packet-contacts" aria-labelledby="packet-contacts">
        <h2 id="packet-contacts">{t('plan.caregiver.contacts')}</h2>
        <Fields>
          <Field label={t('plan.caregiver.lawyer')} value={contact(packet.lawyer)} />
          <Field label={t('plan.caregiver.rapidResponse')} value={contact(packet.rapidResponse)} />
          <div class="print-field">
            <dt>{t('plan.caregiver.others')}</dt>
            {others.length === 0 ? (
              <dd>
                <span class="blank">{t('plan.print.blank')}</span>
              </dd>
            ) : (
              others.map((person) => (
                <dd key={person.id}>
                  {contact(person.id)} · {t(`plan.caregiver.roles.${person.role}`)}
                  {person.mayPickUpChildren && ` · ${t('plan.caregiver.mayPickUp')}`}
                </dd>
              ))
            )}
          </div>
        </Fields>
      </section>
    </>
  );
}

/** Behind the lock: while locked, the unlock form in its place (src/features/lock/). */
export default lockedScreen(CaregiverPacketScreen);
