//! Read-ahead scans of the audit log ([`Store::scan_audit`]), the one bulk read
//! (`audit verify` reads the whole log).
//!
//! The positions after `after` are cut into chunks of `page` sequence numbers. Several
//! readers (threads on SQLite, tasks on PostgreSQL, each on its own connection) take
//! the chunks in turn, reader `k` chunks `k`, `k + readers`, …, and send each chunk as
//! one [`AuditPage`] into a channel of their own, two pages deep; the consumer takes the
//! chunks back in order. So reading runs on every core, one step ahead of the caller's
//! hashing. The last chunk is open-ended, so entries appended after the scan started
//! may be read too: the scan holds at least everything committed when it started.
//!
//! Rows are copied straight from the driver's buffers into the page (one text buffer
//! per page, no allocation per entry).
//!
//! [`Store::scan_audit`]: hushdesk_domain::store::Store::scan_audit

use std::path::Path;
use std::time::Duration;

use hushdesk_domain::audit::{AuditPage, EntryRef, EventRef};
use hushdesk_domain::store::{AuditScan, StoreResult};
use hushdesk_domain::{StoreError, Timestamp};
use tokio::sync::mpsc;

use crate::sql::{to_i64, to_u64};

/// One chunk; columns in the order the row decoders below read them.
pub(crate) const CHUNK_SQL: &str =
    concat!("SELECT ", audit_columns!(), " FROM audit_events WHERE seq > $1 AND seq <= $2 ORDER BY seq");

/// The highest position stored (0 when empty).
pub(crate) const MAX_SEQ_SQL: &str = "SELECT COALESCE(MAX(seq), 0) FROM audit_events";

const OP: &str = "read audit log";

/// Pages each reader may be ahead of the consumer.
const DEPTH: usize = 2;

/// How the positions are cut up and shared out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Plan {
    after: u64,
    chunk: u64,
    chunks: u64,
    readers: u64,
}

impl Plan {
    /// Chunks of `page` positions from `after` to `max_seq` (at least one, the last
    /// open-ended), shared by as many readers as there are cores (at most 4).
    pub(crate) fn new(after: u64, max_seq: u64, page: u32) -> Plan {
        let chunk = u64::from(page.max(1));
        let chunks = max_seq.saturating_sub(after).div_ceil(chunk).max(1);
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get() as u64);
        Plan { after, chunk, chunks, readers: cores.clamp(1, 4).min(chunks) }
    }

    pub(crate) fn readers(&self) -> usize {
        self.readers as usize
    }

    /// Entries a chunk holds at most (unless it is the last).
    pub(crate) fn chunk_len(&self) -> usize {
        usize::try_from(self.chunk).unwrap_or(usize::MAX)
    }

    /// The bounds `(lo, hi]` of the chunks reader `k` reads, in order.
    pub(crate) fn chunks_of(&self, k: usize) -> impl Iterator<Item = StoreResult<(i64, i64)>> + Send + use<> {
        let p = *self;
        (k as u64..p.chunks).step_by(p.readers as usize).map(move |i| {
            let lo = p.after + i * p.chunk;
            let hi = if i + 1 == p.chunks { i64::MAX } else { to_i64(lo + p.chunk)? };
            Ok((to_i64(lo)?, hi))
        })
    }
}

/// What a reader sends per chunk.
type Item = StoreResult<AuditPage>;

/// The consumer side: takes chunk `i` from reader `i % readers`, skipping empty chunks
/// (gaps in the positions). A reader that stops before its last chunk is an error,
/// never a silently shorter log.
#[derive(Debug)]
pub struct ChannelScan {
    readers: Vec<mpsc::Receiver<Item>>,
    next: u64,
    chunks: u64,
}

impl AuditScan for ChannelScan {
    async fn next_page(&mut self) -> StoreResult<AuditPage> {
        while self.next < self.chunks {
            let k = (self.next % self.readers.len() as u64) as usize;
            match self.readers[k].recv().await {
                Some(Ok(page)) => {
                    self.next += 1;
                    if !page.is_empty() {
                        return Ok(page);
                    }
                }
                Some(Err(e)) => {
                    self.next = self.chunks;
                    return Err(e);
                }
                None => {
                    self.next = self.chunks;
                    return Err(StoreError::backend(OP, std::io::Error::other("an audit log reader stopped early")));
                }
            }
        }
        Ok(AuditPage::default())
    }
}

/// Starts `plan.readers()` readers; `spawn(k, plan, sender)` runs reader `k`.
pub(crate) fn start(plan: Plan, mut spawn: impl FnMut(usize, Plan, mpsc::Sender<Item>)) -> ChannelScan {
    let readers = (0..plan.readers())
        .map(|k| {
            let (tx, rx) = mpsc::channel(DEPTH);
            spawn(k, plan, tx);
            rx
        })
        .collect();
    ChannelScan { readers, next: 0, chunks: plan.chunks }
}

