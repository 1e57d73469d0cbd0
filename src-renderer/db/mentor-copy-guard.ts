import {
  Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { UserFacingError } from '../core/failure/failure.js';
import { describeTable, PORTFOLIO_TABLE_NAMES, type PortfolioTableName } from './tables.js';

/** What a write to the candidate's work in a mentor's copy is refused with. */
export const MENTOR_COPY_IS_READ_ONLY =
  'This is a mentor’s copy of a shared portfolio: the candidate’s writing cannot be changed here.';

/**
 * Transactions that write a portfolio whole (opening a share as a mentor's copy, restoring a
 * backup, deleting a portfolio for good): the guard lets them through, since they put the
 * candidate's work exactly as it was shared, or take all of it away.
 */
const wholePortfolioWrites = new WeakSet<object>();

/**
 * Marks the transaction running now as one that writes portfolios whole. Call it first thing
 * inside `db.transaction(...)`.
 */
export function writingWholePortfolios(): void {
  // Dexie hands its IndexedDB transaction to DBCore as the request's `trans`.
  const transaction = Dexie.currentTransaction as { readonly idbtrans?: object } | null;
  if (transaction?.idbtrans === undefined)
    throw new Error('writingWholePortfolios must be called inside a transaction.');
  wholePortfolioWrites.add(transaction.idbtrans);
}

type Row = Record<string, unknown>;

/**
 * Refuses, in one place below every write, a change to the candidate's work in a mentor's copy
 * (db/tables.ts says, table by table, what a mentor may change). The write's transaction must
 * include `portfolios` (and, for a text kept apart, the table of the record it belongs to):
 * the guard reads them in it, so a refusal undoes the whole change.
 */
export const mentorCopyGuard: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'mentor-copy-guard',
  create(down) {
    const guarded = new Set<string>(
      PORTFOLIO_TABLE_NAMES.filter((name) => describeTable(name).inMentorCopy !== 'allowed'),
    );
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (!guarded.has(name)) return table;
        const guard = new Guard(down, table, name as PortfolioTableName);
        return {
          ...table,
          mutate(request) {
            // Upgrades rewrite every row of a table as it was: they change no one's work.
            if (
              wholePortfolioWrites.has(request.trans) ||
              (request.trans as { mode?: string }).mode === 'versionchange'
            )
              return table.mutate(request);
            return guard.check(request).then(() => table.mutate(request));
          },
        };
      },
    };
  },
};

/*
 * The guard chains the promises DBCore returns (Dexie's own) with `then`, never `await`: the
 * layers below it find their transaction in Dexie's zone, which a native await would leave.
 */
class Guard {
  constructor(
    private readonly down: DBCore,
    private readonly table: DBCoreTable,
    private readonly name: PortfolioTableName,
  ) {}

  check(request: DBCoreMutateRequest): Promise<void> {
    const { trans } = request;
    const after = request.type === 'add' || request.type === 'put' ? (request.values as Row[]) : [];
    return this.rowsBefore(request).then((before) =>
      this.mentorCopiesAmong([...before, ...after], trans).then((copies) => {
        if (copies.size > 0) this.refuseChanges(request, before, after);
      }),
    );
  }

