/** A Cache Storage stand-in: what src/i18n/packs.ts and the worker's pack refresh use of it. */
export function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const key = (request: RequestInfo | URL) =>
    new URL(
      typeof request === 'string' ? request : request instanceof URL ? request.href : request.url,
      'http://app.test',
    ).href;
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return {
      match: async (request: RequestInfo | URL) => store.get(key(request))?.clone(),
      put: async (request: RequestInfo | URL, response: Response) => void store.set(key(request), response),
      delete: async (request: RequestInfo | URL) => store.delete(key(request)),
      keys: async () => [...store.keys()].map((url) => new Request(url)),
    };
  };
  return { stores, caches: { open, match: async () => undefined, delete: async () => true } };
}
