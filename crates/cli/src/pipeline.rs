//! An order-preserving parallel map with bounded memory: a reader thread cuts the input
//! into batches, workers process them, and the caller's thread writes results in input
//! order. At most `2 × workers` batches are in flight, so memory stays flat on any input
//! size.

use std::collections::BTreeMap;

use anyhow::Result;
use crossbeam_channel::bounded;

/// Processes batches from `produce` with `workers` threads. `produce` is handed an `emit`
/// function and returns when the input ends (or `emit` returns `false` because output
/// failed). `init` makes per-worker state (reusable buffers); `consume` receives results
/// in input order.
pub fn ordered_map<In, Out, State>(
    workers: usize,
    produce: impl FnOnce(&mut dyn FnMut(In) -> bool) -> Result<()> + Send,
    init: impl Fn() -> State + Sync,
    work: impl Fn(&mut State, In) -> Out + Sync,
    mut consume: impl FnMut(Out) -> Result<()>,
) -> Result<()>
where
    In: Send,
    Out: Send,
{
    let workers = workers.max(1);
    let (in_tx, in_rx) = bounded::<(u64, In)>(workers * 2);
    let (out_tx, out_rx) = bounded::<(u64, Out)>(workers * 2);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            let mut seq = 0u64;
            let mut emit = |batch: In| {
                let ok = in_tx.send((seq, batch)).is_ok();
                seq += 1;
                ok
            };
            produce(&mut emit)
        });
        for _ in 0..workers {
            let (rx, tx, init, work) = (in_rx.clone(), out_tx.clone(), &init, &work);
            scope.spawn(move || {
                let mut state = init();
                for (seq, batch) in rx {
                    if tx.send((seq, work(&mut state, batch))).is_err() {
                        break;
                    }
                }
            });
        }
        drop((in_rx, out_tx));
        let mut pending = BTreeMap::new();
        let mut next = 0u64;
        let mut result = Ok(());
        for (seq, out) in &out_rx {
            pending.insert(seq, out);
            while let Some(out) = pending.remove(&next) {
                next += 1;
                if result.is_ok() {
                    result = consume(out);
                }
            }
            if result.is_err() {
                // Stop the pipeline: dropping the receiver makes workers and reader stop.
                break;
            }
        }
        drop(out_rx);
        let read = reader.join().unwrap_or_else(|_| Err(anyhow::anyhow!("input reader panicked")));
        result.and(read)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_input_order_with_many_workers() {
        let mut seen = Vec::new();
        ordered_map(
            4,
            |emit| {
                for i in 0..200u32 {
                    emit(i);
                }
                Ok(())
            },
            || (),
            |_, i| {
                // Uneven work so batches finish out of order.
                std::thread::sleep(std::time::Duration::from_micros(u64::from(200 - i) * 10));
                i * 2
            },
            |o| {
                seen.push(o);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, (0..200).map(|i| i * 2).collect::<Vec<_>>());
    }

    #[test]
    fn output_error_stops_the_reader() {
        let mut produced = 0;
        let r = ordered_map(
            2,
            |emit| {
                for i in 0..1_000_000u32 {
                    if !emit(i) {
                        break;
                    }
                    produced += 1;
                }
                Ok(())
            },
            || (),
            |_, i| i,
            |_| Err(anyhow::anyhow!("disk full")),
        );
        assert!(r.is_err());
        assert!(produced < 1_000_000);
    }
}
