import { Link } from 'react-router';
import { Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { PersonStatus } from '@thidua/domain';
import type { PersonListItem } from '../../api/types.ts';
import type { Translate } from '../../i18n/index.tsx';
import type { useLabels } from '../../i18n/labels.ts';
import { formatDate } from '../../lib/format.ts';

const STATUS_COLORS: Record<PersonStatus, string> = {
  working: 'green',
  on_leave: 'orange',
  transferred: 'blue',
  retired: 'default',
};

/** Columns the server sorts by (`PEOPLE_SORTS` in the contracts); the list marks them sortable. */
export const PEOPLE_SORT_KEYS = ['name', 'dateOfBirth', 'startDate'] as const;

export function peopleColumns(t: Translate, labels: ReturnType<typeof useLabels>): TableColumnsType<PersonListItem> {
  return [
    {
      key: 'name',
      title: t('people.fullName'),
      dataIndex: 'fullName',
      fixed: 'left',
      render: (name: string, person) => (
        <Link to={`/people/${person.id}`} onClick={(e) => e.stopPropagation()}>
          {name}
        </Link>
      ),
    },
    {
      key: 'gender',
      title: t('people.gender'),
      dataIndex: 'gender',
      render: (g: PersonListItem['gender']) => labels.gender[g],
    },
    {
      key: 'dateOfBirth',
      title: t('people.dateOfBirth'),
      dataIndex: 'dateOfBirth',
      render: formatDate,
    },
    {
      key: 'position',
      title: t('people.position'),
      dataIndex: 'position',
      responsive: ['md'],
      width: 180,
      ellipsis: true,
    },
    { key: 'org', title: t('people.org'), dataIndex: 'orgName', width: 240, ellipsis: true },
    {
      key: 'employmentType',
      title: t('people.employmentType'),
      dataIndex: 'employmentType',
      responsive: ['lg'],
      render: (v: PersonListItem['employmentType']) => labels.employmentType[v],
    },
    {
      key: 'startDate',
      title: t('people.startDate'),
      dataIndex: 'startDate',
      responsive: ['xxl'],
      render: formatDate,
    },
    {
      key: 'status',
      title: t('people.status'),
      dataIndex: 'status',
      render: (s: PersonStatus) => <Tag color={STATUS_COLORS[s]}>{labels.personStatus[s]}</Tag>,
    },
    { key: 'citizenId', title: t('people.citizenId'), dataIndex: 'citizenId', responsive: ['xxl'] },
  ];
}
