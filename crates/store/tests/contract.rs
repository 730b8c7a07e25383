//! The contract suite: every case runs against SQLite and, when
//! `HUSHDESK_TEST_DATABASE_URL` is set, PostgreSQL (each run in its own pair of schemas,
//! dropped afterwards, so runs can repeat and overlap).

mod common;

use std::collections::HashSet;
use std::sync::Arc;

use common::*;
use hushdesk_domain::audit::ChainProblem;
use hushdesk_domain::identity::SubjectSelector;
use hushdesk_domain::store::{AuditRepo, AuditScan, KeyStore, MessageRepo, StoreTx};
use hushdesk_domain::{Actor, Author, SubjectIdentifiers, VaultError};
use zeroize::Zeroizing;

const CHAT: &str = "Hi, I'm Maria Lopez. Mail me at maria.lopez@example.com or call +1 415 555 2671. \
                    My card is 4111 1111 1111 1111, cvv 123, and my password is Tr0ub4dor&3.";

macro_rules! contract {
    ($($case:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $case() {
                    let h = crate::common::sqlite_harness().await;
                    crate::cases::$case(&h).await;
                    h.store.close().await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $case() {
                    let Some(h) = crate::common::pg_harness().await else { return };
                    crate::cases::$case(&h).await;
                    crate::common::finish_pg(&h).await;
                }
            )*
        }
    };
}

contract!(
    ingest_redacts_seals_and_reveals,
    subjects_are_found_by_any_identifier,
    batch_items_fail_alone,
    reveal_errors_write_nothing,
    corrupted_or_moved_ciphertext_is_detected,
    erase_shreds_one_subject,
    erase_defeats_a_copy_taken_before,
    rotation_rewraps_and_retire_is_guarded,
    opening_while_another_process_rotates,
    rotation_under_concurrent_ingest,
    wrong_or_outdated_keyring_is_refused,
    audit_tampering_is_named,
    forged_checkpoint_signature_is_named,
    audit_scan_reads_ahead_in_pages,
    concurrent_writers_make_one_chain,
    newer_schema_is_refused,
    api_keys_hash_expire_and_revoke,
    users_links_sessions_and_lockout,
    messages_and_audit_are_queried,
);

mod cases {
    use super::*;

    pub async fn api_keys_hash_expire_and_revoke<S: TestStore>(h: &Harness<S>) {
        use hushdesk_domain::store::{AccessRepo, ApiKeyRow};
        let v = &h.vault;
        let (boot, boot_key) = v.bootstrap_admin_key("admin").await.unwrap().expect("first bootstrap");
        assert_eq!(boot.role, "admin");
        assert!(v.bootstrap_admin_key("admin").await.unwrap().is_none(), "bootstrap only once");
        assert_eq!(v.authenticate_api_key(boot_key.expose_secret()).await.unwrap().unwrap().id, boot.id);

        let (row, key) = v.create_api_key(&actor(), "helpdesk", "integration", None).await.unwrap();
        assert!(key.expose_secret().starts_with("hd_"));
        assert_ne!(row.key_hash, [0u8; 32]);
        let got = v.authenticate_api_key(key.expose_secret()).await.unwrap().expect("valid key");
        assert_eq!(
            (got.id.as_str(), got.role.as_str(), got.name.as_str()),
            (row.id.as_str(), "integration", "helpdesk")
        );
        // Stored as the keyed hash only.
        assert_eq!(row.key_hash, v.keyring().api_key_pepper().hash(key.expose_secret()));
        // A wrong key, a malformed one.
        let other = hushdesk_crypto::generate_api_key("hd").unwrap();
        assert!(v.authenticate_api_key(other.expose_secret()).await.unwrap().is_none());
        assert!(v.authenticate_api_key("hd_nope").await.unwrap().is_none());
        assert!(v.create_api_key(&actor(), " ", "agent", None).await.is_err());
        assert!(v.create_api_key(&actor(), "x", "agent", Some(hushdesk_domain::Timestamp(1))).await.is_err());

        // Expired.
        let expired = hushdesk_crypto::generate_api_key("hd").unwrap();
        let mut tx = h.store.begin_write().await.unwrap();
        tx.insert_api_key(&ApiKeyRow {
            id: "key_expired".into(),
            name: "old".into(),
            role: "agent".into(),
            key_hash: v.keyring().api_key_pepper().hash(expired.expose_secret()),
            created_at: hushdesk_domain::Timestamp(1),
            expires_at: Some(hushdesk_domain::Timestamp(2)),
            revoked_at: None,
        })
        .await
        .unwrap();
        tx.commit().await.unwrap();
        assert!(v.authenticate_api_key(expired.expose_secret()).await.unwrap().is_none());

        // Revoked: once.
        let before = h.head().await;
        assert!(v.revoke_api_key(&actor(), &row.id).await.unwrap());
        assert!(!v.revoke_api_key(&actor(), &row.id).await.unwrap());
        assert!(!v.revoke_api_key(&actor(), "key_unknown").await.unwrap());
        assert_eq!(h.head().await, before + 1, "one audit entry per revocation");
        assert!(v.authenticate_api_key(key.expose_secret()).await.unwrap().is_none());
        let list = v.list_api_keys().await.unwrap();
        assert_eq!(list.len(), 3);
        assert!(list.iter().find(|k| k.id == row.id).unwrap().revoked_at.is_some());
    }

