//! End-to-end tests of the vault commands: the `hushdesk` binary against a data
//! directory (and PostgreSQL when `HUSHDESK_TEST_DATABASE_URL` is set).

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Output, Stdio};

use common::*;
use hushdesk_crypto::Unlock;
use hushdesk_domain::{FileKeyring, MessageId, Policy, Vault, VaultConfig};
use hushdesk_store::SqliteStore;
use serde_json::Value;

fn run_in(dir: &Path, args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let data = dir.to_str().expect("temporary directories have UTF-8 paths");
    let args: Vec<&str> = args.iter().copied().chain(["--data", data]).collect();
    run_with(&args, stdin, env)
}

fn run(dir: &Path, args: &[&str]) -> Output {
    run_in(dir, args, b"", &[])
}

fn token(ack: &Value, entity: &str) -> String {
    ack["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["entity_type"] == entity)
        .unwrap_or_else(|| panic!("no {entity} token in {ack}"))["token"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn line(conv: &str, email: &str, text: &str) -> String {
    serde_json::json!({"conversation": conv, "subject": {"email": email}, "author": "customer", "text": text})
        .to_string()
}

/// Planted personal data: every value in `planted()` appears in the messages.
fn planted_messages(n: usize) -> (String, Vec<String>) {
    let mut input = String::new();
    let mut planted = vec![
        "Joanna Kowalski".to_string(),
        "4111 1111 1111 1111".to_string(),
        "5555 5555 5555 4444".to_string(),
        "536-22-8726".to_string(),
        "GB82 WEST 1234 5698 7654 32".to_string(),
    ];
    for i in 0..n {
        let email = format!("joanna.k{i}@example.org");
        let phone = format!("+44 20 7946 0{:03}", i % 1000);
        let password = format!("hunter2-{i}x");
        let text = format!(
            "Hello, this is Joanna Kowalski. My email is {email} and my phone is {phone}. \
             Please charge card 4111 1111 1111 1111 (cvv 737) or 5555 5555 5555 4444. \
             My SSN is 536-22-8726, IBAN GB82 WEST 1234 5698 7654 32, password: {password}"
        );
        input.push_str(&line(&format!("c-{}", i % 50), &email, &text));
        input.push('\n');
        if i < 20 {
            planted.extend([email, phone, password]);
        }
    }
    (input, planted)
}

fn find_in_files(dir: &Path, needles: &[String]) -> Vec<String> {
    let mut hits = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_file() {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        for n in needles {
            if bytes.windows(n.len()).any(|w| w == n.as_bytes()) {
                hits.push(format!("{n} in {}", path.display()));
            }
        }
    }
    hits
}

/// Spawns `hushdesk ingest` reading stdin.
fn spawn_ingest(dir: &Path, extra: &[&str]) -> Child {
    hushdesk()
        .arg("ingest")
        .args(extra)
        .arg("--data")
        .arg(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
}

async fn open(dir: &Path) -> (SqliteStore, Vault<SqliteStore>) {
    let store = SqliteStore::open(dir).await.unwrap();
    let (src, k, _) = FileKeyring::open_or_create(&dir.join("keyring.json"), Unlock::None).unwrap();
    let v = Vault::open(store.clone(), k, Box::new(src), Policy::default(), VaultConfig::default()).await.unwrap();
    (store, v)
}

// ---------------------------------------------------------------------------------

/// Proof 1: no planted value in the main database, its WAL, the key store (and its
/// WAL), or stderr.
#[test]
fn planted_personal_data_never_reaches_disk_or_logs() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (input, planted) = planted_messages(300);
    let mut child = spawn_ingest(&dir, &["--batch", "32"]);
    let mut stdin = child.stdin.take().unwrap();
    // Write from another thread (the acknowledgements must be read meanwhile), and keep
    // the pipe open afterwards so the process is still running when it is killed.
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let feeder = std::thread::spawn(move || {
        stdin.write_all(input.as_bytes()).unwrap();
        stdin.flush().unwrap();
        let _ = done_rx.recv();
    });
    // Read all 300 acknowledgements, then kill the process while its input is still
    // open: the WAL files are left on disk as they were.
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut acks = Vec::new();
    while acks.len() < 300 {
        let mut l = String::new();
        assert!(out.read_line(&mut l).unwrap() > 0, "ingest stopped early");
        acks.push(serde_json::from_str::<Value>(&l).unwrap());
    }
    let wal_present = dir.join("hushdesk.sqlite-wal").exists();
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success());
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    drop(done_tx);
    feeder.join().unwrap();
    assert!(wal_present, "the main WAL exists while ingesting");
    assert!(acks.iter().all(|a| a.get("message_id").is_some()), "{:?}", acks.iter().find(|a| a.get("error").is_some()));
    let files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(files.iter().any(|f| f == "hushdesk.sqlite-wal"), "{files:?}");
    let hits = find_in_files(&dir, &planted);
    assert!(hits.is_empty(), "{hits:?}");
    for p in &planted {
        assert!(!err.contains(p.as_str()), "{p} on stderr");
    }
    // And the redacted acknowledgements kept none of the values either.
    let acked: String = acks.iter().map(|a| a["redacted"].as_str().unwrap()).collect();
    for p in ["joanna.k1@example.org", "4111 1111 1111 1111", "536-22-8726", "hunter2-1x", "Joanna Kowalski"] {
        assert!(!acked.contains(p), "{p} in the redacted text");
    }
    assert!(acked.contains("**** **** **** 1111"));
    // After a clean run (WAL checkpointed into the main file) still nothing.
    let o = run_in(&dir, &["ingest"], planted_messages(30).0.as_bytes(), &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let hits = find_in_files(&dir, &planted);
    assert!(hits.is_empty(), "{hits:?}");
    for p in &planted {
        assert!(!stderr(&o).contains(p.as_str()));
    }
}

/// Bad lines are reported in order with their line numbers; the rest are stored; exit 1.
#[test]
fn bad_lines_are_reported_and_the_rest_ingested() {
    let tmp = tempfile::tempdir().unwrap();
    let mut input = Vec::new();
    input.extend_from_slice(line("c-1", "a@example.com", "first a@example.com").as_bytes());
    input.extend_from_slice(
        b"\n{\"conversation\": \"c-1\", \"subject\": {}, \"author\": \"customer\", \"text\": \"x\"}\n",
    );
    input.extend_from_slice(b"\xff\xfe not utf-8\n");
    input.extend_from_slice(b"{\"conversation\": \"c-1\", \"subject\": {\"email\": \"secret@example.com\"}, \"author\": \"customer\", \"text\": \"x\", \"extra\": 1}\n");
    input.extend_from_slice(line("c-1", "b@example.com", "last").as_bytes());
    input.push(b'\n');
    let o = run_in(tmp.path(), &["ingest"], &input, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v = json_lines(&o);
    assert_eq!(v.len(), 5);
    assert!(v[0]["message_id"].as_str().unwrap().starts_with("msg_"));
    assert_eq!(v[0]["conversation"], "c-1");
    assert_eq!((v[1]["line"].as_u64(), v[2]["line"].as_u64(), v[3]["line"].as_u64()), (Some(2), Some(3), Some(4)));
    assert!(v[1]["error"].as_str().unwrap().contains("at least one"));
    assert!(v[2]["error"].as_str().unwrap().contains("UTF-8"));
    assert!(v[3]["error"].as_str().unwrap().contains("unknown field"));
    assert!(!stdout(&o).contains("secret@example.com"));
    assert!(v[4]["message_id"].is_string());
}

/// Proof 2: after `erase`, a byte copy of the main database taken before the erasure,
/// with the keyring, cannot decrypt the subject; other subjects still decrypt.
#[test]
fn erase_defeats_a_copy_of_the_database_taken_before() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let input = format!(
        "{}\n{}\n",
        line("c-1", "gone@example.com", "Hi, I'm at gone@example.com or +1 415 555 2671"),
        line("c-2", "stays@example.com", "Hi, I'm at stays@example.com")
    );
    let o = run_in(&dir, &["ingest"], input.as_bytes(), &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let acks = json_lines(&o);
    let (gone, stays) = (token(&acks[0], "EMAIL_ADDRESS"), token(&acks[1], "EMAIL_ADDRESS"));
    // The copy: the main database file as it is on disk before the erasure.
    let old = tmp.path().join("old");
    std::fs::create_dir(&old).unwrap();
    std::fs::copy(dir.join("hushdesk.sqlite"), old.join("hushdesk.sqlite")).unwrap();
    assert!(
        !dir.join("hushdesk.sqlite-wal").exists()
            || std::fs::metadata(dir.join("hushdesk.sqlite-wal")).unwrap().len() == 0
    );

    let o = run(&dir, &["erase", "--email", "GONE@example.com", "--reason", "GDPR art. 17"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rep: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(rep["key_destroyed"], true);
    assert_eq!(rep["messages"], 1);

    // Old main database + today's key store + the keyring.
    std::fs::copy(dir.join("keys.sqlite"), old.join("keys.sqlite")).unwrap();
    std::fs::copy(dir.join("keyring.json"), old.join("keyring.json")).unwrap();
    let o = run(&old, &["reveal", &gone, "--actor", "mallory", "--reason", "restore from backup"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("data key of subject"), "{}", stderr(&o));
    assert!(!stdout(&o).contains("gone@example.com"));
    // The ciphertext is in the copy, but without the key it does not open.
    rt().block_on(async {
        let (store, vault) = open(&old).await;
        let n = store.query_i64("SELECT COUNT(*) FROM vault_values").await.unwrap();
        assert_eq!(n, 3, "the copy still holds the erased subject's ciphertexts");
        assert!(vault.message(&MessageId::parse(acks[0]["message_id"].as_str().unwrap()).unwrap()).await.is_err());
        store.close().await;
    });
    let o = run(&old, &["reveal", &stays, "--actor", "alice", "--reason", "confirm"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "stays@example.com\n");
    // In the live directory the subject is simply gone.
    let o = run(&dir, &["reveal", &gone, "--actor", "alice", "--reason", "r"]);
    assert!(stderr(&o).contains("unknown token"), "{}", stderr(&o));
    let o = run(&dir, &["erase", "--email", "gone@example.com"]);
    assert!(stderr(&o).contains("unknown subject"), "{}", stderr(&o));
    assert!(run(&dir, &["audit", "verify"]).status.success());
}

/// Proof 3: SIGKILL during a bulk ingest loses no acknowledged message and leaves no
/// half-written one.
#[test]
fn sigkill_during_bulk_ingest_keeps_every_acknowledged_message_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let file = tmp.path().join("bulk.jsonl");
    std::fs::write(&file, planted_messages(4000).0).unwrap();
    let mut child = hushdesk()
        .args(["ingest", "--batch", "50", "--data"])
        .arg(&dir)
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut acks: Vec<Value> = Vec::new();
    loop {
        let mut l = String::new();
        if out.read_line(&mut l).unwrap() == 0 {
            break;
        }
        if !l.ends_with('\n') {
            break; // a partial line is not an acknowledgement
        }
        acks.push(serde_json::from_str(&l).unwrap());
        if acks.len() == 1000 {
            child.kill().unwrap(); // SIGKILL
        }
    }
    child.wait().unwrap();
    assert!(acks.len() >= 1000 && acks.len() < 4000, "killed mid-way: {} acknowledged", acks.len());
    rt().block_on(async {
        let (store, vault) = open(&dir).await;
        for a in &acks {
            let id = MessageId::parse(a["message_id"].as_str().unwrap()).unwrap();
            let m = vault.message(&id).await.unwrap_or_else(|e| panic!("acknowledged {id} missing: {e}"));
            assert_eq!(m.redacted, a["redacted"].as_str().unwrap());
            let toks: Vec<&str> =
                a["tokens"].as_array().unwrap().iter().map(|t| t["token"].as_str().unwrap()).collect();
            assert_eq!(m.tokens.iter().map(|t| t.token.as_str()).collect::<Vec<_>>(), toks);
        }
        // Whole batches only: every stored message has its audit entry and its values.
        let messages = store.query_i64("SELECT COUNT(*) FROM messages").await.unwrap();
        let audited =
            store.query_i64("SELECT COUNT(*) FROM audit_events WHERE action = 'message.ingest'").await.unwrap();
        let orphans = store
            .query_i64(
                "SELECT COUNT(*) FROM message_tokens t LEFT JOIN vault_values v ON v.token = t.token \
                 WHERE v.token IS NULL",
            )
            .await
            .unwrap();
        let audited_missing = store
            .query_i64(
                "SELECT COUNT(*) FROM messages m WHERE NOT EXISTS \
                 (SELECT 1 FROM audit_events a WHERE a.target = m.id)",
            )
            .await
            .unwrap();
        assert!(messages as usize >= acks.len());
        assert_eq!(messages % 50, 0, "only whole batches are stored");
        assert_eq!((audited, orphans, audited_missing), (messages, 0, 0));
        store.close().await;
    });
    let o = run(&dir, &["audit", "verify"]);
    assert!(o.status.success(), "{} {}", stdout(&o), stderr(&o));
}

fn tamper(dir: &Path, sql: &[&str]) {
    rt().block_on(async {
        let store = SqliteStore::open(dir).await.unwrap();
        for s in sql {
            store.execute_raw(s).await.unwrap();
        }
        store.close().await;
    });
}

/// Proof 4 (CLI side; every kind is covered on both backends by the store contract
/// suite): `audit verify` exits 1 and names the entry.
#[test]
fn audit_verify_names_tampering() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let input: String = (0..40).map(|i| line("c-1", &format!("u{}@example.com", i % 5), "hello") + "\n").collect();
    let o = run_in(&dir, &["ingest", "--checkpoint-every", "10", "--batch", "7"], input.as_bytes(), &[]);
    assert!(o.status.success());
    let ok = run(&dir, &["audit", "verify"]);
    assert!(ok.status.success(), "{}", stderr(&ok));
    let backup = tmp.path().join("backup.sqlite");
    std::fs::copy(dir.join("hushdesk.sqlite"), &backup).unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&["UPDATE audit_events SET actor = 'mallory' WHERE seq = 12"], "entry 12 was edited"),
        (&["DELETE FROM audit_events WHERE seq = 20"], "entry 20 was deleted"),
        (
            &[
                "UPDATE audit_events SET seq = -3 WHERE seq = 3",
                "UPDATE audit_events SET seq = 3 WHERE seq = 4",
                "UPDATE audit_events SET seq = 4 WHERE seq = -3",
            ],
            "reordered",
        ),
        (&["DELETE FROM audit_events WHERE seq > 25"], "truncated"),
        (&["UPDATE audit_checkpoints SET at = at + 1 WHERE seq = 30"], "checkpoint 30 has an invalid signature"),
    ];
    for (sql, want) in cases {
        tamper(&dir, sql);
        let o = run(&dir, &["audit", "verify"]);
        assert_eq!(o.status.code(), Some(1), "{sql:?}: {}", stdout(&o));
        assert!(stderr(&o).contains(want), "{sql:?}: {}", stderr(&o));
        let v: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
        assert_eq!(v["ok"], false);
        std::fs::copy(&backup, dir.join("hushdesk.sqlite")).unwrap();
    }
    let o = run(&dir, &["audit", "verify", "--from-checkpoint", "20"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&dir, &["audit", "checkpoint"]);
    let cp: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(cp["seq"], 41);
}

/// Proof 5: key rotation while another process ingests; everything stays revealable.
#[test]
fn rotation_while_another_process_ingests() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    assert!(
        run_in(&dir, &["ingest"], line("c-0", "first@example.com", "first@example.com").as_bytes(), &[])
            .status
            .success()
    );
    let input: String = (0..3000)
        .map(|i| {
            line(&format!("c-{}", i % 20), &format!("load{i}@example.com"), &format!("me: load{i}@example.com")) + "\n"
        })
        .collect();
    let mut child = spawn_ingest(&dir, &["--batch", "25"]);
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()).is_ok());
    let reader = std::thread::spawn(move || child.wait_with_output().unwrap());
    let mut rotations = Vec::new();
    for _ in 0..3 {
        let o = run(&dir, &["keys", "rotate"]);
        assert!(o.status.success(), "{}", stderr(&o));
        rotations.push(serde_json::from_str::<Value>(stdout(&o).trim()).unwrap());
    }
    let o = reader.join().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(writer.join().unwrap());
    let acks = json_lines(&o);
    assert_eq!(acks.len(), 3000);
    let last = run(&dir, &["keys", "rotate"]);
    let last: Value = serde_json::from_str(stdout(&last).trim()).unwrap();
    assert_eq!(last["remaining"], 0);
    let current = last["to"].as_u64().unwrap() as u32;
    rt().block_on(async {
        let (store, vault) = open(&dir).await;
        let actor = hushdesk_domain::Actor::new("check").unwrap();
        for (i, a) in acks.iter().enumerate() {
            let v = vault.reveal(&token(a, "EMAIL_ADDRESS"), &actor, "verify rotation", "test").await.unwrap();
            assert_eq!(&*v, &format!("load{i}@example.com"));
        }
        store.close().await;
    });
    for v in 1..current {
        let o = run(&dir, &["keys", "retire", &v.to_string()]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let status: Value = serde_json::from_str(&stdout(&run(&dir, &["keys", "status"]))).unwrap();
    assert_eq!(status["current"], current);
    let o = run(&dir, &["reveal", &token(&acks[7], "EMAIL_ADDRESS"), "--actor", "a", "--reason", "r"]);
    assert_eq!(stdout(&o), "load7@example.com\n");
    assert!(run(&dir, &["audit", "verify"]).status.success());
}

/// Names, sizes and hashes of the files in `dir` (WAL and shared-memory files included).
fn snapshot(dir: &Path) -> Vec<(PathBuf, usize, u64)> {
    use std::hash::{Hash, Hasher};
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let b = std::fs::read(&p).unwrap();
            let mut h = std::collections::hash_map::DefaultHasher::new();
            b.hash(&mut h);
            (p, b.len(), h.finish())
        })
        .collect();
    v.sort();
    v
}

/// Proof 6: bad input gives a clear, specific error and writes nothing.
#[test]
fn bad_input_errors_are_specific_and_write_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let pass = [("HUSHDESK_KEK_PASSPHRASE", "correct horse battery staple")];
    let o = run_in(&dir, &["ingest"], line("c-1", "p@example.com", "mail p@example.com").as_bytes(), &pass);
    assert!(o.status.success(), "{}", stderr(&o));
    let tok = token(&json_lines(&o)[0], "EMAIL_ADDRESS");
    let keyring = std::fs::read_to_string(dir.join("keyring.json")).unwrap();
    assert!(keyring.contains("\"sealed\""), "a passphrase seals the keyring");
    let before = snapshot(&dir);

    let check = |args: &[&str], env: &[(&str, &str)], want: &str| {
        let o = run_in(&dir, args, b"", env);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stdout(&o));
        assert!(stderr(&o).contains(want), "{args:?}: {}", stderr(&o));
        assert!(stdout(&o).is_empty());
        assert_eq!(snapshot(&dir), before, "{args:?} wrote something");
    };
    check(&["reveal", "tok_aaaaaaaaaaaaaaaaaaaaaaaaaa", "--actor", "a", "--reason", "r"], &pass, "unknown token");
    check(&["erase", "--email", "nobody@example.com"], &pass, "unknown subject");
    check(
        &["reveal", &tok, "--actor", "a", "--reason", "r"],
        &[("HUSHDESK_KEK_PASSPHRASE", "wrong")],
        "wrong KEK passphrase",
    );
    check(&["reveal", &tok, "--actor", "a", "--reason", "r"], &[], "sealed");

    // Corrupted ciphertext: the last byte changed (to `01` if it was `00`, so the change is
    // never a no-op, which one ciphertext in 256 would otherwise make it).
    rt().block_on(async {
        let s = SqliteStore::open(&dir).await.unwrap();
        s.execute_raw(&format!(
            "UPDATE vault_values SET ciphertext = unhex(hex(substr(ciphertext, 1, length(ciphertext) - 1)) || \
             CASE WHEN hex(substr(ciphertext, -1)) = '00' THEN '01' ELSE '00' END) WHERE token = '{tok}'"
        ))
        .await
        .unwrap();
        s.close().await;
    });
    let before = snapshot(&dir);
    let o = run_in(&dir, &["reveal", &tok, "--actor", "a", "--reason", "r"], b"", &pass);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("corrupted ciphertext"), "{}", stderr(&o));
    assert_eq!(snapshot(&dir), before);

    // A database from a newer version.
    rt().block_on(async {
        let s = SqliteStore::open(&dir).await.unwrap();
        s.execute_raw("UPDATE schema_meta SET version = 7").await.unwrap();
        s.close().await;
    });
    let before = snapshot(&dir);
    for args in [&["audit", "verify"][..], &["migrate"], &["ingest"]] {
        let o = run_in(&dir, args, line("c-1", "q@example.com", "q").as_bytes(), &pass);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains("newer version"), "{args:?}: {}", stderr(&o));
        assert_eq!(snapshot(&dir), before, "{args:?} wrote something");
    }
}

