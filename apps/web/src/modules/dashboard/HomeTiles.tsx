import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Typography } from 'antd';
import type { z } from 'zod';
import type { HomeTile, HomeView } from '@thidua/contracts';
import { api } from '../../api/client.ts';
import { useT, type MessageKey, type Translate } from '../../i18n/index.tsx';
import { formatNumber, percent } from '../../lib/format.ts';

type Tile = z.infer<typeof HomeTile>;

/** The caller's home: `GET /home` (docs/reports.md "Homes"). */
export function useHome() {
  return useQuery({
    queryKey: ['home'],
    queryFn: ({ signal }) => api.get<z.infer<typeof HomeView>>('/home', undefined, signal),
    refetchInterval: 120_000,
  });
}

const valueOf = (tile: Tile, v: number) =>
  tile.unit === 'percent'
    ? percent(v, true)
    : tile.unit === 'amount'
      ? `${formatNumber(v)} ${tile.measure ?? ''}`.trim()
      : formatNumber(v);

/** The arrow and words of a headline figure against the year before; colour is never the only signal. */
function Trend({ tile, t }: { tile: Tile; t: Translate }) {
  if (!tile.trend) return null;
  const { previous, label } = tile.trend;
  if (previous === null)
    return <Typography.Text type="secondary">{t('home.noPrevious', { year: label })}</Typography.Text>;
  const diff = tile.count - previous;
  const params = { year: label, previous: valueOf(tile, previous) };
  if (diff === 0) return <Typography.Text type="secondary">{t('home.same', params)}</Typography.Text>;
  const up = diff > 0;
  return (
    <Typography.Text style={{ color: up ? '#389e0d' : '#cf1322' }}>
      <span aria-hidden>{up ? '▲ ' : '▼ '}</span>
      {t(up ? 'home.up' : 'home.down', params)}
    </Typography.Text>
  );
}

function TileCard({ tile }: { tile: Tile }) {
  const t = useT();
  const year = tile.trend ? Number(tile.trend.label) + 1 : '';
  // A tile of a kind the page has no words for (one per data set) keeps the server's title.
  const key = `home.tile.${tile.key}` as MessageKey;
  const words = t(key, { year });
  const title = words === key ? tile.title : words;
  const zero = tile.count === 0 && tile.group === 'waiting';
  return (
    <Link
      to={tile.link}
      className="home-tile"
      data-tile={tile.key}
      aria-label={`${title}: ${valueOf(tile, tile.count)}`}
    >
      <Card
        hoverable
        size="small"
        style={{ height: '100%' }}
        styles={{ body: { height: '100%', display: 'flex', flexDirection: 'column' } }}
      >
        <Typography.Text type="secondary" style={{ display: 'block', minHeight: 44, marginBottom: 'auto' }}>
          {title}
        </Typography.Text>
        <Typography.Text
          strong={!zero}
          type={zero ? 'secondary' : undefined}
          style={{ fontSize: 30, lineHeight: '40px', display: 'block' }}
        >
          {valueOf(tile, tile.count)}
        </Typography.Text>
        <Trend tile={tile} t={t} />
      </Card>
    </Link>
  );
}

/** One group of tiles under its heading: four across on a wide screen, two on a tablet, one on a phone. */
export function TileGroup({ title, tiles, empty }: { title: string; tiles: Tile[]; empty?: string }) {
  return (
    <section style={{ marginBottom: 24 }}>
      <Typography.Title level={4}>{title}</Typography.Title>
      {tiles.length === 0 && empty ? (
        <Typography.Text type="secondary">{empty}</Typography.Text>
      ) : (
        <Row gutter={[12, 12]}>
          {tiles.map((tile) => (
            <Col key={tile.key} xs={24} sm={12} lg={8} xl={6}>
              <TileCard tile={tile} />
            </Col>
          ))}
        </Row>
      )}
    </section>
  );
}
