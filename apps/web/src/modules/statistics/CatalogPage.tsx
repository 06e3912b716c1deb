import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/index.tsx';
import { useAbilities } from '../auth/session.ts';
import { DatasetsTab } from './DatasetsTab.tsx';
import { IndicatorsTab } from './IndicatorsTab.tsx';
import { RulesTab } from './RulesTab.tsx';
import { TargetsTab } from './TargetsTab.tsx';
import { UnitsTab } from './UnitsTab.tsx';

const TABS = ['indicators', 'datasets', 'units', 'rules', 'targets'] as const;
type Tab = (typeof TABS)[number];

/**
 * "Danh mục chỉ tiêu": indicators, data sets, reporting units, validation rules and the year's targets.
 * Everyone reads it; the planning division (abilities.statistics.plan) edits it.
 */
export default function CatalogPage() {
  const t = useT();
  const canEdit = useAbilities()?.statistics.plan ?? false;
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'indicators';
  const label: Record<Tab, string> = {
    indicators: t('stat.catalog.indicators'),
    datasets: t('stat.catalog.datasets'),
    units: t('stat.catalog.units'),
    rules: t('stat.catalog.rules'),
    targets: t('stat.catalog.targets'),
  };
  const body = (k: Tab) => {
    switch (k) {
      case 'indicators':
        return <IndicatorsTab canEdit={canEdit} />;
      case 'datasets':
        return <DatasetsTab canEdit={canEdit} />;
      case 'units':
        return <UnitsTab canEdit={canEdit} />;
      case 'rules':
        return <RulesTab canEdit={canEdit} />;
      case 'targets':
        return <TargetsTab canEdit={canEdit} />;
    }
  };
  return (
    <Tabs
      activeKey={tab}
      // A tab's own filters (search, sort) belong to it: switching starts the next one clean.
      onChange={(k) => setParams(k === 'indicators' ? {} : { tab: k })}
      destroyOnHidden
      items={TABS.map((k) => ({ key: k, label: label[k], children: k === tab ? body(k) : null }))}
    />
  );
}
