import type { z } from 'zod';
import type {
  AuditPage as AuditPageSchema,
  AuditVerifyResult as AuditVerifySchema,
  Health as HealthSchema,
  PeoplePage as PeoplePageSchema,
  RoleGrantView as RoleGrantSchema,
} from '@thidua/contracts';

export type { AuditEntry, ImportResult, Me, Organisation, Person, Problem, User } from '@thidua/contracts';
export type Health = z.infer<typeof HealthSchema>;
export type AuditPage = z.infer<typeof AuditPageSchema>;
export type AuditVerifyResult = z.infer<typeof AuditVerifySchema>;
export type PeoplePage = z.infer<typeof PeoplePageSchema>;
export type RoleGrantView = z.infer<typeof RoleGrantSchema>;
export type Ok = { ok: true };
