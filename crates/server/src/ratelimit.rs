//! Rate limits (GCRA token buckets from `governor`): per API key or session, per client
//! IP address for requests without valid credentials, and per actor for reveals.
//! Stale buckets are dropped every minute.

use std::net::IpAddr;
use std::num::NonZeroU32;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::config::RateLimits;

/// The limiters.
pub struct Limiters {
    per_key: DefaultKeyedRateLimiter<String>,
    per_ip: DefaultKeyedRateLimiter<IpAddr>,
    reveals: DefaultKeyedRateLimiter<String>,
    clock: DefaultClock,
}

fn nz(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN)
}

impl Limiters {
    /// From the configuration (all values are validated positive).
    pub fn new(c: &RateLimits) -> Self {
        Limiters {
            per_key: RateLimiter::keyed(Quota::per_second(nz(c.per_key_per_second)).allow_burst(nz(c.per_key_burst))),
            per_ip: RateLimiter::keyed(Quota::per_second(nz(c.per_ip_per_second)).allow_burst(nz(c.per_ip_burst))),
            reveals: RateLimiter::keyed(
                Quota::per_minute(nz(c.reveals_per_minute)).allow_burst(nz(c.reveals_per_minute)),
            ),
            clock: DefaultClock::default(),
        }
    }

    fn secs(&self, not_until: &governor::NotUntil<<DefaultClock as Clock>::Instant>) -> u64 {
        not_until.wait_time_from(self.clock.now()).as_secs() + 1
    }

    /// Counts a request of an authenticated principal; `Err(seconds)` when over.
    pub fn key(&self, id: &str) -> Result<(), u64> {
        self.per_key.check_key(&id.to_owned()).map_err(|n| self.secs(&n))
    }

    /// Counts a request without valid credentials from `ip`.
    pub fn ip(&self, ip: IpAddr) -> Result<(), u64> {
        self.per_ip.check_key(&ip).map_err(|n| self.secs(&n))
    }

    /// Counts a reveal by `actor`.
    pub fn reveal(&self, actor: &str) -> Result<(), u64> {
        self.reveals.check_key(&actor.to_owned()).map_err(|n| self.secs(&n))
    }

    /// Forgets buckets that are full again (call periodically).
    pub fn cleanup(&self) {
        self.per_key.retain_recent();
        self.per_ip.retain_recent();
        self.reveals.retain_recent();
        self.per_key.shrink_to_fit();
        self.per_ip.shrink_to_fit();
        self.reveals.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_per_key_and_per_ip() {
        let l = Limiters::new(&RateLimits {
            per_key_per_second: 1,
            per_key_burst: 2,
            per_ip_per_second: 1,
            per_ip_burst: 1,
            reveals_per_minute: 1,
        });
        assert!(l.key("a").is_ok());
        assert!(l.key("a").is_ok());
        assert!(l.key("a").unwrap_err() >= 1);
        assert!(l.key("b").is_ok());
        let ip: IpAddr = "127.0.0.1".parse().unwrap();
        assert!(l.ip(ip).is_ok());
        assert!(l.ip(ip).is_err());
        assert!(l.ip("127.0.0.2".parse().unwrap()).is_ok());
        assert!(l.reveal("x").is_ok());
        assert!(l.reveal("x").unwrap_err() >= 1);
        l.cleanup();
    }
}
