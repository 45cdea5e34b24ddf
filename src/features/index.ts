import type { Feature } from './feature.ts';
import { health } from './health/routes.ts';
import { home } from './home/routes.tsx';
import { charter } from './charter/routes.tsx';
import { accounts } from './accounts/routes.tsx';
import { signing } from './signing/routes.tsx';
import { organisations } from './organisations/routes.tsx';
import { signatories } from './signatories/routes.tsx';
import { legal } from './legal/routes.tsx';
import { gallery } from './gallery/routes.tsx';

/** Every feature, in the order its routes are registered (charter first: others read it). */
export const features: Feature[] = [health, charter, home, accounts, signing, organisations, signatories, legal, gallery];
