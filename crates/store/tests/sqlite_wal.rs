//! The SQLite writer never checkpoints (a checkpoint inside a commit stalls every request
//! waiting on it); a background task copies the WAL into the database instead.

mod common;

use std::time::{Duration, Instant};

use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wal_is_checkpointed_in_the_background() {
    let h = sqlite_harness().await;
    let main = h.store.main_path();
    let before = std::fs::metadata(&main).unwrap().len();
    for i in 0..200 {
        ingest(&h.vault, &format!("user{i}@example.com"), &format!("Hi, I'm user{i}@example.com, order {i}")).await;
    }
    // The writer leaves every page in the WAL; only the background checkpoint grows the
    // database file. Waits (the machine may be slow) but asserts nothing about time.
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut after = before;
    while after <= before && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
        after = std::fs::metadata(&main).unwrap().len();
    }
    assert!(after > before, "database file still {before} bytes: nothing was checkpointed");
}
