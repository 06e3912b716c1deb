import type { viForms } from './vi.forms.ts';

/** English texts shared by every form. */
export const enForms: Record<keyof typeof viForms, string> = {
  'rounds.opensOn': 'Scoring opens',
  'rounds.closesOn': 'Scoring closes',
  'audit.dateFrom': 'From',
  'audit.dateTo': 'To',
  'forms.datePlaceholder': 'dd/mm/yyyy',
  'forms.pickDate': 'Pick a date on the calendar',
  'forms.maxChars': 'At most {max} characters',
  'forms.tooLong': 'At most {max} characters — {count} typed, shorten it before saving',
  'forms.leaveTitle': 'Leave without saving?',
  'forms.leaveBody': 'Your changes are not saved and will be lost if you leave.',
  'forms.leaveBodyDraft':
    'Your changes are not saved. A draft is kept on this computer and offered back when you reopen the form.',
  'forms.leave': 'Leave',
  'forms.stay': 'Stay',
  'forms.draftFound': 'Restore the unsaved draft from {at}?',
  'forms.draftHint': 'A draft is kept on this computer when you leave the form without saving.',
  'forms.draftRestore': 'Restore',
  'forms.draftDiscard': 'Discard draft',
  'forms.draftRestored': 'Draft restored. Remember to save.',
};
