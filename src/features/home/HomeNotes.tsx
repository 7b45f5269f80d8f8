import { ReviewReminder } from '../plan/public';
import InstallCard from './InstallCard';
import RestoreOffer from './RestoreOffer';
import { OtherLanguages } from './OtherLanguages';

/**
 * What the home screen may add below its buttons, in one chunk loaded once the home screen is drawn: the
 * family plan's review reminder, the offer to bring in a backup file (the installed app with nothing saved yet: an iPhone's Home Screen app
 * starts empty), the card on putting the app on the home screen (until it is installed), and every other
 * language, each in itself.
 */
export default function HomeNotes() {
  return (
    <>
      <ReviewReminder />
      <RestoreOffer />
      <InstallCard />
      <OtherLanguages />
    </>
  );
}
