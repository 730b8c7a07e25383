//! The role walk: every route of the permission table × every role (and no
//! credentials), over TLS, with real API keys from the store (`StoreAuthenticator`).
//! A route whose action the role lacks must answer 403 from the authorisation layer;
//! one it has must get past it (any answer but 401/403 from that layer); without
//! credentials every non-public route answers 401.

mod common;

use std::sync::Arc;

use common::TestServer;
use hushdesk_domain::Actor;
use hushdesk_server::Config;
use hushdesk_server::access::StoreAuthenticator;
use hushdesk_server::api::VaultBackend;
use hushdesk_server::authz::{self, Action, ROUTES, Role};
use hushdesk_server::client::Response;

fn concrete(path: &str) -> String {
    path.replace("{conversation_id}", "conv-1")
        .replace("{message_id}", "msg_aaaaaaaaaaaaaaaaaaaaaaaaaa")
        .replace("{token}", "tok_unknown")
        .replace("{key_id}", "key_unknown")
}

fn denied_by_table(r: &Response) -> bool {
    r.status == 403 && r.json()["detail"].as_str().unwrap_or("").contains("may not perform")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_times_every_role_matches_the_permission_table() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config { data: dir.path().to_owned(), dev_tls: true, ..Config::default() };
    config.rate_limit.per_ip_per_second = 10_000;
    config.rate_limit.per_ip_burst = 10_000;
    let vault = Arc::new(common::sqlite_vault(dir.path()).await);
    let mut keys = Vec::new();
    for role in Role::ALL {
        let (_, key) = vault
            .create_api_key(&Actor::new("test").unwrap(), &format!("{role} key"), role.as_str(), None)
            .await
            .unwrap();
        keys.push((role, key.expose_secret().to_owned()));
    }
    let backend = Arc::new(VaultBackend(vault));
    let auth = Arc::new(StoreAuthenticator::new(backend.clone(), &config));
    let mut server = TestServer::launch(config, dir, auth, Some(backend));
    let client = &server.client;

    let mut checked = 0;
    for (method, path, action) in ROUTES {
        let path = concrete(path);
        let body = (method.as_str() == "POST").then(|| b"{}".to_vec());
        let headers = |auth: Option<&str>| -> Vec<(&'static str, String)> {
            let mut h = vec![("content-type", "application/json".to_owned())];
            if let Some(a) = auth {
                h.push(("authorization", format!("Bearer {a}")));
            }
            h
        };
        // No credentials.
        let h = headers(None);
        let hv: Vec<(&str, &str)> = h.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let r = client.send(method.as_str(), &path, &hv, body.clone()).await.unwrap();
        if *action == Action::Public {
            assert!(r.status != 401 && r.status != 403, "{} {path} without credentials: {}", method.as_str(), r.status);
        } else {
            assert_eq!(r.status, 401, "{} {path} without credentials", method.as_str());
        }
        for (role, key) in &keys {
            let h = headers(Some(key));
            let hv: Vec<(&str, &str)> = h.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let r = client.send(method.as_str(), &path, &hv, body.clone()).await.unwrap();
            let expected = matches!(action, Action::Public | Action::Authenticated) || authz::allowed(*role, *action);
            assert_ne!(r.status, 401, "{} {path} as {role}: key refused", method.as_str());
            if expected {
                assert!(!denied_by_table(&r), "{} {path} as {role}: denied, table allows it", method.as_str());
            } else {
                assert!(
                    denied_by_table(&r),
                    "{} {path} as {role}: {} {:?}, table denies it",
                    method.as_str(),
                    r.status,
                    r.json()
                );
            }
            checked += 1;
        }
    }
    assert_eq!(checked, ROUTES.len() * Role::ALL.len());
    server.stop().await;
}
