import { z } from 'zod';
import { Id, IsoDateTime, paged } from './common.ts';
import { listQuery } from './lists.ts';

/** Comments sent from the public posting page (/cong-khai/lay-y-kien), as the emulation office reads them. */
export const PublicCommentItem = z.object({
  id: Id,
  proposalId: Id,
  proposalTitle: z.string(),
  /** The candidate commented on (a dossier's item), or null for the whole list. */
  itemId: Id.nullable(),
  candidateName: z.string().nullable(),
  senderName: z.string(),
  senderContact: z.string(),
  /** As typed: shown as text, never as markup. */
  body: z.string(),
  createdAt: IsoDateTime,
});
export const PUBLIC_COMMENT_SORTS = ['createdAt'] as const;
export const PublicCommentsQuery = listQuery(PUBLIC_COMMENT_SORTS, '-createdAt', {
  proposalId: Id.optional(),
});
export const PublicCommentList = paged(PublicCommentItem);
