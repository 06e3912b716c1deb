import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Col, Empty, Result, Row, Space, Spin, Typography } from 'antd';
import { isApiError } from '../../api/client.ts';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { CloudUploadOutlined, CopyOutlined, FileExcelOutlined, LockOutlined, SaveOutlined } from '../../lib/icons.tsx';
import { downloadTemplateXlsx, useSaveTemplate, useSources, useTemplate } from './api.ts';
import { CopyTemplateModal } from './CopyTemplateModal.tsx';
import { ImportModal } from './ImportModal.tsx';
import { ItemPanel } from './ItemPanel.tsx';
import { ItemReadView } from './ItemReadView.tsx';
import { TemplateHeader } from './TemplateHeader.tsx';
import { TemplateTree } from './TemplateTree.tsx';
import { TreeToolbar } from './TreeToolbar.tsx';
import { flatten, incompleteNodes, nodeAtPath, sumIssues, toItems, type EditorNode } from './tree.ts';
import { useTemplateEditor } from './useTemplateEditor.ts';

const label = (n: Pick<EditorNode, 'code' | 'name'>) => `${n.code} ${n.name}`.trim();

/**
 * "Bảng điểm" editor: the header, the tree of fields → criteria → sub-criteria with bonus and penalty items (drag
 * to reorder or move under another parent), the selected item's panel. Parents whose children exceed their maximum
 * refuse the save, with the reason; a template a cycle uses is read-only and says which cycles.
 */
