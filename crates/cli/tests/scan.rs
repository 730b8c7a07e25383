//! End-to-end tests of `hushdesk scan`, `eval` and `bench generate`: the binary, its
//! arguments, standard streams and exit status.

mod common;

use std::process::Output;

use common::*;
use serde_json::Value;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_with(args, stdin, &[])
}

#[test]
fn plain_text_is_replaced() {
    let out = run(&["scan"], b"Hi, I'm Maria Lopez, mail me at maria.lopez@example.com or call +44 20 7946 0958.\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text, "Hi, I'm <PERSON>, mail me at <EMAIL_ADDRESS> or call <PHONE_NUMBER>.\n");
}

#[test]
fn jsonl_spans_are_code_points_and_fields_are_kept() {
    let input = concat!(
        r#"{"id": 7, "text": "Zoë here: zoe@example.com", "channel": "chat"}"#,
        "\n",
        r#"{"id": 8, "text": "nothing personal"}"#,
        "\n"
    );
    let out = run(&["scan", "--jsonl", "--redact"], input.as_bytes());
    assert!(out.status.success());
    let rows = json_lines(&out);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["id"], 7);
    assert_eq!(rows[0]["channel"], "chat");
    let email = rows[0]["spans"].as_array().unwrap().iter().find(|s| s["entity_type"] == "EMAIL_ADDRESS").unwrap();
    // "Zoë here: " is 10 code points (11 bytes).
    assert_eq!((email["start"].as_u64(), email["end"].as_u64()), (Some(10), Some(25)));
    assert!(email["score"].as_f64().unwrap() > 0.9);
    let redacted = rows[0]["redacted"].as_str().unwrap();
    assert!(redacted.ends_with(": <EMAIL_ADDRESS>") && !redacted.contains("zoe@"), "{redacted}");
    assert_eq!(rows[1]["spans"], Value::Array(vec![]));
}

#[test]
fn bad_lines_are_reported_and_the_rest_processed() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"text\": \"mail a@example.com\"}\n");
    input.extend_from_slice(b"{\"text\": \"bad \xff utf8\"}\n");
    input.extend_from_slice(b"{not json\n");
    input.extend_from_slice(b"{\"id\": 4}\n");
    input.extend_from_slice(b"{\"text\": 5}\n");
    input.extend_from_slice(b"{\"text\": \"call +44 20 7946 0958\"}\n");
    let out = run(&["scan", "--jsonl"], &input);
    assert_eq!(out.status.code(), Some(1));
    let rows = json_lines(&out);
    assert_eq!(rows.len(), 6, "one output line per input line");
    assert_eq!(rows[0]["spans"][0]["entity_type"], "EMAIL_ADDRESS");
    for (i, want) in [(1, "invalid UTF-8"), (2, "invalid JSON"), (3, "missing \"text\""), (4, "must be a string")] {
        assert!(rows[i]["error"].as_str().unwrap().contains(want), "{:?}", rows[i]);
        assert_eq!(rows[i]["line"], i as u64 + 1);
    }
    assert_eq!(rows[5]["spans"][0]["entity_type"], "PHONE_NUMBER");
    let stderr = String::from_utf8(out.stderr).unwrap();
    for n in 2..=5 {
        assert!(stderr.contains(&format!("line {n}:")), "{stderr}");
    }
    // Errors describe the problem, never the content of the line.
    assert!(!stderr.contains("not json"));
}

#[test]
fn entities_threshold_and_operators() {
    let text = b"Maria's card 4111 1111 1111 1111, mail maria@example.com\n";
    let out = run(&["scan", "--entities", "CREDIT_CARD", "--operator", "mask"], text);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "Maria's card **** **** **** 1111, mail maria@example.com\n");
    let out = run(&["scan", "--threshold", "1.0"], b"I live in Berlin and mail maria@example.com\n");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "I live in Berlin and mail <EMAIL_ADDRESS>\n");
    let key = "0000000000000000000000000000000000000000000000000000000000000001";
    let hashed = |input: &[u8]| {
        let out = run_with(&["scan", "--operator", "hash", "--key-env", "HD_TEST_KEY"], input, &[("HD_TEST_KEY", key)]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let a = hashed(b"a@example.com\n");
    assert_eq!(a, hashed(b"a@example.com\n"), "keyed hash is stable");
    assert_ne!(a, hashed(b"b@example.com\n"));
    assert!(!a.contains("example"));
    let out = run(&["scan", "--operator", "hash"], b"a@example.com\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a key"));
}

