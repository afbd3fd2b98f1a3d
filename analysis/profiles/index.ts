export {
  PROFILES, PROFILE_LOCALES, JURISDICTIONS, countryProfile, regionCodes, regionIndex, toEuro,
  type CountryProfile, type Jurisdiction, type ProfileLocale, type ProfileText, type StatisticalRegion,
} from './profiles';
