//! End-to-end tests of `hushdesk serve`: the binary on an ephemeral port with
//! `--dev-tls`, driven over TLS; access management with `hushdesk apikey` / `user`
//! against the same data while it runs; two nodes on one PostgreSQL.

mod common;

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use common::*;
use hushdesk_server::client::{Client, Response};
use serde_json::{Value, json};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

/// A running `hushdesk serve`.
struct Server {
    child: Child,
    client: Client,
    /// The bootstrap key, when this start printed one.
    bootstrap: Option<String>,
    /// Every line printed before "listening".
    lines: Vec<String>,
}

impl Server {
    fn start(args: &[String]) -> Server {
        let mut child = hushdesk()
            .arg("serve")
            .args(["--listen", "127.0.0.1:0", "--dev-tls"])
            .args(args)
            .env("HUSHDESK_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("binary runs");
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut lines = Vec::new();
        let (mut url, mut cert) = (None, None);
        loop {
            let mut l = String::new();
            if out.read_line(&mut l).unwrap() == 0 {
                let _ = child.kill();
                panic!("serve exited before listening: {lines:?}");
            }
            let l = l.trim_end().to_owned();
            if let Some(u) = l.strip_prefix("hushdesk listening on ") {
                url = Some(u.to_owned());
            }
            if let Some(c) = l.strip_prefix("dev TLS certificate: ") {
                cert = Some(PathBuf::from(c.split(" (").next().unwrap()));
            }
            lines.push(l);
            if url.is_some() {
                break;
            }
        }
        // Drain the rest so the child never blocks on a full pipe.
        std::thread::spawn(move || {
            let mut sink = String::new();
            while out.read_line(&mut sink).unwrap_or(0) > 0 {
                sink.clear();
            }
        });
        let url = url.unwrap();
        assert!(url.starts_with("https://localhost:"), "{url}");
        let port: u16 = url.rsplit(':').next().unwrap().parse().unwrap();
        let pem = std::fs::read(cert.expect("certificate path printed")).unwrap();
        let client = Client::tls(SocketAddr::from(([127, 0, 0, 1], port)), &pem, "localhost").unwrap();
        let bootstrap = lines.iter().find(|l| l.starts_with("hd_")).cloned();
        Server { child, client, bootstrap, lines }
    }

    fn stop(mut self) {
        let _ = Command::new("kill").arg("-TERM").arg(self.child.id().to_string()).status();
        let status = self.child.wait().unwrap();
        assert!(status.success(), "graceful stop: {status:?}");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn call(c: &Client, key: &str, method: &str, path: &str, body: Option<Value>) -> Response {
    let auth = format!("Bearer {key}");
    c.send(method, path, &[("authorization", &auth)], body.map(|b| serde_json::to_vec(&b).unwrap())).await.unwrap()
}

fn last_line(o: &Output) -> String {
    assert!(o.status.success(), "{}{}", stdout(o), stderr(o));
    stdout(o).lines().last().unwrap().to_owned()
}

fn data_args(dir: &Path) -> Vec<String> {
    vec!["--data".into(), dir.to_str().unwrap().into()]
}

#[test]
fn serve_bootstraps_once_and_keys_work_until_revoked_or_expired() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let args = data_args(&data);
    let server = Server::start(&args);
    let admin = server.bootstrap.clone().expect("first start prints a bootstrap key");
    assert!(admin.len() > 40, "{admin}");
    assert_eq!(server.lines.iter().filter(|l| l.contains(&admin)).count(), 1, "the key is shown once");
    // `hushdesk config` shows the effective configuration without secrets.
    let o =
        hushdesk().arg("config").args(&args).arg("--database-url").arg("postgres://u:s3cret@db/x").output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("listen = \"127.0.0.1:8080\"") && !stdout(&o).contains("s3cret"), "{}", stdout(&o));

    // A key created by the CLI while the server runs works over TLS at once.
    let o = hushdesk()
        .args(["apikey", "create", "--role", "integration", "--name", "helpdesk", "--expires", "90d"])
        .args(&args)
        .output()
        .unwrap();
    let key = last_line(&o);
    assert!(key.starts_with("hd_") && !key.contains(' '), "{key}");
    let o = hushdesk().args(["apikey", "create", "--role", "dpo", "--name", "privacy"]).args(&args).output().unwrap();
    let dpo = last_line(&o);

    let rt = rt();
    let c = &server.client;
    rt.block_on(async {
        let who = call(c, &admin, "GET", "/v1/session", None).await;
        assert_eq!(who.status, 200);
        assert_eq!(who.json()["role"], "admin");
        let r = call(c, &key, "POST", "/analyze", Some(json!({"text": "Mail ann@corp.example", "language": "en"}))).await;
        assert_eq!(r.status, 200, "{:?}", r.json());
        let r = call(
            c,
            &key,
            "POST",
            "/v1/conversations/c-1/messages",
            Some(json!({"subject": {"email": "ann@corp.example"}, "author": "customer", "text": "I am Ann, ann@corp.example"})),
        )
        .await;
        assert_eq!(r.status, 201, "{:?}", r.json());
        let receipt = r.json();
        assert!(!receipt["redacted"].as_str().unwrap().contains("ann@corp.example"));
        let tok = receipt["tokens"].as_array().unwrap().iter().find(|t| t["entity_type"] == "EMAIL_ADDRESS").unwrap()["token"]
            .as_str()
            .unwrap()
            .to_owned();
        // The integration role may not reveal; the DPO may, with a listed reason.
        let r = call(c, &key, "POST", &format!("/v1/tokens/{tok}/reveal"), Some(json!({"reason": "customer request"}))).await;
        assert_eq!(r.status, 403);
        let r = call(c, &dpo, "POST", &format!("/v1/tokens/{tok}/reveal"), Some(json!({"reason": "customer request"}))).await;
        assert_eq!(r.status, 200, "{:?}", r.json());
        assert_eq!(r.json()["value"], "ann@corp.example");
        // The integration key may not manage keys.
        let r = call(c, &key, "GET", "/v1/apikeys", None).await;
        assert_eq!(r.status, 403);

        // Keys over HTTP: create, use, revoke.
        let r = call(c, &admin, "POST", "/v1/apikeys", Some(json!({"name": "widget", "role": "agent", "expires_in": "1d"}))).await;
        assert_eq!(r.status, 201, "{:?}", r.json());
        let (wid, wkey) = (r.json()["id"].as_str().unwrap().to_owned(), r.json()["key"].as_str().unwrap().to_owned());
        assert!(r.json()["expires_at"].is_string());
        assert_eq!(call(c, &wkey, "GET", "/v1/session", None).await.status, 200);
        let list = call(c, &admin, "GET", "/v1/apikeys", None).await;
        assert_eq!(list.status, 200);
        let body = String::from_utf8(list.body.to_vec()).unwrap();
        assert!(!body.contains(&wkey) && !body.contains(&admin), "keys are never listed");
        assert_eq!(list.json()["keys"].as_array().unwrap().len(), 4);
        let r = call(c, &admin, "POST", &format!("/v1/apikeys/{wid}/revoke"), None).await;
        assert_eq!(r.status, 200, "{:?}", r.json());
        let r = call(c, &wkey, "GET", "/v1/session", None).await;
        assert_eq!(r.status, 401);
        assert_eq!(r.header("content-type"), Some("application/problem+json"));
        let r = call(c, &admin, "POST", &format!("/v1/apikeys/{wid}/revoke"), None).await;
        assert_eq!(r.status, 404);
    });

    // Revocation from the CLI.
    let o = hushdesk().args(["apikey", "list"]).args(&args).output().unwrap();
    assert!(o.status.success());
    assert!(!stdout(&o).contains(&key), "list never prints keys");
    let id =
        stdout(&o).lines().find(|l| l.ends_with(" helpdesk")).unwrap().split_whitespace().next().unwrap().to_owned();
    let o = hushdesk().args(["apikey", "revoke", &id]).args(&args).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    rt.block_on(async {
        assert_eq!(call(c, &key, "POST", "/analyze", Some(json!({"text": "x"}))).await.status, 401);
    });

    // An expired key: written straight into the database with an expiry in the past.
    let expired = rt.block_on(async {
        use hushdesk_domain::store::{AccessRepo, ApiKeyRow, Store, StoreTx};
        let store = hushdesk_store::SqliteStore::open(&data).await.unwrap();
        let (source, keyring, _) =
            hushdesk_domain::FileKeyring::open_or_create(&data.join("keyring.json"), hushdesk_crypto::Unlock::None)
                .unwrap();
        let pepper = keyring.api_key_pepper();
        drop(source);
        let key = hushdesk_crypto::generate_api_key("hd").unwrap();
        let mut tx = store.begin_write().await.unwrap();
        tx.insert_api_key(&ApiKeyRow {
            id: "key_expired".into(),
            name: "old".into(),
            role: "admin".into(),
            key_hash: pepper.hash(key.expose_secret()),
            created_at: hushdesk_domain::Timestamp(1),
            expires_at: Some(hushdesk_domain::Timestamp(2)),
            revoked_at: None,
        })
        .await
        .unwrap();
        tx.commit().await.unwrap();
        store.close().await;
        key.expose_secret().to_owned()
    });
    rt.block_on(async {
        let r = call(c, &expired, "GET", "/v1/session", None).await;
        assert_eq!(r.status, 401);
        assert!(r.json()["detail"].as_str().unwrap().contains("expired"));
    });

    // Console user: one-time sign-in link, session cookie, CSRF, log-out, lock-out.
    let o = hushdesk()
        .args(["user", "create", "--email", "Dana@Corp.Example", "--role", "supervisor"])
        .args(&args)
        .output()
        .unwrap();
    let link = last_line(&o);
    let token = link.split("#token=").nth(1).expect("link carries the token").to_owned();
    rt.block_on(async {
        let body = |v: Value| Some(serde_json::to_vec(&v).unwrap());
        let pw = "correct horse battery staple";
        let r = c.send("POST", "/v1/session/signin", &[], body(json!({"token": token, "password": pw}))).await.unwrap();
        assert_eq!(r.status, 200, "{:?}", r.json());
        let cookie = r.header("set-cookie").unwrap().to_owned();
        for attr in ["HttpOnly", "Secure", "SameSite=Strict"] {
            assert!(cookie.contains(attr), "{cookie}");
        }
        let sid = cookie.split(';').next().unwrap().to_owned();
        let csrf = r.json()["csrf_token"].as_str().unwrap().to_owned();
        let r = c.send("POST", "/v1/session/signin", &[], body(json!({"token": token, "password": pw}))).await.unwrap();
        assert_eq!(r.status, 401, "a sign-in link works once");
        let r = c.send("GET", "/v1/session", &[("cookie", &sid)], None).await.unwrap();
        assert_eq!(r.status, 200);
        assert_eq!(r.json()["name"], "dana@corp.example");
        assert_eq!(r.json()["role"], "supervisor");
        let r = c.send("POST", "/v1/session/logout", &[("cookie", &sid)], None).await.unwrap();
        assert_eq!(r.status, 403, "state change without the CSRF token");
        let r = c.send("POST", "/v1/session/logout", &[("cookie", &sid), ("x-csrf-token", &csrf)], None).await.unwrap();
        assert_eq!(r.status, 204);
        let r = c.send("GET", "/v1/session", &[("cookie", &sid)], None).await.unwrap();
        assert_eq!(r.status, 401);
        let r = c
            .send("POST", "/v1/session/login", &[], body(json!({"email": "dana@corp.example", "password": pw})))
            .await
            .unwrap();
        assert_eq!(r.status, 200);
        let mut statuses = Vec::new();
        for _ in 0..5 {
            let r = c
                .send(
                    "POST",
                    "/v1/session/login",
                    &[],
                    body(json!({"email": "dana@corp.example", "password": "wrong password!"})),
                )
                .await
                .unwrap();
            statuses.push(r.status);
        }
        assert_eq!(statuses, [401, 401, 401, 401, 423]);
        let r = c
            .send("POST", "/v1/session/login", &[], body(json!({"email": "dana@corp.example", "password": pw})))
            .await
            .unwrap();
        assert_eq!(r.status, 423, "locked even with the right password");

        // The audit trail names the access changes.
        let r = call(c, &admin, "GET", "/v1/audit/events?action=apikey.revoke", None).await;
        assert_eq!(r.status, 200, "{:?}", r.json());
        assert_eq!(r.json()["events"].as_array().unwrap().len(), 2);
        let v = call(c, &admin, "GET", "/v1/audit/verify", None).await;
        assert_eq!(v.json()["ok"], true);
    });
    server.stop();

    // Second start: no bootstrap key.
    let again = Server::start(&args);
    assert!(again.bootstrap.is_none(), "{:?}", again.lines);
    rt.block_on(async {
        assert_eq!(call(&again.client, &admin, "GET", "/v1/session", None).await.status, 200);
    });
    again.stop();
}

/// Two `hushdesk serve` nodes on one PostgreSQL (fresh schemas), ingesting
/// concurrently over HTTP: one valid audit chain, no lost or duplicated message,
/// reveals work on either node.
#[test]
fn two_nodes_on_one_postgres() {
    let Ok(url) = std::env::var("HUSHDESK_TEST_DATABASE_URL") else {
        eprintln!("skipped: HUSHDESK_TEST_DATABASE_URL is not set");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let id = hushdesk_crypto::random::random_id().unwrap();
    let (main, keys) = (format!("srv_{id}"), format!("srv_{id}_keys"));
    let keyring = tmp.path().join("keyring.json");
    let node_args = |n: &str| -> Vec<String> {
        let mut v = data_args(&tmp.path().join(n));
        for a in ["--database-url", &url, "--pg-schema", &main, "--pg-keys-schema", &keys, "--keyring"] {
            v.push(a.to_owned());
        }
        v.push(keyring.to_str().unwrap().to_owned());
        v
    };
    let a = Server::start(&node_args("a"));
    let b = Server::start(&node_args("b"));
    let admin = a.bootstrap.clone().expect("the first node bootstraps");
    assert!(b.bootstrap.is_none(), "only one bootstrap key per database");
    let rt = rt();
    const PER_NODE: usize = 60;
    rt.block_on(async {
        let mk = |role: &'static str| {
            let c = a.client.clone();
            let admin = admin.clone();
            async move {
                let r = call(&c, &admin, "POST", "/v1/apikeys", Some(json!({"name": role, "role": role}))).await;
                assert_eq!(r.status, 201, "{:?}", r.json());
                r.json()["key"].as_str().unwrap().to_owned()
            }
        };
        let ing = mk("integration").await;
        let dpo = mk("dpo").await;
        let mut tasks = Vec::new();
        for (node, client) in [("a", a.client.clone()), ("b", b.client.clone())] {
            for worker in 0..4 {
                let (client, ing) = (client.clone(), ing.clone());
                tasks.push(tokio::spawn(async move {
                    let mut out = Vec::new();
                    for i in (worker..PER_NODE).step_by(4) {
                        let email = format!("{node}{}@example.com", i % 10);
                        let r = call(
                            &client,
                            &ing,
                            "POST",
                            &format!("/v1/conversations/{node}-{}/messages", i % 7),
                            Some(json!({"subject": {"email": email}, "author": "customer", "text": format!("message {i} from {email}")})),
                        )
                        .await;
                        assert_eq!(r.status, 201, "{:?}", r.json());
                        out.push((node, email, r.json()));
                    }
                    out
                }));
            }
        }
        let mut receipts = Vec::new();
        for t in tasks {
            receipts.extend(t.await.unwrap());
        }
        assert_eq!(receipts.len(), 2 * PER_NODE);
        let acked: std::collections::BTreeSet<String> =
            receipts.iter().map(|(_, _, r)| r["message_id"].as_str().unwrap().to_owned()).collect();
        assert_eq!(acked.len(), 2 * PER_NODE, "message ids are unique");

        // Every acknowledged message is stored once, seen from either node.
        for client in [&a.client, &b.client] {
            let mut seen = Vec::new();
            let mut cursor: Option<String> = None;
            loop {
                let mut q = json!({"limit": 50});
                if let Some(c) = &cursor {
                    q["cursor"] = json!(c);
                }
                let r = call(client, &dpo, "POST", "/v1/messages/search", Some(q)).await;
                assert_eq!(r.status, 200, "{:?}", r.json());
                let page = r.json();
                seen.extend(page["messages"].as_array().unwrap().iter().map(|m| m["message_id"].as_str().unwrap().to_owned()));
                match page["next_cursor"].as_str() {
                    Some(c) => cursor = Some(c.to_owned()),
                    None => break,
                }
            }
            let unique: std::collections::BTreeSet<String> = seen.iter().cloned().collect();
            assert_eq!(seen.len(), unique.len(), "no duplicates");
            assert_eq!(unique, acked, "nothing lost");
        }

        // One valid chain, whichever node verifies it.
        for client in [&a.client, &b.client] {
            let v = call(client, &admin, "GET", "/v1/audit/verify", None).await;
            assert_eq!(v.status, 200);
            assert_eq!(v.json()["ok"], true, "{:?}", v.json());
            // kek.register + bootstrap + 2 key creations + every message.
            assert_eq!(v.json()["entries"], 4 + 2 * PER_NODE as u64);
        }

        let r = call(&b.client, &admin, "GET", "/v1/audit/events?action=message.ingest&limit=1000", None).await;
        assert_eq!(r.json()["events"].as_array().unwrap().len(), 2 * PER_NODE, "one audit entry per message");

        // A token issued on one node is revealed on the other, both ways.
        for (node, email, receipt) in [receipts.first().unwrap(), receipts.last().unwrap()] {
            let other = if *node == "a" { &b.client } else { &a.client };
            let tok = receipt["tokens"].as_array().unwrap().iter().find(|t| t["entity_type"] == "EMAIL_ADDRESS").unwrap()
                ["token"]
                .as_str()
                .unwrap()
                .to_owned();
            let r = call(other, &dpo, "POST", &format!("/v1/tokens/{tok}/reveal"), Some(json!({"reason": "customer request"}))).await;
            assert_eq!(r.status, 200, "{:?}", r.json());
            assert_eq!(r.json()["value"].as_str().unwrap(), email);
        }
        let first = &receipts.iter().find(|(n, _, _)| *n == "a").unwrap().2;
        let other_node = receipts.iter().find(|(n, _, _)| *n == "b").unwrap();
        for (client, receipt) in [(&b.client, first), (&a.client, &other_node.2)] {
            let tok = receipt["tokens"][0]["token"].as_str().unwrap();
            let r = call(client, &dpo, "POST", &format!("/v1/tokens/{tok}/reveal"), Some(json!({"reason": "customer request"}))).await;
            assert_eq!(r.status, 200, "{:?}", r.json());
        }
    });
    a.stop();
    b.stop();
    rt.block_on(async {
        let s = hushdesk_store::PgStore::connect(&url, hushdesk_store::PgSchemas { main, keys }).await.unwrap();
        s.drop_schemas().await.unwrap();
        s.close().await;
    });
}

#[test]
fn plain_http_on_a_public_address_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let o =
        hushdesk().args(["serve", "--listen", "0.0.0.0:0"]).args(data_args(&tmp.path().join("d"))).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--behind-tls-proxy"), "{}", stderr(&o));
    assert!(!tmp.path().join("d").join("keyring.json").exists(), "refused before anything is created");
}
