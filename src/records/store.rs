//! The SQLite store: schema with a version, migrations, and a corrupt or newer file set aside
//! (never overwritten) with a clear message. Reports and exports read databases read-only
//! ([`Store::open_read_only`], [`read_many`]) so a trainer's tools never change a learner's file.

use super::dispute::{self, Dispute, DisputeError, DisputeKind};
use crate::scenario::runtime::{RunLog, TurnResult};
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, params};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// The schema version this build writes (`PRAGMA user_version`): the number of [`MIGRATIONS`].
pub const SCHEMA: i64 = MIGRATIONS.len() as i64;

/// Why the store could not be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite refused.
    #[error("{path}: database error: {source}")]
    Sql {
        /// The file.
        path: PathBuf,
        /// SQLite's error.
        source: rusqlite::Error,
    },
    /// The folder could not be made or the file moved.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A database that must already exist does not.
    #[error("{path}: no such records database")]
    Missing {
        /// The file.
        path: PathBuf,
    },
    /// The file is not a usable SQLite database (damaged, truncated, or something else).
    #[error("{path}: not a usable records database (damaged or not a database): {detail}")]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What SQLite said.
        detail: String,
    },
    /// The file was written by a newer Defuse (its schema version is higher than this build's).
    #[error(
        "{path}: written by a newer Defuse (schema version {version}, this build reads up to {SCHEMA}); update Defuse to read it"
    )]
    Newer {
        /// The file.
        path: PathBuf,
        /// The file's schema version.
        version: i64,
    },
}

/// An open records database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The file's schema version (older only for read-only stores; others are migrated).
    version: i64,
}

/// One stored turn, as reports and exports read it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TurnRecord {
    /// 1-based turn number.
    pub turn: u32,
    /// The reply as typed.
    pub reply: String,
    /// Seconds the customer waited for it.
    pub waited: f32,
    /// The beat it answered.
    pub beat: String,
    /// The engine's phrasing score, 0-100.
    pub phrasing: u8,
    /// The turn's total score, 0-100.
    pub total: u8,
    /// How much of what the beat called for the reply gave, 0-100 (None: recorded before
    /// schema 2).
    pub fit: Option<u8>,
    /// Technique ids the beat called for (None: not recorded; look them up in the scenario).
    pub calls_for: Option<Vec<String>>,
    /// Technique ids found in the reply.
    pub techniques: Vec<String>,
    /// Taboo ids found in the reply.
    pub taboos: Vec<String>,
}

/// One stored run with its turns, as reports and exports read it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RunRecord {
    /// The run's id in its database.
    pub id: i64,
    /// The learner's profile.
    pub profile: String,
    /// Scenario id.
    pub scenario: String,
    /// Seed.
    pub seed: u64,
    /// Locale tag.
    pub locale: String,
    /// Whether patience drained with time.
    pub timed: bool,
    /// When the run started, as stored (UTC, `YYYY-MM-DD HH:MM:SS`).
    pub started: String,
    /// When it ended (UTC), when recorded (schema 2 on).
    pub ended: Option<String>,
    /// The ending id, once finished.
    pub ending: Option<String>,
    /// The ending's kind key (`resolved`…), once finished.
    pub ending_kind: Option<String>,
    /// The final score, once finished.
    pub score: Option<u8>,
    /// Its turns in order.
    pub turns: Vec<TurnRecord>,
}

impl RunRecord {
    /// True once the run reached an ending.
    pub fn finished(&self) -> bool {
        self.ending.is_some() && self.score.is_some()
    }
}

/// The runs of one database, for merging several learners into a cohort.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file, as given.
    pub path: PathBuf,
    /// Its runs, oldest first.
    pub runs: Vec<RunRecord>,
    /// Trainers' overrides of turn scores.
    pub overrides: Vec<Override>,
    /// Disputes of the engine's reading of turns, by run, turn and id.
    pub disputes: Vec<Dispute>,
}

/// Opens every database read-only and reads all its runs; the first file that cannot be read
/// stops it with an error naming that file.
pub fn read_many(paths: &[PathBuf]) -> Result<Vec<Source>, StoreError> {
    paths
        .iter()
        .map(|p| {
            let store = Store::open_read_only(p)?;
            Ok(Source {
                path: p.clone(),
                runs: store.runs()?,
                overrides: store.overrides()?,
                disputes: store.disputes()?,
            })
        })
        .collect()
}

