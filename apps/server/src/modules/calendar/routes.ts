import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddCalendarYearRequest,
  CalendarDayRequest,
  CalendarDayView,
  CalendarQuery,
  CalendarVersionQuery,
  CalendarYearView,
  CalendarYearsView,
  Id,
  Ok,
  UpdateCalendarDayRequest,
} from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { actorOf } from '../../platform/context.ts';
import { addDay, addYear, deleteDay, getYear, listYears, updateDay } from './service.ts';
import { CALENDAR_EDITORS } from './policy.ts';
import { sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { calendarYearXlsx } from './yearExport.ts';

/** The working-day calendar: anyone signed in reads it (deadlines depend on it); only an administrator edits it. */
export function calendarRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/calendar', {
      config: { access: 'authenticated' },
      schema: {
        tags: ['calendar'],
        summary: 'Ngày nghỉ lễ, nghỉ bù, làm bù của một năm (404 khi năm chưa được cấu hình)',
        querystring: CalendarQuery,
        response: { 200: CalendarYearView },
      },
      handler: (req) => getYear(deps, req.query.year),
    });
    r.get('/calendar/export.xlsx', {
      config: { access: 'authenticated' },
      schema: {
        tags: ['calendar'],
        summary: 'Ngày nghỉ lễ, nghỉ bù, làm bù của một năm (Excel; 404 khi năm chưa được cấu hình)',
        querystring: CalendarQuery,
      },
      handler: async (req, reply) => sendDocument(reply, await calendarYearXlsx(deps, req.query.year), XLSX_TYPE),
    });
    r.get('/calendar/years', {
      config: { access: 'authenticated' },
      schema: {
        tags: ['calendar'],
        summary: 'Các năm đã cấu hình lịch làm việc',
        response: { 200: CalendarYearsView },
      },
      handler: async () => ({ years: await listYears(deps) }),
    });
    r.post('/calendar/years', {
      config: { access: CALENDAR_EDITORS },
      schema: {
        tags: ['calendar'],
        summary: 'Thêm một năm vào lịch làm việc',
        body: AddCalendarYearRequest,
        response: { 201: CalendarYearView },
      },
      handler: async (req, reply) => reply.code(201).send(await addYear(deps, actorOf(req), req.body)),
    });
    r.post('/calendar/days', {
      config: { access: CALENDAR_EDITORS },
      schema: {
        tags: ['calendar'],
        summary: 'Thêm ngày nghỉ lễ, nghỉ bù hoặc làm bù',
        body: CalendarDayRequest,
        response: { 201: CalendarDayView },
      },
      handler: async (req, reply) => reply.code(201).send(await addDay(deps, actorOf(req), req.body)),
    });
    r.put('/calendar/days/:id', {
      config: { access: CALENDAR_EDITORS },
      schema: {
        tags: ['calendar'],
        summary: 'Sửa một ngày trong lịch (409 khi phiên bản đã cũ)',
        params: z.object({ id: Id }),
        body: UpdateCalendarDayRequest,
        response: { 200: CalendarDayView },
      },
      handler: (req) => updateDay(deps, actorOf(req), req.params.id, req.body),
    });
    r.delete('/calendar/days/:id', {
      config: { access: CALENDAR_EDITORS },
      schema: {
        tags: ['calendar'],
        summary: 'Xoá một ngày khỏi lịch (?version= là phiên bản đã đọc)',
        params: z.object({ id: Id }),
        querystring: CalendarVersionQuery,
        response: { 200: Ok },
      },
      handler: async (req) => {
        await deleteDay(deps, actorOf(req), req.params.id, req.query.version);
        return { ok: true as const };
      },
    });
  };
}
