import { App, Button, Dropdown, Space, Switch, Tooltip } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { DeleteOutlined, OrderedListOutlined, PlusOutlined } from '../../lib/icons.tsx';
import { MAX_DEPTH, flatten } from './tree.ts';
import type { TemplateEditor } from './useTemplateEditor.ts';

/**
 * What the clerk does to the tree besides dragging: add a field (or bonus, penalty), a child or a sibling of the
 * selected item, move it up, down, in or out (the keyboard's way to drag), remove it, renumber the codes.
 */
export function TreeToolbar({ editor }: { editor: TemplateEditor }) {
  const t = useT();
  const { modal } = App.useApp();
  const node = editor.selectedNode;
  const extra = node?.kind === 'bonus' || node?.kind === 'penalty';
  const canChild = !!node && !extra && editor.selectedDepth + 1 < MAX_DEPTH;

  const remove = () => {
    if (!node) return;
    const below = flatten(node.children).length;
    if (below === 0) return void editor.remove(node.key);
    modal.confirm({
      title: t('sct.removeTitle', { name: `${node.code} ${node.name}`.trim() }),
      content: t('sct.removeContent', { count: below }),
      okText: t('sct.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => editor.remove(node.key),
    });
  };

  return (
    <Space direction="vertical" size={8} style={{ width: '100%', marginBottom: 12 }}>
      <Space wrap size={6}>
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'field', label: t('sct.addField') },
              { key: 'bonus', label: t('sct.addBonus') },
              { key: 'penalty', label: t('sct.addPenalty') },
            ],
            onClick: ({ key }) => void editor.addTop(key as 'field' | 'bonus' | 'penalty'),
          }}
        >
          <Button type="dashed" icon={<PlusOutlined />}>
            {t('sct.addTop')}
          </Button>
        </Dropdown>
        <Button icon={<PlusOutlined />} disabled={!canChild} onClick={() => node && editor.addChild(node.key)}>
          {t('sct.addChild')}
        </Button>
        <Button icon={<PlusOutlined />} disabled={!node} onClick={() => node && editor.addSibling(node.key)}>
          {t('sct.addSibling')}
        </Button>
        <Button danger icon={<DeleteOutlined />} disabled={!node} onClick={remove}>
          {t('sct.remove')}
        </Button>
      </Space>
      <Space wrap size={6}>
        <Button size="small" disabled={!node} onClick={() => node && editor.shift(node.key, -1)}>
          {t('sct.moveUp')}
        </Button>
        <Button size="small" disabled={!node} onClick={() => node && editor.shift(node.key, 1)}>
          {t('sct.moveDown')}
        </Button>
        <Button size="small" disabled={!node} onClick={() => node && editor.indent(node.key)}>
          {t('sct.indent')}
        </Button>
        <Button size="small" disabled={!node} onClick={() => node && editor.outdent(node.key)}>
          {t('sct.outdent')}
        </Button>
        <Tooltip title={t('sct.renumberHint')}>
          <Button size="small" icon={<OrderedListOutlined />} onClick={editor.renumberNow}>
            {t('sct.renumber')}
          </Button>
        </Tooltip>
        <Space size={4}>
          <Switch
            size="small"
            checked={editor.autoNumber}
            onChange={editor.setAutoNumber}
            aria-label={t('sct.autoNumber')}
          />
          <span>{t('sct.autoNumber')}</span>
        </Space>
      </Space>
    </Space>
  );
}
