import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  BarChartOutlined,
  CalendarOutlined,
  BulbOutlined,
  ClusterOutlined,
  CrownOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  MailOutlined,
  FileExcelOutlined,
  FileWordOutlined,
  FlagOutlined,
  InboxOutlined,
  OrderedListOutlined,
  ProfileOutlined,
  LineChartOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '../../lib/icons.tsx';
import { useT, type MessageKey } from '../../i18n/index.tsx';
import type { Me } from '../../api/types.ts';
import { useAbilities } from '../auth/session.ts';

interface Entry {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** Shown only when the user's abilities (from `/auth/me`, the server's policies) allow it; else to everyone. */
  can?: (abilities: Me['abilities']) => boolean;
}

const MAIN: Entry[] = [
  { path: '/', label: 'nav.dashboard', icon: <DashboardOutlined /> },
  { path: '/organisations', label: 'nav.org', icon: <ApartmentOutlined /> },
  { path: '/people', label: 'nav.people', icon: <TeamOutlined /> },
  { path: '/people/import', label: 'nav.import', icon: <FileExcelOutlined />, can: (a) => a.people.import },
];
/** The "Khen thưởng" sub-menu. */
const AWARDS: Entry[] = [
  { path: '/proposals', label: 'nav.proposals', icon: <SolutionOutlined /> },
  { path: '/council', label: 'nav.council', icon: <CrownOutlined /> },
  { path: '/decisions', label: 'nav.decisions', icon: <FileDoneOutlined /> },
  {
    path: '/decision-templates',
    label: 'nav.decisionTemplates',
    icon: <FileDoneOutlined />,
    can: (a) => a.proposals.review,
  },
  { path: '/mail', label: 'nav.mail', icon: <MailOutlined />, can: (a) => a.mail.manage },
  { path: '/awards/catalog', label: 'nav.catalog', icon: <BookOutlined /> },
  { path: '/ratings', label: 'nav.ratings', icon: <OrderedListOutlined /> },
  { path: '/eligibility/candidates', label: 'nav.candidates', icon: <SafetyCertificateOutlined /> },
  { path: '/awards/import', label: 'nav.awardImport', icon: <FileExcelOutlined />, can: (a) => a.awardHistory.import },
  {
    path: '/awards/periods-import',
    label: 'nav.periodImport',
    icon: <FileExcelOutlined />,
    can: (a) => a.awardHistory.import,
  },
];
/** The "Sáng kiến" sub-menu: registry, review rounds (office, leaders), a reviewer's sheets, statistics. */
const INITIATIVES: Entry[] = [
  { path: '/initiatives', label: 'nav.initiativeRegistry', icon: <BulbOutlined /> },
  {
    path: '/initiative-rounds',
    label: 'nav.initiativeRounds',
    icon: <CrownOutlined />,
    can: (a) => a.initiativeRounds.create,
  },
  { path: '/initiative-reviews', label: 'nav.initiativeReviews', icon: <SolutionOutlined /> },
  { path: '/initiatives/stats', label: 'nav.initiativeStats', icon: <BarChartOutlined /> },
];
/** Emulation: movements and blocs. */
const EMULATION: Entry[] = [
  { path: '/movements', label: 'nav.movements', icon: <FlagOutlined /> },
  { path: '/blocs', label: 'nav.blocs', icon: <ClusterOutlined /> },
  { path: '/scorecards', label: 'nav.scorecards', icon: <OrderedListOutlined /> },
  {
    path: '/scorecard-templates',
    label: 'nav.scorecardTemplates',
    icon: <ProfileOutlined />,
    can: (a) => a.scorecards.manage,
  },
  { path: '/par-index', label: 'nav.parIndex', icon: <LineChartOutlined /> },
];
/** The one-stop desk: dossiers (queues), receipt, the procedure catalog, its statistics. */
const ONESTOP: Entry[] = [
  { path: '/one-stop', label: 'nav.onestopDesk', icon: <InboxOutlined />, can: (a) => a.onestop.desk },
  { path: '/one-stop/receive', label: 'nav.onestopReceive', icon: <InboxOutlined />, can: (a) => a.onestop.receive },
  { path: '/procedures', label: 'nav.procedures', icon: <BookOutlined /> },
  { path: '/one-stop/report', label: 'nav.onestopReport', icon: <BarChartOutlined />, can: (a) => a.onestop.report },
];
/** The "Thống kê ngành" sub-menu (docs/statistics.md). */
const STATISTICS: Entry[] = [
  { path: '/statistics/entry', label: 'nav.statEntry', icon: <FileExcelOutlined />, can: (a) => a.statistics.enter },
  {
    path: '/statistics/submissions',
    label: 'nav.statSubmissions',
    icon: <SafetyCertificateOutlined />,
    can: (a) => a.statistics.enter || a.statistics.plan || a.statistics.accept,
  },
  { path: '/statistics/analysis', label: 'nav.statAnalysis', icon: <BarChartOutlined /> },
  { path: '/statistics/dashboard', label: 'nav.statDashboard', icon: <DashboardOutlined /> },
  { path: '/statistics/catalog', label: 'nav.statCatalog', icon: <BookOutlined /> },
];
/** The "Cơ sở dữ liệu ngành" sub-menu: one registry a page. */
const REGISTRIES: Entry[] = [
  { path: '/registries/facilities', label: 'nav.regFacilities', icon: <ApartmentOutlined /> },
  { path: '/registries/cooperatives', label: 'nav.regCooperatives', icon: <TeamOutlined /> },
  { path: '/registries/craft-villages', label: 'nav.regCraftVillages', icon: <ClusterOutlined /> },
  { path: '/registries/rural-products', label: 'nav.regRuralProducts', icon: <TrophyOutlined /> },
  { path: '/registries/industrial-zones', label: 'nav.regIndustrialZones', icon: <ApartmentOutlined /> },
];
/** The "Chương trình công tác" sub-menu (docs/work-programmes.md). */
const PROGRAMMES: Entry[] = [
  { path: '/work-programmes', label: 'nav.workProgrammes', icon: <ProfileOutlined /> },
  { path: '/tasks', label: 'nav.tasks', icon: <OrderedListOutlined /> },
  { path: '/tasks/board', label: 'nav.taskBoard', icon: <DashboardOutlined /> },
  { path: '/tasks/calendar', label: 'nav.taskCalendar', icon: <CalendarOutlined /> },
  { path: '/tasks/timeline', label: 'nav.taskTimeline', icon: <BarChartOutlined /> },
  { path: '/tasks/results', label: 'nav.taskResults', icon: <SafetyCertificateOutlined /> },
];
/** The "Báo cáo" sub-menu (docs/reports.md). */
const REPORTS: Entry[] = [
  { path: '/reports/summary', label: 'nav.summaryReport', icon: <FileWordOutlined /> },
  { path: '/reports/tdkt-forms', label: 'nav.tdktForms', icon: <FileExcelOutlined /> },
];
const ADMIN: Entry[] = [
  { path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, can: (a) => a.audit.read },
  { path: '/users', label: 'nav.users', icon: <UserOutlined />, can: (a) => a.users.manage },
  { path: '/calendar', label: 'nav.calendar', icon: <CalendarOutlined />, can: (a) => a.calendar.edit },
  { path: '/settings', label: 'nav.settings', icon: <SettingOutlined />, can: (a) => a.settings.edit },
];