/// SQLite: reader `k` on a blocking thread with rusqlite. sqlx's SQLite driver hands
/// every row across from its worker thread (about 5 µs a row), several times the cost
/// of reading it; this is the one bulk read, so it gets a plain statement loop.
pub(crate) fn sqlite_reader(path: &Path, k: usize, plan: Plan, tx: mpsc::Sender<Item>) {
    let path = path.to_owned();
    tokio::task::spawn_blocking(move || {
        if let Err(e) = sqlite_read(&path, k, plan, &tx) {
            let _ = tx.blocking_send(Err(e));
        }
    });
}

fn lite_err(e: rusqlite::Error) -> StoreError {
    StoreError::backend(OP, e)
}

fn sqlite_read(path: &Path, k: usize, plan: Plan, tx: &mpsc::Sender<Item>) -> StoreResult<()> {
    use rusqlite::OpenFlags;
    // Read-write without create (a read-only handle cannot open a WAL database whose
    // shared-memory file it may need to create), then query_only.
    let conn = rusqlite::Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(lite_err)?;
    conn.busy_timeout(Duration::from_secs(30)).map_err(lite_err)?;
    conn.execute_batch("PRAGMA query_only = ON; BEGIN").map_err(lite_err)?;
    let mut stmt = conn.prepare(CHUNK_SQL).map_err(lite_err)?;
    for bounds in plan.chunks_of(k) {
        let mut page = AuditPage::with_capacity(plan.chunk_len());
        let mut rows = stmt.query(bounds?).map_err(lite_err)?;
        while let Some(row) = rows.next().map_err(lite_err)? {
            push_sqlite_row(&mut page, row)?;
        }
        if tx.blocking_send(Ok(page)).is_err() {
            return Ok(()); // the consumer is gone
        }
    }
    Ok(())
}

/// Copies the current row into the page.
fn push_sqlite_row(page: &mut AuditPage, r: &rusqlite::Row<'_>) -> StoreResult<()> {
    page.push(entry_ref(
        |i| r.get(i).map_err(lite_err),
        |i| r.get_ref(i).and_then(|v| Ok(v.as_str()?)).map_err(lite_err),
        |i| r.get_ref(i).and_then(|v| Ok(v.as_blob_or_null()?)).map_err(lite_err),
    )?);
    Ok(())
}

/// An audit row (the columns of `audit_columns!`, in that order), borrowed from the driver's row whose
/// columns `int`, `text` and `blob` read by index. The one decoder of audit rows: scans
/// copy it into a page, the paged queries into an owned record.
pub(crate) fn entry_ref<'a>(
    int: impl Fn(usize) -> StoreResult<i64>,
    text: impl Fn(usize) -> StoreResult<&'a str>,
    blob: impl Fn(usize) -> StoreResult<Option<&'a [u8]>>,
) -> StoreResult<EntryRef<'a>> {
    let hash = |i, what| hash_ref(blob(i)?.unwrap_or_default(), what);
    Ok(EntryRef {
        seq: to_u64(int(0)?, "audit seq")?,
        event: EventRef {
            at: Timestamp(int(1)?),
            actor: text(2)?,
            action: text(3)?,
            target: text(4)?,
            subject: blob(5)?.map(|s| hash_ref(s, "subject commitment")).transpose()?,
            reason: text(6)?,
            purpose: text(7)?,
            details: text(8)?,
        },
        prev_hash: hash(9, "audit prev hash")?,
        hash: hash(10, "audit hash")?,
    })
}

/// A stored 32-byte hash, borrowed.
fn hash_ref<'a>(v: &'a [u8], what: &'static str) -> StoreResult<&'a [u8; 32]> {
    v.try_into().map_err(|_| StoreError::Corrupt(what))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bounds(p: &Plan) -> Vec<Vec<(i64, i64)>> {
        (0..p.readers()).map(|k| p.chunks_of(k).map(Result::unwrap).collect()).collect()
    }

    #[test]
    fn chunks_cover_every_position_once_and_the_last_is_open() {
        let p = Plan { after: 3, chunk: 4, chunks: Plan::new(3, 25, 4).chunks, readers: 2 };
        assert_eq!(p.chunks, 6);
        assert_eq!(bounds(&p), [vec![(3, 7), (11, 15), (19, 23)], vec![(7, 11), (15, 19), (23, i64::MAX)]]);
    }

    #[test]
    fn an_empty_or_exhausted_log_still_gets_one_open_chunk() {
        for (after, max) in [(0, 0), (10, 4), (10, 10)] {
            let p = Plan::new(after, max, 100);
            assert_eq!((p.chunks, p.readers), (1, 1));
            assert_eq!(bounds(&p), [vec![(after as i64, i64::MAX)]]);
        }
    }
}