/// The schema, one migration per version: migration `i` takes `user_version` from `i` to `i + 1`.
/// Append only; never edit a released migration.
pub const MIGRATIONS: &[&str] = &[
    "
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        profile TEXT NOT NULL,
        scenario TEXT NOT NULL,
        seed INTEGER NOT NULL,
        locale TEXT NOT NULL,
        timed INTEGER NOT NULL,
        started TEXT NOT NULL DEFAULT (datetime('now')),
        ending TEXT,
        ending_kind TEXT,
        score INTEGER
    );
    CREATE TABLE turns (
        run_id INTEGER NOT NULL REFERENCES runs(id),
        turn INTEGER NOT NULL,
        reply TEXT NOT NULL,
        waited REAL NOT NULL,
        beat TEXT NOT NULL,
        phrasing INTEGER NOT NULL,
        total INTEGER NOT NULL,
        techniques TEXT NOT NULL,
        taboos TEXT NOT NULL,
        PRIMARY KEY (run_id, turn)
    );
",
    "
    ALTER TABLE turns ADD COLUMN calls_for TEXT;
    ALTER TABLE turns ADD COLUMN fit INTEGER;
    ALTER TABLE runs ADD COLUMN ended TEXT;
",
    "
    CREATE TABLE xapi_sent (
        lrs TEXT NOT NULL,
        statement_id TEXT NOT NULL,
        run_id INTEGER NOT NULL,
        verb TEXT NOT NULL,
        sent TEXT NOT NULL DEFAULT (datetime('now')),
        PRIMARY KEY (lrs, statement_id)
    );
",
    "
    CREATE TABLE overrides (
        run_id INTEGER NOT NULL,
        turn INTEGER NOT NULL,
        score INTEGER NOT NULL,
        reason TEXT NOT NULL,
        created TEXT NOT NULL DEFAULT (datetime('now')),
        PRIMARY KEY (run_id, turn)
    );
",
    "
    CREATE TABLE disputes (
        run_id INTEGER NOT NULL,
        turn INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('missed', 'misread')),
        id TEXT NOT NULL,
        note TEXT,
        who TEXT NOT NULL,
        created TEXT NOT NULL DEFAULT (datetime('now')),
        PRIMARY KEY (run_id, turn, id)
    );
",
];

/// A trainer's override of one turn's score, kept beside the engine's score.
#[derive(Debug, Clone, PartialEq)]
pub struct Override {
    /// The run.
    pub run_id: i64,
    /// 1-based turn.
    pub turn: u32,
    /// The engine's turn score, unchanged.
    pub engine: u8,
    /// The trainer's score.
    pub score: u8,
    /// The trainer's one-line reason.
    pub reason: String,
}

/// Errors that say nothing about the file itself (busy, locked, no permission, disk full):
/// the file is left where it is and the error returned.
fn environmental(e: &StoreError) -> bool {
    let code = match e {
        StoreError::Sql { source: rusqlite::Error::SqliteFailure(f, _), .. } => f.code,
        StoreError::Io { .. } => return true,
        _ => return false,
    };
    matches!(
        code,
        ErrorCode::DatabaseBusy
            | ErrorCode::DatabaseLocked
            | ErrorCode::ReadOnly
            | ErrorCode::CannotOpen
            | ErrorCode::PermissionDenied
            | ErrorCode::DiskFull
            | ErrorCode::SystemIoFailure
            | ErrorCode::OutOfMemory
    )
}

/// `PRAGMA quick_check`, with SQLite's own corruption errors reported as [`StoreError::Corrupt`].
/// The columns each schema version's tables must have: (first version, table, columns).
const COLUMNS: &[(i64, &str, &str)] = &[
    (1, "runs", "id, profile, scenario, seed, locale, timed, started, ending, ending_kind, score"),
    (1, "turns", "run_id, turn, reply, waited, beat, phrasing, total, techniques, taboos"),
    (2, "runs", "ended"),
    (2, "turns", "calls_for, fit"),
    (3, "xapi_sent", "lrs, statement_id, run_id, verb, sent"),
    (4, "overrides", "run_id, turn, score, reason, created"),
];

