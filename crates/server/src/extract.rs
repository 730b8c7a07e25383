//! Request extractors that fail with precise problems and never echo a value.
//!
//! * [`ApiJson`]: `Content-Type` must be JSON (415), the body within `max_body_bytes`
//!   (413), UTF-8 (400), well-formed JSON (400), and of the expected shape with no
//!   unknown field (422, naming the path of the offending field).
//! * [`ApiQuery`] and [`ApiPath`]: 400 naming the parameter.

use axum::extract::rejection::BytesRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use bytes::Bytes;
use serde::de::DeserializeOwned;

use crate::problem::ApiError;

/// A JSON body.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiJson<T>(pub T);

/// The body limit, put into request extensions by the router.
#[derive(Clone, Copy, Debug)]
pub struct BodyLimit(pub usize);

fn is_json(ct: &str) -> bool {
    let mime = ct.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    mime == "application/json" || (mime.starts_with("application/") && mime.ends_with("+json"))
}

impl<T, S> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let ct_ok = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(is_json);
        if !ct_ok {
            return Err(ApiError::unsupported_media_type());
        }
        let limit = req.extensions().get::<BodyLimit>().map_or(2 << 20, |l| l.0);
        let bytes = Bytes::from_request(req, state).await.map_err(|e| body_error(&e, limit))?;
        parse_json(&bytes).map(ApiJson)
    }
}

fn body_error(e: &BytesRejection, limit: usize) -> ApiError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::too_large(limit)
    } else {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "unreadable-body",
            "Unreadable body",
            "the request body could not be read",
        )
    }
}

/// Parses a JSON document with the error rules above.
///
/// # Errors
/// 400 for bad UTF-8 or syntax, 422 for a wrong shape.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    if let Err(e) = std::str::from_utf8(bytes) {
        return Err(ApiError::bad_utf8(e.valid_up_to()));
    }
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize::<_, T>(de) {
        Ok(v) => {
            // Trailing characters after the document.
            let mut check = serde_json::Deserializer::from_slice(bytes).into_iter::<serde::de::IgnoredAny>();
            check.next();
            if check.next().is_some() {
                return Err(ApiError::malformed_json("unexpected data after the JSON document"));
            }
            Ok(v)
        }
        Err(err) => {
            let path = err.path().to_string();
            let inner = err.into_inner();
            let at = format!("line {} column {}", inner.line(), inner.column());
            match inner.classify() {
                serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
                    Err(ApiError::malformed_json(format!(
                        "the body is not valid JSON ({}, at {at})",
                        syntax_reason(&inner)
                    )))
                }
                _ => {
                    let msg = sanitize(&inner.to_string());
                    let field = if path == "." || path.is_empty() { String::new() } else { format!(" at `{path}`") };
                    Err(ApiError::invalid(format!("{msg}{field}")))
                }
            }
        }
    }
}

fn syntax_reason(e: &serde_json::Error) -> &'static str {
    let s = e.to_string();
    if s.starts_with("EOF") {
        "unexpected end of input"
    } else if s.contains("expected value") {
        "expected a value"
    } else if s.contains("trailing comma") {
        "trailing comma"
    } else if s.contains("control character") {
        "control character in a string"
    } else if s.contains("escape") {
        "invalid escape"
    } else if s.contains("key must be a string") {
        "object key must be a string"
    } else {
        "syntax error"
    }
}

/// serde's messages can quote the value (`invalid type: string "ann@example.com",
/// expected u32`, ``invalid value: integer `300`, expected u8``): the value is replaced
/// by its kind, quoted parts dropped, field names bounded, the position suffix removed.
pub fn sanitize(msg: &str) -> String {
    let msg = msg.split(" at line ").next().unwrap_or(msg);
    for prefix in ["invalid type: ", "invalid value: ", "invalid length "] {
        if let Some(rest) = msg.strip_prefix(prefix) {
            let kind: String = rest.chars().take_while(|c| !matches!(c, '"' | '`' | ',')).collect();
            let expected = rest.split_once(", expected ").map(|(_, e)| e).unwrap_or("another value");
            let expected = strip_quoted(expected);
            return format!("{}{}, expected {}", prefix, kind.trim(), expected).chars().take(300).collect();
        }
    }
    strip_quoted(msg)
}

fn strip_quoted(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len());
    let mut in_quote = false;
    for c in msg.chars() {
        if c == '"' {
            if !in_quote {
                out.push_str("a value");
            }
            in_quote = !in_quote;
            continue;
        }
        if !in_quote {
            out.push(c);
        }
    }
    // Field names in backticks come from the request too: bound their length.
    let mut bounded = String::new();
    for (i, part) in out.split('`').enumerate() {
        if i > 0 {
            bounded.push('`');
        }
        if i % 2 == 1 && part.chars().count() > 64 {
            bounded.extend(part.chars().take(64));
            bounded.push('…');
        } else {
            bounded.push_str(part);
        }
    }
    bounded.chars().take(500).collect()
}

/// A query string.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let q = parts.uri.query().unwrap_or("");
        let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(q.as_bytes()));
        serde_path_to_error::deserialize(de).map(ApiQuery).map_err(|e| {
            let path = e.path().to_string();
            let msg = sanitize(&e.into_inner().to_string());
            let field = if path == "." || path.is_empty() { String::new() } else { format!(" (parameter `{path}`)") };
            ApiError::bad_parameter(format!("invalid query string: {msg}{field}"))
        })
    }
}

/// Path parameters.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiPath<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiPath<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(v)) => Ok(ApiPath(v)),
            Err(_) => Err(ApiError::bad_parameter("a path parameter has an invalid format")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Body {
        text: String,
        n: Option<u32>,
        inner: Option<Inner>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        k: u8,
    }

    fn err(body: &[u8]) -> ApiError {
        parse_json::<Body>(body).unwrap_err()
    }

    #[test]
    fn classifies_and_never_echoes_values() {
        assert_eq!(err(b"{\"text\": ").status, StatusCode::BAD_REQUEST);
        assert_eq!(err(b"{\"text\": \"a\"} x").kind, "malformed-json");
        assert_eq!(err(b"\xff\xfe").kind, "invalid-utf8");
        let e = err(br#"{"text": "x", "n": "ann@example.com"}"#);
        assert_eq!(e.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(!e.detail.contains("ann@"), "{}", e.detail);
        assert!(e.detail.contains("`n`"), "{}", e.detail);
        let e = err(br#"{"text": "x", "extra": 1}"#);
        assert!(e.detail.contains("unknown field `extra`"), "{}", e.detail);
        let e = err(br#"{"text": "x", "inner": {"k": 300}}"#);
        assert!(e.detail.contains("inner.k"), "{}", e.detail);
        assert!(!e.detail.contains("300"), "{}", e.detail);
        let e = err(br#"{"n": 1}"#);
        assert!(e.detail.contains("missing field `text`"), "{}", e.detail);
        assert!(parse_json::<Body>(br#"{"text": "ok"}"#).is_ok());
    }

    #[test]
    fn content_types() {
        assert!(is_json("application/json"));
        assert!(is_json("application/json; charset=utf-8"));
        assert!(is_json("application/problem+json"));
        assert!(!is_json("text/plain"));
        assert!(!is_json("application/jsonx"));
    }
}
