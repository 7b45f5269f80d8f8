// fake-indexeddb provides IndexedDB (and IDBObjectStore etc.) to every unit test.
import 'fake-indexeddb/auto';
