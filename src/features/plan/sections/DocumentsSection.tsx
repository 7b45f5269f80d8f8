import { useI18n } from '../../../i18n/i18n-context';
import { PLAN_LIMITS, type DocumentItem } from '../../../storage/plan-record';
import { documentItem, DOCUMENT_CHECKLIST, withDocument, type ChecklistEntry } from '../document-checklist';
import { TextField, YesNo } from '../fields';
import type { SectionProps } from '../section-props';

/** The papers to gather: for each, whether the family has it, where the original is, who has a copy. */
export function DocumentsSection({ data, onChange }: SectionProps<'documents'>) {
  const { t } = useI18n();
  return (
    <>
      <p>{t('plan.documents.intro')}</p>
      {/* Two kinds of family, two opposite rules (facts sheet §3): never one "never hand over" for all. */}
      <p class="plan-note">{t('plan.documents.safeNoPapers')}</p>
      <p class="plan-note">{t('plan.documents.safeWithPapers')}</p>
      {DOCUMENT_CHECKLIST.map((entry) => (
        <DocumentEntry key={entry.id} entry={entry} data={data} onChange={onChange} />
      ))}
    </>
  );
}

/** One paper of the checklist (the ten-minute plan asks one of them too, in the same record). */
export function DocumentEntry({
  entry,
  data,
  onChange,
}: { entry: ChecklistEntry } & SectionProps<'documents'>) {
  const { t } = useI18n();
  const set = (item: DocumentItem) => onChange({ items: withDocument(data.items, item) });
  const item = documentItem(data.items, entry.id);
  const id = `document-${entry.id}`;
  return (
    <fieldset class="document" aria-describedby={entry.hint ? `${id}-hint` : undefined}>
      <legend>{t(`plan.documents.items.${entry.id}`)}</legend>
      {entry.hint && (
        <p id={`${id}-hint`} class="hint">
          {t(`plan.documents.hints.${entry.id}`)}
        </p>
      )}
      {entry.id === 'proof-two-years' && (
        <p>
          <a class="link-target" href="/guides/fast-track-deportation">
            {t('plan.documents.proofGuide')}
          </a>
        </p>
      )}
      <YesNo
        id={`${id}-have`}
        legend={t('plan.documents.have')}
        value={item.have}
        onChange={(have) => set({ ...item, have })}
      />
      {/* Where and with whom only once the family has the paper: fifteen papers stay short on a phone. */}
      {item.have === 'yes' && (
        <>
          <TextField
            id={`${id}-original`}
            label={t('plan.documents.originalWhere')}
            value={item.originalWhere}
            maxLength={PLAN_LIMITS.short}
            onInput={(originalWhere) => set({ ...item, originalWhere })}
          />
          <TextField
            id={`${id}-copy`}
            label={t('plan.documents.copyWith')}
            value={item.copyWith}
            maxLength={PLAN_LIMITS.short}
            onInput={(copyWith) => set({ ...item, copyWith })}
          />
        </>
      )}
    </fieldset>
  );
}