/// A file can pass SQLite's integrity check and still not hold Defuse's tables (one damaged
/// byte in the schema renames a column): every table and column this version reads must exist.
fn check_columns(conn: &Connection, path: &Path, version: i64) -> Result<(), StoreError> {
    for (since, table, columns) in COLUMNS.iter().filter(|(since, ..)| *since <= version) {
        if let Err(e) = conn.prepare(&format!("SELECT {columns} FROM {table} LIMIT 0")) {
            let detail = format!("its tables are not those of a Defuse records database (schema version {since}): {e}");
            return Err(StoreError::Corrupt { path: path.into(), detail });
        }
    }
    Ok(())
}

fn quick_check(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let corrupt = |detail: String| StoreError::Corrupt { path: path.into(), detail };
    let rows: Result<Vec<String>, rusqlite::Error> =
        conn.prepare("PRAGMA quick_check").and_then(|mut st| st.query_map([], |r| r.get(0))?.collect());
    match rows {
        Ok(rows) if rows.len() == 1 && rows[0] == "ok" => Ok(()),
        Ok(rows) => Err(corrupt(rows.into_iter().take(3).collect::<Vec<_>>().join("; "))),
        Err(rusqlite::Error::SqliteFailure(f, msg))
            if matches!(f.code, ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) =>
        {
            Err(corrupt(msg.unwrap_or_else(|| f.to_string())))
        }
        Err(source) => Err(StoreError::Sql { path: path.into(), source }),
    }
}

