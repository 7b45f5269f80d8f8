/** Each language pack's address, size and SHA-256 (build/language-packs.ts). */
declare module 'virtual:language-packs' {
  const packs: Partial<Record<string, { url: string; sha256: string; bytes: number; gzip: number }>>;
  export default packs;
}
