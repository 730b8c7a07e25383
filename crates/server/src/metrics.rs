//! Prometheus metrics. Labels are route templates (`/v1/messages/{id}`, never the
//! concrete path), methods, status codes, entity types and outcomes: no personal data,
//! no ids, no query strings.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::{Family, MetricConstructor};
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct EntityLabels {
    entity_type: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RevealLabels {
    entity_type: String,
    outcome: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ScopeLabels {
    scope: String,
}

#[derive(Clone)]
struct LatencyBuckets;

impl MetricConstructor<Histogram> for LatencyBuckets {
    fn new_metric(&self) -> Histogram {
        // 100 µs … ~6.5 s
        Histogram::new(exponential_buckets(0.0001, 2.0, 17))
    }
}

/// The server's metrics.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram, LatencyBuckets>,
    detections: Family<EntityLabels, Counter>,
    reveals: Family<RevealLabels, Counter>,
    rate_limited: Family<ScopeLabels, Counter>,
    auth_failures: Family<ScopeLabels, Counter>,
    ingested: Counter,
    in_flight: Gauge,
    batch_size: Histogram,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    /// Registers every metric.
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("hushdesk");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by method, route template and status",
            requests.clone(),
        );
        let latency = Family::new_with_constructor(LatencyBuckets);
        registry.register_with_unit(
            "http_request_duration",
            "Time from request to response head, by method and route template",
            prometheus_client::registry::Unit::Seconds,
            latency.clone(),
        );
        let detections = Family::<EntityLabels, Counter>::default();
        registry.register(
            "detections",
            "Personal data found by /analyze, /anonymize and ingest, by entity type",
            detections.clone(),
        );
        let reveals = Family::<RevealLabels, Counter>::default();
        registry.register("reveals", "Reveal requests by entity type and outcome", reveals.clone());
        let rate_limited = Family::<ScopeLabels, Counter>::default();
        registry.register("rate_limited", "Requests refused by a rate limit, by scope", rate_limited.clone());
        let auth_failures = Family::<ScopeLabels, Counter>::default();
        registry.register("auth_failures", "Failed authentications, by kind", auth_failures.clone());
        let ingested = Counter::default();
        registry.register("ingested_messages", "Messages stored", ingested.clone());
        let in_flight = Gauge::default();
        registry.register("http_requests_in_flight", "Requests being handled", in_flight.clone());
        let batch_size = Histogram::new(exponential_buckets(1.0, 2.0, 12));
        registry.register(
            "ingest_commit_batch_size",
            "Messages per ingest transaction (group commit)",
            batch_size.clone(),
        );
        Metrics {
            registry,
            requests,
            latency,
            detections,
            reveals,
            rate_limited,
            auth_failures,
            ingested,
            in_flight,
            batch_size,
        }
    }

    /// OpenMetrics text.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
        out
    }

    /// Counts a detection.
    pub fn detection(&self, entity_type: &str) {
        self.detections.get_or_create(&EntityLabels { entity_type: entity_type.to_owned() }).inc();
    }

    /// Counts a reveal (`outcome`: `revealed`, `denied`, `rate_limited`, `unknown`).
    pub fn reveal(&self, entity_type: &str, outcome: &str) {
        self.reveals
            .get_or_create(&RevealLabels { entity_type: entity_type.to_owned(), outcome: outcome.to_owned() })
            .inc();
    }

    /// Counts a rate-limited request.
    pub fn rate_limited(&self, scope: &str) {
        self.rate_limited.get_or_create(&ScopeLabels { scope: scope.to_owned() }).inc();
    }

    /// Counts a failed authentication.
    pub fn auth_failure(&self, kind: &str) {
        self.auth_failures.get_or_create(&ScopeLabels { scope: kind.to_owned() }).inc();
    }

    /// Counts stored messages and the size of their transaction.
    pub fn ingested(&self, n: u64) {
        self.ingested.inc_by(n);
        self.batch_size.observe(n as f64);
    }
}

/// Middleware: counts and times every request by route template.
pub async fn track(State(metrics): State<Arc<Metrics>>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().as_str().to_owned();
    let route = req.extensions().get::<MatchedPath>().map_or_else(|| "unmatched".to_owned(), |m| m.as_str().to_owned());
    metrics.in_flight.inc();
    let res = next.run(req).await;
    metrics.in_flight.dec();
    let status = res.status().as_u16();
    metrics
        .latency
        .get_or_create(&RouteLabels { method: method.clone(), route: route.clone() })
        .observe(start.elapsed().as_secs_f64());
    metrics.requests.get_or_create(&RequestLabels { method, route, status }).inc();
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_counters_without_values() {
        let m = Metrics::new();
        m.detection("EMAIL_ADDRESS");
        m.reveal("PHONE_NUMBER", "denied");
        m.ingested(3);
        let text = m.encode();
        assert!(text.contains("hushdesk_detections_total{entity_type=\"EMAIL_ADDRESS\"} 1"), "{text}");
        assert!(text.contains("hushdesk_reveals_total{entity_type=\"PHONE_NUMBER\",outcome=\"denied\"} 1"), "{text}");
        assert!(text.contains("hushdesk_ingested_messages_total 3"), "{text}");
    }
}
