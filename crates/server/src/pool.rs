//! CPU-bound work (detection, anonymisation, vault preparation) runs on a rayon pool,
//! never on the async workers: an async handler sends a closure and awaits a oneshot.
//! A semaphore bounds queued jobs so a flood waits in the async layer instead of
//! growing the pool's queue without limit.

use std::sync::Arc;

use tokio::sync::{Semaphore, oneshot};

use crate::problem::ApiError;

/// The pool.
pub struct CpuPool {
    pool: rayon::ThreadPool,
    permits: Arc<Semaphore>,
}

impl CpuPool {
    /// A pool of `threads` (0 = one per core) accepting up to `queue` jobs at once.
    ///
    /// # Errors
    /// Thread creation failure.
    pub fn new(threads: usize, queue: usize) -> Result<Self, rayon::ThreadPoolBuildError> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("hushdesk-cpu-{i}"))
            .build()?;
        Ok(CpuPool { pool, permits: Arc::new(Semaphore::new(queue.max(1))) })
    }

    /// Number of threads.
    pub fn threads(&self) -> usize {
        self.pool.current_num_threads()
    }

    /// Runs `f` on the pool and returns its result.
    ///
    /// # Errors
    /// 500 if the job panicked; 503 if the pool is shut down.
    pub async fn run<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        let _permit = self.permits.acquire().await.map_err(|_| ApiError::unavailable("shutting down"))?;
        let (tx, rx) = oneshot::channel();
        self.pool.spawn(move || {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
            let _ = tx.send(r);
        });
        match rx.await {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(_)) => {
                tracing::error!("a CPU job panicked (details withheld: they may contain personal data)");
                Err(ApiError::internal())
            }
            Err(_) => Err(ApiError::unavailable("the worker pool stopped")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn runs_off_the_async_thread_and_survives_panics() {
        let pool = CpuPool::new(2, 8).unwrap();
        let here = std::thread::current().id();
        let there = pool.run(|| std::thread::current().id()).await.unwrap();
        assert_ne!(here, there);
        let name = pool.run(|| std::thread::current().name().map(str::to_owned)).await.unwrap().unwrap();
        assert!(name.starts_with("hushdesk-cpu-"));
        let err = pool.run(|| -> u8 { panic!("boom") }).await.unwrap_err();
        assert_eq!(err.status.as_u16(), 500);
        assert_eq!(pool.run(|| 7).await.unwrap(), 7);
    }
}
