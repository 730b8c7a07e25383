//! The router: every route with its OpenAPI entry, the authorisation layer, metrics,
//! security headers, body limits and problem responses.

use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware;
use axum::response::IntoResponse;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::extract::BodyLimit;
use crate::headers::{Hsts, problem_bodies, security_headers};
use crate::problem::{ApiError, for_status};
use crate::state::AppState;
use crate::{health, presidio};

/// Every documented route, without state.
pub fn openapi_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(health::healthz))
        .routes(routes!(health::readyz))
        .routes(routes!(health::metrics))
        .routes(routes!(health::openapi))
        .routes(routes!(presidio::analyze))
        .routes(routes!(presidio::analyze_v1))
        .routes(routes!(presidio::anonymize_handler))
        .routes(routes!(presidio::anonymize_v1))
        .routes(routes!(presidio::supported_entities))
        .routes(routes!(presidio::anonymizers))
        .merge(crate::api::routes())
        .merge(crate::access::routes())
}

/// The OpenAPI document of [`openapi_router`].
pub fn openapi_document() -> utoipa::openapi::OpenApi {
    let (_, doc) = openapi_router().split_for_parts();
    crate::openapi::finish(doc)
}

async fn not_found() -> ApiError {
    for_status(StatusCode::NOT_FOUND)
}

async fn method_not_allowed() -> ApiError {
    for_status(StatusCode::METHOD_NOT_ALLOWED)
}

/// The complete application.
pub fn router(state: AppState) -> Router {
    let (routes, _) = openapi_router().split_for_parts();
    let limit = state.config.max_body_bytes;
    let hsts = Hsts(state.config.hsts());
    let metrics = state.metrics.clone();
    routes
        .route_layer(middleware::from_fn_with_state(state.clone(), crate::auth::authorize))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(metrics, crate::metrics::track))
        .with_state(state)
        .layer(middleware::from_fn(problem_bodies))
        .layer(DefaultBodyLimit::max(limit))
        .layer(axum::Extension(BodyLimit(limit)))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(|_payload: Box<dyn std::any::Any + Send>| {
            tracing::error!("a handler panicked (details withheld: they may contain personal data)");
            ApiError::internal().into_response()
        }))
        .layer(middleware::from_fn_with_state(hsts, security_headers))
}

/// Serialises the document once for `/openapi.json`.
pub fn openapi_bytes() -> Arc<bytes::Bytes> {
    Arc::new(bytes::Bytes::from(serde_json::to_vec(&openapi_document()).unwrap_or_default()))
}
