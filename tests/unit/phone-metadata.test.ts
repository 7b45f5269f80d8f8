import { expect, it } from 'vitest';
import { phoneMetadataFile } from '../../build/phone-metadata';

// `npm run phone-metadata` writes the file again (this test, with --update).
it('the phone metadata the app ships is cut from the installed libphonenumber-js, as build/phone-metadata.ts says', async () => {
  await expect(phoneMetadataFile()).toMatchFileSnapshot('../../src/shared/phone-metadata.json');
});
