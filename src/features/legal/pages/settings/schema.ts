import { z } from 'zod';
import { optionalEmail, optionalText } from '../../../../platform/http/fields.ts';

/** The longest value each field takes, in characters. */
export const SETTINGS_MAX = {
  email: 254,
  phone: 30,
  postalAddress: 300,
  enforcementBody: 1000,
  limitations: 3000,
} as const;

/** Digits, spaces and + . ( ) - only, with at least three digits: "+32 2 123 45 67", "02/123.45.67". */
const PHONE = /^[0-9 +./()-]+$/;
const isPhone = (s: string) => PHONE.test(s) && (s.match(/[0-9]/g) ?? []).length >= 3;

const limitations = () => optionalText(SETTINGS_MAX.limitations);

/** Every field may stay empty: an empty field removes the detail from the pages. */
export const settingsSchema = z.object({
  email: optionalEmail(),
  phone: optionalText(SETTINGS_MAX.phone).refine((s) => s === undefined || isPhone(s), 'legal.settings.phone.error'),
  postal_address: optionalText(SETTINGS_MAX.postalAddress),
  enforcement_body: optionalText(SETTINGS_MAX.enforcementBody),
  limitations_nl: limitations(),
  limitations_fr: limitations(),
  limitations_de: limitations(),
  limitations_en: limitations(),
});