  private refuseChanges(request: DBCoreMutateRequest, before: readonly Row[], after: readonly Row[]): void {
    const { inMentorCopy } = describeTable(this.name);
    if (inMentorCopy === 'refused' || request.type === 'delete' || request.type === 'deleteRange')
      throw new UserFacingError(MENTOR_COPY_IS_READ_ONLY);
    // A record of which the mentor may change some fields. A new one (a handbook the candidate
    // never filled in) may hold only those, the candidate's fields left empty. An update names the
    // fields it sets: naming one of the candidate's is refused, even with the value it had.
    if (request.type === 'put') {
      const named = [request.changeSpec ?? {}, ...(request.updates?.changeSpecs ?? [])].flatMap((spec) =>
        Object.keys(spec).map((path) => path.split('.')[0] ?? path),
      );
      if (named.some((field) => !inMentorCopy.includes(field))) throw new UserFacingError(MENTOR_COPY_IS_READ_ONLY);
    }
    const key = this.table.schema.primaryKey.keyPath as string;
    const { portfolioOf } = describeTable(this.name);
    const old = new Map(before.map((row) => [row[key], row]));
    for (const row of after) {
      const was = old.get(row[key]);
      // A mentor's copy stays one: only a write of whole portfolios turns it back into the candidate's.
      if (this.name === 'portfolios' && was?.['mentorCopy'] !== undefined && row['mentorCopy'] === undefined)
        throw new UserFacingError(MENTOR_COPY_IS_READ_ONLY);
      const fields = new Set(
        [...Object.keys(was ?? {}), ...Object.keys(row)].filter(
          (field) => !inMentorCopy.includes(field) && field !== key && field !== portfolioOf.field,
        ),
      );
      for (const field of fields) {
        if (was === undefined ? !isEmpty(row[field]) : !sameValue(was[field], row[field]))
          throw new UserFacingError(MENTOR_COPY_IS_READ_ONLY);
      }
    }
  }

  private rowsBefore(request: DBCoreMutateRequest): Promise<Row[]> {
    const { trans } = request;
    if (request.type === 'add') return Dexie.Promise.resolve([]);
    if (request.type === 'deleteRange') {
      return this.table
        .query({ trans, values: true, query: { index: this.table.schema.primaryKey, range: request.range } })
        .then((found) => found.result as Row[]);
    }
    const key = this.table.schema.primaryKey.keyPath as string;
    const keys =
      request.type === 'delete' ? request.keys : (request.keys ?? (request.values as Row[]).map((row) => row[key]));
    return this.table
      .getMany({ trans, keys })
      .then((rows: (Row | undefined)[]) => rows.filter((row): row is Row => row !== undefined));
  }

  /** The portfolios among these rows' that are mentors' copies. */
  private mentorCopiesAmong(rows: readonly Row[], trans: DBCoreTransaction): Promise<Set<string>> {
    // A portfolio says itself whether it is a mentor's copy, before and after the write.
    if (this.name === 'portfolios')
      return Dexie.Promise.resolve(
        new Set(rows.flatMap((row) => (row['mentorCopy'] === undefined ? [] : [String(row['id'])]))),
      );
    const { portfolioOf } = describeTable(this.name);
    const ids = rows.map((row) => row[portfolioOf.field]);
    const portfolioIds =
      'parent' in portfolioOf
        ? this.read(trans, portfolioOf.parent, ids).then((parents) => parents.map((parent) => parent?.['portfolioId']))
        : Dexie.Promise.resolve(ids);
    return portfolioIds.then((found) => {
      const unique = [...new Set(found.filter((id): id is string => typeof id === 'string'))];
      if (unique.length === 0) return new Set<string>();
      return this.read(trans, 'portfolios', unique).then(
        (portfolios) =>
          new Set(
            portfolios.flatMap((portfolio) =>
              portfolio?.['mentorCopy'] === undefined ? [] : [String(portfolio['id'])],
            ),
          ),
      );
    });
  }

  private read(trans: DBCoreTransaction, name: string, keys: unknown[]): Promise<(Row | undefined)[]> {
    const outOfScope = (error: unknown) => {
      if (error instanceof Error && error.name === 'NotFoundError') {
        return new Error(
          `A write to ${this.name} must run in a transaction that includes ${name}, so that a mentor's copy is recognised.`,
        );
      }
      return error;
    };
    try {
      const rows = this.down.table(name).getMany({ trans, keys }) as Promise<(Row | undefined)[]>;
      return rows.catch((error: unknown) => {
        throw outOfScope(error);
      });
    } catch (error) {
      throw outOfScope(error);
    }
  }
}

/** Whether a stored value holds nothing: empty text, null, or only such values. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value !== 'object') return false;
  return Object.values(value).every(isEmpty);
}

/** Whether two stored values are the same (records as IndexedDB keeps them: plain data). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Row;
  const right = b as Row;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameValue(left[key], right[key])) return false;
  return true;
}
