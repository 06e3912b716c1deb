import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/index.ts';
import type { Actor } from './audit.ts';
import { systemClock, type Clock } from './clock.ts';
import type { RequestUser } from './access.ts';
import { AppError } from './errors.ts';
import type { OrgTree } from './orgtree.ts';

/** What every module receives: the database, the config and the shared org tree. */
export interface Deps {
  db: Db;
  config: Config;
  tree: OrgTree;
  version: string;
  /** The system clock unless a test injects one. */
  clock?: Clock;
}

export const clockOf = (deps: Pick<Deps, 'clock'>): Clock => deps.clock ?? systemClock;

export function userOf(req: FastifyRequest): RequestUser {
  if (!req.user) throw new AppError(401, 'unauthenticated', 'Vui lòng đăng nhập.');
  return req.user;
}

export function actorOf(req: FastifyRequest): Actor {
  const u = userOf(req);
  return { id: u.id, name: u.username };
}
