//! The SQLite store: schema with a version, migrations, and a corrupt or newer file set aside
//! (never overwritten) with a clear message.

use crate::scenario::runtime::{RunLog, TurnResult};
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The schema version this build writes.
pub const SCHEMA: i64 = 1;

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
}

/// An open records database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

const MIGRATIONS: &[&str] = &["
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
"];

impl Store {
    /// Opens (or creates) the store. A corrupt or newer-version file is moved aside and a fresh
    /// one started; the returned notice says where the old file went.
    pub fn open(path: &Path) -> Result<(Store, Option<String>), StoreError> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Io { path: dir.into(), source })?;
        }
        match Store::try_open(path) {
            Ok(Some(s)) => Ok((s, None)),
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

    /// Opens and migrates; `Ok(None)` when the file has a newer schema than this build.
    fn try_open(path: &Path) -> Result<Option<Store>, StoreError> {
        let sql = |source| StoreError::Sql { path: path.into(), source };
        let conn = Connection::open(path).map_err(sql)?;
        let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0)).map_err(sql)?;
        if check != "ok" {
            return Err(sql(rusqlite::Error::InvalidQuery));
        }
        conn.execute_batch("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;").map_err(sql)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(sql)?;
        if version > SCHEMA {
            return Ok(None);
        }
        for (i, m) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            conn.execute_batch(&format!("BEGIN; {m} PRAGMA user_version = {}; COMMIT;", i + 1)).map_err(sql)?;
        }
        Ok(Some(Store { conn, path: path.into() }))
    }

    /// The default store: `<data dir>/records.sqlite`.
    pub fn open_default() -> Result<(Store, Option<String>), StoreError> {
        Store::open(&super::data_dir().join("records.sqlite"))
    }

    fn sql(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sql { path: self.path.clone(), source }
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
    pub fn record_turn(&self, run: i64, t: &TurnResult, waited: f32) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT OR REPLACE INTO turns VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    run,
                    t.turn as i64,
                    t.analysis.text,
                    waited,
                    t.beat,
                    t.score.phrasing,
                    t.score.total,
                    t.analysis.technique_ids().join(","),
                    t.analysis.taboo_ids().join(","),
                ],
            )
            .map_err(|e| self.sql(e))?;
        Ok(())
    }

    /// Records how a run ended.
    pub fn end_run(&self, run: i64, ending: &str, kind: &str, score: u8) -> Result<(), StoreError> {
        self.conn
            .execute("UPDATE runs SET ending = ?2, ending_kind = ?3, score = ?4 WHERE id = ?1", params![run, ending, kind, score])
            .map_err(|e| self.sql(e))?;
        Ok(())
    }

    /// Best finished score per scenario for a profile.
    pub fn best_scores(&self, profile: &str) -> Result<HashMap<String, u8>, StoreError> {
        let mut st = self
            .conn
            .prepare("SELECT scenario, MAX(score) FROM runs WHERE profile = ?1 AND score IS NOT NULL GROUP BY scenario")
            .map_err(|e| self.sql(e))?;
        let rows = st.query_map([profile], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u8>(1)?))).map_err(|e| self.sql(e))?;
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
        let rows = st.query_map([profile], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))).map_err(|e| self.sql(e))?;
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
        let mut st = self.conn.prepare("SELECT reply, waited FROM turns WHERE run_id = ?1 ORDER BY turn").map_err(|e| self.sql(e))?;
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
