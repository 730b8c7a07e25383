//! The HTTP layer over real TLS (dev certificate) on port 0: problems for every kind of
//! bad input, security headers, authentication and roles on the analysis endpoints,
//! rate limits, metrics, the OpenAPI document and graceful shutdown.

mod common;

use common::{TestServer, bearer};
use hushdesk_server::authz::Role;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn assert_problem(r: &hushdesk_server::client::Response, status: u16, kind: &str) {
    assert_eq!(r.status, status, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.header("content-type"), Some("application/problem+json"), "{status} {kind}");
    let p = r.json();
    assert_eq!(p["status"], status);
    assert_eq!(p["type"], format!("urn:hushdesk:problem:{kind}"), "{p}");
    assert!(p["title"].is_string() && p["detail"].is_string(), "{p}");
}

fn assert_security_headers(r: &hushdesk_server::client::Response, hsts: bool) {
    assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(r.header("x-frame-options"), Some("DENY"));
    assert!(r.header("content-security-policy").is_some_and(|v| v.contains("default-src 'none'")));
    assert_eq!(r.header("referrer-policy"), Some("no-referrer"));
    assert_eq!(r.header("cache-control"), Some("no-store"));
    assert_eq!(r.header("strict-transport-security").is_some(), hsts);
}

const TEXT: &str = "Hi, I'm Zoë Lopez, mail zoe.lopez@example.com or call +44 20 7946 0958.";