/** The menu entry a path belongs to: the longest matching prefix. */
function selectedKey(pathname: string): string {
  const paths = [
    ...MAIN,
    ...EMULATION,
    ...AWARDS,
    ...INITIATIVES,
    ...ONESTOP,
    ...STATISTICS,
    ...REGISTRIES,
    ...PROGRAMMES,
    ...ADMIN,
  ].map((entry) => entry.path);
  const matches = paths.filter((p) => (p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(`${p}/`)));
  const best = matches.sort((a, b) => b.length - a.length)[0] ?? '';
  return best;
}

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const { pathname } = useLocation();
  const abilities = useAbilities();
  const allowed = (entry: Entry) => !entry.can || (abilities !== undefined && entry.can(abilities));
  const admin = ADMIN.filter(allowed);
  const link = (entry: Entry) => ({
    key: entry.path,
    icon: entry.icon,
    label: (
      <Link to={entry.path} onClick={onNavigate}>
        {t(entry.label)}
      </Link>
    ),
  });
  const items: MenuProps['items'] = [
    ...MAIN.filter(allowed).map(link),
    ...EMULATION.map(link),
    {
      key: 'awards',
      icon: <TrophyOutlined />,
      label: t('nav.awards'),
      children: AWARDS.filter(allowed).map(link),
    },
    {
      key: 'initiatives',
      icon: <BulbOutlined />,
      label: t('nav.initiatives'),
      children: INITIATIVES.filter(allowed).map(link),
    },
    {
      key: 'onestop',
      icon: <InboxOutlined />,
      label: t('nav.onestopMenu'),
      children: ONESTOP.filter(allowed).map(link),
    },
    {
      key: 'statistics',
      icon: <BarChartOutlined />,
      label: t('nav.statisticsMenu'),
      children: STATISTICS.filter(allowed).map(link),
    },
    {
      key: 'registries',
      icon: <ClusterOutlined />,
      label: t('nav.registriesMenu'),
      children: REGISTRIES.filter(allowed).map(link),
    },
    {
      key: 'programmes',
      icon: <ProfileOutlined />,
      label: t('nav.programmesMenu'),
      children: PROGRAMMES.filter(allowed).map(link),
    },
    {
      key: 'reports',
      icon: <FileWordOutlined />,
      label: t('nav.reportsMenu'),
      children: REPORTS.filter(allowed).map(link),
    },
    ...(admin.length
      ? [{ type: 'group' as const, key: 'admin', label: t('nav.admin'), children: admin.map(link) }]
      : []),
  ];
  const selected = selectedKey(pathname);
  return (
    <Menu
      mode="inline"
      selectedKeys={[selected]}
      defaultOpenKeys={[
        ...(AWARDS.some((entry) => entry.path === selected) ? ['awards'] : []),
        ...(INITIATIVES.some((entry) => entry.path === selected) ? ['initiatives'] : []),
        ...(ONESTOP.some((entry) => entry.path === selected) ? ['onestop'] : []),
        ...(STATISTICS.some((entry) => entry.path === selected) ? ['statistics'] : []),
        ...(REGISTRIES.some((entry) => entry.path === selected) ? ['registries'] : []),
        ...(PROGRAMMES.some((entry) => entry.path === selected) ? ['programmes'] : []),
      ]}
      items={items}
      style={{ borderInlineEnd: 0 }}
    />
  );
}