#[test]
fn config_file_chooses_operators_per_entity() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("scan.toml");
    std::fs::write(
        &cfg,
        "[operators.default]\ntype = \"redact\"\n[operators.PERSON]\ntype = \"pseudonym\"\n[operators.CREDIT_CARD]\ntype = \"mask\"\nkeep_last = 4\nmasking_char = \"#\"\n",
    )
    .unwrap();
    let out = run(
        &["scan", "--config", cfg.to_str().unwrap()],
        b"Hi Maria, Tom here. Maria's card is 4111 1111 1111 1111, mail a@example.com.\n",
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "Hi <PERSON_1>, <PERSON_2> here. <PERSON_1>'s card is #### #### #### 1111, mail .\n"
    );
    std::fs::write(&cfg, "treshold = 0.4\n").unwrap();
    let out = run(&["scan", "--config", cfg.to_str().unwrap()], b"x\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("treshold"));
}

#[test]
fn explain_says_why_without_printing_values() {
    let out = run(&["scan", "--explain"], b"ssn: 536-22-8726\n");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("US_SSN") && stderr.contains("recognizer=national_id"), "{stderr}");
    assert!(stderr.contains("context=\"ssn\""), "{stderr}");
    assert!(!stderr.contains("536-22-8726"));
}

#[test]
fn files_are_read_in_order_and_paragraphs_kept_whole() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "Flat 3\n12 High Street\nLeeds LS1 4AB\n\nbye\n").unwrap();
    std::fs::write(&b, "mail x@example.com\n").unwrap();
    let out = hushdesk().args(["scan", a.to_str().unwrap(), b.to_str().unwrap()]).output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "<LOCATION>\n\nbye\nmail <EMAIL_ADDRESS>\n");
}

#[test]
fn eval_scores_a_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c.jsonl");
    std::fs::write(
        &corpus,
        concat!(
            r#"{"id":"a","text":"mail a@example.com now","spans":[{"start":5,"end":18,"entity_type":"EMAIL_ADDRESS"}]}"#,
            "\n",
            r#"{"id":"b","text":"call +44 20 7946 0958","spans":[]}"#,
            "\n"
        ),
    )
    .unwrap();
    let out = hushdesk().args(["eval", corpus.to_str().unwrap(), "--json"]).output().unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["per_type"]["EMAIL_ADDRESS"]["tp"], 1);
    assert_eq!(v["per_type"]["PHONE_NUMBER"]["fp"], 1);
    assert_eq!(v["overall"]["precision"], 0.5);
}

#[test]
fn bench_generate_writes_the_requested_size() {
    let out = hushdesk().args(["bench", "generate", "64K"]).output().unwrap();
    assert!(out.status.success());
    assert!(out.stdout.len() >= 64 * 1024 && out.stdout.len() < 64 * 1024 + 8192);
}

#[test]
fn eval_scores_another_tools_predictions() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c.jsonl");
    let preds = dir.path().join("p.jsonl");
    std::fs::write(
        &corpus,
        r#"{"id":"a","text":"mail a@example.com now","spans":[{"start":5,"end":18,"entity_type":"EMAIL_ADDRESS"}]}"#,
    )
    .unwrap();
    std::fs::write(&preds, r#"{"id":"a","spans":[{"start":0,"end":4,"entity_type":"PERSON"}]}"#).unwrap();
    let out = hushdesk()
        .args(["eval", corpus.to_str().unwrap(), "--json", "--predictions", preds.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["per_type"]["EMAIL_ADDRESS"]["fn"], 1);
    assert_eq!(v["per_type"]["PERSON"]["fp"], 1);
}
