import { useState } from 'react';
import { App, Button, Checkbox, Input, Modal, Popconfirm, Select, Space, Tag } from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { useDeleteView, useSaveView, useSavedViews, type SavedView, type SavedViewInput } from './apiAnalytics.ts';

/**
 * "Bảng phân tích đã lưu": open one (the user's own or one shared with everyone), save the view on screen
 * under a name, share it (a link that opens the same table), delete one's own.
 */
export function SavedViews({
  current,
  definition,
  onOpen,
}: {
  current: string | null;
  definition: SavedViewInput['definition'] | null;
  onOpen: (view: SavedView) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const views = useSavedViews();
  const save = useSaveView();
  const remove = useDeleteView();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const open = views.data?.items.find((v) => v.id === current) ?? null;

  const submit = async (asNew: boolean) => {
    if (!definition) return;
    try {
      const saved = await save.mutateAsync({
        id: asNew ? undefined : open?.id,
        version: asNew ? undefined : open?.version,
        input: { name: name.trim(), definition, shared },
      });
      setNaming(false);
      void message.success(t('stat.views.saved', { name: saved.name }));
      onOpen(saved);
    } catch (e) {
      handle(e);
    }
  };

  const share = async () => {
    const url = `${window.location.origin}/statistics/analysis?view=${open?.id}`;
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('stat.views.linkCopied'));
    } catch {
      Modal.info({ title: t('stat.views.link'), content: url });
    }
  };

  return (
    <Space wrap>
      <Select
        aria-label={t('stat.views.open')}
        placeholder={t('stat.views.open')}
        style={{ width: 300 }}
        value={current ?? undefined}
        loading={views.isPending}
        options={(views.data?.items ?? []).map((v) => ({
          value: v.id,
          label: (
            <span>
              {v.name} {v.shared && <Tag color="blue">{t('stat.views.sharedTag')}</Tag>}
            </span>
          ),
          title: v.name,
        }))}
        onChange={(id: string) => {
          const v = views.data?.items.find((x) => x.id === id);
          if (v) onOpen(v);
        }}
      />
      <Button
        disabled={!definition}
        onClick={() => {
          setName(open?.abilities.edit ? open.name : '');
          setShared(open?.shared ?? false);
          setNaming(true);
        }}
      >
        {t('stat.views.save')}
      </Button>
      {open && (
        <Button onClick={() => void share()} disabled={!open.shared}>
          {t('stat.views.share')}
        </Button>
      )}
      {open?.abilities.delete && (
        <Popconfirm
          title={t('stat.views.deleteConfirm', { name: open.name })}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          onConfirm={async () => {
            try {
              await remove.mutateAsync({ id: open.id, version: open.version });
              void message.success(t('stat.views.deleted'));
            } catch (e) {
              handle(e);
            }
          }}
        >
          <Button danger>{t('common.delete')}</Button>
        </Popconfirm>
      )}
      <Modal
        open={naming}
        title={t('stat.views.save')}
        onCancel={() => setNaming(false)}
        footer={[
          <Button key="cancel" onClick={() => setNaming(false)}>
            {t('common.cancel')}
          </Button>,
          open?.abilities.edit && (
            <Button key="update" loading={save.isPending} disabled={!name.trim()} onClick={() => void submit(false)}>
              {t('stat.views.update')}
            </Button>
          ),
          <Button
            key="new"
            type="primary"
            loading={save.isPending}
            disabled={!name.trim()}
            onClick={() => void submit(true)}
          >
            {t('stat.views.saveNew')}
          </Button>,
        ]}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input
            aria-label={t('stat.views.name')}
            placeholder={t('stat.views.name')}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
          />
          <Checkbox checked={shared} onChange={(e) => setShared(e.target.checked)}>
            {t('stat.views.shareWithAll')}
          </Checkbox>
        </Space>
      </Modal>
    </Space>
  );
}