/// The wrong keyring for a database is refused by name.
#[test]
fn wrong_keyring_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    assert!(run_in(&dir, &["ingest"], line("c-1", "w@example.com", "w").as_bytes(), &[]).status.success());
    let other = tmp.path().join("other.json");
    let o = run(&dir, &["keys", "status", "--keyring", other.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("wrong keyring for this database"), "{}", stderr(&o));
}

/// Proof 7 (CLI side): two processes ingesting into one PostgreSQL database make one
/// valid chain.
#[test]
fn postgres_two_processes_one_chain() {
    let Ok(url) = std::env::var("HUSHDESK_TEST_DATABASE_URL") else {
        eprintln!("skipped: HUSHDESK_TEST_DATABASE_URL is not set");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let id = hushdesk_crypto::random::random_id().unwrap();
    let (main, keys) = (format!("cli_{id}"), format!("cli_{id}_keys"));
    let keyring = tmp.path().join("keyring.json");
    let pg = |args: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        v.extend(
            ["--database-url", &url, "--pg-schema", &main, "--pg-keys-schema", &keys, "--keyring"]
                .iter()
                .map(|s| s.to_string()),
        );
        v.push(keyring.to_str().unwrap().to_owned());
        v
    };
    let o = hushdesk().args(pg(&["migrate"])).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let spawn = |tag: &str| {
        let input: String = (0..300)
            .map(|i| {
                let email = format!("{tag}{}@example.com", i % 30);
                line(tag, &email, &format!("hello from {email}")) + "\n"
            })
            .collect();
        let mut c = hushdesk()
            .args(pg(&["ingest", "--batch", "10"]))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = c.stdin.take().unwrap();
        std::thread::spawn(move || stdin.write_all(input.as_bytes()).unwrap());
        c
    };
    let (a, b) = (spawn("na"), spawn("nb"));
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    assert!(a.status.success() && b.status.success(), "{} {}", stderr(&a), stderr(&b));
    assert_eq!(json_lines(&a).len() + json_lines(&b).len(), 600);
    let o = hushdesk().args(pg(&["audit", "verify"])).output().unwrap();
    assert!(o.status.success(), "{} {}", stdout(&o), stderr(&o));
    let v: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["entries"], 601);
    let tok = token(&json_lines(&a)[0], "EMAIL_ADDRESS");
    let o = hushdesk().args(pg(&["reveal", &tok, "--actor", "a", "--reason", "r"])).output().unwrap();
    assert_eq!(stdout(&o), "na0@example.com\n");
    rt().block_on(async {
        let s = hushdesk_store::PgStore::connect(&url, hushdesk_store::PgSchemas { main, keys }).await.unwrap();
        s.drop_schemas().await.unwrap();
        s.close().await;
    });
}
