import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Catalog, CatalogExportQuery, CatalogQuery } from '@thidua/contracts';
import {
  AUTHORITY_LABELS,
  AwardsError,
  baseSalaryOn,
  bonusAmount,
  catalogAt,
  ruleSetFor,
  type Citation,
  type Settings,
} from '@thidua/domain';
import { ANY_ROLE } from '../../platform/access.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { todayVn } from '../../platform/clock.ts';
import { sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { badRequest } from '../../platform/errors.ts';
import { awardSettings } from '../settings/read.ts';
import { catalogXlsx } from './catalogExport.ts';

const citation = (c: Citation) => ({ instrument: c.instrument, article: c.article, confidence: c.confidence });

/** The award catalog in force on a day, with the bonus each award carries that day under the department's settings. */
export function catalogOn(date: string, settings: Settings): Catalog {
  const rs = ruleSetFor(date);
  const base = baseSalaryOn(date, settings);
  return {
    date,
    ruleSet: { id: rs.id, instrument: rs.instrument, validFrom: rs.validFrom, validTo: rs.validTo },
    baseSalary: { amount: base.amount, from: base.from, instrument: base.instrument, confidence: base.confidence },
    items: catalogAt(date).map((a) => {
      const b = bonusAmount(a, date, settings);
      return {
        code: a.code,
        name: a.name,
        kind: a.kind,
        group: a.group,
        subjects: [...a.subjects],
        level: a.level,
        orderClass: a.orderClass ?? null,
        conferredBy: a.conferredBy
          .filter((c) => (!c.validFrom || c.validFrom <= date) && (!c.validTo || date <= c.validTo))
          .map((c) => ({ authority: c.authority, label: AUTHORITY_LABELS[c.authority] })),
        citation: citation(a.citation),
        validFrom: a.validFrom,
        validTo: a.validTo,
        confidence: a.confidence,
        audience: a.audience ?? null,
        bonus: b
          ? {
              multiple: b.multiple,
              amount: b.amount,
              ceiling: b.fact.ceiling ?? false,
              confidence: b.fact.confidence,
              fromSettings: b.fromSettings,
              citation: citation(b.fact.citation),
            }
          : null,
      };
    }),
  };
}

/** The catalog of a day (today when absent) under the department's settings; a day before the known rules is a 400. */
async function catalogFor(deps: Deps, date: string | undefined): Promise<Catalog> {
  const settings = await awardSettings(deps.db.kysely);
  try {
    return catalogOn(date ?? todayVn(clockOf(deps)), settings);
  } catch (e) {
    // Days before the rules this system knows (Law 06/2022 took effect 01/01/2024).
    if (e instanceof AwardsError) throw badRequest(e.code, e.message, [{ path: 'date', message: e.message }]);
    throw e;
  }
}

export function awardRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/awards/catalog', {
      config: { access: ANY_ROLE },
      schema: {
        tags: ['awards'],
        summary:
          'Danh mục danh hiệu thi đua và hình thức khen thưởng có hiệu lực vào một ngày, kèm căn cứ và mức thưởng',
        querystring: CatalogQuery,
        response: { 200: Catalog },
      },
      handler: (req) => catalogFor(deps, req.query.date),
    });
    r.get('/awards/catalog/export.xlsx', {
      config: { access: ANY_ROLE },
      schema: {
        tags: ['awards'],
        summary: 'Danh mục danh hiệu, hình thức khen thưởng của một ngày như đang lọc (Excel)',
        querystring: CatalogExportQuery,
      },
      handler: async (req, reply) =>
        sendDocument(reply, await catalogXlsx(deps, await catalogFor(deps, req.query.date), req.query), XLSX_TYPE),
    });
  };
}
