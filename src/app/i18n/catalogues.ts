// Every locale's catalogue at once, for tests and tools that compare them. The app loads one
// language at a time through `loadCatalogue` (./index.ts) and never imports this module.
import type { Locale } from '../../protocol';
import { bs } from './bs';
import { cnr } from './cnr';
import { en, type Messages } from './en';
import { hr } from './hr';
import { mk } from './mk';
import { sq } from './sq';
import { sr } from './sr';
import { srLatn } from './sr-Latn';

export const catalogues: Record<Locale, Messages> = { en, sq, bs, hr, mk, cnr, sr, 'sr-Latn': srLatn };
