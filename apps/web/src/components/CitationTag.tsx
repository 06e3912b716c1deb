import { Tag, Tooltip, Typography } from 'antd';
import type { Citation } from '../api/types.ts';
import { useT } from '../i18n/index.tsx';

const COLOR = { V: 'green', P: 'gold', U: 'default' } as const;
const TIP = { V: 'citation.V', P: 'citation.P', U: 'citation.U' } as const;

/** V / P / U: how far the reference has verified a fact (tooltip says it in words). */
export function ConfidenceTag({ confidence }: { confidence: 'V' | 'P' | 'U' }) {
  const t = useT();
  return (
    <Tooltip title={t(TIP[confidence])}>
      <Tag color={COLOR[confidence]} aria-label={t(TIP[confidence])} style={{ marginInlineStart: 4 }}>
        {confidence}
      </Tag>
    </Tooltip>
  );
}

/** "instrument, article" with its confidence tag. */
export function CitationText({ citation }: { citation: Citation }) {
  const text = citation.article ? `${citation.instrument}, ${citation.article}` : citation.instrument;
  return (
    <span className="citation">
      <Typography.Text type="secondary">{text}</Typography.Text>
      <ConfidenceTag confidence={citation.confidence} />
    </span>
  );
}
