import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, App, Button, InputNumber, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { weekdayOf } from '@thidua/domain';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '../../lib/icons.tsx';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { useAddYear, useCalendarYear, useCalendarYears, useDeleteDay } from './api.ts';
import { DayModal } from './DayModal.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import type { CalendarDayView, DayKind } from './types.ts';

const WEEKDAYS = [
  'calendar.weekday.0',
  'calendar.weekday.1',
  'calendar.weekday.2',
  'calendar.weekday.3',
  'calendar.weekday.4',
  'calendar.weekday.5',
  'calendar.weekday.6',
] as const;
const KIND_COLORS: Record<DayKind, string> = { holiday: 'red', day_off: 'orange', makeup_workday: 'blue' };

/** "Lịch làm việc": the holidays, days off in lieu and make-up days of each configured year (administrators). */
export default function CalendarPage() {
  const t = useT();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [params, setParams] = useSearchParams();
  const years = useCalendarYears();
  const thisYear = new Date().getFullYear();
  const configured = years.data ?? [];
  const asked = Number(params.get('year'));
  const year = configured.includes(asked) ? asked : configured.includes(thisYear) ? thisYear : configured.at(-1);
  const calendar = useCalendarYear(year);
  const remove = useDeleteDay();
  const addYear = useAddYear();
  const [editing, setEditing] = useState<CalendarDayView | 'new' | null>(null);
  const [newYear, setNewYear] = useState<number | null>(null);

  const onDelete = async (day: CalendarDayView) => {
    try {
      await remove.mutateAsync(day);
      void message.success(t('calendar.deleted'));
    } catch (e) {
      handle(e, { onReload: () => void calendar.refetch() });
    }
  };

  const onAddYear = async () => {
    if (newYear === null) return;
    try {
      await addYear.mutateAsync(newYear);
      setParams({ year: String(newYear) });
      setNewYear(null);
    } catch (e) {
      handle(e);
    }
  };

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('calendar.title')}</Typography.Title>
        <Space wrap>
          <Select<number>
            aria-label={t('calendar.year')}
            value={year}
            loading={years.isFetching}
            style={{ width: 120 }}
            options={configured.map((y) => ({ value: y, label: String(y) }))}
            onChange={(y) => setParams({ year: String(y) })}
          />
          {year !== undefined && configured.includes(year) && (
            <ExportButton path="/calendar/export.xlsx" filename={`lich-ngay-nghi-${year}.xlsx`} query={{ year }} />
          )}
          <Button onClick={() => setNewYear((configured.at(-1) ?? thisYear) + 1)}>{t('calendar.addYear')}</Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={year === undefined}
            onClick={() => setEditing('new')}
          >
            {t('calendar.add')}
          </Button>
        </Space>
      </div>
      <Typography.Paragraph type="secondary">{t('calendar.intro')}</Typography.Paragraph>
      {(years.error || calendar.error) && (
        <Alert
          type="error"
          showIcon
          title={problemText(years.error ?? calendar.error, t)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<CalendarDayView>
        rowKey="id"
        size="middle"
        loading={calendar.isFetching}
        dataSource={calendar.data?.days ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('calendar.date'), dataIndex: 'date', render: (d: string) => formatDate(d) },
          { title: t('calendar.weekday'), key: 'weekday', render: (_, d) => t(WEEKDAYS[weekdayOf(d.date)]!) },
          {
            title: t('calendar.kind'),
            dataIndex: 'kind',
            render: (k: DayKind) => <Tag color={KIND_COLORS[k]}>{t(`calendar.kind.${k}`)}</Tag>,
          },
          { title: t('calendar.name'), dataIndex: 'name' },
          { title: t('calendar.legalBasis'), dataIndex: 'legalBasis' },
          {
            title: '',
            key: 'actions',
            render: (_, d) => (
              <Space>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(d)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('calendar.confirmDelete', { date: formatDate(d.date) })}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => onDelete(d)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />}>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {/* Mounted per opening: each dialog starts with a fresh form and save state. */}
      {year !== undefined && editing !== null && (
        <DayModal open day={editing === 'new' ? undefined : editing} year={year} onClose={() => setEditing(null)} />
      )}
      <Modal
        open={newYear !== null}
        title={t('calendar.addYear')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={addYear.isPending}
        onOk={() => void onAddYear()}
        onCancel={() => setNewYear(null)}
      >
        <Typography.Paragraph>{t('calendar.addYearHint')}</Typography.Paragraph>
        <InputNumber<number>
          aria-label={t('calendar.year')}
          min={2000}
          max={2100}
          value={newYear}
          onChange={(v) => setNewYear(v)}
        />
      </Modal>
    </>
  );
}
