//! Errors as `application/problem+json` (RFC 9457).
//!
//! Every failure the server answers is a [`Problem`]: a stable `type` URN per kind of
//! failure, a short `title`, the HTTP `status` and a precise `detail`. Details name
//! fields, limits and fixed reasons; they never quote a request's values (a value may
//! be personal data).

use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// The media type of problem responses.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An RFC 9457 problem document.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URN naming the kind of problem, e.g. `urn:hushdesk:problem:malformed-json`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Short summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong with this request (never a value from it).
    pub detail: String,
    /// Seconds to wait before retrying (rate limits).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
}

/// An error a handler or middleware returns; rendered as a [`Problem`].
#[derive(Clone, Debug)]
pub struct ApiError {
    /// Status.
    pub status: StatusCode,
    /// Short kebab-case name, the last part of the type URN.
    pub kind: &'static str,
    /// Title.
    pub title: &'static str,
    /// Detail.
    pub detail: String,
    /// Extra headers (`WWW-Authenticate`, `Retry-After`, `Allow`).
    pub headers: Vec<(HeaderName, HeaderValue)>,
    /// Seconds until a retry may succeed.
    pub retry_after: Option<u64>,
}

impl ApiError {
    /// A problem of `kind` with `status`.
    pub fn new(status: StatusCode, kind: &'static str, title: &'static str, detail: impl Into<String>) -> Self {
        ApiError { status, kind, title, detail: detail.into(), headers: Vec::new(), retry_after: None }
    }

    /// Adds a header.
    pub fn with_header(mut self, name: HeaderName, value: &'static str) -> Self {
        self.headers.push((name, HeaderValue::from_static(value)));
        self
    }

    /// 400: the body is not JSON.
    pub fn malformed_json(detail: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, "malformed-json", "Malformed JSON", detail)
    }

    /// 400: the body is not UTF-8.
    pub fn bad_utf8(at: usize) -> Self {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid-utf8",
            "Body is not valid UTF-8",
            format!("the request body is not valid UTF-8 (first invalid byte at offset {at})"),
        )
    }

    /// 422: JSON that does not fit the expected shape, or a value out of range.
    pub fn invalid(detail: impl Into<String>) -> Self {
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid-request", "Invalid request", detail)
    }

    /// 400: a bad query string or path parameter.
    pub fn bad_parameter(detail: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail)
    }

    /// 415.
    pub fn unsupported_media_type() -> Self {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "Unsupported media type",
            "the request body must be JSON: send Content-Type: application/json",
        )
    }

    /// 413.
    pub fn too_large(limit: usize) -> Self {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "body-too-large",
            "Request body too large",
            format!("the request body is larger than the configured limit of {limit} bytes (max_body_bytes)"),
        )
    }

    /// 401 with `WWW-Authenticate`.
    pub fn unauthorized(detail: impl Into<String>) -> Self {
        ApiError::new(StatusCode::UNAUTHORIZED, "unauthorized", "Authentication required", detail)
            .with_header(header::WWW_AUTHENTICATE, "Bearer realm=\"hushdesk\"")
    }

    /// 403.
    pub fn forbidden(detail: impl Into<String>) -> Self {
        ApiError::new(StatusCode::FORBIDDEN, "forbidden", "Not allowed", detail)
    }

    /// 404.
    pub fn not_found(detail: impl Into<String>) -> Self {
        ApiError::new(StatusCode::NOT_FOUND, "not-found", "Not found", detail)
    }

    /// 409.
    pub fn conflict(detail: impl Into<String>) -> Self {
        ApiError::new(StatusCode::CONFLICT, "conflict", "Conflict", detail)
    }

    /// 429 with `Retry-After`.
    pub fn rate_limited(scope: &str, retry_after_secs: u64) -> Self {
        let mut e = ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate-limited",
            "Too many requests",
            format!("the {scope} rate limit was exceeded; retry after {retry_after_secs} s"),
        );
        e.retry_after = Some(retry_after_secs);
        if let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string()) {
            e.headers.push((header::RETRY_AFTER, v));
        }
        e
    }

    /// 503.
    pub fn unavailable(detail: impl Into<String>) -> Self {
        ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "unavailable", "Service unavailable", detail)
    }

    /// Internal error (500). The detail is fixed: internal errors are logged
    /// (without personal data), never returned.
    pub fn internal() -> Self {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "Internal error",
            "the server could not complete the request; the error was logged",
        )
    }

    /// The problem document.
    pub fn problem(&self) -> Problem {
        Problem {
            type_: format!("urn:hushdesk:problem:{}", self.kind),
            title: self.title.to_owned(),
            status: self.status.as_u16(),
            detail: self.detail.clone(),
            retry_after: self.retry_after,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::to_vec(&self.problem()).unwrap_or_default();
        let mut res = (self.status, body).into_response();
        res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        for (k, v) in self.headers {
            res.headers_mut().append(k, v);
        }
        res
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {}", self.status.as_u16(), self.kind, self.detail)
    }
}

/// A problem for a bare status produced outside the handlers (unknown route, wrong
/// method, a layer's rejection).
pub fn for_status(status: StatusCode) -> ApiError {
    match status {
        StatusCode::NOT_FOUND => ApiError::not_found("no such endpoint; see /openapi.json"),
        StatusCode::METHOD_NOT_ALLOWED => ApiError::new(
            status,
            "method-not-allowed",
            "Method not allowed",
            "this endpoint does not accept this method; the Allow header lists the ones it does",
        ),
        StatusCode::PAYLOAD_TOO_LARGE => {
            ApiError::new(status, "body-too-large", "Request body too large", "the request body is too large")
        }
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::unsupported_media_type(),
        StatusCode::REQUEST_TIMEOUT => {
            ApiError::new(status, "timeout", "Request timeout", "the request was not received in time")
        }
        s if s.is_server_error() => ApiError::internal(),
        s => ApiError::new(s, "bad-request", "Bad request", s.canonical_reason().unwrap_or("bad request")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_rfc9457_with_headers() {
        let res = ApiError::rate_limited("per-key", 3).into_response();
        assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(res.headers()[header::CONTENT_TYPE], PROBLEM_JSON);
        assert_eq!(res.headers()[header::RETRY_AFTER], "3");
        let p = ApiError::unauthorized("x").problem();
        assert_eq!(p.type_, "urn:hushdesk:problem:unauthorized");
        assert_eq!(p.status, 401);
        let v = serde_json::to_value(&p).unwrap();
        assert!(v.get("type").is_some() && v.get("retry_after").is_none());
    }
}
