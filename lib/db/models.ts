import type * as Postgres from "./generated/postgresql/client";
import type * as Sqlite from "./generated/sqlite/client";

/**
 * The catalogue's records, for code that works on either engine. Both clients are generated from
 * one schema, so their models are the same types: the SQLite client's names stand for both, and
 * the compiler checks below that each equals the PostgreSQL client's.
 */
export type Organisation = Sqlite.Organisation;
export type System = Sqlite.System;
export type Api = Sqlite.Api;
export type SpecRevision = Sqlite.SpecRevision;
export type AuditEvent = Sqlite.AuditEvent;
export type User = Sqlite.User;
export type Membership = Sqlite.Membership;
export type SpecSource = Sqlite.SpecSource;
export type Connection = Sqlite.Connection;
export type Assessment = Sqlite.Assessment;
export type AssessmentAnswer = Sqlite.AssessmentAnswer;
export type Exemption = Sqlite.Exemption;
export type DataSet = Sqlite.DataSet;
export type DataSetHolding = Sqlite.DataSetHolding;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const sameOnBothEngines: [
  Same<Organisation, Postgres.Organisation>,
  Same<System, Postgres.System>,
  Same<Api, Postgres.Api>,
  Same<SpecRevision, Postgres.SpecRevision>,
  Same<AuditEvent, Postgres.AuditEvent>,
  Same<User, Postgres.User>,
  Same<Membership, Postgres.Membership>,
  Same<SpecSource, Postgres.SpecSource>,
  Same<Connection, Postgres.Connection>,
  Same<Assessment, Postgres.Assessment>,
  Same<AssessmentAnswer, Postgres.AssessmentAnswer>,
  Same<Exemption, Postgres.Exemption>,
  Same<DataSet, Postgres.DataSet>,
  Same<DataSetHolding, Postgres.DataSetHolding>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true];
