import { useI18n } from '../../i18n/i18n-context';
import { Screen } from '../../ui/Screen';
import { caregiverPacket, type CaregiverPacket } from './caregiver-packet';
import {
  DocumentLine,
  Field,
  Fields,
  PrintHeader,
  PrintStatus,
  usePrintData,
  usePrintText,
} from './print-parts';
import './plan-strings';

/**
 * `/plan/caregiver`: a printout for the person who would care for the children, with only what
 * `caregiverPacket` selects (no A-numbers, no money, no raid plan).
 */
export default function CaregiverPacketScreen() {
  const { t } = useI18n();
  const { plan, contacts, problem } = usePrintData();
  return (
    <Screen title={t('plan.caregiver.title')}>
      <div class="printout">
        <PrintHeader intro={t('plan.caregiver.intro')} />
        {plan && contacts ? (
          <Packet packet={caregiverPacket(plan, contacts)} />
        ) : (
          <PrintStatus problem={problem} />
        )}
      </div>
    </Screen>
  );
}

function Packet({ packet }: { packet: CaregiverPacket }) {
  const { t } = useI18n();
  const text = usePrintText();
  return (
    <>
      <section class="packet-section" aria-labelledby="packet-children">
        <h2 id="packet-children">{t('plan.caregiver.children')}</h2>
        {packet.children.length === 0 && <p>{t('plan.caregiver.noChildren')}</p>}
        {packet.children.map((child, index) => (
          <div key={index} class="print-group">
            <h3>{child.name || t('plan.print.unnamed')}</h3>
            <Fields>
              <Field label={t('plan.print.person.dateOfBirth')} value={text.date(child.dateOfBirth)} />
              <Field label={t('plan.print.person.medicines')} value={child.medicines} />
              <Field label={t('plan.print.person.allergies')} value={child.allergies} />
              <Field label={t('plan.print.person.doctor')} value={child.doctor} />
              <Field label={t('plan.print.person.school')} value={child.school} />
              <Field label={t('plan.print.care.firstPickUp')} value={text.contact(child.firstPickUp)} />
              <Field label={t('plan.print.care.secondPickUp')} value={text.contact(child.secondPickUp)} />
              <Field label={t('plan.print.care.onSchoolList')} value={text.yesNo(child.onSchoolList)} />
              <Field
                label={t('plan.print.care.authorization')}
                value={child.authorization && t(`plan.print.authorization.${child.authorization}`)}
              />
              <Field label={t('plan.print.care.papersWhere')} value={child.papersWhere} />
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
                  [t('plan.documents.originalWhere'), document.originalWhere],
                  [t('plan.documents.copyWith'), document.copyWith],
                ]}
              />
            ))}
          </ul>
        )}
      </section>
      <section class="packet-section packet-contacts" aria-labelledby="packet-contacts">
        <h2 id="packet-contacts">{t('plan.caregiver.contacts')}</h2>
        <Fields>
          <div class="print-field">
            <dt>{t('plan.caregiver.caregivers')}</dt>
            {packet.caregivers.length === 0 ? (
              <dd>
                <span class="blank">{t('plan.print.blank')}</span>
              </dd>
            ) : (
              packet.caregivers.map((person, index) => (
                <dd key={index}>{text.contact({ kind: 'contact', ...person })}</dd>
              ))
            )}
          </div>
          <Field label={t('plan.caregiver.lawyer')} value={text.contact(packet.lawyer)} />
          <Field label={t('plan.caregiver.rapidResponse')} value={text.contact(packet.rapidResponse)} />
        </Fields>
      </section>
    </>
  );
}
