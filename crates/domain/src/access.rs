//! Who may call: API keys for integrations and console users with sessions.
//!
//! * **API keys** are 256-bit random strings (`hd_…`) shown once; the database holds
//!   only HMAC-SHA256 under the keyring's API-key pepper, so a copy of the database
//!   cannot be used to authenticate and lookup is one indexed equality (no Argon2 per
//!   request). A key has a role, an optional expiry and can be revoked.
//! * **Console users** have an Argon2id password (hashed by the caller on a CPU pool);
//!   they set it through a one-time sign-in link (`hdl_…`, stored as a keyed hash,
//!   expires). After `max_failed` wrong passwords in a row the account locks for
//!   `lockout`.
//! * **Sessions** (`hds_…`, stored as a keyed hash) end after `idle` without use or
//!   `absolute` after log-in, whichever is first; each carries a CSRF token.
//! * Creating and revoking keys, creating users and setting a password are recorded in
//!   the audit chain (ids and roles only).

use std::time::Duration;

use hushdesk_crypto::{SecretString, generate_api_key};

use crate::audit::{AuditRecord, Details};
use crate::error::VaultError;
use crate::store::{AccessRepo, ApiKeyRow, AuditFilter, MessageFilter, SessionRow, Store, StoreTx, UserRow};
use crate::types::{Actor, Timestamp};
use crate::vault::{MessageView, Vault};

/// Prefix of API keys.
pub const API_KEY_PREFIX: &str = "hd";
/// Prefix of session ids.
pub const SESSION_PREFIX: &str = "hds";
/// Prefix of sign-in link tokens.
pub const SIGNIN_PREFIX: &str = "hdl";
/// A session's last use is written at most this often (seconds).
const TOUCH_EVERY_MICROS: i64 = 60_000_000;

/// Session and lock-out settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionSettings {
    /// Idle timeout.
    pub idle: Duration,
    /// Absolute timeout.
    pub absolute: Duration,
    /// Failed log-ins in a row before the account locks.
    pub max_failed: u32,
    /// How long it stays locked.
    pub lockout: Duration,
}

/// A session just created: the id (for the cookie, shown once) and CSRF token.
#[derive(Debug)]
pub struct NewSession {
    /// The session id (secret).
    pub session_id: SecretString,
    /// The CSRF token.
    pub csrf: String,
    /// The user.
    pub user: UserRow,
}

/// What a log-in attempt came to.
#[derive(Debug)]
pub enum LoginOutcome {
    /// Logged in.
    Ok(NewSession),
    /// Unknown user or wrong password.
    BadCredentials,
    /// Locked (now or already) until then.
    Locked {
        /// End of the lock.
        until: Timestamp,
    },
}

fn micros(d: Duration) -> i64 {
    i64::try_from(d.as_micros()).unwrap_or(i64::MAX)
}

fn plus(t: Timestamp, d: Duration) -> Timestamp {
    Timestamp(t.0.saturating_add(micros(d)))
}

fn record_id(prefix: &str) -> Result<String, VaultError> {
    Ok(format!("{prefix}{}", hushdesk_crypto::random::random_id()?))
}

/// A valid API key name: 1–100 printable characters.
fn check_name(name: &str) -> Result<(), VaultError> {
    let n = name.trim();
    if n.is_empty() || n.chars().count() > 100 || n.chars().any(char::is_control) {
        return Err(VaultError::InvalidInput("name must be 1-100 printable characters"));
    }
    Ok(())
}

/// Normalises and checks an e-mail address used as a log-in name.
pub fn normalize_email(email: &str) -> Result<String, VaultError> {
    let e = email.trim().to_lowercase();
    let ok = e.len() <= 254
        && e.split_once('@').is_some_and(|(l, d)| !l.is_empty() && d.contains('.') && !d.starts_with('.'))
        && !e.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok { Ok(e) } else { Err(VaultError::InvalidInput("email must be an e-mail address")) }
}

fn check_role(role: &str) -> Result<(), VaultError> {
    if role.is_empty() || role.len() > 32 || !role.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
        return Err(VaultError::InvalidInput("role is not a role name"));
    }
    Ok(())
}

impl<S: Store> Vault<S> {
    fn pepper_hash(&self, token: &str) -> [u8; 32] {
        self.keyring().api_key_pepper().hash(token)
    }

    fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// Creates an API key with `role` (a role name the caller has validated). Audited.
    ///
    /// # Errors
    /// Invalid name; store errors.
    pub async fn create_api_key(
        &self,
        actor: &Actor,
        name: &str,
        role: &str,
        expires_at: Option<Timestamp>,
    ) -> Result<(ApiKeyRow, SecretString), VaultError> {
        check_name(name)?;
        check_role(role)?;
        let now = self.now();
        if expires_at.is_some_and(|t| t <= now) {
            return Err(VaultError::InvalidInput("expiry must be in the future"));
        }
        let key = generate_api_key(API_KEY_PREFIX)?;
        let row = ApiKeyRow {
            id: record_id("key_")?,
            name: name.trim().to_owned(),
            role: role.to_owned(),
            key_hash: self.pepper_hash(key.expose_secret()),
            created_at: now,
            expires_at,
            revoked_at: None,
        };
        let (mut tx, mut head) = self.write_tx().await?;
        tx.insert_api_key(&row).await?;
        let e =
            self.event(now, actor.as_str(), "apikey.create", row.id.clone(), None, Details::new().str("role", role));
        self.append(&mut tx, &mut head, vec![e], now).await?;
        tx.commit().await?;
        Ok((row, key))
    }

    /// On a database without any API key or user: creates an `admin` key named `name`
    /// (first start of a server). `None` otherwise. Safe with several processes: the
    /// check and the insert run in one transaction serialised on the audit chain head.
    ///
    /// # Errors
    /// Store errors.
    pub async fn bootstrap_admin_key(&self, name: &str) -> Result<Option<(ApiKeyRow, SecretString)>, VaultError> {
        let now = self.now();
        let (mut tx, mut head) = self.write_tx().await?;
        if !tx.list_api_keys().await?.is_empty() {
            return Ok(None);
        }
        let key = generate_api_key(API_KEY_PREFIX)?;
        let row = ApiKeyRow {
            id: record_id("key_")?,
            name: name.to_owned(),
            role: "admin".to_owned(),
            key_hash: self.pepper_hash(key.expose_secret()),
            created_at: now,
            expires_at: None,
            revoked_at: None,
        };
        tx.insert_api_key(&row).await?;
        let e =
            self.event(now, "system", "apikey.bootstrap", row.id.clone(), None, Details::new().str("role", "admin"));
        self.append(&mut tx, &mut head, vec![e], now).await?;
        tx.commit().await?;
        Ok(Some((row, key)))
    }

    /// The key record of a valid, unexpired, unrevoked API key; `None` otherwise.
    ///
    /// # Errors
    /// Store errors.
    pub async fn authenticate_api_key(&self, key: &str) -> Result<Option<ApiKeyRow>, VaultError> {
        if !hushdesk_crypto::api_key::is_api_key_syntax(key) {
            return Ok(None);
        }
        let hash = self.pepper_hash(key);
        let row = self.store().api_key_by_hash(&hash).await?;
        let now = self.now();
        Ok(row.filter(|r| r.revoked_at.is_none() && r.expires_at.is_none_or(|t| t > now)))
    }

    /// Every API key record, oldest first.
    ///
    /// # Errors
    /// Store errors.
    pub async fn list_api_keys(&self) -> Result<Vec<ApiKeyRow>, VaultError> {
        let mut tx = self.store().begin_read().await?;
        let rows = tx.list_api_keys().await?;
        tx.rollback().await?;
        Ok(rows)
    }

