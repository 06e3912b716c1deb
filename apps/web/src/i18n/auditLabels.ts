export { AUDIT_ENTITY_LABELS, auditActionLabel } from '@thidua/domain';

/** The page of a record, where it has one. */
export function auditEntityPath(type: string, id: string): string | null {
  const e = encodeURIComponent(id);
  switch (type) {
    case 'person':
      return `/people/${e}`;
    case 'proposal':
      return `/proposals/${e}`;
    case 'decision':
      return `/decisions/${e}`;
    case 'movement':
      return `/movements/${e}`;
    case 'initiative':
      return `/initiatives/${e}`;
    case 'initiative_round':
      return `/initiative-rounds/${e}`;
    case 'council_session':
      return `/council/sessions/${e}`;
    case 'bloc':
      return `/blocs/${e}`;
    case 'procedure':
      return `/procedures/${e}`;
    case 'dossier':
      return `/one-stop/dossiers/${e}`;
    case 'organisation':
      return '/organisations';
    case 'user':
      return '/users';
    default:
      return null;
  }
}
