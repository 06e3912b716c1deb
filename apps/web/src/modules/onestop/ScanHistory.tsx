import { App, Button, Popover, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { DownloadOutlined, HistoryOutlined } from '../../lib/icons.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { downloadFile } from './api.ts';
import type { DossierView } from './types.ts';

type Row = DossierView['checklist'][number];

/**
 * A checklist row's earlier scans (replaced by a newer one, newest first): each downloadable, with who handed
 * it in and who replaced it when. Nothing when the row has had one scan or none.
 */
export function ScanHistory({ row }: { row: Row }) {
  const t = useT();
  const { message } = App.useApp();
  if (!row.history.length) return null;
  const list = (
    <ol style={{ margin: 0, paddingInlineStart: 20, maxWidth: 420 }}>
      {row.history.map((h) => (
        <li key={h.fileId}>
          <Button
            size="small"
            type="link"
            icon={<DownloadOutlined />}
            style={{ paddingInline: 0 }}
            onClick={() =>
              void downloadFile(h.fileId, h.filename).catch((e: unknown) => void message.error(problemText(e, t)))
            }
          >
            {h.filename}
          </Button>
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {t('onestop.scanHistory.line', {
              attachedAt: formatDateTime(h.attachedAt),
              attachedBy: h.attachedBy,
              supersededAt: formatDateTime(h.supersededAt),
              supersededBy: h.supersededBy,
            })}
          </Typography.Text>
        </li>
      ))}
    </ol>
  );
  return (
    <Popover content={list} title={t('onestop.scanHistory.title', { name: row.name })} trigger="click">
      <Button size="small" type="link" icon={<HistoryOutlined />}>
        {t('onestop.scanHistory.button', { count: row.history.length })}
      </Button>
    </Popover>
  );
}
