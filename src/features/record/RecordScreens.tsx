import { useRoute } from 'preact-iso';
import RecordListScreen from './RecordListScreen';
import RecordScreen from './RecordScreen';
import './strings';

/**
 * `/record` (the list) and `/record/:id` (a record; `new` starts one): one route and one import in the
 * app's start, whose every byte is in the first screen's script.
 */
export function RecordScreens() {
  const { id } = useRoute().params;
  return id ? <RecordScreen id={id} key={id} /> : <RecordListScreen />;
}
