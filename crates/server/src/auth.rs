//! Authentication and the authorisation middleware.
//!
//! Credentials: `Authorization: Bearer <api key>` (integrations, scripts) or the
//! `hd_session` cookie of a console log-in (`HttpOnly; Secure; SameSite=Strict`); a
//! cookie-authenticated request that changes state must also carry the session's CSRF
//! token in `X-CSRF-Token` (synchroniser token, compared in constant time).
//!
//! The middleware runs on every routed request: it finds the route's [`Action`] in
//! [`authz::ROUTES`] (a route missing there is refused), authenticates, checks the
//! permission table, applies the rate limits and leaves the [`Principal`] in the
//! request extensions for the handler.

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;

use axum::extract::{ConnectInfo, FromRequestParts, MatchedPath, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use subtle::ConstantTimeEq;

use crate::authz::{self, Action, Role};
use crate::problem::ApiError;
use crate::state::AppState;

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "hd_session";
/// Header carrying the CSRF token of a cookie session.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// A boxed future (object-safe async traits).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// How a principal authenticated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Via {
    /// An API key.
    ApiKey,
    /// A console session; holds the session's CSRF token.
    Session {
        /// The CSRF token expected in `X-CSRF-Token`.
        csrf: String,
        /// The session id (to log out).
        session_id: String,
    },
    /// No credentials (only where the configuration allows it).
    Anonymous,
}

/// Who is making a request.
#[derive(Clone, Debug)]
pub struct Principal {
    /// API key id (`key_…`) or user id (`usr_…`); `anonymous`.
    pub id: String,
    /// API key name or the user's e-mail address.
    pub name: String,
    /// Role; `None` for anonymous requests.
    pub role: Option<Role>,
    /// How.
    pub via: Via,
}

impl Principal {
    /// The actor recorded in the audit log: `apikey:<name>` or `user:<email>`.
    pub fn actor(&self) -> String {
        let s = match self.via {
            Via::ApiKey => format!("apikey:{}", self.name),
            Via::Session { .. } => format!("user:{}", self.name),
            Via::Anonymous => "anonymous".to_owned(),
        };
        s.chars().filter(|c| !c.is_control()).take(128).collect()
    }

    /// The key the per-key rate limit counts under.
    fn limit_key(&self) -> String {
        match &self.via {
            Via::ApiKey => format!("k:{}", self.id),
            Via::Session { .. } => format!("u:{}", self.id),
            Via::Anonymous => String::new(),
        }
    }
}

/// Resolves credentials to principals (backed by the store; an in-memory one in tests).
pub trait Authenticator: Send + Sync + 'static {
    /// The principal of a valid, unexpired, unrevoked API key; `None` otherwise.
    fn api_key<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<Principal>, ApiError>>;
    /// The principal of a live session (refreshing its idle timer); `None` otherwise.
    fn session<'a>(&'a self, session_id: &'a str) -> BoxFuture<'a, Result<Option<Principal>, ApiError>>;
}

/// Accepts no credential at all (for servers without a store, e.g. analysis-only tests).
pub struct NoAuthenticator;

impl Authenticator for NoAuthenticator {
    fn api_key<'a>(&'a self, _key: &'a str) -> BoxFuture<'a, Result<Option<Principal>, ApiError>> {
        Box::pin(async { Ok(None) })
    }
    fn session<'a>(&'a self, _id: &'a str) -> BoxFuture<'a, Result<Option<Principal>, ApiError>> {
        Box::pin(async { Ok(None) })
    }
}