export default function TemplateEditorPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const template = useTemplate(id);
  const sources = useSources();
  const save = useSaveTemplate(id);
  const view = template.data;
  const editor = useTemplateEditor(view);
  const [importing, setImporting] = useState(false);
  const [copying, setCopying] = useState(false);
  const [exporting, setExporting] = useState(false);

  if (template.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!view)
    return (
      <Result
        status={isApiError(template.error) && template.error.status === 404 ? '404' : 'error'}
        title={template.error ? problemText(template.error, t) : t('sct.notFound')}
      />
    );

  const readOnly = !view.canEdit;
  const issues = sumIssues(editor.nodes);
  const over = issues.filter((i) => i.kind === 'over');
  // The server's checks of the saved tree, but for the sums this page already shows live; none once edited.
  const serverProblems = editor.dirty ? [] : view.problems.filter((p) => !issues.some((i) => i.key === p.itemId));

  /** The first reason the save is refused here, naming the item (and selecting it), or null. */
  const refusal = (): string | null => {
    if (!editor.header.name.trim()) return t('sct.nameRequired');
    if (editor.nodes.length === 0) return t('sct.needField');
    const first = over[0];
    if (first) {
      editor.setSelected(first.key);
      return t('sct.refusedOver', {
        item: label(first),
        sum: formatNumber(first.sum),
        max: formatNumber(first.max),
      });
    }
    const incomplete = incompleteNodes(editor.nodes)[0];
    if (incomplete) {
      editor.setSelected(incomplete.key);
      return t('sct.refusedIncomplete', { item: label(incomplete) || t('sct.unnamed') });
    }
    const computed = flatten(editor.nodes).find(
      (n) => n.method === 'computed' && n.children.length === 0 && (!n.source || !n.scoring),
    );
    if (computed) {
      editor.setSelected(computed.key);
      return t('sct.refusedComputed', { item: label(computed) });
    }
    return null;
  };

  const submit = async () => {
    const reason = refusal();
    if (reason) {
      void message.error({ content: t('sct.saveRefused', { reason }), duration: 8 });
      return;
    }
    try {
      const saved = await save.mutateAsync({
        name: editor.header.name.trim(),
        basis: editor.header.basis.trim(),
        bonusCap: editor.header.bonusCap ?? 0,
        penaltyCap: editor.header.penaltyCap ?? 0,
        items: toItems(editor.nodes),
        version: view.version,
      });
      editor.load(saved);
      void message.success(t('sct.saved'));
    } catch (e) {
      // A field the server names ("items.0.children.1.maxPoints") is the item to look at.
      const path = isApiError(e) ? e.fieldErrors[0]?.path : undefined;
      const named = path ? nodeAtPath(editor.nodes, path) : null;
      if (named) editor.setSelected(named.key);
      handle(e, { onReload: () => void template.refetch().then((r) => r.data && editor.load(r.data)) });
    }
  };

  const exportXlsx = async () => {
    setExporting(true);
    try {
      if (editor.dirty) void message.info(t('sct.exportSavedOnly'));
      await downloadTemplateXlsx(view.id, view.name);
    } catch (e) {
      handle(e);
    } finally {
      setExporting(false);
    }
  };

  const node = editor.selectedNode;
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{view.name}</Typography.Title>
        <Space wrap>
          <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void exportXlsx()}>
            {t('sct.exportXlsx')}
          </Button>
          {!readOnly && (
            <Button icon={<CloudUploadOutlined />} onClick={() => setImporting(true)}>
              {t('sct.importXlsx')}
            </Button>
          )}
          <Button icon={<CopyOutlined />} onClick={() => setCopying(true)}>
            {t('sct.copyToYear')}
          </Button>
          {!readOnly && (
            <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={() => void submit()}>
              {t('common.save')}
            </Button>
          )}
        </Space>
      </div>
      {view.status === 'frozen' && (
        <Alert
          type="info"
          showIcon
          icon={<LockOutlined />}
          style={{ marginBottom: 16 }}
          title={t('sct.frozenTitle')}
          description={t('sct.frozenText', {
            cycles:
              view.usedBy.map((c) => (c.name.includes(String(c.year)) ? c.name : `${c.name} (${c.year})`)).join('; ') ||
              t('common.none'),
          })}
        />
      )}
      {readOnly && view.status !== 'frozen' && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('sct.readOnly')} />
      )}
      <TemplateHeader
        view={view}
        header={editor.header}
        nodes={editor.nodes}
        readOnly={readOnly}
        onChange={editor.setHeader}
      />
      {issues.length > 0 && (
        <Alert
          type={over.length > 0 ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          role="alert"
          title={over.length > 0 ? t('sct.issuesOver') : t('sct.issuesUnder')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {issues.map((i) => (
                <li key={i.key}>
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => editor.setSelected(i.key)}>
                    {t(i.kind === 'over' ? 'sct.issueOver' : 'sct.issueUnder', {
                      item: label(i) || t('sct.unnamed'),
                      sum: formatNumber(i.sum),
                      max: formatNumber(i.max),
                    })}
                  </Button>
                </li>
              ))}
            </ul>
          }
        />
      )}
      {serverProblems.length > 0 && (
        <Alert
          type={serverProblems.some((p) => p.severity === 'error') ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          title={t('sct.serverProblems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {serverProblems.map((p, i) => (
                <li key={`${p.itemId ?? ''}-${i}`}>{p.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={11}>
          <Card title={t('sct.treeTitle')} style={{ marginBottom: 16 }}>
            {!readOnly && <TreeToolbar editor={editor} />}
            {editor.nodes.length === 0 ? (
              <Empty description={t('sct.emptyTree')} />
            ) : (
              <TemplateTree
                nodes={editor.nodes}
                selected={editor.selected}
                expanded={editor.expanded}
                readOnly={readOnly}
                problems={editor.dirty ? [] : view.problems}
                onSelect={editor.setSelected}
                onExpand={editor.setExpanded}
                onMove={(drag, target, where) => {
                  if (!editor.move(drag, target, where)) void message.warning(t('sct.moveRefused'));
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          <Card title={node ? t('sct.itemTitle', { item: label(node) || t('sct.unnamed') }) : t('sct.itemPanel')}>
            {node && readOnly ? (
              <ItemReadView node={node} sources={sources.data?.items ?? []} />
            ) : node ? (
              <ItemPanel
                key={node.key}
                node={node}
                depth={editor.selectedDepth}
                readOnly={readOnly}
                sources={sources.data?.items ?? []}
                onChange={(patch) => editor.update(node.key, patch)}
              />
            ) : (
              <Empty description={t('sct.pickItem')} />
            )}
          </Card>
        </Col>
      </Row>
      <ImportModal
        templateId={view.id}
        open={importing}
        dirty={editor.dirty}
        onClose={() => setImporting(false)}
        onImported={() => {
          editor.setDirty(false);
          void template.refetch().then((r) => r.data && editor.load(r.data));
          void message.success(t('sct.imported'));
        }}
      />
      <CopyTemplateModal
        source={copying ? view : null}
        onClose={() => setCopying(false)}
        onCopied={(newId) => void navigate(`/scorecard-templates/${newId}`)}
      />
    </>
  );
}