    pub async fn users_links_sessions_and_lockout<S: TestStore>(h: &Harness<S>) {
        use hushdesk_domain::access::{LoginOutcome, SessionSettings};
        use std::time::Duration;
        let v = &h.vault;
        let s = SessionSettings {
            idle: Duration::from_secs(600),
            absolute: Duration::from_secs(3600),
            max_failed: 3,
            lockout: Duration::from_secs(900),
        };
        let (u, link) = v.create_user(&actor(), "Ann@Corp.Example", "agent", Duration::from_secs(3600)).await.unwrap();
        assert_eq!(u.email, "ann@corp.example");
        assert!(u.password_hash.is_none());
        assert!(matches!(
            v.create_user(&actor(), "ann@corp.example", "agent", Duration::from_secs(60)).await,
            Err(VaultError::AlreadyExists(_))
        ));
        // Before the link is used there is no password: log-in fails.
        assert!(matches!(v.login_verified(&u.id, true, &s).await.unwrap(), LoginOutcome::BadCredentials));
        let phc = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";
        let sess = v.use_signin_link(link.expose_secret(), phc, &s).await.unwrap().expect("link works once");
        assert!(v.use_signin_link(link.expose_secret(), phc, &s).await.unwrap().is_none(), "second use");
        let (su, csrf) = v.session(sess.session_id.expose_secret(), &s).await.unwrap().expect("live session");
        assert_eq!(su.id, u.id);
        assert_eq!(csrf, sess.csrf);
        let found = v.user_by_email("ANN@corp.example").await.unwrap().unwrap();
        assert_eq!(found.password_hash.as_deref(), Some(phc));

        // Expiry: a zero absolute timeout ends the session (and deletes it).
        let zero = SessionSettings { absolute: Duration::ZERO, ..s };
        assert!(v.session(sess.session_id.expose_secret(), &zero).await.unwrap().is_none());
        assert!(v.session(sess.session_id.expose_secret(), &s).await.unwrap().is_none(), "deleted");

        // Log-in, log-out.
        let LoginOutcome::Ok(s2) = v.login_verified(&u.id, true, &s).await.unwrap() else { panic!("log-in") };
        assert!(v.session(s2.session_id.expose_secret(), &s).await.unwrap().is_some());
        v.logout(&actor(), s2.session_id.expose_secret()).await.unwrap();
        assert!(v.session(s2.session_id.expose_secret(), &s).await.unwrap().is_none());

        // Lock-out after three failures in a row; the right password does not help then.
        assert!(matches!(v.login_verified(&u.id, false, &s).await.unwrap(), LoginOutcome::BadCredentials));
        assert!(matches!(v.login_verified(&u.id, false, &s).await.unwrap(), LoginOutcome::BadCredentials));
        assert!(matches!(v.login_verified(&u.id, false, &s).await.unwrap(), LoginOutcome::Locked { .. }));
        assert!(matches!(v.login_verified(&u.id, true, &s).await.unwrap(), LoginOutcome::Locked { .. }));
        // Unknown link, session.
        let bogus = hushdesk_crypto::generate_api_key("hdl").unwrap();
        assert!(v.use_signin_link(bogus.expose_secret(), phc, &s).await.unwrap().is_none());
        assert!(v.session("hds_x", &s).await.unwrap().is_none());
    }

