import { Segmented } from 'antd';
import { useI18n, type Lang } from '../../i18n/index.tsx';

/** Small vi/en switch for pages outside the main layout (sign-in). */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      size="small"
      aria-label={t('user.language')}
      value={lang}
      onChange={setLang}
      options={[
        { value: 'vi', label: 'VI', title: t('lang.vi') },
        { value: 'en', label: 'EN', title: t('lang.en') },
      ]}
    />
  );
}
