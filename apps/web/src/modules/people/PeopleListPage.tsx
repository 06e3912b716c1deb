import { Link, useNavigate } from 'react-router';
import { Button } from 'antd';
import { FileExcelOutlined, UserAddOutlined } from '../../lib/icons.tsx';
import type { PersonListItem } from '../../api/types.ts';
import { ListPage, useListState } from '../../components/ListPage.tsx';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { formatNumber } from '../../lib/format.ts';
import { useCanImportPeople, useCanWritePeople } from '../auth/session.ts';
import { PEOPLE_KEY } from './api.ts';
import { PEOPLE_SORT_KEYS, peopleColumns } from './columns.tsx';
import { PEOPLE_FILTERS, PeopleFilters } from './PeopleFilters.tsx';

/**
 * "Cán bộ": the people the user may read (his own units' for a unit officer), on the shared list:
 * names in Vietnamese order (given name, then middle, then family name), searched without
 * diacritics, filtered by unit, status, kind and gender, the view in the URL and exported as shown.
 * Adding and importing are offered only to whom the server's people policy allows (`/auth/me`).
 */
export default function PeopleListPage() {
  const t = useT();
  const labels = useLabels();
  const navigate = useNavigate();
  const state = useListState(PEOPLE_FILTERS, 'name');
  const canCreate = useCanWritePeople();
  const canImport = useCanImportPeople();

  return (
    <ListPage<PersonListItem>
      title={t('people.title')}
      actions={
        <>
          {canCreate && (
            <Link to="/people/new">
              <Button type="primary" icon={<UserAddOutlined />}>
                {t('people.add')}
              </Button>
            </Link>
          )}
          {canImport && (
            <Link to="/people/import">
              <Button icon={<FileExcelOutlined />}>{t('people.import')}</Button>
            </Link>
          )}
        </>
      }
      path="/people"
      queryKey={PEOPLE_KEY}
      state={state}
      sorts={PEOPLE_SORT_KEYS}
      searchLabel={t('people.search')}
      filters={<PeopleFilters state={state} />}
      columns={peopleColumns(t, labels)}
      emptyText={t('people.noMatch')}
      exportTo={{ path: '/people/export.xlsx', filename: 'can-bo.xlsx' }}
      totalText={(n, exact) => t(exact ? 'people.count' : 'people.countMore', { count: formatNumber(n) })}
      onRowClick={(person) => void navigate(`/people/${person.id}`)}
    />
  );
}