    pub async fn messages_and_audit_are_queried<S: TestStore>(h: &Harness<S>) {
        use hushdesk_domain::store::{AuditFilter, MessageFilter};
        let v = &h.vault;
        for i in 0..3 {
            ingest(v, "maria.lopez@example.com", &format!("message {i} from maria.lopez@example.com")).await;
        }
        ingest(v, "bob@example.com", "hello from bob@example.com").await;
        let maria =
            v.find_subject(&SubjectSelector::Email(Zeroizing::new("maria.lopez@example.com".into()))).await.unwrap();
        let page1 = v
            .list_messages(&MessageFilter { subject: Some(maria.clone()), limit: 2, ..Default::default() })
            .await
            .unwrap();
        assert_eq!(page1.len(), 2);
        assert!(page1.iter().all(|m| m.subject_id == maria && !m.redacted.contains("maria.lopez")));
        let last = page1.last().unwrap();
        let page2 = v
            .list_messages(&MessageFilter {
                subject: Some(maria.clone()),
                after: Some((last.at, last.id.clone())),
                limit: 2,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(page2.len(), 1);
        assert!(page1.iter().all(|m| m.id != page2[0].id));
        let all = v.list_messages(&MessageFilter { limit: 100, ..Default::default() }).await.unwrap();
        assert_eq!(all.len(), 4);
        let none = v
            .list_messages(&MessageFilter { to: Some(hushdesk_domain::Timestamp(0)), limit: 100, ..Default::default() })
            .await
            .unwrap();
        assert!(none.is_empty());

        v.create_api_key(&Actor::new("apikey:ops").unwrap(), "x", "agent", None).await.unwrap();
        let ev = v
            .audit_events(&AuditFilter { action: Some("apikey.create".into()), limit: 10, ..Default::default() })
            .await
            .unwrap();
        assert_eq!(ev.len(), 1);
        assert_eq!(ev[0].event.actor, "apikey:ops");
        let by_actor = v
            .audit_events(&AuditFilter { actor: Some(actor().as_str().to_owned()), limit: 2, ..Default::default() })
            .await
            .unwrap();
        assert_eq!(by_actor.len(), 2);
        let next = v
            .audit_events(&AuditFilter {
                actor: Some(actor().as_str().to_owned()),
                after_seq: by_actor[1].seq,
                limit: 100,
                ..Default::default()
            })
            .await
            .unwrap();
        assert!(next.iter().all(|r| r.seq > by_actor[1].seq && r.event.actor == actor().as_str()));
    }

    pub async fn ingest_redacts_seals_and_reveals<S: TestStore>(h: &Harness<S>) {
        let r = ingest(&h.vault, "maria.lopez@example.com", CHAT).await;
        let red = &r.redacted;
        for planted in ["maria.lopez@example.com", "555 2671", "4111 1111 1111 1111", "Tr0ub4dor&3", "Maria Lopez"] {
            assert!(!red.contains(planted), "{planted} left in {red}");
        }
        assert!(red.contains("**** **** **** 1111"), "{red}");
        assert!(red.contains("[PASSWORD]"), "{red}");
        let email = token_of(&r, "EMAIL_ADDRESS");
        assert!(red.contains(&format!("[EMAIL_ADDRESS:{email}]")), "{red}");
        // Card, CVV, password are never tokenised.
        assert!(r.tokens.iter().all(|t| !["CREDIT_CARD", "CVV", "PASSWORD"].contains(&t.entity_type.as_str())));

        let before = h.head().await;
        let v = h.vault.reveal(&email, &actor(), "customer asked to confirm", "support").await.unwrap();
        assert_eq!(&*v, "maria.lopez@example.com");
        let phone = token_of(&r, "PHONE_NUMBER");
        assert_eq!(&*h.vault.reveal(&phone, &actor(), "call back", "support").await.unwrap(), "+1 415 555 2671");
        assert_eq!(h.head().await, before + 2, "each reveal is audited");

        // The stored message reads back redacted, with its tokens.
        let m = h.vault.message(&r.message_id).await.unwrap();
        assert_eq!(m.redacted, r.redacted);
        assert_eq!(m.tokens, r.tokens);
        assert_eq!(m.author, Author::Customer);

        // Deterministic tokens: the same value of the same subject, same token, one vault row.
        let r2 = ingest(&h.vault, "maria.lopez@example.com", "again: maria.lopez@example.com").await;
        assert_eq!(token_of(&r2, "EMAIL_ADDRESS"), email);
        assert_eq!(r2.subject_id, r.subject_id);

        let rep = h.vault.verify_audit(None).await.unwrap();
        assert_eq!(rep.problem, None);
        assert_eq!(rep.entries, h.head().await);
    }

    pub async fn subjects_are_found_by_any_identifier<S: TestStore>(h: &Harness<S>) {
        let a = h.vault.ingest(&actor(), request("c-1", Some("A@Example.com"), Some("+1 415 555 0100"), "hi")).await;
        let a = a.unwrap();
        // Phone only (national format), then e-mail with other case and spaces.
        let b = h.vault.ingest(&actor(), request("c-2", None, Some("(415) 555-0100"), "hello")).await.unwrap();
        assert_eq!(b.subject_id, a.subject_id);
        let c = h.vault.ingest(&actor(), request("c-3", Some("  a@example.COM "), None, "yo")).await.unwrap();
        assert_eq!(c.subject_id, a.subject_id);
        // A new identifier is attached to the subject it comes with.
        let mut req = request("c-4", Some("a@example.com"), None, "x");
        req.subject.external_id = Some(Zeroizing::new("cust-42".into()));
        assert_eq!(h.vault.ingest(&actor(), req).await.unwrap().subject_id, a.subject_id);
        let by_ext = h.vault.find_subject(&SubjectSelector::ExternalId(Zeroizing::new("cust-42".into()))).await;
        assert_eq!(by_ext.unwrap(), a.subject_id);
        // Identifiers of two different subjects in one message: refused.
        let other = ingest(&h.vault, "b@example.com", "hi").await;
        assert_ne!(other.subject_id, a.subject_id);
        let err = h.vault.ingest(&actor(), request("c-5", Some("b@example.com"), Some("+14155550100"), "x")).await;
        assert!(matches!(err, Err(VaultError::IdentifierConflict)), "{err:?}");
        let unknown = h.vault.find_subject(&SubjectSelector::Email(Zeroizing::new("nobody@example.com".into()))).await;
        assert!(matches!(unknown, Err(VaultError::UnknownSubject)));
    }

    pub async fn batch_items_fail_alone<S: TestStore>(h: &Harness<S>) {
        let mut no_ids = request("c-1", None, None, "no subject");
        no_ids.subject = SubjectIdentifiers::default();
        let batch = vec![
            request("c-1", Some("x@example.com"), None, "first, mail x@example.com"),
            request("bad conversation id", Some("x@example.com"), None, "bad"),
            no_ids,
            request("c-1", Some("x@example.com"), None, "third"),
            // A new subject created in this batch is reused by the next item.
            request("c-2", Some("new@example.com"), None, "one"),
            request("c-2", Some("new@example.com"), Some("+44 20 7946 0958"), "two"),
        ];
        let base = h.head().await;
        let out = h.vault.ingest_batch(&actor(), batch).await.unwrap();
        assert_eq!(out.len(), 6);
        assert!(out[0].is_ok() && out[3].is_ok() && out[4].is_ok() && out[5].is_ok());
        assert!(matches!(out[1], Err(VaultError::InvalidInput(_))));
        assert!(matches!(out[2], Err(VaultError::InvalidInput(_))));
        let ok: Vec<_> = out.into_iter().flatten().collect();
        assert_eq!(ok[0].subject_id, ok[1].subject_id);
        assert_eq!(ok[2].subject_id, ok[3].subject_id);
        assert_ne!(ok[0].subject_id, ok[2].subject_id);
        // One audit entry per stored message, nothing for the failed ones.
        assert_eq!(h.head().await, base + 4);
        for r in &ok {
            assert_eq!(h.vault.message(&r.message_id).await.unwrap().redacted, r.redacted);
        }
    }

    pub async fn reveal_errors_write_nothing<S: TestStore>(h: &Harness<S>) {
        let r =
            ingest(&h.vault, "ssn@example.com", "My SSN is 536-22-8726 and IBAN GB82 WEST 1234 5698 7654 32.").await;
        let head = h.head().await;
        let unknown = "tok_aaaaaaaaaaaaaaaaaaaaaaaaaa";
        assert!(matches!(h.vault.reveal(unknown, &actor(), "r", "p").await, Err(VaultError::UnknownToken)));
        assert!(matches!(h.vault.reveal("not-a-token", &actor(), "r", "p").await, Err(VaultError::UnknownToken)));
        let ssn = token_of(&r, "US_SSN");
        let e = h.vault.reveal(&ssn, &actor(), "curious", "support").await;
        assert!(matches!(&e, Err(VaultError::NotRevealable { entity_type }) if entity_type == "US_SSN"), "{e:?}");
        let iban = token_of(&r, "IBAN_CODE");
        assert!(matches!(h.vault.reveal(&iban, &actor(), "r", "p").await, Err(VaultError::NotRevealable { .. })));
        let email = token_of(&ingest(&h.vault, "ssn@example.com", "ssn@example.com").await, "EMAIL_ADDRESS");
        let head = head + 1;
        assert!(matches!(h.vault.reveal(&email, &actor(), "  ", "p").await, Err(VaultError::InvalidInput(_))));
        assert_eq!(h.head().await, head, "failed reveals append nothing");
        // Personal data in a reason is redacted before it reaches the log.
        h.vault.reveal(&email, &actor(), "asked by ssn@example.com on the phone", "support").await.unwrap();
        let mut tx = h.store.begin_read().await.unwrap();
        let last = tx.audit_page(head, 10).await.unwrap();
        tx.rollback().await.unwrap();
        assert_eq!(last.len(), 1);
        assert_eq!(last[0].event.action, "token.reveal");
        assert!(!last[0].event.reason.contains("ssn@example.com"), "{}", last[0].event.reason);
        assert!(last[0].event.reason.contains("<EMAIL_ADDRESS>"), "{}", last[0].event.reason);
    }

    pub async fn corrupted_or_moved_ciphertext_is_detected<S: TestStore>(h: &Harness<S>) {
        let r = ingest(&h.vault, "c@example.com", "mail c@example.com or d@example.org").await;
        let (a, b) = (r.tokens[0].token.clone(), r.tokens[1].token.clone());
        let head = h.head().await;
        // Replace the GCM tag with zeros.
        let zero_tag = if h.store.is_pg() {
            format!(
                "UPDATE vault_values SET ciphertext = substring(ciphertext from 1 for length(ciphertext) - 16) \
                 || decode(repeat('00', 16), 'hex') WHERE token = '{a}'"
            )
        } else {
            format!(
                "UPDATE vault_values SET ciphertext = unhex(hex(substr(ciphertext, 1, length(ciphertext) - 16)) \
                 || '{}') WHERE token = '{a}'",
                "00".repeat(16)
            )
        };
        assert_eq!(h.store.raw(&zero_tag).await, 1);
        let e = h.vault.reveal(&a, &actor(), "r", "p").await;
        assert!(matches!(&e, Err(VaultError::CorruptedCiphertext { field: "value", id }) if *id == a), "{e:?}");
        // Moving a valid ciphertext to another token fails too (AAD binds the token).
        h.store
            .raw(&format!(
                "UPDATE vault_values SET ciphertext = (SELECT ciphertext FROM vault_values WHERE token = '{b}') \
                 WHERE token = '{a}'"
            ))
            .await;
        let e = h.vault.reveal(&a, &actor(), "r", "p").await;
        assert!(matches!(e, Err(VaultError::CorruptedCiphertext { .. })), "{e:?}");
        assert_eq!(&*h.vault.reveal(&b, &actor(), "r", "p").await.unwrap(), "d@example.org");
        assert_eq!(h.head().await, head + 1, "only the successful reveal is audited");
    }

    pub async fn erase_shreds_one_subject<S: TestStore>(h: &Harness<S>) {
        let a1 = ingest(&h.vault, "gone@example.com", "I'm at gone@example.com, +1 415 555 2671").await;
        let a2 = ingest(&h.vault, "gone@example.com", "also +1 415 555 2671").await;
        let b = ingest(&h.vault, "stays@example.com", "I'm at stays@example.com").await;
        let head = h.head().await;
        let sel = SubjectSelector::Email(Zeroizing::new("GONE@example.com".into()));
        let rep = h.vault.erase(&sel, &actor(), "GDPR art. 17 request").await.unwrap();
        assert!(rep.key_destroyed);
        assert_eq!(rep.subject_id, a1.subject_id);
        assert_eq!(rep.deleted.messages, 2);
        assert_eq!(rep.deleted.values, 2);
        assert!(matches!(h.vault.find_subject(&sel).await, Err(VaultError::UnknownSubject)));
        let t = token_of(&a1, "EMAIL_ADDRESS");
        assert!(matches!(h.vault.reveal(&t, &actor(), "r", "p").await, Err(VaultError::UnknownToken)));
        assert!(h.vault.message(&a2.message_id).await.is_err());
        assert!(h.store.keys().get_deks(std::slice::from_ref(&a1.subject_id)).await.unwrap().is_empty());
        // Others are untouched.
        assert_eq!(
            &*h.vault.reveal(&token_of(&b, "EMAIL_ADDRESS"), &actor(), "r", "p").await.unwrap(),
            "stays@example.com"
        );
        // The chain still verifies (erasure never touches the log) and records the erasure.
        let rep = h.vault.verify_audit(None).await.unwrap();
        assert_eq!(rep.problem, None);
        let mut tx = h.store.begin_read().await.unwrap();
        let entries = tx.audit_page(0, 1000).await.unwrap();
        tx.rollback().await.unwrap();
        let erase = entries.iter().find(|e| e.event.action == "subject.erase").unwrap();
        assert_eq!(erase.seq, head + 1);
        assert_eq!(erase.event.subject, Some(h.vault.subject_commitment(&a1.subject_id)));
        let all = format!("{entries:?}");
        assert!(!all.contains("gone@example.com") && !all.contains(a1.subject_id.as_str()));
        // Erasing again: unknown subject, nothing written.
        let again = h.vault.erase(&sel, &actor(), "again").await;
        assert!(matches!(again, Err(VaultError::UnknownSubject)));
        assert_eq!(h.head().await, head + 2);
        // A new message for the same address starts a new subject.
        let fresh = ingest(&h.vault, "gone@example.com", "back again").await;
        assert_ne!(fresh.subject_id, a1.subject_id);
    }

    pub async fn erase_defeats_a_copy_taken_before<S: TestStore>(h: &Harness<S>) {
        let gone = ingest(&h.vault, "gone@example.com", "mail gone@example.com").await;
        let stays = ingest(&h.vault, "stays@example.com", "mail stays@example.com").await;
        let copy = snapshot_main(h).await;
        h.vault.erase(&SubjectSelector::Id(gone.subject_id.clone()), &actor(), "request").await.unwrap();
        // The copy still has the subject's rows and ciphertexts...
        let old = open_vault(copy.clone(), &h.keyring()).await.unwrap();
        let t = token_of(&gone, "EMAIL_ADDRESS");
        let mut tx = copy.begin_read().await.unwrap();
        use hushdesk_domain::store::VaultRepo;
        assert!(tx.get_value(&t).await.unwrap().is_some(), "the copy holds the ciphertext");
        tx.rollback().await.unwrap();
        // ...but with the keyring and the live key store it cannot be decrypted: the key is gone.
        let e = old.reveal(&t, &actor(), "r", "p").await;
        assert!(matches!(e, Err(VaultError::SubjectKeyMissing { .. })), "{e:?}");
        assert!(old.message(&gone.message_id).await.is_err());
        // Other subjects still decrypt from the copy.
        assert_eq!(
            &*old.reveal(&token_of(&stays, "EMAIL_ADDRESS"), &actor(), "r", "p").await.unwrap(),
            "stays@example.com"
        );
        drop_snapshot(h, copy).await;
    }

    pub async fn rotation_rewraps_and_retire_is_guarded<S: TestStore>(h: &Harness<S>) {
        let mut receipts = Vec::new();
        for i in 0..25 {
            receipts
                .push(ingest(&h.vault, &format!("user{i}@example.com"), &format!("I am user{i}@example.com")).await);
        }
        assert_eq!(h.store.keys().dek_counts().await.unwrap(), vec![(1, 25)]);
        let rep = h.vault.rotate_keys(&actor()).await.unwrap();
        assert_eq!((rep.from, rep.to, rep.rewrapped, rep.remaining), (1, 2, 25, 0));
        assert_eq!(h.store.keys().dek_counts().await.unwrap(), vec![(2, 25)]);
        let e = h.vault.retire_key(2, &actor()).await;
        assert!(matches!(e, Err(VaultError::Crypto(_))), "current version cannot be retired: {e:?}");
        h.vault.retire_key(1, &actor()).await.unwrap();
        // Everything still opens, from this vault and from a freshly opened one.
        let fresh = h.reopen().await.unwrap();
        for (i, r) in receipts.iter().enumerate() {
            let v = fresh.reveal(&token_of(r, "EMAIL_ADDRESS"), &actor(), "check", "test").await.unwrap();
            assert_eq!(&*v, &format!("user{i}@example.com"));
        }
        let st = fresh.key_status().await.unwrap();
        assert_eq!(st.current, 2);
        assert_eq!(st.keyring_versions, vec![2]);
        assert!(st.records.iter().any(|r| r.version == 1 && r.retired_at.is_some()));
        // Rotate again, while a key wrapped under v2 exists (written by a stale
        // keyring copy): v2 cannot be retired until it is rewrapped.
        let later = ingest(&fresh, "late@example.com", "late@example.com").await;
        let stale_copy = h.dir.path().join("stale.json");
        std::fs::copy(h.keyring(), &stale_copy).unwrap();
        h.vault.rotate_keys(&actor()).await.unwrap();
        let stale = hushdesk_crypto::keyring_file::load(&stale_copy, &hushdesk_crypto::Unlock::None).unwrap();
        let ghost = hushdesk_domain::SubjectId::generate().unwrap();
        let (_, w) = stale.new_dek(ghost.as_str()).unwrap();
        assert_eq!(w.kek_version, 2);
        h.store.keys().put_deks(&[(ghost, w)]).await.unwrap();
        let e = fresh.retire_key(2, &actor()).await;
        assert!(matches!(e, Err(VaultError::KekVersionInUse { version: 2, deks: 1 })), "{e:?}");
        let rep = fresh.rotate_keys(&actor()).await.unwrap();
        assert_eq!(rep.remaining, 0);
        fresh.retire_key(2, &actor()).await.unwrap();
        let v = fresh.reveal(&token_of(&later, "EMAIL_ADDRESS"), &actor(), "r", "p").await.unwrap();
        assert_eq!(&*v, "late@example.com");
        assert_eq!(fresh.verify_audit(None).await.unwrap().problem, None);
    }

    /// A process that read the keyring file just before another one rotated sees the new
    /// version in the database when it checks: it re-reads the file instead of refusing.
    pub async fn opening_while_another_process_rotates<S: TestStore>(h: &Harness<S>) {
        let before = ingest(&h.vault, "early@example.com", "early@example.com").await;
        let (source, read_early, _) =
            hushdesk_domain::FileKeyring::open_or_create(&h.keyring(), hushdesk_crypto::Unlock::None).unwrap();
        assert_eq!(read_early.current_version(), 1);
        h.vault.rotate_keys(&actor()).await.unwrap();
        let late = hushdesk_domain::Vault::open(
            h.store.clone(),
            read_early,
            Box::new(source),
            hushdesk_domain::Policy::default(),
            config(),
        )
        .await
        .unwrap();
        assert_eq!(late.key_status().await.unwrap().current, 2);
        let v = late.reveal(&token_of(&before, "EMAIL_ADDRESS"), &actor(), "check", "test").await.unwrap();
        assert_eq!(&*v, "early@example.com");
    }

    pub async fn rotation_under_concurrent_ingest<S: TestStore>(h: &Harness<S>) {
        let writer = Arc::new(h.reopen().await.unwrap());
        let task = {
            let writer = Arc::clone(&writer);
            tokio::spawn(async move {
                let mut out = Vec::new();
                for i in 0..60 {
                    let batch = (0..5)
                        .map(|j| {
                            let n = i * 5 + j;
                            request(
                                "load",
                                Some(&format!("load{n}@example.com")),
                                None,
                                &format!("me: load{n}@example.com"),
                            )
                        })
                        .collect();
                    out.extend(writer.ingest_batch(&actor(), batch).await.unwrap().into_iter().map(Result::unwrap));
                    tokio::task::yield_now().await;
                }
                out
            })
        };
        let mut rotations = Vec::new();
        for _ in 0..3 {
            rotations.push(h.vault.rotate_keys(&actor()).await.unwrap());
        }
        let receipts = task.await.unwrap();
        // A final rotation picks up anything a stale writer wrapped under an old version.
        let last = h.vault.rotate_keys(&actor()).await.unwrap();
        assert_eq!(last.remaining, 0);
        let counts = h.store.keys().dek_counts().await.unwrap();
        assert_eq!(counts, vec![(last.to, 300)]);
        for (n, r) in receipts.iter().enumerate() {
            let v = writer.reveal(&token_of(r, "EMAIL_ADDRESS"), &actor(), "check", "test").await.unwrap();
            assert_eq!(&*v, &format!("load{n}@example.com"));
        }
        for old in 1..last.to {
            h.vault.retire_key(old, &actor()).await.unwrap();
        }
        assert_eq!(h.vault.verify_audit(None).await.unwrap().problem, None);
    }

    pub async fn wrong_or_outdated_keyring_is_refused<S: TestStore>(h: &Harness<S>) {
        ingest(&h.vault, "k@example.com", "k@example.com").await;
        let other = tempfile::tempdir().unwrap();
        let e = open_vault(h.store.clone(), &other.path().join("keyring.json")).await;
        assert!(matches!(e, Err(VaultError::WrongKeyring)), "{:?}", e.err());
        // An old copy of the right keyring, after a rotation: outdated.
        let old = other.path().join("old.json");
        std::fs::copy(h.keyring(), &old).unwrap();
        h.vault.rotate_keys(&actor()).await.unwrap();
        let e = open_vault(h.store.clone(), &old).await;
        assert!(matches!(e, Err(VaultError::KeyringOutdated { missing: 2 })), "{:?}", e.err());
        assert!(h.reopen().await.is_ok());
    }

    async fn seed_chain<S: TestStore>(h: &Harness<S>, n: usize) {
        for i in 0..n {
            ingest(&h.vault, &format!("a{}@example.com", i % 7), "hello").await;
        }
        assert_eq!(h.vault.verify_audit(None).await.unwrap().problem, None);
    }

    /// Runs `tamper`, checks `verify` names `want`, then restores the table.
    async fn expect_problem<S: TestStore>(h: &Harness<S>, tamper: &[String], want: ChainProblem) {
        h.store.raw("CREATE TABLE audit_backup AS SELECT * FROM audit_events").await;
        for sql in tamper {
            h.store.raw(sql).await;
        }
        let rep = h.vault.verify_audit(None).await.unwrap();
        assert_eq!(rep.problem, Some(want.clone()), "after {tamper:?}");
        h.store.raw("DELETE FROM audit_events").await;
        h.store.raw("INSERT INTO audit_events SELECT * FROM audit_backup").await;
        h.store.raw("DROP TABLE audit_backup").await;
        assert_eq!(h.vault.verify_audit(None).await.unwrap().problem, None);
    }

    pub async fn audit_tampering_is_named<S: TestStore>(h: &Harness<S>) {
        // Entry 1 records the keyring's KEK version; 35 messages follow: checkpoints at 10, 20, 30.
        seed_chain(h, 35).await;
        let s = |x: &str| x.to_string();
        // Edit.
        expect_problem(
            h,
            &[s("UPDATE audit_events SET actor = 'mallory' WHERE seq = 7")],
            ChainProblem::Edited { seq: 7 },
        )
        .await;
        // Delete (a gap).
        expect_problem(
            h,
            &[s("DELETE FROM audit_events WHERE seq = 13")],
            ChainProblem::Deleted { first: 13, last: 13 },
        )
        .await;
        // Reorder: swap entries 5 and 6 (positions keep their numbers, contents move).
        expect_problem(
            h,
            &[
                s("UPDATE audit_events SET seq = -5 WHERE seq = 5"),
                s("UPDATE audit_events SET seq = 5 WHERE seq = 6"),
                s("UPDATE audit_events SET seq = 6 WHERE seq = -5"),
            ],
            ChainProblem::Reordered { seq: 5, belongs_after: 6 },
        )
        .await;
        // Insert: renumber 16.. up by one and put a forged entry at 16.
        expect_problem(
            h,
            &[
                s("UPDATE audit_events SET seq = -(seq + 1) WHERE seq >= 16"),
                s("UPDATE audit_events SET seq = -seq WHERE seq < 0"),
                s("INSERT INTO audit_events (seq, at, actor, action, target, subject_commitment, reason, purpose, \
                   details, prev_hash, hash) SELECT 16, at, 'mallory', 'token.reveal', target, subject_commitment, \
                   'x', 'x', details, hash, hash FROM audit_events WHERE seq = 15"),
            ],
            ChainProblem::Inserted { seq: 16 },
        )
        .await;
        // Truncate below the last checkpoint (30).
        expect_problem(
            h,
            &[s("DELETE FROM audit_events WHERE seq > 25")],
            ChainProblem::Truncated { last_seq: 25, expected_at_least: 36 },
        )
        .await;
        // Truncate below the recorded head, checkpoints deleted too.
        h.store.raw("CREATE TABLE cp_backup AS SELECT * FROM audit_checkpoints").await;
        h.store.raw("DELETE FROM audit_checkpoints").await;
        expect_problem(
            h,
            &[s("DELETE FROM audit_events WHERE seq > 33")],
            ChainProblem::Truncated { last_seq: 33, expected_at_least: 36 },
        )
        .await;
        h.store.raw("INSERT INTO audit_checkpoints SELECT * FROM cp_backup").await;
        h.store.raw("DROP TABLE cp_backup").await;
        // From a checkpoint: entries before it are not read.
        let rep = h.vault.verify_audit(Some(20)).await.unwrap();
        assert_eq!((rep.problem, rep.first_seq, rep.last_seq), (None, 21, 36));
        let rep = h.vault.verify_audit(Some(21)).await.unwrap();
        assert_eq!(rep.problem, Some(ChainProblem::NoSuchCheckpoint { seq: 21 }));
    }

    pub async fn forged_checkpoint_signature_is_named<S: TestStore>(h: &Harness<S>) {
        seed_chain(h, 12).await;
        let cp = h.vault.audit_checkpoint().await.unwrap();
        assert_eq!(cp.seq, 13);
        // Re-sign with another key: the signature does not verify under the keyring's key.
        let other = hushdesk_crypto::AuditSigner::from_seed(&hushdesk_crypto::Secret32::generate().unwrap());
        let forged =
            hushdesk_domain::Checkpoint::sign(&other, hushdesk_domain::ChainHead { seq: 10, hash: [9; 32] }, cp.at);
        h.store.raw("DELETE FROM audit_checkpoints WHERE seq = 10").await;
        let mut tx = h.store.begin_write().await.unwrap();
        tx.insert_checkpoint(&forged).await.unwrap();
        tx.commit().await.unwrap();
        let rep = h.vault.verify_audit(None).await.unwrap();
        assert_eq!(rep.problem, Some(ChainProblem::BadCheckpointSignature { seq: 10 }));
    }

    pub async fn audit_scan_reads_ahead_in_pages<S: TestStore>(h: &Harness<S>) {
        seed_chain(h, 24).await;
        let mut tx = h.store.begin_read().await.unwrap();
        let want = tx.audit_page(3, 1000).await.unwrap();
        tx.rollback().await.unwrap();
        assert_eq!(want.len(), 22);
        // Pages of 4 after entry 3: 4, 4, 4, 4, 4, 2, then empty (and empty again).
        let mut scan = h.store.scan_audit(3, 4).await.unwrap();
        let mut sizes = Vec::new();
        let mut got = Vec::new();
        loop {
            let page = scan.next_page().await.unwrap();
            if page.is_empty() {
                break;
            }
            sizes.push(page.len());
            got.extend(page.records_from(0));
        }
        assert_eq!(sizes, [4, 4, 4, 4, 4, 2]);
        assert_eq!(got, want);
        assert!(scan.next_page().await.unwrap().is_empty());
        // A scan dropped half-way stops its reader (the store still closes and writes).
        let mut scan = h.store.scan_audit(0, 2).await.unwrap();
        assert_eq!(scan.next_page().await.unwrap().len(), 2);
        drop(scan);
        ingest(&h.vault, "after-scan@example.com", "hello").await;
        // A row that does not decode is an error, never a shorter log.
        h.store.raw("UPDATE audit_events SET hash = substr(hash, 1, 16) WHERE seq = 9").await;
        let mut scan = h.store.scan_audit(0, 4).await.unwrap();
        assert_eq!(scan.next_page().await.unwrap().len(), 4);
        assert_eq!(scan.next_page().await.unwrap().len(), 4);
        let err = scan.next_page().await.unwrap_err();
        assert!(err.to_string().contains("audit hash"), "{err}");
        assert!(matches!(h.vault.verify_audit(None).await, Err(VaultError::Store(_))));
        // A gap wider than a page: the empty chunks in between are skipped, not the end.
        h.store.raw("DELETE FROM audit_events WHERE seq BETWEEN 8 AND 15").await;
        let mut scan = h.store.scan_audit(3, 4).await.unwrap();
        let mut seqs = Vec::new();
        loop {
            let page = scan.next_page().await.unwrap();
            if page.is_empty() {
                break;
            }
            seqs.extend(page.iter().map(|e| e.seq));
        }
        assert_eq!(seqs, [4, 5, 6, 7].into_iter().chain(16..=26).collect::<Vec<u64>>());
        let rep = h.vault.verify_audit(None).await.unwrap();
        assert_eq!(rep.problem, Some(ChainProblem::Deleted { first: 8, last: 15 }));
    }

    pub async fn concurrent_writers_make_one_chain<S: TestStore>(h: &Harness<S>) {
        // Two vaults over two separate connection pools: two nodes as far as the database knows.
        let second_store = reconnect(h).await;
        let second = Arc::new(open_vault(second_store.clone(), &h.keyring()).await.unwrap());
        let first = Arc::clone(&h.vault);
        let run = |v: Arc<hushdesk_domain::Vault<S>>, tag: &'static str| {
            tokio::spawn(async move {
                for i in 0..40 {
                    let batch = (0..3)
                        .map(|j| request(tag, Some(&format!("{tag}{}@example.com", (i + j) % 9)), None, "hello there"))
                        .collect();
                    for r in v.ingest_batch(&actor(), batch).await.unwrap() {
                        r.unwrap();
                    }
                }
            })
        };
        let (a, b) = (run(first, "na"), run(second, "nb"));
        a.await.unwrap();
        b.await.unwrap();
        let rep = h.vault.verify_audit(None).await.unwrap();
        assert_eq!(rep.problem, None);
        assert_eq!(rep.entries, 241);
        // Same subjects were never created twice.
        let mut tx = h.store.begin_read().await.unwrap();
        let page = tx.audit_page(0, 1000).await.unwrap();
        tx.rollback().await.unwrap();
        let subjects: HashSet<_> = page.iter().filter_map(|r| r.event.subject).collect();
        assert_eq!(subjects.len(), 18);
        let _ = second_store;
    }

    pub async fn newer_schema_is_refused<S: TestStore>(h: &Harness<S>) {
        ingest(&h.vault, "n@example.com", "n@example.com").await;
        h.store.raw("UPDATE schema_meta SET version = 99").await;
        let e = reconnect_result(h).await;
        let e = e.err().map(VaultError::from);
        assert!(matches!(e, Some(VaultError::DatabaseNewer { what: "database", found: 99, .. })), "{e:?}");
        let msg = e.unwrap().to_string();
        assert!(msg.contains("newer version"), "{msg}");
        // Nothing was written: still version 99, same content.
        let mut tx = h.store.begin_read().await.unwrap();
        assert_eq!(
            tx.count_messages(
                &h.vault.find_subject(&SubjectSelector::Email(Zeroizing::new("n@example.com".into()))).await.unwrap()
            )
            .await
            .unwrap(),
            1
        );
        tx.rollback().await.unwrap();
        h.store.raw("UPDATE schema_meta SET version = 1").await;
    }

    // ---------------------------------------------------------------- backend plumbing

    /// A second, independent store handle over the same database.
    async fn reconnect<S: TestStore>(h: &Harness<S>) -> S {
        reconnect_result(h).await.unwrap()
    }

    async fn reconnect_result<S: TestStore>(h: &Harness<S>) -> Result<S, hushdesk_domain::StoreError> {
        Backend::reconnect(&h.store, h).await
    }

    async fn snapshot_main<S: TestStore>(h: &Harness<S>) -> S {
        Backend::snapshot(&h.store, h).await
    }

    async fn drop_snapshot<S: TestStore>(h: &Harness<S>, s: S) {
        Backend::drop_snapshot(&h.store, s).await
    }

    /// Backend-specific helpers, dispatched by the store type.
    trait Backend: Sized {
        async fn reconnect<T: TestStore>(&self, h: &Harness<T>) -> Result<Self, hushdesk_domain::StoreError>;
        async fn snapshot<T: TestStore>(&self, h: &Harness<T>) -> Self;
        async fn drop_snapshot(&self, s: Self);
    }

    impl<S: TestStore> Backend for S {
        async fn reconnect<T: TestStore>(&self, h: &Harness<T>) -> Result<Self, hushdesk_domain::StoreError> {
            plumbing::reconnect(self, h).await
        }
        async fn snapshot<T: TestStore>(&self, h: &Harness<T>) -> Self {
            plumbing::snapshot(self, h).await
        }
        async fn drop_snapshot(&self, s: Self) {
            plumbing::drop_snapshot(s).await
        }
    }
}

/// Type-erased backend helpers: the store is downcast through `Any` to its concrete type.
mod plumbing {
    use std::any::Any;

