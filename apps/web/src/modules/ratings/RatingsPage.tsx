import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Select, Space, Switch, Typography } from 'antd';
import type { Rating } from '@thidua/domain';
import { isApiError } from '../../api/client.ts';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useUrlState } from '../../lib/useUrlState.ts';
import { yearOptions } from '../../lib/years.ts';
import { DownloadOutlined, FileExcelOutlined, RollbackOutlined, SaveOutlined } from '../../lib/icons.tsx';
import { useAbilities } from '../auth/session.ts';
import { useOrgForest } from '../org/api.ts';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { exportRatings, useRatings, useSaveRatings } from './api.ts';
import { RatingsImportModal } from './RatingsImportModal.tsx';
import { RatingsTable, type GridRow } from './RatingsTable.tsx';
import { useUnsavedChanges } from '../../components/UnsavedChanges.tsx';
import { TaskResultsCard } from '../workTasks/TaskResultsCard.tsx';

type Edit = { rating?: Rating | null; note?: string };

/** "Xếp loại hằng năm": the yearly task-completion ratings of a unit's collectives and people. */
export default function RatingsPage() {
  const t = useT();
  const { message, modal } = App.useApp();
  const abilities = useAbilities();
  const canWrite = Boolean(abilities?.ratings.edit);
  const canImport = Boolean(abilities?.ratings.import);
  const [filter, setFilterValues] = useUrlState((params) => ({
    orgId: params.get('orgId'),
    year: params.get('year') ?? String(new Date().getFullYear()),
    // Only the rows still to rate (a unit officer's home links here with it).
    missing: params.get('missing'),
  }));
  const missing = filter.missing === 'true';
  const orgId = filter.orgId;
  const year = Number(filter.year) || new Date().getFullYear();
  const [subtree, setSubtree] = useState(true);
  const { forest } = useOrgForest();
  const { data, isFetching, error, refetch } = useRatings({ orgId, year, subtree, missing });
  const save = useSaveRatings();
  const [edits, setEdits] = useState<Record<string, Edit>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string[]>>({});
  const [stale, setStale] = useState(false);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    setEdits({});
    setRowErrors({});
    setStale(false);
  }, [orgId, year, subtree, missing]);

  const rows: GridRow[] = useMemo(() => {
    const items = data?.items ?? [];
    const ordered = [
      ...items.filter((r) => r.subjectKind === 'collective'),
      ...items.filter((r) => r.subjectKind !== 'collective'),
    ];
    return ordered.map((r) => {
      const key = `${r.subjectKind}:${r.subjectId}`;
      const edit = edits[key] ?? {};
      const rating = edit.rating !== undefined ? edit.rating : r.rating;
      const note = edit.note ?? r.note;
      return { ...r, key, rating, note, dirty: rating !== r.rating || note !== r.note, errors: rowErrors[key] ?? [] };
    });
  }, [data, edits, rowErrors]);
  const dirty = rows.filter((r) => r.dirty);
  // Ratings typed and not saved: leaving the page (menu, Back, reload) asks first.
  const setUnsaved = useUnsavedChanges();
  useEffect(() => setUnsaved(dirty.length > 0), [dirty.length, setUnsaved]);
  const showOrg = rows.some((r) => r.orgId !== orgId);

  /** Runs `action` now, or after the clerk agrees to drop unsaved changes. */
  const guard = (action: () => void) => {
    if (dirty.length === 0) return action();
    modal.confirm({
      title: t('ratings.discardTitle'),
      content: t('ratings.discardText', { count: dirty.length }),
      okText: t('ratings.discard'),
      cancelText: t('common.cancel'),
      onOk: action,
    });
  };
  const setFilter = (patch: Partial<typeof filter>) => guard(() => setFilterValues(patch));

  const onSave = async () => {
    const items = dirty.map((r) => ({
      subjectKind: r.subjectKind,
      subjectId: r.subjectId,
      rating: r.rating,
      note: r.note,
      version: r.version,
    }));
    setRowErrors({});
    setStale(false);
    try {
      const res = await save.mutateAsync({ year, items });
      void message.success(t('ratings.saved', { year, saved: res.saved, unchanged: res.unchanged }));
      await refetch();
      setEdits({});
    } catch (e) {
      const byRow: Record<string, string[]> = {};
      if (isApiError(e)) {
        for (const { path, message: text } of e.fieldErrors) {
          const match = /^(?:body\.)?items[./](\d+)/u.exec(path);
          const row = match ? dirty[Number(match[1])] : undefined;
          if (row) (byRow[row.key] ??= []).push(text);
        }
        setStale(e.code === 'stale_version');
      }
      setRowErrors(byRow);
      void message.error({ content: problemText(e, t), duration: 6 });
    }
  };

  const onExport = async () => {
    if (!orgId) return;
    setExporting(true);
    try {
      await exportRatings(orgId, year, missing);
    } catch (e) {
      void message.error(problemText(e, t));
    } finally {
      setExporting(false);
    }
  };

  const orgName = (orgId && forest?.byId.get(orgId)?.org.name) || '';
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('ratings.title')}</Typography.Title>
        <Space wrap>
          <Button icon={<DownloadOutlined />} disabled={!orgId} loading={exporting} onClick={() => void onExport()}>
            {t('ratings.export')}
          </Button>
          {canImport && (
            <Button icon={<FileExcelOutlined />} disabled={!orgId} onClick={() => guard(() => setImporting(true))}>
              {t('ratings.import')}
            </Button>
          )}
        </Space>
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="middle">
          <OrgTreeSelect
            aria-label={t('people.org')}
            value={orgId}
            onChange={(value) => setFilter({ orgId: value })}
            style={{ width: 360 }}
          />
          <Select
            aria-label={t('ratings.year')}
            value={year}
            options={yearOptions()}
            onChange={(value) => setFilter({ year: String(value) })}
            style={{ width: 110 }}
          />
          <Space>
            <Switch
              checked={subtree}
              onChange={(v) => guard(() => setSubtree(v))}
              aria-label={t('people.includeSubunits')}
            />
            <span>{t('people.includeSubunits')}</span>
          </Space>
          <Space>
            <Switch
              checked={missing}
              onChange={(v) => setFilter({ missing: v ? 'true' : null })}
              aria-label={t('ratings.missingOnly')}
            />
            <span>{t('ratings.missingOnly')}</span>
          </Space>
        </Space>
      </Card>
      {!orgId && <Alert type="info" showIcon title={t('ratings.pickOrg')} />}
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      {stale && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('ratings.stale')}
          action={
            <Button
              size="small"
              onClick={() => void refetch().then(() => (setEdits({}), setRowErrors({}), setStale(false)))}
            >
              {t('stale.reload')}
            </Button>
          }
        />
      )}
      {orgId && <TaskResultsCard orgId={orgId} year={year} />}
      {orgId && (
        <>
          {canWrite && <Typography.Paragraph type="secondary">{t('ratings.pasteHint')}</Typography.Paragraph>}
          <RatingsTable
            rows={rows}
            loading={isFetching && !data}
            showOrg={showOrg}
            onChange={(key, patch) => setEdits((prev) => ({ ...prev, [key]: { ...prev[key], ...patch } }))}
          />
          {canWrite && (
            <Space
              wrap
              style={{ marginTop: 16, position: 'sticky', bottom: 0, background: '#f5f5f5', padding: '8px 0' }}
            >
              <Button
                type="primary"
                icon={<SaveOutlined />}
                disabled={dirty.length === 0}
                loading={save.isPending}
                onClick={() => void onSave()}
              >
                {t('common.save')}
              </Button>
              <Button
                icon={<RollbackOutlined />}
                disabled={dirty.length === 0 || save.isPending}
                onClick={() => (setEdits({}), setRowErrors({}))}
              >
                {t('ratings.undo')}
              </Button>
              <Typography.Text type={dirty.length > 0 ? 'warning' : 'secondary'}>
                {t('ratings.dirtyCount', { count: formatNumber(dirty.length), total: formatNumber(rows.length) })}
              </Typography.Text>
            </Space>
          )}
        </>
      )}
      {orgId && (
        <RatingsImportModal
          open={importing}
          orgId={orgId}
          orgName={orgName}
          year={year}
          onClose={() => setImporting(false)}
          onImported={() => void refetch().then(() => setEdits({}))}
        />
      )}
    </>
  );
}
