import { useState, type KeyboardEvent } from 'react';
import { Badge, Button, Modal, Typography } from 'antd';
import { AttachmentsPanel } from '../../components/AttachmentsPanel.tsx';
import type { Attachment } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { PaperClipOutlined } from '../../lib/icons.tsx';
import { uploadEvidence } from './api.ts';
import type { ScorecardItem, SheetScore } from './types.ts';

/**
 * A criterion's evidence files: a button with their count opening the list (download; upload and delete while
 * the member may still add to his sheet), with the evidence the template asks for.
 */
export function EvidenceCell({
  scorecardId,
  memberId,
  item,
  score,
  canAttach,
  onChanged,
  buttonRef,
  onKeyDown,
}: {
  /** The grid's keyboard walk reaches the button (Tab), Enter opens it. */
  buttonRef?: (el: HTMLButtonElement | null) => void;
  onKeyDown?: (e: KeyboardEvent) => void;
  scorecardId: string;
  memberId: string;
  item: ScorecardItem;
  score: SheetScore | undefined;
  canAttach: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const files = score?.evidence ?? [];
  if (!canAttach && files.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      <Badge count={files.length} size="small" color="blue">
        <Button
          size="small"
          icon={<PaperClipOutlined />}
          aria-label={t('sc.evidenceOf', { code: item.code, count: files.length })}
          onClick={() => setOpen(true)}
          ref={buttonRef}
          onKeyDown={onKeyDown}
        >
          {canAttach ? t('sc.evidenceAdd') : t('sc.evidence')}
        </Button>
      </Badge>
      <Modal
        open={open}
        title={t('sc.evidenceTitle', { code: item.code, name: item.name })}
        footer={null}
        onCancel={() => setOpen(false)}
        width={640}
        destroyOnHidden
      >
        {item.evidence && (
          <Typography.Paragraph type="secondary">
            {t('sc.evidenceRequired')}: {item.evidence}
          </Typography.Paragraph>
        )}
        <AttachmentsPanel
          attachments={files}
          canDelete={canAttach}
          onChanged={onChanged}
          {...(canAttach
            ? {
                upload: async (file: File, onProgress: (p: number) => void) =>
                  (await uploadEvidence(scorecardId, memberId, item.id, file, onProgress)) as Attachment,
              }
            : {})}
        />
      </Modal>
    </>
  );
}
