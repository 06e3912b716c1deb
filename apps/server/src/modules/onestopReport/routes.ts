import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  LatenessQuery,
  LatenessReport,
  OnestopReport,
  OnestopReportQuery,
  SatisfactionQuery,
  SatisfactionReport,
} from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { XLSX_TYPE, attachment } from '../../platform/documents/xlsx.ts';
import { onestopReportWorkbook } from './excel.ts';
import { latenessReport } from './lateness.ts';
import { REPORT_READERS } from './policy.ts';
import { onestopReport } from './report.ts';
import { satisfactionReport } from './satisfaction.ts';

/** Biểu 06 and the one-stop statistics, computed from the dossiers’ events (docs/one-stop.md). */
export function onestopReportRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/one-stop/report', {
      config: { access: REPORT_READERS },
      schema: {
        tags: ['one-stop'],
        summary: 'Biểu 06: tình hình, kết quả giải quyết TTHC trong một kỳ, theo lĩnh vực hoặc thủ tục',
        querystring: OnestopReportQuery,
        response: { 200: OnestopReport },
      },
      handler: (req) => onestopReport(deps, req.query),
    });
    r.get('/one-stop/report.xlsx', {
      config: { access: REPORT_READERS },
      schema: {
        tags: ['one-stop'],
        summary: 'Biểu 06 ra Excel theo mẫu (A4 ngang)',
        querystring: OnestopReportQuery,
      },
      handler: async (req, reply) => {
        const doc = await onestopReportWorkbook(deps, req.query);
        return reply.type(XLSX_TYPE).header('content-disposition', attachment(doc.filename)).send(doc.content);
      },
    });
    r.get('/one-stop/lateness', {
      config: { access: REPORT_READERS },
      schema: {
        tags: ['one-stop'],
        summary: 'Bước xử lý trễ hạn theo đơn vị hoặc cán bộ trong một kỳ',
        querystring: LatenessQuery,
        response: { 200: LatenessReport },
      },
      handler: (req) => latenessReport(deps, req.query),
    });
    r.get('/one-stop/satisfaction', {
      config: { access: REPORT_READERS },
      schema: {
        tags: ['one-stop'],
        summary: 'Mức độ hài lòng của người nộp hồ sơ theo thủ tục hoặc cán bộ trong một kỳ',
        querystring: SatisfactionQuery,
        response: { 200: SatisfactionReport },
      },
      handler: (req) => satisfactionReport(deps, req.query),
    });
  };
}
