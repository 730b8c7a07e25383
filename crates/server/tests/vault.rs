//! The vault endpoints over TLS on a SQLite vault: ingest (one, batch, concurrent
//! group commits), read, lookup, reveal (role × entity type, reasons, per-actor rate
//! limit, audit), erase, audit verify and checkpoint, key status and rotation.

mod common;

use std::sync::Arc;

use common::{TestServer, bearer};
use hushdesk_server::Config;
use hushdesk_server::api::VaultBackend;
use hushdesk_server::authz::Role;
use hushdesk_server::client::Response;
use serde_json::{Value, json};

struct VaultServer(TestServer);

async fn start(tweak: impl FnOnce(&mut Config)) -> VaultServer {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config { data: dir.path().to_owned(), dev_tls: true, ..Config::default() };
    tweak(&mut config);
    let vault = common::sqlite_vault(dir.path()).await;
    let api = Arc::new(VaultBackend(Arc::new(vault)));
    VaultServer(TestServer::launch(config, dir, Arc::new(common::MemoryKeys::one_per_role()), Some(api)))
}

impl VaultServer {
    async fn call(&self, role: Role, method: &str, path: &str, body: Option<Value>) -> Response {
        let auth = bearer(role);
        self.0
            .client
            .send(method, path, &[("authorization", &auth)], body.map(|b| serde_json::to_vec(&b).unwrap()))
            .await
            .unwrap()
    }

    async fn stop(mut self) {
        self.0.stop().await;
    }
}