/// The bearer token of a request, if any.
pub fn bearer(headers: &HeaderMap) -> Option<&str> {
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = v.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

/// The value of cookie `name`, if any.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The client address: the peer, or behind a TLS proxy the address the proxy appended
/// last to `X-Forwarded-For`.
pub fn client_ip(req: &Request, behind_proxy: bool) -> IpAddr {
    let peer = req.extensions().get::<ConnectInfo<SocketAddr>>().map_or(IpAddr::from([127, 0, 0, 1]), |c| c.0.ip());
    if behind_proxy
        && let Some(ip) = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .and_then(|s| s.trim().parse().ok())
    {
        return ip;
    }
    peer
}

fn csrf_ok(headers: &HeaderMap, expected: &str) -> bool {
    let given = headers.get(CSRF_HEADER).map(HeaderValue::as_bytes).unwrap_or_default();
    !expected.is_empty() && given.ct_eq(expected.as_bytes()).into()
}

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The authorisation middleware (see the module docs).
pub async fn authorize(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    match check(&state, &mut req).await {
        Ok(()) => next.run(req).await,
        Err(e) => e.into_response(),
    }
}

async fn check(state: &AppState, req: &mut Request) -> Result<(), ApiError> {
    let template = req.extensions().get::<MatchedPath>().map(|m| m.as_str().to_owned());
    let Some(template) = template else {
        return Err(ApiError::forbidden("this route is not in the permission table"));
    };
    let Some(action) = authz::route_action(req.method().as_str(), &template) else {
        let allow = authz::allowed_methods(&template);
        if allow.is_empty() {
            tracing::error!(route = %template, "route missing from the permission table: refused");
            return Err(ApiError::forbidden("this route is not in the permission table"));
        }
        let mut e = crate::problem::for_status(axum::http::StatusCode::METHOD_NOT_ALLOWED);
        if let Ok(v) = HeaderValue::from_str(&allow.join(", ")) {
            e.headers.push((header::ALLOW, v));
        }
        return Err(e);
    };
    let ip = client_ip(req, state.config.behind_tls_proxy);
    let per_ip = |state: &AppState| -> Result<(), ApiError> {
        state.limits.ip(ip).map_err(|secs| {
            state.metrics.rate_limited("per_ip");
            ApiError::rate_limited("per-IP", secs)
        })
    };
    if action == Action::Public {
        per_ip(state)?;
        return Ok(());
    }

    let principal = if let Some(key) = bearer(req.headers()) {
        match state.auth.api_key(key).await? {
            Some(p) => p,
            None => {
                per_ip(state)?;
                state.metrics.auth_failure("api_key");
                return Err(ApiError::unauthorized("the API key is unknown, revoked or expired"));
            }
        }
    } else if let Some(sid) = cookie(req.headers(), SESSION_COOKIE) {
        let sid = sid.to_owned();
        match state.auth.session(&sid).await? {
            Some(p) => {
                if !is_safe(req.method()) {
                    let Via::Session { csrf, .. } = &p.via else { return Err(ApiError::internal()) };
                    if !csrf_ok(req.headers(), csrf) {
                        state.metrics.auth_failure("csrf");
                        return Err(ApiError::forbidden(
                            "a cookie-authenticated request that changes state needs the session's X-CSRF-Token header",
                        ));
                    }
                }
                p
            }
            None => {
                per_ip(state)?;
                state.metrics.auth_failure("session");
                return Err(ApiError::unauthorized("the session has expired or does not exist; log in again"));
            }
        }
    } else if (action == Action::Analyze && state.config.allow_anonymous_analyze)
        || (action == Action::ReadMetrics && state.config.allow_anonymous_metrics)
    {
        per_ip(state)?;
        req.extensions_mut().insert(Principal {
            id: "anonymous".into(),
            name: "anonymous".into(),
            role: None,
            via: Via::Anonymous,
        });
        return Ok(());
    } else {
        per_ip(state)?;
        return Err(ApiError::unauthorized("this endpoint needs credentials: Authorization: Bearer <API key>"));
    };

    let allowed = action == Action::Authenticated || principal.role.is_some_and(|r| authz::allowed(r, action));
    if !allowed {
        return Err(ApiError::forbidden(format!(
            "the role {} may not perform {}",
            principal.role.map_or("none", Role::as_str),
            action.as_str()
        )));
    }
    state.limits.key(&principal.limit_key()).map_err(|secs| {
        state.metrics.rate_limited("per_key");
        ApiError::rate_limited("per-key", secs)
    })?;
    req.extensions_mut().insert(principal);
    Ok(())
}

impl<S: Send + Sync> FromRequestParts<S> for Principal {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Principal>().cloned().ok_or_else(|| ApiError::unauthorized("authentication required"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_bearer_and_cookies() {
        let mut h = HeaderMap::new();
        h.insert(header::AUTHORIZATION, HeaderValue::from_static("Bearer hd_abc"));
        h.append(header::COOKIE, HeaderValue::from_static("a=1; hd_session=s1"));
        assert_eq!(bearer(&h), Some("hd_abc"));
        assert_eq!(cookie(&h, SESSION_COOKIE), Some("s1"));
        assert_eq!(cookie(&h, "b"), None);
        h.insert(header::AUTHORIZATION, HeaderValue::from_static("Basic x"));
        assert_eq!(bearer(&h), None);
        h.insert(CSRF_HEADER, HeaderValue::from_static("tok"));
        assert!(csrf_ok(&h, "tok"));
        assert!(!csrf_ok(&h, "tok2"));
        assert!(!csrf_ok(&HeaderMap::new(), ""));
    }

    #[test]
    fn actor_names() {
        let p =
            Principal { id: "key_1".into(), name: "helpdesk".into(), role: Some(Role::Integration), via: Via::ApiKey };
        assert_eq!(p.actor(), "apikey:helpdesk");
        let p = Principal {
            id: "usr_1".into(),
            name: "ann@corp.example".into(),
            role: Some(Role::Agent),
            via: Via::Session { csrf: "c".into(), session_id: "s".into() },
        };
        assert_eq!(p.actor(), "user:ann@corp.example");
    }
}