#[tokio::test]
async fn analyze_over_tls_with_roles_and_presidio_shapes() {
    let mut s = TestServer::start(|_| {}).await;
    let c = &s.client;
    let r = c.send("GET", "/healthz", &[], None).await.unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["status"], "ok");
    assert_security_headers(&r, true);

    let body = serde_json::to_vec(&json!({"text": TEXT, "language": "en"})).unwrap();
    // No credentials.
    let r = c.send("POST", "/analyze", &[], Some(body.clone())).await.unwrap();
    assert_problem(&r, 401, "unauthorized");
    assert_eq!(r.header("www-authenticate"), Some("Bearer realm=\"hushdesk\""));
    assert_security_headers(&r, true);
    // Unknown key.
    let r = c.send("POST", "/analyze", &[("authorization", "Bearer hd_nope")], Some(body.clone())).await.unwrap();
    assert_problem(&r, 401, "unauthorized");
    // A role without the permission.
    let r = c.send("POST", "/analyze", &[("authorization", &bearer(Role::Auditor))], Some(body.clone())).await.unwrap();
    assert_problem(&r, 403, "forbidden");

    let auth = bearer(Role::Integration);
    for path in ["/analyze", "/v1/analyze"] {
        let r = c.send("POST", path, &[("authorization", &auth)], Some(body.clone())).await.unwrap();
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        assert_eq!(r.header("content-type"), Some("application/json"));
        let v = r.json();
        let results = v.as_array().unwrap();
        let email = results.iter().find(|x| x["entity_type"] == "EMAIL_ADDRESS").expect("email found");
        // Code points, as Presidio counts (ë is one).
        let start = TEXT.find("zoe.lopez").unwrap() - 1;
        assert_eq!(email["start"], start);
        assert_eq!(email["end"], start + "zoe.lopez@example.com".len());
        assert!(email["analysis_explanation"].is_null());
        assert!(email["recognition_metadata"]["recognizer_name"].is_string());
        assert!(results.iter().any(|x| x["entity_type"] == "PHONE_NUMBER"));
    }
    // Decision process, entity filter, threshold.
    let body2 = serde_json::to_vec(&json!({
        "text": TEXT, "language": "en", "entities": ["PHONE_NUMBER"], "score_threshold": 0.1,
        "return_decision_process": true, "correlation_id": "abc"
    }))
    .unwrap();
    let r = c.send("POST", "/analyze", &[("authorization", &auth)], Some(body2)).await.unwrap();
    let v = r.json();
    let results = v.as_array().unwrap();
    assert!(!results.is_empty());
    assert!(results.iter().all(|x| x["entity_type"] == "PHONE_NUMBER"), "{v}");
    let ex = &results[0]["analysis_explanation"];
    assert!(
        ex["recognizer"].is_string() && ex["original_score"].is_number() && ex["textual_explanation"].is_string(),
        "{ex}"
    );

    // Anonymize with per-entity operators and Presidio's analyzer output passed through.
    let analyzed = c
        .send(
            "POST",
            "/analyze",
            &[("authorization", &auth)],
            Some(serde_json::to_vec(&json!({"text": TEXT, "language": "en"})).unwrap()),
        )
        .await
        .unwrap()
        .json();
    let req = json!({
        "text": TEXT,
        "anonymizers": {
            "DEFAULT": {"type": "replace", "new_value": "<X>"},
            "PHONE_NUMBER": {"type": "mask", "masking_char": "#", "chars_to_mask": 4, "from_end": true},
            "EMAIL_ADDRESS": {"type": "hash"}
        },
        "analyzer_results": analyzed
    });
    for path in ["/anonymize", "/v1/anonymize"] {
        let r =
            c.send("POST", path, &[("authorization", &auth)], Some(serde_json::to_vec(&req).unwrap())).await.unwrap();
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        let v = r.json();
        let text = v["text"].as_str().unwrap();
        assert!(!text.contains("zoe.lopez"), "{text}");
        assert!(text.contains("+44 20 7946 ####"), "{text}");
        let items = v["items"].as_array().unwrap();
        let ops: Vec<&str> = items.iter().map(|i| i["operator"].as_str().unwrap()).collect();
        assert!(ops.contains(&"mask") && ops.contains(&"hash"), "{ops:?}");
        for i in items {
            let (a, b) = (i["start"].as_u64().unwrap() as usize, i["end"].as_u64().unwrap() as usize);
            let slice: String = text.chars().skip(a).take(b - a).collect();
            assert_eq!(slice, i["text"].as_str().unwrap());
        }
    }
    // Without analyzer_results the text is analysed first.
    let r = c
        .send(
            "POST",
            "/anonymize",
            &[("authorization", &auth)],
            Some(serde_json::to_vec(&json!({"text": TEXT})).unwrap()),
        )
        .await
        .unwrap();
    assert_eq!(r.status, 200);
    assert!(r.json()["text"].as_str().unwrap().contains("<EMAIL_ADDRESS>"));

    let r = c.send("GET", "/supportedentities?language=en", &[("authorization", &auth)], None).await.unwrap();
    assert!(r.json().as_array().unwrap().iter().any(|e| e == "CREDIT_CARD"));
    let r = c.send("GET", "/supportedentities?language=xx", &[("authorization", &auth)], None).await.unwrap();
    assert_problem(&r, 400, "invalid-parameter");
    let r = c.send("GET", "/supportedentities?langage=en", &[("authorization", &auth)], None).await.unwrap();
    assert_problem(&r, 400, "invalid-parameter");

    // Metrics: counts by entity type and route template, never the text.
    let r = c.send("GET", "/metrics", &[("authorization", &bearer(Role::Auditor))], None).await.unwrap();
    assert_eq!(r.status, 200);
    let m = String::from_utf8(r.body.to_vec()).unwrap();
    assert!(m.contains("hushdesk_detections_total{entity_type=\"EMAIL_ADDRESS\"}"), "{m}");
    assert!(m.contains("route=\"/analyze\""), "{m}");
    assert!(m.contains("status=\"401\""), "{m}");
    assert!(!m.contains("zoe") && !m.contains("7946"), "{m}");
    let r = c.send("GET", "/metrics", &[("authorization", &auth)], None).await.unwrap();
    assert_problem(&r, 403, "forbidden");
    s.stop().await;
}

