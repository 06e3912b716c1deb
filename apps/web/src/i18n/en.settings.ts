import type { viSettings } from './vi.settings.ts';

/** English texts of the settings page. */
export const enSettings: Record<keyof typeof viSettings, string> = {
  'nav.settings': 'Settings',
  'settings.title': 'Business settings',
  'settings.intro':
    'These values are rules the reference has not fully verified (P, U) or may only be made stricter (V). Defaults come from the reference; the department may change them, and every change is audited.',
  'settings.tagLegend': 'Confidence:',
  'settings.default': 'Default',
  'settings.changed': 'Changed',
  'settings.source': 'Legal basis',
  'settings.current': 'Value in force',
  'settings.defaultValue': 'Default value',
  'settings.lastChange': 'Last changed: {who}, {when}',
  'settings.editOf': 'Edit: {label}',
  'settings.reset': 'Back to default',
  'settings.resetOf': 'Back to default: {label}',
  'settings.resetConfirm': 'Discard the stored value and use the default again?',
  'settings.resetDone': 'Back to the default value.',
  'settings.saved': 'Setting saved.',
  'settings.yes': 'Yes',
  'settings.no': 'No',
  'settings.addRow': 'Add row',
  'settings.removeRow': 'Remove row',
  'settings.addThreshold': 'Add award',
  'settings.award': 'Award',
  'settings.staleTitle': 'Someone else changed this setting',
  'settings.readOnly': 'Only administrators change settings.',
};
