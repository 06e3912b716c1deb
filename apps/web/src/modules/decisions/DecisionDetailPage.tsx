import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, App, Button, Card, Descriptions, Result, Space, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { bonusText } from './bonusText.ts';
import {
  FileExcelOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  PrinterOutlined,
  RollbackOutlined,
} from '../../lib/icons.tsx';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { downloadCertificates, downloadDocument, downloadRecipients, useDecision } from './api.ts';
import { CertificateOptions, usePrintOptions } from './CertificateOptions.tsx';
import { DecisionTags } from './DecisionsPage.tsx';
import { RecipientsTable } from './RecipientsTable.tsx';
import { RevokeModal } from './RevokeModal.tsx';

/** One decision: its recipients, its documents and certificates, and its revocation. */
export default function DecisionDetailPage() {
  const t = useT();
  const { id } = useParams();
  const { message } = App.useApp();
  const { data: d, isPending, error } = useDecision(id);
  const [print, setPrint] = usePrintOptions();
  const [revoking, setRevoking] = useState(false);

  if (isPending) return <FullPageSpin />;
  if (!d)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Link to="/decisions">{t('common.back')}</Link>}
      />
    );

  const fail = (e: unknown) => void message.error(problemText(e, t));
  const isAward = d.kind === 'award';
  const certName = d.recipients.some((r) => /bằng khen/iu.test(r.awardName))
    ? t('decisions.certificatesMerit')
    : t('decisions.certificates');

  return (
    <>
      <div className="page-header">
        <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('decisions.detailTitle', { number: d.number })}
          </Typography.Title>
          <DecisionTags d={d} />
        </Space>
        <Space wrap>
          {d.level === 'here' && (
            <Button icon={<FileWordOutlined />} onClick={() => void downloadDocument(d).catch(fail)}>
              {t('decisions.documentDocx')}
            </Button>
          )}
          <Button icon={<FileExcelOutlined />} onClick={() => void downloadRecipients(d).catch(fail)}>
            {t('decisions.recipientsXlsx')}
          </Button>
          {d.abilities.revoke && (
            <Button danger icon={<RollbackOutlined />} onClick={() => setRevoking(true)}>
              {t('decisions.revoke')}
            </Button>
          )}
        </Space>
      </div>
      {d.revokedBy && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <span>
              {t('decisions.revokedBy')} <Link to={`/decisions/${d.revokedBy.id}`}>{d.revokedBy.number}</Link>
            </span>
          }
        />
      )}
      {d.revokes && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <span>
              {t('decisions.revokesOf')} <Link to={`/decisions/${d.revokes.id}`}>{d.revokes.number}</Link>
            </span>
          }
        />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'signedOn', label: t('decisions.signedOn'), children: formatDate(d.signedOn) },
            {
              key: 'signer',
              label: t('decisions.signer'),
              children: `${d.signer}${d.signerTitle ? ` (${d.signerTitle.replace('\n', ' – ')})` : ''}`,
            },
            { key: 'authority', label: t('decisions.authority'), children: d.authority },
            { key: 'summary', label: t('decisions.summary'), children: d.summary, span: 'filled' },
            { key: 'count', label: t('decisions.recipientCount'), children: d.recipientCount },
            { key: 'total', label: t('decisions.totalBonus'), children: bonusText(t, d.totalBonus, d.bonusNote) },
          ]}
        />
        {d.legalBasis.length > 0 && (
          <ul style={{ marginTop: 12, marginBottom: 0 }} aria-label={t('decisions.legalBasis')}>
            {d.legalBasis.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        )}
      </Card>
      {d.abilities.printCertificates && (
        <Card title={t('decisions.printTitle')} style={{ marginBottom: 16 }}>
          <Space orientation="vertical" size="middle">
            <CertificateOptions value={print} onChange={setPrint} />
            <Button
              type="primary"
              icon={<FilePdfOutlined />}
              onClick={() => void downloadCertificates(d, print).catch(fail)}
            >
              {t('decisions.certificatesAll', { kind: certName })}
            </Button>
          </Space>
        </Card>
      )}
      {(isAward || d.recipients.length > 0) && (
        <Card title={t('decisions.recipients')}>
          <RecipientsTable
            recipients={d.recipients}
            total={d.totalBonus}
            note={d.bonusNote}
            action={
              d.abilities.printCertificates
                ? (r) => (
                    <Button
                      size="small"
                      icon={<PrinterOutlined />}
                      aria-label={t('decisions.certificateOf', { name: r.name })}
                      onClick={() => void downloadCertificates(d, print, r.position).catch(fail)}
                    >
                      {t('decisions.certificate')}
                    </Button>
                  )
                : undefined
            }
          />
        </Card>
      )}
      <RevokeModal decision={d} open={revoking} onClose={() => setRevoking(false)} />
    </>
  );
}
