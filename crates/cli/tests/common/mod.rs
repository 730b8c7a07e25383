//! Helpers shared by the end-to-end tests of the `hushdesk` binary.
#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// The binary, with no `HUSHDESK_*` variable inherited from the environment running the
/// tests (each test sets what it needs).
pub fn hushdesk() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_hushdesk"));
    for (k, _) in std::env::vars() {
        if k.starts_with("HUSHDESK_") {
            c.env_remove(k);
        }
    }
    c
}

/// Runs the binary with `args`, `stdin` and extra environment, and waits for it.
pub fn run_with(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut child = hushdesk()
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    // The process may exit before reading (a configuration error): a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Standard output as JSON Lines.
pub fn json_lines(o: &Output) -> Vec<Value> {
    stdout(o).lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}"))).collect()
}
