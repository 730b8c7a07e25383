//! The vault and access endpoints (`/v1/…`) over an object-safe [`Backend`].

/// The vault and access operations the endpoints need, with the store erased.
pub trait Backend: Send + Sync + 'static {}

/// The routes of this module (none yet).
pub fn routes() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    utoipa_axum::router::OpenApiRouter::new()
}