fn token_of(receipt: &Value, entity: &str) -> String {
    receipt["tokens"].as_array().unwrap().iter().find(|t| t["entity_type"] == entity).unwrap()["token"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn vault_endpoints_end_to_end() {
    let s = start(|c| c.rate_limit.reveals_per_minute = 3).await;
    let text = "Hi, this is Maria Lopez, mail maria.lopez@example.com, I live at 10 Downing Street, London SW1A 2AA.";
    let msg = json!({"subject": {"email": "Maria.Lopez@example.com"}, "author": "customer", "text": text, "at": "2026-01-31T09:30:00Z"});
    let r = s.call(Role::Integration, "POST", "/v1/conversations/zd-1/messages", Some(msg.clone())).await;
    assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
    let receipt = r.json();
    let redacted = receipt["redacted"].as_str().unwrap();
    assert!(!redacted.contains("maria.lopez@example.com") && !redacted.contains("Downing"), "{redacted}");
    let email_tok = token_of(&receipt, "EMAIL_ADDRESS");
    let loc_tok = token_of(&receipt, "LOCATION");
    let subject = receipt["subject_id"].as_str().unwrap().to_owned();
    let mid = receipt["message_id"].as_str().unwrap().to_owned();

    // Roles without ingest.
    for role in [Role::Auditor, Role::Admin, Role::Dpo] {
        let r = s.call(role, "POST", "/v1/conversations/zd-1/messages", Some(msg.clone())).await;
        assert_eq!(r.status, 403, "{role}");
    }
    // Bad conversation id and missing identifiers: 422, nothing stored.
    let r = s.call(Role::Integration, "POST", "/v1/conversations/has%20space/messages", Some(msg.clone())).await;
    assert_eq!(r.status, 422);
    let r = s
        .call(
            Role::Integration,
            "POST",
            "/v1/conversations/c/messages",
            Some(json!({"subject": {}, "author": "agent", "text": "x"})),
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.json()["detail"].as_str().unwrap().contains("identifier"));

    // Read it back, redacted.
    let r = s.call(Role::Agent, "GET", &format!("/v1/messages/{mid}"), None).await;
    assert_eq!(r.status, 200);
    let m = r.json();
    assert_eq!(m["redacted"], receipt["redacted"]);
    assert_eq!(m["at"], "2026-01-31T09:30:00Z");
    assert_eq!(s.call(Role::Agent, "GET", "/v1/messages/msg_aaaaaaaaaaaaaaaaaaaaaaaaaa", None).await.status, 404);
    assert_eq!(s.call(Role::Agent, "GET", "/v1/messages/nonsense", None).await.status, 404);

    // Lookup through the blind index (normalised e-mail).
    let r = s.call(Role::Agent, "POST", "/v1/subjects/lookup", Some(json!({"email": "maria.lopez@EXAMPLE.com"}))).await;
    assert_eq!(r.json()["subject_id"], subject.as_str());
    let r = s.call(Role::Agent, "POST", "/v1/subjects/lookup", Some(json!({"email": "nobody@example.com"}))).await;
    assert_eq!(r.status, 404);
    let r = s.call(Role::Agent, "POST", "/v1/subjects/lookup", Some(json!({"email": "a@b.c", "phone": "1"}))).await;
    assert_eq!(r.status, 422);

    // Reveal: reason from the list, role × entity type.
    let reason = json!({"reason": "customer request"});
    let r = s.call(Role::Agent, "POST", &format!("/v1/tokens/{email_tok}/reveal"), Some(reason.clone())).await;
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["value"], "maria.lopez@example.com");
    let r = s
        .call(Role::Agent, "POST", &format!("/v1/tokens/{email_tok}/reveal"), Some(json!({"reason": "curious"})))
        .await;
    assert_eq!(r.status, 422);
    let r = s.call(Role::Agent, "POST", &format!("/v1/tokens/{loc_tok}/reveal"), Some(reason.clone())).await;
    assert_eq!(r.status, 403, "agents may not reveal locations");
    let r = s.call(Role::Supervisor, "POST", &format!("/v1/tokens/{loc_tok}/reveal"), Some(reason.clone())).await;
    assert_eq!(r.status, 200);
    for role in [Role::Integration, Role::Admin, Role::Auditor] {
        assert_eq!(
            s.call(role, "POST", &format!("/v1/tokens/{email_tok}/reveal"), Some(reason.clone())).await.status,
            403
        );
    }
    let r = s.call(Role::Agent, "POST", "/v1/tokens/tok_aaaaaaaaaaaaaaaaaaaaaaaaaa/reveal", Some(reason.clone())).await;
    assert_eq!(r.status, 404);
    // Per-actor reveal limit (3 per minute; the agent used 1).
    let mut statuses = Vec::new();
    for _ in 0..3 {
        statuses.push(
            s.call(Role::Agent, "POST", &format!("/v1/tokens/{email_tok}/reveal"), Some(reason.clone())).await.status,
        );
    }
    assert_eq!(statuses, vec![200, 200, 429]);

    // Audit: verify, checkpoint; key status and rotation.
    let r = s.call(Role::Auditor, "GET", "/v1/audit/verify", None).await;
    let v = r.json();
    assert_eq!(v["ok"], true, "{v}");
    assert!(v["entries"].as_u64().unwrap() >= 5, "ingest + reveals are audited: {v}");
    let r = s.call(Role::Auditor, "POST", "/v1/audit/checkpoints", None).await;
    assert_eq!(r.status, 201);
    assert_eq!(r.json()["seq"], v["last_seq"]);
    assert_eq!(s.call(Role::Agent, "GET", "/v1/audit/verify", None).await.status, 403);
    let r = s.call(Role::Admin, "GET", "/v1/keys", None).await;
    assert_eq!(r.json()["current"], 1);
    assert_eq!(s.call(Role::Auditor, "POST", "/v1/keys/rotate", None).await.status, 403);
    let r = s.call(Role::Admin, "POST", "/v1/keys/rotate", None).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["to"], 2);
    // Reveal still works after rotation.
    let r = s.call(Role::Dpo, "POST", &format!("/v1/tokens/{email_tok}/reveal"), Some(reason.clone())).await;
    assert_eq!(r.status, 200);

    // Erase (DPO only); afterwards nothing is found.
    let erase = json!({"subject": {"email": "maria.lopez@example.com"}, "reason": "GDPR Art. 17 request"});
    assert_eq!(s.call(Role::Agent, "POST", "/v1/subjects/erase", Some(erase.clone())).await.status, 403);
    let r = s.call(Role::Dpo, "POST", "/v1/subjects/erase", Some(erase.clone())).await;
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["deleted"]["messages"], 1);
    assert_eq!(s.call(Role::Dpo, "POST", &format!("/v1/tokens/{email_tok}/reveal"), Some(reason)).await.status, 404);
    assert_eq!(s.call(Role::Dpo, "POST", "/v1/subjects/erase", Some(erase)).await.status, 404);
    assert_eq!(s.call(Role::Auditor, "GET", "/v1/audit/verify", None).await.json()["ok"], true);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_ingest_is_group_committed_without_loss() {
    let s = start(|_| {}).await;
    let mut tasks = Vec::new();
    for i in 0..64 {
        let c = s.0.client.clone();
        tasks.push(tokio::spawn(async move {
            let body = json!({
                "subject": {"external_id": format!("cust-{}", i % 8)},
                "author": "customer",
                "text": format!("order {i}: please call me on +1 415 555 2671, I'm customer {i}")
            });
            let auth = bearer(Role::Integration);
            c.send(
                "POST",
                &format!("/v1/conversations/c-{}/messages", i % 4),
                &[("authorization", &auth)],
                Some(serde_json::to_vec(&body).unwrap()),
            )
            .await
            .unwrap()
        }));
    }
    let mut ids = std::collections::HashSet::new();
    for t in tasks {
        let r = t.await.unwrap();
        assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
        assert!(ids.insert(r.json()["message_id"].as_str().unwrap().to_owned()));
    }
    // Batch with one bad item: the others are stored.
    let batch = json!({"messages": [
        {"conversation_id": "b-1", "subject": {"email": "a@example.com"}, "author": "customer", "text": "hello"},
        {"conversation_id": "bad id", "subject": {"email": "a@example.com"}, "author": "customer", "text": "hello"},
        {"conversation_id": "b-1", "subject": {"email": "a@example.com"}, "author": "agent", "text": "hi", "at": "yesterday"}
    ]});
    let r = s.call(Role::Integration, "POST", "/v1/messages/batch", Some(batch)).await;
    assert_eq!(r.status, 200);
    let v = r.json();
    assert_eq!(v["stored"], 1, "{v}");
    let statuses: Vec<u64> = v["results"].as_array().unwrap().iter().map(|x| x["status"].as_u64().unwrap()).collect();
    assert_eq!(statuses, vec![201, 422, 422]);
    let r = s.call(Role::Auditor, "GET", "/v1/audit/verify", None).await;
    let v = r.json();
    assert_eq!(v["ok"], true);
    assert!(v["entries"].as_u64().unwrap() >= 65, "{v}");
    s.stop().await;
}