    use hushdesk_store::{PgSchemas, PgStore, SqliteStore};

    use crate::common::{Harness, TestStore};

    fn cast<A: Any, B: Any + Clone>(a: &A) -> Option<B> {
        (a as &dyn Any).downcast_ref::<B>().cloned()
    }

    fn back<A: Any, B: Any>(a: A) -> B {
        *(Box::new(a) as Box<dyn Any>).downcast::<B>().unwrap_or_else(|_| panic!("backend type"))
    }

    pub async fn reconnect<S: TestStore, T: TestStore>(
        s: &S,
        h: &Harness<T>,
    ) -> Result<S, hushdesk_domain::StoreError> {
        if let Some(sq) = cast::<S, SqliteStore>(s) {
            return SqliteStore::open(sq.dir()).await.map(back);
        }
        let pg = cast::<S, PgStore>(s).unwrap();
        let url = h.pg_url.clone().unwrap();
        PgStore::connect(&url, pg.schemas().clone()).await.map(back)
    }

    /// A copy of the main database only (the key store stays live).
    pub async fn snapshot<S: TestStore, T: TestStore>(s: &S, h: &Harness<T>) -> S {
        if let Some(sq) = cast::<S, SqliteStore>(s) {
            // A byte copy of the main file and its WAL, next to the live key store.
            let dir = h.dir.path().join("copy");
            std::fs::create_dir_all(&dir).unwrap();
            for ext in ["", "-wal"] {
                let from = sq.dir().join(format!("hushdesk.sqlite{ext}"));
                if from.exists() {
                    std::fs::copy(&from, dir.join(format!("hushdesk.sqlite{ext}"))).unwrap();
                }
            }
            std::os::unix::fs::symlink(sq.keys_path(), dir.join("keys.sqlite")).unwrap();
            for ext in ["-wal", "-shm"] {
                let from = sq.dir().join(format!("keys.sqlite{ext}"));
                let _ = std::os::unix::fs::symlink(&from, dir.join(format!("keys.sqlite{ext}")));
            }
            return back(SqliteStore::open(&dir).await.unwrap());
        }
        let pg = cast::<S, PgStore>(s).unwrap();
        let copy = format!("{}_copy", pg.schemas().main);
        pg.execute_raw(&format!("CREATE SCHEMA {copy}")).await.unwrap();
        for t in [
            "schema_meta",
            "key_metadata",
            "subjects",
            "subject_identifiers",
            "conversations",
            "messages",
            "message_tokens",
            "vault_values",
            "audit_events",
            "audit_checkpoints",
            "audit_head",
        ] {
            pg.execute_raw(&format!("CREATE TABLE {copy}.{t} AS TABLE {}.{t}", pg.schemas().main)).await.unwrap();
        }
        let url = h.pg_url.clone().unwrap();
        let schemas = PgSchemas { main: copy, keys: pg.schemas().keys.clone() };
        back(PgStore::connect(&url, schemas).await.unwrap())
    }

    pub async fn drop_snapshot<S: TestStore>(s: S) {
        if let Some(pg) = cast::<S, PgStore>(&s) {
            pg.execute_raw(&format!("DROP SCHEMA {} CASCADE", pg.schemas().main)).await.unwrap();
            pg.close().await;
        }
    }
}

/// SQLite only: the raw bytes of the database files never contain planted values.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_files_hold_no_plaintext() {
    let h = sqlite_harness().await;
    let planted =
        ["maria.lopez@example.com", "Maria Lopez", "415 555 2671", "4111 1111 1111 1111", "Tr0ub4dor&3", "cvv 123"];
    for i in 0..20 {
        ingest(&h.vault, "maria.lopez@example.com", &format!("{CHAT} (message {i})")).await;
    }
    let dir = h.store.dir().to_owned();
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        files += 1;
        for p in planted {
            assert!(!bytes.windows(p.len()).any(|w| w == p.as_bytes()), "{p} found in {}", path.display());
        }
    }
    assert!(files >= 3, "main, keys and at least one WAL were searched");
    h.store.close().await;
}
