//! Security headers on every response, and problem bodies for errors produced outside
//! the handlers (a layer's 413, a 404 or 405 from the router).

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::problem::{PROBLEM_JSON, for_status};

/// Whether HSTS is sent (set when the server, or its proxy, terminates TLS).
#[derive(Clone, Copy, Debug)]
pub struct Hsts(pub bool);

/// Adds the security headers.
///
/// Also: a request refused before its body was read (credentials, permission, rate
/// limit, unknown route, size) leaves unread bytes on the connection, and the server
/// closes it after the response; `Connection: close` tells an HTTP/1.1 client so, so it
/// does not send its next request on a connection that is going away.
pub async fn security_headers(State(hsts): State<Hsts>, req: Request, next: Next) -> Response {
    let has_body = req.headers().get(header::TRANSFER_ENCODING).is_some()
        || req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).is_some_and(|v| v.trim() != "0");
    let http1 = req.version() <= axum::http::Version::HTTP_11;
    let mut res = next.run(req).await;
    if has_body && http1 && matches!(res.status().as_u16(), 401 | 403 | 404 | 405 | 413 | 415 | 429) {
        res.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    let h = res.headers_mut();
    let set = |h: &mut axum::http::HeaderMap, name: header::HeaderName, value: &'static str| {
        h.insert(name, HeaderValue::from_static(value));
    };
    set(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(h, header::X_FRAME_OPTIONS, "DENY");
    set(h, header::CONTENT_SECURITY_POLICY, "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
    set(h, header::REFERRER_POLICY, "no-referrer");
    set(h, header::CACHE_CONTROL, "no-store");
    set(h, header::HeaderName::from_static("cross-origin-opener-policy"), "same-origin");
    set(h, header::HeaderName::from_static("cross-origin-resource-policy"), "same-origin");
    set(h, header::HeaderName::from_static("permissions-policy"), "camera=(), microphone=(), geolocation=()");
    if hsts.0 {
        set(h, header::STRICT_TRANSPORT_SECURITY, "max-age=63072000; includeSubDomains");
    }
    res
}

/// Turns any error response that is not already a problem into one (keeping headers
/// such as `Allow`).
pub async fn problem_bodies(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let is_problem = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with(PROBLEM_JSON));
    if is_problem {
        return res;
    }
    let (mut parts, _) = res.into_parts();
    let problem = for_status(status).into_response();
    let (pparts, body) = problem.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    if let Some(ct) = pparts.headers.get(header::CONTENT_TYPE) {
        parts.headers.insert(header::CONTENT_TYPE, ct.clone());
    }
    Response::from_parts(parts, Body::new(body))
}
