// The words of each data-quality flag kind, one table for the quality table, the review and the
// console's flags chart (whose legend would otherwise show the wire names in English).
import type { QualityFlagKindWire } from '../../protocol';
import type { MessageKey } from '../i18n';

export const QUALITY_FLAG_KEYS: Readonly<Record<QualityFlagKindWire, MessageKey>> = {
  'speeder': 'qualityFlagSpeeder',
  'straight-lining': 'qualityFlagStraight',
  'odd-hours': 'qualityFlagOddHours',
  'duplicate': 'qualityFlagDuplicate',
  'screener-no': 'qualityFlagScreenerNo',
  'few-contacts': 'qualityFlagFewContacts',
};