    /// Revokes an API key (audited); `false` if no unrevoked key has this id.
    ///
    /// # Errors
    /// Store errors.
    pub async fn revoke_api_key(&self, actor: &Actor, id: &str) -> Result<bool, VaultError> {
        let now = self.now();
        let (mut tx, mut head) = self.write_tx().await?;
        if !tx.revoke_api_key(id, now).await? {
            return Ok(false);
        }
        let e = self.event(now, actor.as_str(), "apikey.revoke", id.to_owned(), None, Details::new());
        self.append(&mut tx, &mut head, vec![e], now).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Creates a console user without a password and a one-time sign-in link token
    /// valid for `ttl`. Audited (user id and role only).
    ///
    /// # Errors
    /// Invalid address or role; [`VaultError::AlreadyExists`]; store errors.
    pub async fn create_user(
        &self,
        actor: &Actor,
        email: &str,
        role: &str,
        ttl: Duration,
    ) -> Result<(UserRow, SecretString), VaultError> {
        let email = normalize_email(email)?;
        check_role(role)?;
        let now = self.now();
        let user = UserRow {
            id: record_id("usr_")?,
            email,
            role: role.to_owned(),
            password_hash: None,
            created_at: now,
            failed_logins: 0,
            locked_until: None,
        };
        let token = generate_api_key(SIGNIN_PREFIX)?;
        let (mut tx, mut head) = self.write_tx().await?;
        if tx.user_by_email(&user.email).await?.is_some() {
            return Err(VaultError::AlreadyExists("a user with this e-mail address exists"));
        }
        tx.insert_user(&user).await?;
        tx.insert_signin_link(&self.pepper_hash(token.expose_secret()), &user.id, plus(now, ttl)).await?;
        let e = self.event(now, actor.as_str(), "user.create", user.id.clone(), None, Details::new().str("role", role));
        self.append(&mut tx, &mut head, vec![e], now).await?;
        tx.commit().await?;
        Ok((user, token))
    }

    /// A user by e-mail address.
    ///
    /// # Errors
    /// Store errors.
    pub async fn user_by_email(&self, email: &str) -> Result<Option<UserRow>, VaultError> {
        let Ok(email) = normalize_email(email) else { return Ok(None) };
        let mut tx = self.store().begin_read().await?;
        let u = tx.user_by_email(&email).await?;
        tx.rollback().await?;
        Ok(u)
    }

    async fn new_session(&self, tx: &mut S::Tx, user: UserRow, now: Timestamp) -> Result<NewSession, VaultError> {
        let session_id = generate_api_key(SESSION_PREFIX)?;
        let csrf = hushdesk_crypto::random::random_id()? + &hushdesk_crypto::random::random_id()?;
        tx.insert_session(&SessionRow {
            id_hash: self.pepper_hash(session_id.expose_secret()),
            user_id: user.id.clone(),
            csrf: csrf.clone(),
            created_at: now,
            last_seen_at: now,
        })
        .await?;
        Ok(NewSession { session_id, csrf, user })
    }

    /// Completes a log-in whose password the caller verified (`password_ok`): refuses a
    /// locked account, counts failures and locks after `max_failed`, and on success
    /// resets the counter and opens a session.
    ///
    /// # Errors
    /// Store errors.
    pub async fn login_verified(
        &self,
        user_id: &str,
        password_ok: bool,
        s: &SessionSettings,
    ) -> Result<LoginOutcome, VaultError> {
        let now = self.now();
        let mut tx = self.store().begin_write().await?;
        let Some(user) = tx.user_by_id(user_id).await? else { return Ok(LoginOutcome::BadCredentials) };
        if let Some(until) = user.locked_until.filter(|t| *t > now) {
            return Ok(LoginOutcome::Locked { until });
        }
        if !password_ok || user.password_hash.is_none() {
            let failed = user.failed_logins.saturating_add(1);
            let out = if failed >= s.max_failed {
                let until = plus(now, s.lockout);
                tx.set_login_state(&user.id, 0, Some(until)).await?;
                LoginOutcome::Locked { until }
            } else {
                tx.set_login_state(&user.id, failed, None).await?;
                LoginOutcome::BadCredentials
            };
            tx.commit().await?;
            return Ok(out);
        }
        tx.set_login_state(&user.id, 0, None).await?;
        tx.delete_stale_sessions(Timestamp(now.0 - micros(s.absolute)), Timestamp(now.0 - micros(s.idle))).await?;
        let session = self.new_session(&mut tx, user, now).await?;
        tx.commit().await?;
        Ok(LoginOutcome::Ok(session))
    }

    /// Uses a sign-in link: sets the password (an Argon2id PHC string the caller made)
    /// and opens a session. `None` for an unknown, used or expired link. Audited.
    ///
    /// # Errors
    /// Store errors.
    pub async fn use_signin_link(
        &self,
        token: &str,
        phc: &str,
        _s: &SessionSettings,
    ) -> Result<Option<NewSession>, VaultError> {
        if !hushdesk_crypto::api_key::is_api_key_syntax(token) || !token.starts_with("hdl_") {
            return Ok(None);
        }
        let now = self.now();
        let (mut tx, mut head) = self.write_tx().await?;
        let Some(user_id) = tx.take_signin_link(&self.pepper_hash(token), now).await? else { return Ok(None) };
        let Some(mut user) = tx.user_by_id(&user_id).await? else { return Ok(None) };
        tx.set_password(&user.id, phc).await?;
        user.password_hash = Some(phc.to_owned());
        let actor = format!("user:{}", user.email);
        let e = self.event(now, &actor, "user.password_set", user.id.clone(), None, Details::new());
        self.append(&mut tx, &mut head, vec![e], now).await?;
        let session = self.new_session(&mut tx, user, now).await?;
        tx.commit().await?;
        Ok(Some(session))
    }

    /// The user and CSRF token of a live session (recording its use); `None` for an
    /// unknown or expired session (which is deleted).
    ///
    /// # Errors
    /// Store errors.
    pub async fn session(
        &self,
        session_id: &str,
        s: &SessionSettings,
    ) -> Result<Option<(UserRow, String)>, VaultError> {
        if !hushdesk_crypto::api_key::is_api_key_syntax(session_id) || !session_id.starts_with("hds_") {
            return Ok(None);
        }
        let hash = self.pepper_hash(session_id);
        let now = self.now();
        let mut tx = self.store().begin_read().await?;
        let found = tx.session_by_hash(&hash).await?;
        let user = match &found {
            Some(sess) => tx.user_by_id(&sess.user_id).await?,
            None => None,
        };
        tx.rollback().await?;
        let Some(sess) = found else { return Ok(None) };
        let expired = plus(sess.created_at, s.absolute) <= now || plus(sess.last_seen_at, s.idle) <= now;
        if expired || user.is_none() {
            let mut tx = self.store().begin_write().await?;
            tx.delete_session(&hash).await?;
            tx.commit().await?;
            return Ok(None);
        }
        if now.0 - sess.last_seen_at.0 >= TOUCH_EVERY_MICROS.min(micros(s.idle) / 2) {
            let mut tx = self.store().begin_write().await?;
            tx.touch_session(&hash, now).await?;
            tx.commit().await?;
        }
        Ok(user.map(|u| (u, sess.csrf)))
    }

    /// Ends a session.
    ///
    /// # Errors
    /// Store errors.
    pub async fn logout(&self, _actor: &Actor, session_id: &str) -> Result<(), VaultError> {
        let hash = self.pepper_hash(session_id);
        let mut tx = self.store().begin_write().await?;
        tx.delete_session(&hash).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Messages matching `filter`, redacted, by time.
    ///
    /// # Errors
    /// Store, key and ciphertext errors.
    pub async fn list_messages(&self, filter: &MessageFilter) -> Result<Vec<MessageView>, VaultError> {
        let mut tx = self.store().begin_read().await?;
        let rows = tx.list_messages(filter).await?;
        tx.rollback().await?;
        let mut out = Vec::with_capacity(rows.len());
        for (m, tokens) in rows {
            out.push(self.view(m, tokens).await?);
        }
        Ok(out)
    }

    /// Audit records matching `filter`.
    ///
    /// # Errors
    /// Store errors.
    pub async fn audit_events(&self, filter: &AuditFilter) -> Result<Vec<AuditRecord>, VaultError> {
        let mut tx = self.store().begin_read().await?;
        let rows = tx.audit_query(filter).await?;
        tx.rollback().await?;
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(normalize_email(" Ann@Corp.Example ").unwrap(), "ann@corp.example");
        for bad in ["", "ann", "@corp.example", "ann@corp", "a b@corp.example", "ann@.example"] {
            assert!(normalize_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn names_and_roles_are_checked() {
        assert!(check_name("helpdesk").is_ok());
        assert!(check_name(" ").is_err());
        assert!(check_name("a\nb").is_err());
        assert!(check_name(&"x".repeat(101)).is_err());
        assert!(check_role("admin").is_ok());
        assert!(check_role("Admin").is_err());
        assert!(check_role("").is_err());
    }
}
