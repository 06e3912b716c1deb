import { z } from 'zod';
import { ROLES } from '@thidua/domain';
import { Id, IsoDateTime, Version, text } from './common.ts';

export const RoleCode = z.enum(ROLES);
export const RoleGrant = z.object({ role: RoleCode, orgId: Id });
export const RoleGrantView = RoleGrant.extend({ orgName: z.string() });

export const LoginRequest = z.strictObject({
  username: z.string().min(1, 'Nhập tên đăng nhập').max(100),
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
});

export const Me = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleGrantView),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
  /** What the user may start in each area (the same policies the server refuses by): menus and "new" buttons. */
  abilities: z.object({
    movements: z.object({ create: z.boolean() }),
    proposals: z.object({ create: z.boolean(), review: z.boolean() }),
    initiatives: z.object({ create: z.boolean() }),
    initiativeRounds: z.object({ create: z.boolean() }),
    /** Compose the council (add, edit members) and open its sessions: the emulation office, department-wide. */
    council: z.object({ manageMembers: z.boolean(), openSession: z.boolean() }),
    /** Issue the Director's decisions (leaders), record a higher level's (the office): department-wide. */
    decisions: z.object({ issue: z.boolean(), record: z.boolean() }),
    /** Add people, import them from Excel (somewhere in the user's own units), export the view. */
    people: z.object({ create: z.boolean(), import: z.boolean(), export: z.boolean() }),
    /** Rate units and people (a grid row still says whether it is the user's own unit), import a grid. */
    ratings: z.object({ edit: z.boolean(), import: z.boolean() }),
    /** Record past awards and periods, import them from Excel. */
    awardHistory: z.object({ create: z.boolean(), import: z.boolean() }),
    blocs: z.object({ create: z.boolean() }),
    organisations: z.object({ manage: z.boolean() }),
    users: z.object({ manage: z.boolean() }),
    audit: z.object({ read: z.boolean() }),
    calendar: z.object({ edit: z.boolean() }),
    settings: z.object({ edit: z.boolean() }),
    /** Edit the mail wording and watch the outbox: the emulation office. */
    mail: z.object({ manage: z.boolean() }),
    /** The one-stop desk: its queues, receiving dossiers, keeping the procedure catalog, its statistics. */
    onestop: z.object({ desk: z.boolean(), receive: z.boolean(), catalogEdit: z.boolean(), report: z.boolean() }),
    /** Sector statistics: enter figures (some unit), keep the catalog and approve (planning division), accept and lock (leaders). */
    statistics: z.object({ enter: z.boolean(), plan: z.boolean(), accept: z.boolean() }),
    /** The sector's registries: read (everyone), keep (the planning division). */
    registries: z.object({ edit: z.boolean() }),
    /** Scorecards: keep templates, run cycles and appraise (the office); self-assess a member sheet (office, unit officers); keep the PAR-index history. */
    scorecards: z.object({ manage: z.boolean(), selfAssess: z.boolean(), parEdit: z.boolean() }),
    /** Work programmes: draft, issue and amend (the office); report a task's progress (office, unit officers); decide requests for a new deadline (leaders). */
    workProgrammes: z.object({ manage: z.boolean(), report: z.boolean(), decide: z.boolean() }),
  }),
});
export type Me = z.infer<typeof Me>;

export const ChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại').max(200),
  newPassword: z.string().min(10, 'Mật khẩu mới cần ít nhất 10 ký tự').max(200),
});

export const User = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  /** For notices by mail (optional). */
  email: z.string().nullable(),
  active: z.boolean(),
  roles: z.array(RoleGrantView),
  lastLoginAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  version: Version,
});
export type User = z.infer<typeof User>;

const Username = z
  .string()
  .regex(/^[a-z0-9._-]{3,50}$/u, 'Tên đăng nhập 3–50 ký tự: chữ thường không dấu, số, dấu chấm, gạch');

export const CreateUserRequest = z.strictObject({
  username: Username,
  displayName: text(200),
  email: z.email('Địa chỉ email không hợp lệ').max(200).nullable().default(null),
  password: z.string().min(10, 'Mật khẩu cần ít nhất 10 ký tự').max(200),
  roles: z.array(RoleGrant).max(50).default([]),
});

export const UpdateUserRequest = z.strictObject({
  displayName: text(200).optional(),
  email: z.email('Địa chỉ email không hợp lệ').max(200).nullable().optional(),
  active: z.boolean().optional(),
  roles: z.array(RoleGrant).max(50).optional(),
  password: z.string().min(10, 'Mật khẩu cần ít nhất 10 ký tự').max(200).optional(),
  version: Version,
});