/// A text column read whatever it holds: damaged UTF-8 is replaced (U+FFFD), a blob is read as
/// text, a number as its digits, so one damaged byte does not hide every record.
fn text(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<String> {
    Ok(opt_text(r, i)?.unwrap_or_default())
}

/// Like [`text`], with NULL as `None`.
fn opt_text(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<String>> {
    use rusqlite::types::ValueRef;
    Ok(match r.get_ref(i)? {
        ValueRef::Null => None,
        ValueRef::Integer(n) => Some(n.to_string()),
        ValueRef::Real(x) => Some(x.to_string()),
        ValueRef::Text(b) | ValueRef::Blob(b) => Some(String::from_utf8_lossy(b).into_owned()),
    })
}

/// Splits a stored comma-separated id list.
fn ids(s: &str) -> Vec<String> {
    s.split(',').filter(|x| !x.is_empty()).map(str::to_string).collect()
}

impl Store {
    /// Opens (or creates) the store. A corrupt or newer-version file is moved aside and a fresh
    /// one started; the returned notice says where the old file went.
    pub fn open(path: &Path) -> Result<(Store, Option<String>), StoreError> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Io { path: dir.into(), source })?;
        }
        match Store::try_open(path) {
            Ok(Some(s)) => Ok((s, None)),
            Err(e) if environmental(&e) => Err(e),
            Ok(None) | Err(_) if path.exists() => {
                let aside = set_aside(path)?;
                let s = Store::try_open(path)?.ok_or_else(|| StoreError::Io {
                    path: path.into(),
                    source: std::io::Error::other("fresh database reports a newer schema"),
                })?;
                let msg = format!(
                    "{} could not be used (damaged, or written by a newer Defuse); it was kept as {} and a new record was started",
                    path.display(),
                    aside.display()
                );
                Ok((s, Some(msg)))
            }
            Ok(None) => unreachable!("a missing file opens fresh at the current schema"),
            Err(e) => Err(e),
        }
    }

    /// Opens and migrates; `Ok(None)` when the file has a newer schema than this build (the
    /// file is then left byte for byte as it was: nothing is written before the version check).
    fn try_open(path: &Path) -> Result<Option<Store>, StoreError> {
        let sql = |source| StoreError::Sql { path: path.into(), source };
        let conn = Connection::open(path).map_err(sql)?;
        quick_check(&conn, path)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(sql)?;
        if version > SCHEMA {
            return Ok(None);
        }
        conn.execute_batch("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;").map_err(sql)?;
        for (i, m) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            if let Err(e) = conn.execute_batch(&format!("BEGIN; {m} PRAGMA user_version = {}; COMMIT;", i + 1)) {
                let _ = conn.execute_batch("ROLLBACK;");
                return Err(sql(e));
            }
        }
        check_columns(&conn, path, SCHEMA)?;
        Store { conn, path: path.into(), version: SCHEMA }.readable().map(Some)
    }

    /// The store, if its runs read: `quick_check` passes some damage (a flipped byte in a
    /// table's schema text makes every run's key NULL), and the game must not open a record it
    /// cannot show.
    fn readable(self) -> Result<Store, StoreError> {
        self.runs().map(|_| self)
    }

    /// Opens an existing database for reading only (reports, exports, merging a cohort): never
    /// creates, migrates, moves or writes the file. A missing, damaged or newer file is an error
    /// naming it. Older schemas are read as they are.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        if !path.is_file() {
            return Err(StoreError::Missing { path: path.into() });
        }
        let sql = |source| StoreError::Sql { path: path.into(), source };
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(sql)?;
        quick_check(&conn, path)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(sql)?;
        if version > SCHEMA {
            return Err(StoreError::Newer { path: path.into(), version });
        }
        if version < 1 {
            let detail = "it has no Defuse records (schema version 0)".to_string();
            return Err(StoreError::Corrupt { path: path.into(), detail });
        }
        check_columns(&conn, path, version)?;
        Ok(Store { conn, path: path.into(), version })
    }

    /// Opens an existing database to write to it (marking statements sent): like
    /// [`Store::open`] it migrates, but a missing, damaged or newer file is an error naming it
    /// and is never moved aside.
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        if !path.is_file() {
            return Err(StoreError::Missing { path: path.into() });
        }
        match Store::try_open(path)? {
            Some(s) => Ok(s),
            None => {
                let version = Store::open_read_only(path).err().and_then(|e| match e {
                    StoreError::Newer { version, .. } => Some(version),
                    _ => None,
                });
                Err(StoreError::Newer { path: path.into(), version: version.unwrap_or(SCHEMA + 1) })
            }
        }
    }

    /// The file this store reads and writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file's schema version.
    pub fn version(&self) -> i64 {
        self.version
    }

    /// The default store: `<data dir>/records.sqlite`.
    pub fn open_default() -> Result<(Store, Option<String>), StoreError> {
        Store::open(&super::data_dir().join("records.sqlite"))
    }

    /// An error reading or writing this file; a value the schema rules out (a NULL key) or a
    /// damaged page is the file's damage, not a query's.
    fn sql(&self, source: rusqlite::Error) -> StoreError {
        let damaged = match &source {
            rusqlite::Error::InvalidColumnType(..) => true,
            rusqlite::Error::SqliteFailure(f, _) => {
                matches!(f.code, ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
            }
            _ => false,
        };
        match damaged {
            true => StoreError::Corrupt { path: self.path.clone(), detail: source.to_string() },
            false => StoreError::Sql { path: self.path.clone(), source },
        }
    }

    /// Records the start of a run; returns its id.
    pub fn start_run(&self, profile: &str, log: &RunLog) -> Result<i64, StoreError> {
        self.conn
            .execute(
                "INSERT INTO runs (profile, scenario, seed, locale, timed) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![profile, log.scenario, log.seed as i64, log.locale.tag(), log.timed],
            )
            .map_err(|e| self.sql(e))?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Records one turn (its own transaction: a crash loses at most the turn in flight).
    /// The techniques its beat called for are not known here; prefer
    /// [`Store::record_turn_calls`], which stores them for mastery.
    pub fn record_turn(&self, run: i64, t: &TurnResult, waited: f32) -> Result<(), StoreError> {
        self.insert_turn(run, t, waited, None)
    }

    /// Records one turn with the technique ids its beat called for (`Run::calls_for` before
    /// the reply, or the scenario's `beats[t.beat].calls_for`), so mastery can tell where a
    /// technique was called for. Its own transaction, like [`Store::record_turn`].
    pub fn record_turn_calls(
        &self,
        run: i64,
        t: &TurnResult,
        waited: f32,
        calls_for: &[String],
    ) -> Result<(), StoreError> {
        self.insert_turn(run, t, waited, Some(calls_for))
    }

    fn insert_turn(
        &self,
        run: i64,
        t: &TurnResult,
        waited: f32,
        calls_for: Option<&[String]>,
    ) -> Result<(), StoreError> {
        self.conn
            .prepare_cached(
                "INSERT OR REPLACE INTO turns
                 (run_id, turn, reply, waited, beat, phrasing, total, techniques, taboos, fit, calls_for)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )
            .and_then(|mut st| {
                st.execute(params![
                    run,
                    t.turn as i64,
                    t.analysis.text,
                    waited,
                    t.beat,
                    t.score.phrasing,
                    t.score.total,
                    t.analysis.technique_ids().join(","),
                    t.analysis.taboo_ids().join(","),
                    t.score.fit,
                    calls_for.map(|c| c.join(",")),
                ])
            })
            .map_err(|e| self.sql(e))?;
        Ok(())
    }

    /// Records how a run ended (and when).
    pub fn end_run(&self, run: i64, ending: &str, kind: &str, score: u8) -> Result<(), StoreError> {
        self.conn
            .execute(
                "UPDATE runs SET ending = ?2, ending_kind = ?3, score = ?4, ended = datetime('now') WHERE id = ?1",
                params![run, ending, kind, score],
            )
            .map_err(|e| self.sql(e))?;
        Ok(())
    }

    /// Every run with its turns, oldest first (two ordered scans, merged).
    pub fn runs(&self) -> Result<Vec<RunRecord>, StoreError> {
        let v2 = self.version >= 2;
        let run_sql = format!(
            "SELECT id, profile, scenario, seed, locale, timed, started, {}, ending, ending_kind, score FROM runs ORDER BY id",
            if v2 { "ended" } else { "NULL" }
        );
        let mut st = self.conn.prepare(&run_sql).map_err(|e| self.sql(e))?;
        let mut runs = st
            .query_map([], |r| {
                Ok(RunRecord {
                    id: r.get(0)?,
                    profile: text(r, 1)?,
                    scenario: text(r, 2)?,
                    seed: r.get::<_, i64>(3)? as u64,
                    locale: text(r, 4)?,
                    timed: r.get(5)?,
                    started: text(r, 6)?,
                    ended: opt_text(r, 7)?,
                    ending: opt_text(r, 8)?,
                    ending_kind: opt_text(r, 9)?,
                    score: r.get::<_, Option<i64>>(10)?.map(|s| s.clamp(0, 100) as u8),
                    turns: Vec::new(),
                })
            })
            .map_err(|e| self.sql(e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.sql(e))?;
        let turn_sql = format!(
            "SELECT run_id, turn, reply, waited, beat, phrasing, total, techniques, taboos, {} FROM turns ORDER BY run_id, turn",
            if v2 { "fit, calls_for" } else { "NULL, NULL" }
        );
        let mut st = self.conn.prepare(&turn_sql).map_err(|e| self.sql(e))?;
        let rows = st
            .query_map([], |r| {
                let score = |i| r.get::<_, i64>(i).map(|s| s.clamp(0, 100) as u8);
                Ok((
                    r.get::<_, i64>(0)?,
                    TurnRecord {
                        turn: r.get::<_, i64>(1)?.max(0) as u32,
                        reply: text(r, 2)?,
                        waited: r.get(3)?,
                        beat: text(r, 4)?,
                        phrasing: score(5)?,
                        total: score(6)?,
                        techniques: ids(&text(r, 7)?),
                        taboos: ids(&text(r, 8)?),
                        fit: r.get::<_, Option<i64>>(9)?.map(|s| s.clamp(0, 100) as u8),
                        calls_for: opt_text(r, 10)?.map(|s| ids(&s)),
                    },
                ))
            })
            .map_err(|e| self.sql(e))?;
        // Both scans are ordered by run id: walk them together.
        let mut i = 0;
        for row in rows {
            let (run_id, turn) = row.map_err(|e| self.sql(e))?;
            while i < runs.len() && runs[i].id < run_id {
                i += 1;
            }
            if let Some(run) = runs.get_mut(i).filter(|r| r.id == run_id) {
                run.turns.push(turn);
            }
        }
        Ok(runs)
    }

    /// Ids of the xAPI statements already sent to `lrs` (empty before schema 3).
    pub fn sent_statements(&self, lrs: &str) -> Result<HashSet<String>, StoreError> {
        if self.version < 3 {
            return Ok(HashSet::new());
        }
        let mut st = self.conn.prepare("SELECT statement_id FROM xapi_sent WHERE lrs = ?1").map_err(|e| self.sql(e))?;
        let rows = st.query_map([lrs], |r| r.get::<_, String>(0)).map_err(|e| self.sql(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.sql(e))
    }

    /// Marks statements `(statement id, run id, verb)` as sent to `lrs`, all or none.
    pub fn mark_sent(&self, lrs: &str, sent: &[(String, i64, String)]) -> Result<(), StoreError> {
        let sql = |source| self.sql(source);
        let tx = self.conn.unchecked_transaction().map_err(sql)?;
        {
            let mut st = tx
                .prepare("INSERT OR IGNORE INTO xapi_sent (lrs, statement_id, run_id, verb) VALUES (?1, ?2, ?3, ?4)")
                .map_err(sql)?;
            for (id, run, verb) in sent {
                st.execute(params![lrs, id, run, verb]).map_err(sql)?;
            }
        }
        tx.commit().map_err(sql)
    }

    /// A trainer overrides a turn's score with a one-line reason. The engine's score stays as
    /// it was; a second override of the same turn replaces the first.
    pub fn override_turn(&self, run: i64, turn: u32, score: u8, reason: &str) -> Result<(), StoreError> {
        let reason = reason.trim();
        let bad =
            |msg: &str| StoreError::Io { path: self.path.clone(), source: std::io::Error::other(msg.to_string()) };
        if score > 100 || reason.is_empty() || reason.contains('\n') {
            return Err(bad("an override needs a score from 0 to 100 and a one-line reason"));
        }
        let exists: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM turns WHERE run_id = ?1 AND turn = ?2", params![run, turn], |r| r.get(0))
            .map_err(|e| self.sql(e))?;
        if exists == 0 {
            return Err(bad(&format!("run {run} has no turn {turn}")));
        }
        self.conn
            .execute(
                "INSERT OR REPLACE INTO overrides (run_id, turn, score, reason) VALUES (?1, ?2, ?3, ?4)",
                params![run, turn, score, reason],
            )
            .map_err(|e| self.sql(e))?;
        Ok(())
    }

    /// Every override, with the engine's score beside it (none before schema 4).
    pub fn overrides(&self) -> Result<Vec<Override>, StoreError> {
        if self.version < 4 {
            return Ok(Vec::new());
        }
        let mut st = self
            .conn
            .prepare(
                "SELECT o.run_id, o.turn, t.total, o.score, o.reason FROM overrides o
                 JOIN turns t ON t.run_id = o.run_id AND t.turn = o.turn ORDER BY o.run_id, o.turn",
            )
            .map_err(|e| self.sql(e))?;
        let rows = st
            .query_map([], |r| {
                Ok(Override {
                    run_id: r.get(0)?,
                    turn: r.get::<_, i64>(1)? as u32,
                    engine: r.get::<_, i64>(2)?.clamp(0, 100) as u8,
                    score: r.get::<_, i64>(3)?.clamp(0, 100) as u8,
                    reason: text(r, 4)?,
                })
            })
            .map_err(|e| self.sql(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.sql(e))
    }

    /// Stores a dispute of the engine's reading of one turn: `kind` says whether the engine
    /// missed `id` or misread it. The id must be a technique or taboo id, the note at most
    /// [`dispute::NOTE_MAX`] characters, and the kind must fit what the engine found (missed: it
    /// did not find `id`; misread: it did). Scores are left as they are. Disputing the same id
    /// of the same turn again replaces the earlier dispute.
    pub fn dispute_turn(
        &self,
        run: i64,
        turn: u32,
        kind: DisputeKind,
        id: &str,
        note: Option<&str>,
        who: &str,
    ) -> Result<(), DisputeError> {
        let note = dispute::check(id, note)?;
        let found: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT techniques, taboos FROM turns WHERE run_id = ?1 AND turn = ?2",
                params![run, turn],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| self.sql(e))?;
        let Some((techniques, taboos)) = found else { return Err(DisputeError::NoTurn { run, turn }) };
        let engine_found = ids(&techniques).iter().chain(&ids(&taboos)).any(|x| x == id);
        if engine_found != (kind == DisputeKind::Misread) {
            return Err(DisputeError::Contradicts { kind, id: id.to_string(), turn });
        }
        self.conn
            .execute(
                "INSERT OR REPLACE INTO disputes (run_id, turn, kind, id, note, who) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![run, turn, kind.key(), id, note, who.trim()],
            )
            .map_err(|e| self.sql(e))?;
        Ok(())
    }

    /// Every dispute, ordered by run, turn and id (none before schema 5).
    pub fn disputes(&self) -> Result<Vec<Dispute>, StoreError> {
        self.query_disputes(None)
    }

    /// The disputes of one run, ordered by turn and id.
    pub fn run_disputes(&self, run: i64) -> Result<Vec<Dispute>, StoreError> {
        self.query_disputes(Some(run))
    }

    fn query_disputes(&self, run: Option<i64>) -> Result<Vec<Dispute>, StoreError> {
        if self.version < 5 {
            return Ok(Vec::new());
        }
        let mut st = self
            .conn
            .prepare(
                "SELECT run_id, turn, kind, id, note, who, created FROM disputes
                 WHERE ?1 IS NULL OR run_id = ?1 ORDER BY run_id, turn, id",
            )
            .map_err(|e| self.sql(e))?;
        let rows = st
            .query_map([run], |r| {
                let kind: String = r.get(2)?;
                Ok(Dispute {
                    run_id: r.get(0)?,
                    turn: r.get::<_, i64>(1)?.max(0) as u32,
                    // The table's CHECK allows only these two.
                    kind: kind.parse().unwrap_or(DisputeKind::Missed),
                    id: r.get(3)?,
                    note: r.get(4)?,
                    who: r.get(5)?,
                    created: r.get(6)?,
                })
            })
            .map_err(|e| self.sql(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.sql(e))
    }

    /// Every learner profile with at least one run, alphabetically.
    pub fn profiles(&self) -> Result<Vec<String>, StoreError> {
        let mut st =
            self.conn.prepare("SELECT DISTINCT profile FROM runs ORDER BY profile").map_err(|e| self.sql(e))?;
        let rows = st.query_map([], |r| r.get::<_, String>(0)).map_err(|e| self.sql(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.sql(e))
    }

    /// Best finished score per scenario for a profile.
    pub fn best_scores(&self, profile: &str) -> Result<HashMap<String, u8>, StoreError> {
        let mut st = self
            .conn
            .prepare("SELECT scenario, MAX(score) FROM runs WHERE profile = ?1 AND score IS NOT NULL GROUP BY scenario")
            .map_err(|e| self.sql(e))?;
        let rows =
            st.query_map([profile], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u8>(1)?))).map_err(|e| self.sql(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.sql(e))
    }

    /// The newest unfinished run per scenario (with at least one turn), for resuming.
    pub fn unfinished(&self, profile: &str) -> Result<HashMap<String, i64>, StoreError> {
        let mut st = self
            .conn
            .prepare(
                "SELECT scenario, MAX(id) FROM runs WHERE profile = ?1 AND ending IS NULL
                 AND EXISTS (SELECT 1 FROM turns WHERE run_id = runs.id) GROUP BY scenario",
            )
            .map_err(|e| self.sql(e))?;
        let rows =
            st.query_map([profile], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))).map_err(|e| self.sql(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.sql(e))
    }

    /// The replayable log of a stored run.
    pub fn run_log(&self, run: i64) -> Result<Option<RunLog>, StoreError> {
        let head = self
            .conn
            .query_row("SELECT scenario, seed, locale, timed FROM runs WHERE id = ?1", [run], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?, r.get::<_, bool>(3)?))
            })
            .optional()
            .map_err(|e| self.sql(e))?;
        let Some((scenario, seed, locale, timed)) = head else { return Ok(None) };
        let mut st = self
            .conn
            .prepare("SELECT reply, waited FROM turns WHERE run_id = ?1 ORDER BY turn")
            .map_err(|e| self.sql(e))?;
        let replies = st
            .query_map([run], |r| Ok((r.get::<_, String>(0)?, r.get::<_, f32>(1)?)))
            .map_err(|e| self.sql(e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.sql(e))?;
        let locale = locale.parse().unwrap_or_default();
        Ok(Some(RunLog { scenario, seed: seed as u64, locale, timed, replies }))
    }
}

/// Moves a database (and its WAL side files) aside as `<name>.broken-<n>`.
fn set_aside(path: &Path) -> Result<PathBuf, StoreError> {
    let mut n = 1;
    let aside = loop {
        let candidate = path.with_extension(format!("sqlite.broken-{n}"));
        if !candidate.exists() {
            break candidate;
        }
        n += 1;
    };
    std::fs::rename(path, &aside).map_err(|source| StoreError::Io { path: path.into(), source })?;
    for side in ["-wal", "-shm"] {
        let (mut from, mut to) = (path.as_os_str().to_owned(), aside.as_os_str().to_owned());
        from.push(side);
        to.push(side);
        let _ = std::fs::rename(PathBuf::from(from), PathBuf::from(to));
    }
    Ok(aside)
}
