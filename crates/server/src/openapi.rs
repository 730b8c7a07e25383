//! The OpenAPI 3.1 document: paths and schemas come from the handlers' `#[utoipa::path]`
//! attributes (collected by `utoipa-axum` as the router is built, so a route cannot be
//! served without being documented); this module adds the document's info, the
//! security schemes, and the problem responses every operation can give.

use utoipa::OpenApi;
use utoipa::openapi::security::{
    ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme,
};
use utoipa::openapi::{Content, HeaderBuilder, OpenApi as Doc, Ref, RefOr, ResponseBuilder};

use crate::authz::{self, Action};
use crate::problem::{PROBLEM_JSON, Problem};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Hushdesk",
        description = "Self-hosted privacy layer for customer support: Presidio-compatible analysis, \
                       the encrypted vault, reveals, erasure and the audit log. Errors are \
                       application/problem+json (RFC 9457).",
        license(name = "Apache-2.0", identifier = "Apache-2.0")
    ),
    components(schemas(Problem)),
    tags(
        (name = "presidio", description = "Presidio-compatible analysis and anonymisation"),
        (name = "vault", description = "Messages, tokens and data subjects"),
        (name = "audit", description = "The hash-chained audit log"),
        (name = "keys", description = "Key-encryption keys"),
        (name = "access", description = "API keys, console users and sessions"),
        (name = "operations", description = "Health, readiness, metrics, this document")
    )
)]
struct Base;

fn problem(description: &str) -> RefOr<utoipa::openapi::Response> {
    ResponseBuilder::new()
        .description(description)
        .content(PROBLEM_JSON, Content::new(Some(Ref::from_schema_name("Problem"))))
        .build()
        .into()
}

fn problem_with_header(description: &str, header: &str, header_doc: &str) -> RefOr<utoipa::openapi::Response> {
    ResponseBuilder::new()
        .description(description)
        .content(PROBLEM_JSON, Content::new(Some(Ref::from_schema_name("Problem"))))
        .header(
            header,
            HeaderBuilder::new()
                .schema(Some(utoipa::openapi::schema::Object::with_type(utoipa::openapi::schema::Type::String)))
                .description(Some(header_doc))
                .build(),
        )
        .build()
        .into()
}

/// Completes the document the router collected.
pub fn finish(paths: Doc) -> Doc {
    let mut doc = Base::openapi();
    doc.merge(paths);
    let components = doc.components.get_or_insert_with(Default::default);
    components.add_security_scheme(
        "bearer",
        SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("hd_… API key").build()),
    );
    components.add_security_scheme(
        "session",
        SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
            crate::auth::SESSION_COOKIE,
            "Console session (state-changing requests also need the X-CSRF-Token header)",
        ))),
    );
    for (template, item) in doc.paths.paths.iter_mut() {
        let ops = [
            ("GET", item.get.as_mut()),
            ("POST", item.post.as_mut()),
            ("PUT", item.put.as_mut()),
            ("DELETE", item.delete.as_mut()),
            ("PATCH", item.patch.as_mut()),
        ];
        for (method, op) in ops {
            let Some(op) = op else { continue };
            let action = authz::route_action(method, template);
            let public = action == Some(Action::Public);
            let r = &mut op.responses.responses;
            let mut add = |code: &str, resp: RefOr<utoipa::openapi::Response>| {
                r.entry(code.to_owned()).or_insert(resp);
            };
            add("400", problem("Malformed request (JSON syntax, UTF-8, query or path parameter)"));
            add("429", problem_with_header("Rate limit exceeded", "Retry-After", "Seconds to wait"));
            add("500", problem("Internal error (details are logged, never returned)"));
            add("503", problem("Not ready (database unreachable) or shutting down"));
            if op.request_body.is_some() {
                add("413", problem("Body larger than max_body_bytes"));
                add("415", problem("Content-Type is not application/json"));
                add("422", problem("Well-formed JSON of the wrong shape, an unknown field, or a value out of range"));
            }
            if !public {
                add(
                    "401",
                    problem_with_header(
                        "Missing, unknown, revoked or expired credentials",
                        "WWW-Authenticate",
                        "Bearer",
                    ),
                );
                add("403", problem("The role may not perform this action (or the CSRF token is missing)"));
            }
            if template.contains('{') {
                add("404", problem("No such resource"));
            }
            if public {
                op.security = Some(vec![SecurityRequirement::default()]);
            } else {
                op.security = Some(vec![
                    SecurityRequirement::new("bearer", Vec::<String>::new()),
                    SecurityRequirement::new("session", Vec::<String>::new()),
                ]);
            }
        }
    }
    doc
}
