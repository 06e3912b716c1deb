import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ResetSettingQuery, SaveSettingRequest, SettingList, SettingView } from '@thidua/contracts';
import { SETTING_EDITORS } from './policy.ts';
import { actorOf, clockOf, type Deps } from '../../platform/context.ts';
import { listSettings, resetSetting, saveSetting, showSetting } from './service.ts';

const params = z.object({ key: z.string().max(100) });

/**
 * The department's settings: anyone signed in reads what is in force (a clerk may ask why a
 * threshold is 80%); only an admin changes or resets a value, audited, at the version read.
 */
export function settingRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['settings'];
    r.get('/settings', {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Cấu hình: mọi khoá với giá trị đang áp dụng, mặc định, mức tin cậy V/P/U và căn cứ',
        response: { 200: SettingList },
      },
      handler: async () => ({ items: await listSettings(deps.db.kysely) }),
    });
    r.get('/settings/:key', {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Một cấu hình', params, response: { 200: SettingView } },
      handler: (req) => showSetting(deps.db.kysely, req.params.key),
    });
    r.put('/settings/:key', {
      config: { access: SETTING_EDITORS },
      schema: {
        tags,
        summary: 'Sửa một cấu hình (gửi kèm version đã đọc; 0 khi đang dùng mặc định)',
        params,
        body: SaveSettingRequest,
        response: { 200: SettingView },
      },
      handler: (req) =>
        saveSetting(deps.db.kysely, actorOf(req), req.params.key, req.body, clockOf(deps).now().toISOString()),
    });
    r.delete('/settings/:key', {
      config: { access: SETTING_EDITORS },
      schema: {
        tags,
        summary: 'Trở về giá trị mặc định (xoá giá trị đã lưu; ?version= là phiên bản đã đọc)',
        params,
        querystring: ResetSettingQuery,
        response: { 200: SettingView },
      },
      handler: (req) => resetSetting(deps.db.kysely, actorOf(req), req.params.key, req.query.version),
    });
  };
}
