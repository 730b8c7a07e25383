//! AES-256-GCM seal/open throughput at 64 B, 1 KiB and 64 KiB.
//!
//! `cargo bench -p hushdesk-crypto --bench aead -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use hushdesk_crypto::aead::{self, hardware_accelerated};
use hushdesk_crypto::{Aad, DataKey};

const SIZES: [usize; 3] = [64, 1024, 64 * 1024];

fn bench_aead(c: &mut Criterion) {
    eprintln!("AES hardware acceleration: {}", hardware_accelerated());
    let key = DataKey::generate().expect("OS RNG");
    let aad = Aad::new("msg_01hx7k3m9q2r5t8v", "body", 1);

    let mut group = c.benchmark_group("aead");
    for size in SIZES {
        let plaintext = vec![0x5au8; size];
        let sealed = aead::seal(&key, &aad, &plaintext).expect("seal");
        group.throughput(Throughput::Bytes(size as u64));
        group.bench_with_input(BenchmarkId::new("seal", size), &plaintext, |b, pt| {
            b.iter(|| aead::seal(black_box(&key), black_box(&aad), black_box(pt)))
        });
        group.bench_with_input(BenchmarkId::new("open", size), &sealed, |b, ct| {
            b.iter(|| aead::open(black_box(&key), black_box(&aad), black_box(ct)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_aead);
criterion_main!(benches);
