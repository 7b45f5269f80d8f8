import { useLocation } from 'preact-iso';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { DeleteSection } from '../backup/public';

/**
 * The quick erase: Settings → Your data's own "Delete all my data" (its question, its second "yes", its
 * messages), in a modal dialog over any screen. After a deletion, closing it shows the rights home.
 */
export default function QuickErase({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { route } = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [deleted, setDeleted] = useState(false);

  // A modal dialog: the rest of the page is inert, Escape closes it, focus returns to the bin.
  useLayoutEffect(() => {
    dialog.current?.showModal();
  }, []);
  const close = () => {
    dialog.current?.close();
  };
  return (
    <dialog
      ref={dialog}
      class="quick-erase"
      aria-labelledby="data-delete"
      onClose={() => {
        if (deleted) route('/', true);
        onClose();
      }}
    >
      <DeleteSection asked onDeleted={() => setDeleted(true)} />
      <button type="button" class="button button-secondary" onClick={close}>
        {t('quickexit.close')}
      </button>
    </dialog>
  );
}