#[tokio::test]
async fn every_kind_of_bad_input_is_a_precise_problem() {
    let mut s = TestServer::start(|c| c.max_body_bytes = 4096).await;
    let c = &s.client;
    let auth = bearer(Role::Integration);
    let h = [("authorization", auth.as_str())];
    let send = |body: &[u8], ct: Option<&'static str>| {
        let mut headers = vec![("authorization", auth.as_str())];
        if let Some(ct) = ct {
            headers.push(("content-type", ct));
        }
        let body = body.to_vec();
        let c = c.clone();
        async move { c.send("POST", "/analyze", &headers, Some(body)).await.unwrap() }
    };
    let secret = "ann.secret@example.com";
    assert_problem(&send(b"{\"text\": \"x\", ", None).await, 400, "malformed-json");
    assert_problem(&send(b"\xff\xfe\x00", None).await, 400, "invalid-utf8");
    let r = send(format!("{{\"text\": \"x\", \"language\": \"en\", \"colour\": \"{secret}\"}}").as_bytes(), None).await;
    assert_problem(&r, 422, "invalid-request");
    assert!(r.json()["detail"].as_str().unwrap().contains("unknown field `colour`"));
    let r =
        send(format!("{{\"text\": \"x\", \"language\": \"en\", \"score_threshold\": \"{secret}\"}}").as_bytes(), None)
            .await;
    assert_problem(&r, 422, "invalid-request");
    assert!(!String::from_utf8_lossy(&r.body).contains(secret), "no value is echoed");
    assert_problem(
        &send(br#"{"text": "x", "language": "en", "score_threshold": 7}"#, None).await,
        422,
        "invalid-request",
    );
    assert_problem(&send(br#"{"text": "x", "language": "tlh"}"#, None).await, 422, "invalid-request");
    assert_problem(
        &send(br#"{"text": "x", "language": "en", "entities": ["NOPE"]}"#, None).await,
        422,
        "invalid-request",
    );
    assert_problem(&send(br#"{"language": "en"}"#, None).await, 422, "invalid-request");
    assert_problem(
        &send(br#"{"text": "x", "language": "en"}"#, Some("text/plain")).await,
        415,
        "unsupported-media-type",
    );
    let big = serde_json::to_vec(&json!({"text": "a".repeat(5000), "language": "en"})).unwrap();
    let r = send(&big, None).await;
    assert_problem(&r, 413, "body-too-large");
    assert!(r.json()["detail"].as_str().unwrap().contains("4096"));
    let bad_anon = json!({"text": "abc", "analyzer_results": [{"start": 0, "end": 9, "entity_type": "PERSON"}]});
    let r = c.send("POST", "/anonymize", &h, Some(serde_json::to_vec(&bad_anon).unwrap())).await.unwrap();
    assert_problem(&r, 422, "invalid-request");
    let r = c.send("GET", "/nowhere", &h, None).await.unwrap();
    assert_problem(&r, 404, "not-found");
    assert!(r.header("x-content-type-options").is_some());
    let r = c.send("DELETE", "/analyze", &h, None).await.unwrap();
    assert_problem(&r, 405, "method-not-allowed");
    assert_eq!(r.header("allow"), Some("POST"));
    s.stop().await;
}

#[tokio::test]
async fn rate_limits_per_key_and_per_ip() {
    let mut s = TestServer::start(|c| {
        c.rate_limit.per_key_per_second = 1;
        c.rate_limit.per_key_burst = 3;
        c.rate_limit.per_ip_per_second = 1;
        c.rate_limit.per_ip_burst = 2;
    })
    .await;
    let c = &s.client;
    let body = serde_json::to_vec(&json!({"text": "x", "language": "en"})).unwrap();
    let auth = bearer(Role::Integration);
    let mut statuses = Vec::new();
    for _ in 0..6 {
        statuses.push(c.send("POST", "/analyze", &[("authorization", &auth)], Some(body.clone())).await.unwrap());
    }
    let limited = statuses.iter().find(|r| r.status == 429).expect("the key is limited");
    assert_problem(limited, 429, "rate-limited");
    assert!(limited.header("retry-after").unwrap().parse::<u64>().unwrap() >= 1);
    assert!(statuses.iter().filter(|r| r.status == 200).count() <= 4);
    // Another key has its own bucket.
    let other = bearer(Role::Agent);
    assert_eq!(c.send("POST", "/analyze", &[("authorization", &other)], Some(body.clone())).await.unwrap().status, 200);
    // Requests without valid credentials are limited per IP (guessing keys).
    let mut last = 0;
    for _ in 0..6 {
        last =
            c.send("POST", "/analyze", &[("authorization", "Bearer guess")], Some(body.clone())).await.unwrap().status;
    }
    assert_eq!(last, 429);
    s.stop().await;
}

#[tokio::test]
async fn anonymous_analyze_only_when_configured() {
    let mut s = TestServer::start(|c| c.allow_anonymous_analyze = true).await;
    let body = serde_json::to_vec(&json!({"text": TEXT, "language": "en"})).unwrap();
    let r = s.client.send("POST", "/analyze", &[], Some(body)).await.unwrap();
    assert_eq!(r.status, 200);
    let r = s.client.send("GET", "/metrics", &[], None).await.unwrap();
    assert_eq!(r.status, 401, "metrics stay closed");
    s.stop().await;
}

#[tokio::test]
async fn openapi_document_lists_the_routes_and_problems() {
    let mut s = TestServer::start(|_| {}).await;
    let r = s.client.send("GET", "/openapi.json", &[], None).await.unwrap();
    assert_eq!(r.status, 200);
    let doc: Value = r.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths = doc["paths"].as_object().unwrap();
    for p in
        ["/analyze", "/v1/analyze", "/anonymize", "/v1/anonymize", "/healthz", "/readyz", "/metrics", "/openapi.json"]
    {
        assert!(paths.contains_key(p), "{p}");
    }
    let analyze = &doc["paths"]["/analyze"]["post"];
    for code in ["200", "400", "401", "403", "413", "415", "422", "429"] {
        assert!(analyze["responses"][code].is_object(), "{code}");
    }
    assert!(doc["components"]["schemas"]["Problem"].is_object());
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
    s.stop().await;
}

#[tokio::test]
async fn plain_http_on_loopback_has_no_hsts() {
    let mut s = TestServer::start_with(|_| {}, false).await;
    let r = s.client.send("GET", "/healthz", &[], None).await.unwrap();
    assert_eq!(r.status, 200);
    assert_security_headers(&r, false);
    s.stop().await;
}

/// A request whose headers arrived before the shutdown signal is answered; new
/// connections are refused afterwards.
#[tokio::test]
async fn graceful_shutdown_finishes_in_flight_requests() {
    let mut s = TestServer::start_with(|_| {}, false).await;
    let body = serde_json::to_vec(&json!({"text": TEXT, "language": "en"})).unwrap();
    let mut tcp = tokio::net::TcpStream::connect(s.addr).await.unwrap();
    let head = format!(
        "POST /analyze HTTP/1.1\r\nhost: x\r\nauthorization: {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        bearer(Role::Integration),
        body.len()
    );
    tcp.write_all(head.as_bytes()).await.unwrap();
    tcp.write_all(&body[..10]).await.unwrap();
    // Make sure the server has the request (a second request on another connection is
    // answered only after this one was accepted).
    assert_eq!(s.client.send("GET", "/healthz", &[], None).await.unwrap().status, 200);
    s.shutdown_signal();
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    tcp.write_all(&body[10..]).await.unwrap();
    let mut buf = Vec::new();
    tcp.read_to_end(&mut buf).await.unwrap();
    let text = String::from_utf8_lossy(&buf);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(text.contains("EMAIL_ADDRESS"));
    s.done.take().unwrap().await.unwrap().unwrap();
    assert!(tokio::net::TcpStream::connect(s.addr).await.is_err(), "listener closed");
}
