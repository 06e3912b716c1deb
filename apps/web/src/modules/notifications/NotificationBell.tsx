import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import type { NotificationView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { BellOutlined } from '../../lib/icons.tsx';
import { useMarkRead, useNotifications } from './api.ts';

/** The header bell: unread count, the latest notifications; a click marks one read and opens its page. */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const { data } = useNotifications();
  const markRead = useMarkRead();
  const unread = data?.unread ?? 0;

  const onOpen = (n: NotificationView) => {
    if (!n.readAt) markRead.mutate(n.id);
    setOpen(false);
    if (n.link) void navigate(n.link);
  };

  const content = (
    <div style={{ width: 360, maxWidth: '90vw' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button size="small" type="link" disabled={!unread} onClick={() => markRead.mutate('all')}>
          {t('notifications.readAll')}
        </Button>
      </div>
      {data?.items.length ? (
        <List
          size="small"
          dataSource={data.items}
          style={{ maxHeight: 420, overflow: 'auto' }}
          renderItem={(n) => (
            <List.Item style={{ background: n.readAt ? undefined : '#fff7e6', paddingInline: 8 }}>
              <button
                type="button"
                onClick={() => onOpen(n)}
                style={{ all: 'unset', display: 'block', width: '100%', cursor: 'pointer' }}
              >
                <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                {n.body && (
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                    {n.body}
                  </Typography.Paragraph>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(n.createdAt)}
                </Typography.Text>
              </button>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      )}
    </div>
  );

  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Button
        type="text"
        style={{ color: '#fff' }}
        aria-label={unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
