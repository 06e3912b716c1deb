import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import { isApiError } from './api/client.ts';
import { I18nProvider, useI18n } from './i18n/index.tsx';
import { router } from './router.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (4xx) will not get better by asking again.
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
  },
});

const THEME = {
  token: {
    colorPrimary: '#b91c1c',
    colorLink: '#b91c1c',
    borderRadius: 6,
    fontFamily:
      "-apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif",
    // The brand red marks buttons and links; a focused or selected field is highlighted in a neutral
    // slate, so that only an error (colorError) is red around a field.
    controlItemBgActive: '#eef2f7',
    controlItemBgActiveHover: '#e2e8f0',
    controlOutline: 'rgba(71, 85, 105, 0.18)',
  },
  components: {
    Input: { activeBorderColor: '#475569', hoverBorderColor: '#64748b' },
    InputNumber: { activeBorderColor: '#475569', hoverBorderColor: '#64748b' },
    Select: { activeBorderColor: '#475569', hoverBorderColor: '#64748b', optionSelectedBg: '#eef2f7' },
    DatePicker: { activeBorderColor: '#475569', hoverBorderColor: '#64748b' },
    TreeSelect: { nodeSelectedBg: '#eef2f7' },
    Menu: { itemSelectedBg: '#eef2f7', itemSelectedColor: '#7f1d1d' },
  },
};

function Themed() {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={lang === 'vi' ? viVN : enUS} theme={THEME}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

export function Providers() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Themed />
      </I18nProvider>
    </QueryClientProvider>
  );
}
