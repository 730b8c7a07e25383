//! The SQL both backends share. SQLite (through sqlx) accepts PostgreSQL's `$N`
//! placeholders, and both speak `ON CONFLICT … DO NOTHING`, so one text serves both;
//! the macros below expand the same method bodies for each backend's concrete types
//! (sqlx's generic executor bounds would cost more code than they save).

use hushdesk_domain::StoreError;

/// Bind parameters per statement we allow ourselves (SQLite's limit is 32766,
/// PostgreSQL's 65535).
pub(crate) const MAX_PARAMS: usize = 30_000;

/// Maps a driver error; unique violations become [`StoreError::Conflict`].
pub(crate) fn db_err(op: &'static str) -> impl FnOnce(sqlx::Error) -> StoreError {
    move |e| {
        if e.as_database_error().is_some_and(|d| d.is_unique_violation()) {
            StoreError::Conflict(op)
        } else {
            StoreError::backend(op, e)
        }
    }
}

pub(crate) fn to_u64(v: i64, what: &'static str) -> Result<u64, StoreError> {
    u64::try_from(v).map_err(|_| StoreError::Corrupt(what))
}

pub(crate) fn to_u32(v: i64, what: &'static str) -> Result<u32, StoreError> {
    u32::try_from(v).map_err(|_| StoreError::Corrupt(what))
}

pub(crate) fn to_i64(v: u64) -> Result<i64, StoreError> {
    i64::try_from(v).map_err(|_| StoreError::Corrupt("sequence number out of range"))
}

/// The API key lookup.
pub(crate) const API_KEY_BY_HASH: &str =
    "SELECT id, name, role, key_hash, created_at, expires_at, revoked_at FROM api_keys WHERE key_hash = $1";

pub(crate) fn hash32(v: Vec<u8>, what: &'static str) -> Result<[u8; 32], StoreError> {
    v.try_into().map_err(|_| StoreError::Corrupt(what))
}

/// Implements the repository traits of `hushdesk_domain::store` for a transaction
/// type `$tx` holding `tx: sqlx::Transaction<'static, $db>` and `write: bool`.
/// `$lock` is the SQL reading the chain head in a write transaction.
macro_rules! impl_main_repos {
    ($tx:ident, $db:ty, $lock:expr) => {
        use hushdesk_crypto::BlindIndex;
        use hushdesk_domain::audit::{AuditRecord, ChainHead, Checkpoint};
        use hushdesk_domain::store::{
            AuditRepo, DeletedCounts, IdentifierRow, KekRecord, KeyMetadataRepo, MessageRepo, MessageRow,
            MessageTokenRow, StoreResult, StoreTx, SubjectRepo, VaultRepo, VaultValueRow,
        };
        use hushdesk_domain::{Author, ConversationId, IdentifierKind, MessageId, StoreError, SubjectId, Timestamp};
        use sqlx::{QueryBuilder, Row};

        use crate::sql::{API_KEY_BY_HASH, MAX_PARAMS, db_err, hash32, to_i64, to_u32, to_u64};

        impl SubjectRepo for $tx {
            async fn find_subjects(&mut self, indexes: &[BlindIndex]) -> StoreResult<Vec<(BlindIndex, SubjectId)>> {
                let mut out = Vec::with_capacity(indexes.len());
                for chunk in indexes.chunks(MAX_PARAMS) {
                    let mut qb = QueryBuilder::<$db>::new(
                        "SELECT blind_index, subject_id FROM subject_identifiers WHERE blind_index IN (",
                    );
                    let mut sep = qb.separated(", ");
                    for i in chunk {
                        sep.push_bind(i.as_bytes().as_slice());
                    }
                    qb.push(")");
                    let rows = qb.build().fetch_all(&mut *self.tx).await.map_err(db_err("find subjects"))?;
                    for r in rows {
                        let idx: Vec<u8> = r.try_get(0).map_err(db_err("find subjects"))?;
                        let s: String = r.try_get(1).map_err(db_err("find subjects"))?;
                        out.push((BlindIndex(hash32(idx, "blind index")?), SubjectId::from_stored(s)));
                    }
                }
                Ok(out)
            }

            async fn subject_exists(&mut self, id: &SubjectId) -> StoreResult<bool> {
                let r = sqlx::query("SELECT 1 FROM subjects WHERE id = $1")
                    .bind(id.as_str())
                    .fetch_optional(&mut *self.tx)
                    .await
                    .map_err(db_err("find subject"))?;
                Ok(r.is_some())
            }

            async fn insert_subjects(&mut self, subjects: &[(SubjectId, Timestamp)]) -> StoreResult<()> {
                for chunk in subjects.chunks(MAX_PARAMS / 2) {
                    let mut qb = QueryBuilder::<$db>::new("INSERT INTO subjects (id, created_at) ");
                    qb.push_values(chunk, |mut b, (id, at)| {
                        b.push_bind(id.as_str()).push_bind(at.0);
                    });
                    qb.build().execute(&mut *self.tx).await.map_err(db_err("insert subjects"))?;
                }
                Ok(())
            }

            async fn insert_identifiers(&mut self, rows: &[IdentifierRow]) -> StoreResult<()> {
                for chunk in rows.chunks(MAX_PARAMS / 3) {
                    let mut qb =
                        QueryBuilder::<$db>::new("INSERT INTO subject_identifiers (blind_index, kind, subject_id) ");
                    qb.push_values(chunk, |mut b, r| {
                        b.push_bind(r.blind_index.as_bytes().as_slice())
                            .push_bind(r.kind.as_str())
                            .push_bind(r.subject_id.as_str());
                    });
                    qb.build().execute(&mut *self.tx).await.map_err(db_err("insert identifiers"))?;
                }
                Ok(())
            }

            async fn delete_subject(&mut self, id: &SubjectId) -> StoreResult<DeletedCounts> {
                let s = id.as_str();
                let convs: Vec<String> =
                    sqlx::query_scalar("SELECT DISTINCT conversation_id FROM messages WHERE subject_id = $1")
                        .bind(s)
                        .fetch_all(&mut *self.tx)
                        .await
                        .map_err(db_err("erase: conversations"))?;
                // Every vault value is referenced by a token row of one of its subject's
                // messages (values are only created from message tokens), so the values
                // are found through the messages (no index on vault_values.subject_id).
                let values = sqlx::query(
                    "DELETE FROM vault_values WHERE subject_id = $1 AND token IN (SELECT t.token FROM message_tokens t \
                     JOIN messages m ON m.id = t.message_id WHERE m.subject_id = $1)",
                )
                .bind(s)
                .execute(&mut *self.tx)
                .await
                .map_err(db_err("erase: vault values"))?
                .rows_affected();
                sqlx::query(
                    "DELETE FROM message_tokens WHERE message_id IN (SELECT id FROM messages WHERE subject_id = $1)",
                )
                .bind(s)
                .execute(&mut *self.tx)
                .await
                .map_err(db_err("erase: message tokens"))?;
                let messages = sqlx::query("DELETE FROM messages WHERE subject_id = $1")
                    .bind(s)
                    .execute(&mut *self.tx)
                    .await
                    .map_err(db_err("erase: messages"))?
                    .rows_affected();
                let identifiers = sqlx::query("DELETE FROM subject_identifiers WHERE subject_id = $1")
                    .bind(s)
                    .execute(&mut *self.tx)
                    .await
                    .map_err(db_err("erase: identifiers"))?
                    .rows_affected();
                sqlx::query("DELETE FROM subjects WHERE id = $1")
                    .bind(s)
                    .execute(&mut *self.tx)
                    .await
                    .map_err(db_err("erase: subject"))?;
                for c in convs {
                    sqlx::query(
                        "DELETE FROM conversations WHERE id = $1 \
                         AND NOT EXISTS (SELECT 1 FROM messages WHERE conversation_id = $1)",
                    )
                    .bind(c)
                    .execute(&mut *self.tx)
                    .await
                    .map_err(db_err("erase: conversations"))?;
                }
                Ok(DeletedCounts { messages, values, identifiers })
            }
        }

        impl MessageRepo for $tx {
            async fn ensure_conversations(&mut self, ids: &[(ConversationId, Timestamp)]) -> StoreResult<()> {
                for chunk in ids.chunks(MAX_PARAMS / 2) {
                    let mut qb = QueryBuilder::<$db>::new("INSERT INTO conversations (id, created_at) ");
                    qb.push_values(chunk, |mut b, (id, at)| {
                        b.push_bind(id.as_str()).push_bind(at.0);
                    });
                    qb.push(" ON CONFLICT (id) DO NOTHING");
                    qb.build().execute(&mut *self.tx).await.map_err(db_err("insert conversations"))?;
                }
                Ok(())
            }

            async fn insert_messages(&mut self, messages: &[MessageRow], tokens: &[MessageTokenRow]) -> StoreResult<()> {
                for chunk in messages.chunks(MAX_PARAMS / 7) {
                    let mut qb = QueryBuilder::<$db>::new(
                        "INSERT INTO messages (id, conversation_id, subject_id, author, at, ingested_at, redacted_sealed) ",
                    );
                    qb.push_values(chunk, |mut b, m| {
                        b.push_bind(m.id.as_str())
                            .push_bind(m.conversation_id.as_str())
                            .push_bind(m.subject_id.as_str())
                            .push_bind(m.author.as_str())
                            .push_bind(m.at.0)
                            .push_bind(m.ingested_at.0)
                            .push_bind(m.redacted_sealed.as_slice());
                    });
                    qb.build().execute(&mut *self.tx).await.map_err(db_err("insert messages"))?;
                }
                for chunk in tokens.chunks(MAX_PARAMS / 4) {
                    let mut qb =
                        QueryBuilder::<$db>::new("INSERT INTO message_tokens (message_id, position, token, entity_type) ");
                    qb.push_values(chunk, |mut b, t| {
                        b.push_bind(t.message_id.as_str())
                            .push_bind(i64::from(t.position))
                            .push_bind(t.token.as_str())
                            .push_bind(t.entity_type.as_str());
                    });
                    qb.build().execute(&mut *self.tx).await.map_err(db_err("insert message tokens"))?;
                }
                Ok(())
            }

            async fn get_message(&mut self, id: &MessageId) -> StoreResult<Option<(MessageRow, Vec<MessageTokenRow>)>> {
                let Some(r) = sqlx::query(
                    "SELECT id, conversation_id, subject_id, author, at, ingested_at, redacted_sealed \
                     FROM messages WHERE id = $1",
                )
                .bind(id.as_str())
                .fetch_optional(&mut *self.tx)
                .await
                .map_err(db_err("get message"))?
                else {
                    return Ok(None);
                };
                let e = db_err("get message");
                let author: String = r.try_get(3).map_err(db_err("get message"))?;
                let m = MessageRow {
                    id: MessageId::from_stored(r.try_get(0).map_err(db_err("get message"))?),
                    conversation_id: ConversationId::from_stored(r.try_get(1).map_err(db_err("get message"))?),
                    subject_id: SubjectId::from_stored(r.try_get(2).map_err(db_err("get message"))?),
                    author: Author::parse(&author).map_err(|_| StoreError::Corrupt("message author"))?,
                    at: Timestamp(r.try_get(4).map_err(db_err("get message"))?),
                    ingested_at: Timestamp(r.try_get(5).map_err(db_err("get message"))?),
                    redacted_sealed: r.try_get(6).map_err(e)?,
                };
                let rows = sqlx::query(
                    "SELECT position, token, entity_type FROM message_tokens WHERE message_id = $1 ORDER BY position",
                )
                .bind(id.as_str())
                .fetch_all(&mut *self.tx)
                .await
                .map_err(db_err("get message tokens"))?;
                let mut tokens = Vec::with_capacity(rows.len());
                for r in rows {
                    tokens.push(MessageTokenRow {
                        message_id: id.clone(),
                        position: to_u32(r.try_get(0).map_err(db_err("get message tokens"))?, "token position")?,
                        token: r.try_get(1).map_err(db_err("get message tokens"))?,
                        entity_type: r.try_get(2).map_err(db_err("get message tokens"))?,
                    });
                }
                Ok(Some((m, tokens)))
            }

            async fn count_messages(&mut self, subject: &SubjectId) -> StoreResult<u64> {
                let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM messages WHERE subject_id = $1")
                    .bind(subject.as_str())
                    .fetch_one(&mut *self.tx)
                    .await
                    .map_err(db_err("count messages"))?;
                to_u64(n, "count")
            }
        }

        impl VaultRepo for $tx {
            async fn insert_values(&mut self, values: &[VaultValueRow]) -> StoreResult<()> {
                for chunk in values.chunks(MAX_PARAMS / 5) {
                    let mut qb = QueryBuilder::<$db>::new(
                        "INSERT INTO vault_values (token, subject_id, entity_type, ciphertext, created_at) ",
                    );
                    qb.push_values(chunk, |mut b, v| {
                        b.push_bind(v.token.as_str())
                            .push_bind(v.subject_id.as_str())
                            .push_bind(v.entity_type.as_str())
                            .push_bind(v.ciphertext.as_slice())
                            .push_bind(v.created_at.0);
                    });
                    qb.push(" ON CONFLICT (token) DO NOTHING");
                    qb.build().execute(&mut *self.tx).await.map_err(db_err("insert vault values"))?;
                }
                Ok(())
            }

            async fn get_value(&mut self, token: &str) -> StoreResult<Option<VaultValueRow>> {
                let Some(r) = sqlx::query(
                    "SELECT token, subject_id, entity_type, ciphertext, created_at FROM vault_values WHERE token = $1",
                )
                .bind(token)
                .fetch_optional(&mut *self.tx)
                .await
                .map_err(db_err("get vault value"))?
                else {
                    return Ok(None);
                };
                let e = || db_err("get vault value");
                Ok(Some(VaultValueRow {
                    token: r.try_get(0).map_err(e())?,
                    subject_id: SubjectId::from_stored(r.try_get(1).map_err(e())?),
                    entity_type: r.try_get(2).map_err(e())?,
                    ciphertext: r.try_get(3).map_err(e())?,
                    created_at: Timestamp(r.try_get(4).map_err(e())?),
                }))
            }
        }

        impl AuditRepo for $tx {
            async fn lock_audit_head(&mut self) -> StoreResult<ChainHead> {
                let sql = if self.write { $lock } else { "SELECT seq, hash FROM audit_head WHERE id = 1" };
                let r = sqlx::query(sql).fetch_one(&mut *self.tx).await.map_err(db_err("read audit head"))?;
                let seq: i64 = r.try_get(0).map_err(db_err("read audit head"))?;
                let hash: Vec<u8> = r.try_get(1).map_err(db_err("read audit head"))?;
                Ok(ChainHead { seq: to_u64(seq, "audit head")?, hash: hash32(hash, "audit head hash")? })
            }

            async fn append_audit(&mut self, records: &[AuditRecord]) -> StoreResult<()> {
                let Some(last) = records.last() else { return Ok(()) };
                for chunk in records.chunks(MAX_PARAMS / 11) {
                    let mut qb = QueryBuilder::<$db>::new(
                        concat!("INSERT INTO audit_events (", audit_columns!(), ") "),
                    );
                    let mut bad = false;
                    qb.push_values(chunk, |mut b, r| {
                        let seq = to_i64(r.seq).unwrap_or_else(|_| {
                            bad = true;
                            0
                        });
                        b.push_bind(seq)
                            .push_bind(r.event.at.0)
                            .push_bind(r.event.actor.as_str())
                            .push_bind(r.event.action.as_str())
                            .push_bind(r.event.target.as_str())
                            .push_bind(r.event.subject.as_ref().map(|c| c.as_slice()))
                            .push_bind(r.event.reason.as_str())
                            .push_bind(r.event.purpose.as_str())
                            .push_bind(r.event.details.as_str())
                            .push_bind(r.prev_hash.as_slice())
                            .push_bind(r.hash.as_slice());
                    });
                    if bad {
                        return Err(StoreError::Corrupt("sequence number out of range"));
                    }
                    qb.build().execute(&mut *self.tx).await.map_err(db_err("append audit"))?;
                }
                sqlx::query("UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1")
                    .bind(to_i64(last.seq)?)
                    .bind(last.hash.as_slice())
                    .execute(&mut *self.tx)
                    .await
                    .map_err(db_err("move audit head"))?;
                Ok(())
            }

            async fn insert_checkpoint(&mut self, cp: &Checkpoint) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO audit_checkpoints (seq, hash, at, signature, verifying_key) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(to_i64(cp.seq)?)
                .bind(cp.hash.as_slice())
                .bind(cp.at.0)
                .bind(cp.signature.as_slice())
                .bind(cp.verifying_key.as_slice())
                .execute(&mut *self.tx)
                .await
                .map_err(db_err("insert checkpoint"))?;
                Ok(())
            }

            async fn audit_page(&mut self, after: u64, limit: u32) -> StoreResult<Vec<AuditRecord>> {
                let rows = sqlx::query(
                    concat!("SELECT ", audit_columns!(), " FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2"),
                )
                .bind(to_i64(after)?)
                .bind(i64::from(limit))
                .fetch_all(&mut *self.tx)
                .await
                .map_err(db_err("read audit log"))?;
                rows.iter().map(|r| audit_record(r, "read audit log")).collect()
            }

            async fn checkpoints(&mut self) -> StoreResult<Vec<Checkpoint>> {
                let rows = sqlx::query(
                    "SELECT seq, hash, at, signature, verifying_key FROM audit_checkpoints ORDER BY seq",
                )
                .fetch_all(&mut *self.tx)
                .await
                .map_err(db_err("read checkpoints"))?;
                let mut out = Vec::with_capacity(rows.len());
                for r in rows {
                    let e = || db_err("read checkpoints");
                    let sig: Vec<u8> = r.try_get(3).map_err(e())?;
                    out.push(Checkpoint {
                        seq: to_u64(r.try_get(0).map_err(e())?, "checkpoint seq")?,
                        hash: hash32(r.try_get(1).map_err(e())?, "checkpoint hash")?,
                        at: Timestamp(r.try_get(2).map_err(e())?),
                        signature: sig.try_into().map_err(|_| StoreError::Corrupt("checkpoint signature"))?,
                        verifying_key: hash32(r.try_get(4).map_err(e())?, "checkpoint key")?,
                    });
                }
                Ok(out)
            }
        }

        impl KeyMetadataRepo for $tx {
            async fn kek_records(&mut self) -> StoreResult<Vec<KekRecord>> {
                let rows = sqlx::query(
                    "SELECT kek_version, fingerprint, check_wrap, created_at, retired_at FROM key_metadata \
                     ORDER BY kek_version",
                )
                .fetch_all(&mut *self.tx)
                .await
                .map_err(db_err("read key metadata"))?;
                let mut out = Vec::with_capacity(rows.len());
                for r in rows {
                    let e = || db_err("read key metadata");
                    let retired: Option<i64> = r.try_get(4).map_err(e())?;
                    out.push(KekRecord {
                        version: to_u32(r.try_get(0).map_err(e())?, "KEK version")?,
                        fingerprint: hash32(r.try_get(1).map_err(e())?, "KEK fingerprint")?,
                        check: r.try_get(2).map_err(e())?,
                        created_at: Timestamp(r.try_get(3).map_err(e())?),
                        retired_at: retired.map(Timestamp),
                    });
                }
                Ok(out)
            }

            async fn insert_kek_record(&mut self, rec: &KekRecord) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO key_metadata (kek_version, fingerprint, check_wrap, created_at, retired_at) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(i64::from(rec.version))
                .bind(rec.fingerprint.as_slice())
                .bind(rec.check.as_deref())
                .bind(rec.created_at.0)
                .bind(rec.retired_at.map(|t| t.0))
                .execute(&mut *self.tx)
                .await
                .map_err(db_err("record KEK version"))?;
                Ok(())
            }

            async fn retire_kek_record(&mut self, version: u32, at: Timestamp) -> StoreResult<()> {
                sqlx::query("UPDATE key_metadata SET retired_at = $1 WHERE kek_version = $2")
                    .bind(at.0)
                    .bind(i64::from(version))
                    .execute(&mut *self.tx)
                    .await
                    .map_err(db_err("retire KEK version"))?;
                Ok(())
            }
        }

        impl hushdesk_domain::store::AccessRepo for $tx {
            async fn insert_api_key(&mut self, row: &hushdesk_domain::store::ApiKeyRow) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO api_keys (id, name, role, key_hash, created_at, expires_at, revoked_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(row.id.as_str())
                .bind(row.name.as_str())
                .bind(row.role.as_str())
                .bind(row.key_hash.as_slice())
                .bind(row.created_at.0)
                .bind(row.expires_at.map(|t| t.0))
                .bind(row.revoked_at.map(|t| t.0))
                .execute(&mut *self.tx)
                .await
                .map_err(db_err("insert API key"))?;
                Ok(())
            }

            async fn api_key_by_hash(&mut self, hash: &[u8; 32]) -> StoreResult<Option<hushdesk_domain::store::ApiKeyRow>> {
                find_api_key(&mut *self.tx, hash).await
            }

            async fn list_api_keys(&mut self) -> StoreResult<Vec<hushdesk_domain::store::ApiKeyRow>> {
                let rows = sqlx::query(
                    "SELECT id, name, role, key_hash, created_at, expires_at, revoked_at FROM api_keys \
                     ORDER BY created_at, id",
                )
                .fetch_all(&mut *self.tx)
                .await
                .map_err(db_err("list API keys"))?;
                rows.iter().map(api_key_row).collect()
            }

            async fn revoke_api_key(&mut self, id: &str, at: Timestamp) -> StoreResult<bool> {
                let n = sqlx::query("UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
                    .bind(at.0)
                    .bind(id)
                    .execute(&mut *self.tx)
                    .await
                    .map_err(db_err("revoke API key"))?
                    .rows_affected();
                Ok(n > 0)
            }

            async fn insert_user(&mut self, row: &hushdesk_domain::store::UserRow) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO users (id, email, role, password_hash, created_at, failed_logins, locked_until) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(row.id.as_str())
                .bind(row.email.as_str())
                .bind(row.role.as_str())
                .bind(row.password_hash.as_deref())
                .bind(row.created_at.0)
                .bind(i64::from(row.failed_logins))
                .bind(row.locked_until.map(|t| t.0))
                .execute(&mut *self.tx)
                .await
                .map_err(db_err("insert user"))?;
                Ok(())
            }

            async fn user_by_email(&mut self, email: &str) -> StoreResult<Option<hushdesk_domain::store::UserRow>> {
                let r = sqlx::query(
                    "SELECT id, email, role, password_hash, created_at, failed_logins, locked_until FROM users \
                     WHERE email = $1",
                )
                .bind(email)
                .fetch_optional(&mut *self.tx)
                .await
                .map_err(db_err("find user"))?;
                r.map(|r| user_row(&r)).transpose()
            }

            async fn user_by_id(&mut self, id: &str) -> StoreResult<Option<hushdesk_domain::store::UserRow>> {
                let r = sqlx::query(
                    "SELECT id, email, role, password_hash, created_at, failed_logins, locked_until FROM users \
                     WHERE id = $1",
                )
                .bind(id)
                .fetch_optional(&mut *self.tx)
                .await
                .map_err(db_err("find user"))?;
                r.map(|r| user_row(&r)).transpose()
            }

            async fn set_login_state(
                &mut self,
                user_id: &str,
                failed_logins: u32,
                locked_until: Option<Timestamp>,
            ) -> StoreResult<()> {
                sqlx::query("UPDATE users SET failed_logins = $1, locked_until = $2 WHERE id = $3")
                    .bind(i64::from(failed_logins))
                    .bind(locked_until.map(|t| t.0))
                    .bind(user_id)
                    .execute(&mut *self.tx)
                    .await
                    .map_err(db_err("update user"))?;
                Ok(())
            }

            async fn set_password(&mut self, user_id: &str, phc: &str) -> StoreResult<()> {
                sqlx::query("UPDATE users SET password_hash = $1, failed_logins = 0, locked_until = NULL WHERE id = $2")
                    .bind(phc)
                    .bind(user_id)
                    .execute(&mut *self.tx)
                    .await
                    .map_err(db_err("set password"))?;
                Ok(())
            }

            async fn insert_signin_link(&mut self, hash: &[u8; 32], user_id: &str, expires_at: Timestamp) -> StoreResult<()> {
                sqlx::query("INSERT INTO signin_links (token_hash, user_id, expires_at) VALUES ($1, $2, $3)")
                    .bind(hash.as_slice())
                    .bind(user_id)
                    .bind(expires_at.0)
                    .execute(&mut *self.tx)
                    .await
                    .map_err(db_err("insert sign-in link"))?;
                Ok(())
            }

            async fn take_signin_link(&mut self, hash: &[u8; 32], now: Timestamp) -> StoreResult<Option<String>> {
                let r: Option<String> = sqlx::query_scalar(
                    "UPDATE signin_links SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL \
                     AND expires_at > $1 RETURNING user_id",
                )
                .bind(now.0)
                .bind(hash.as_slice())
                .fetch_optional(&mut *self.tx)
                .await
                .map_err(db_err("use sign-in link"))?;
                Ok(r)
            }

            async fn insert_session(&mut self, row: &hushdesk_domain::store::SessionRow) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO sessions (id_hash, user_id, csrf, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(row.id_hash.as_slice())
                .bind(row.user_id.as_str())
                .bind(row.csrf.as_str())
                .bind(row.created_at.0)
                .bind(row.last_seen_at.0)
                .execute(&mut *self.tx)
                .await
                .map_err(db_err("insert session"))?;
                Ok(())
            }

            async fn session_by_hash(&mut self, hash: &[u8; 32]) -> StoreResult<Option<hushdesk_domain::store::SessionRow>> {
                let r = sqlx::query(
                    "SELECT id_hash, user_id, csrf, created_at, last_seen_at FROM sessions WHERE id_hash = $1",
                )
                .bind(hash.as_slice())
                .fetch_optional(&mut *self.tx)
                .await
                .map_err(db_err("find session"))?;
                let Some(r) = r else { return Ok(None) };
                let e = || db_err("find session");
                Ok(Some(hushdesk_domain::store::SessionRow {
                    id_hash: hash32(r.try_get(0).map_err(e())?, "session hash")?,
                    user_id: r.try_get(1).map_err(e())?,
                    csrf: r.try_get(2).map_err(e())?,
                    created_at: Timestamp(r.try_get(3).map_err(e())?),
                    last_seen_at: Timestamp(r.try_get(4).map_err(e())?),
                }))
            }

            async fn touch_session(&mut self, hash: &[u8; 32], at: Timestamp) -> StoreResult<()> {
                sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
                    .bind(at.0)
                    .bind(hash.as_slice())
                    .execute(&mut *self.tx)
                    .await
                    .map_err(db_err("touch session"))?;
                Ok(())
            }

            async fn delete_session(&mut self, hash: &[u8; 32]) -> StoreResult<bool> {
                let n = sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
                    .bind(hash.as_slice())
                    .execute(&mut *self.tx)
                    .await
                    .map_err(db_err("delete session"))?
                    .rows_affected();
                Ok(n > 0)
            }

            async fn delete_stale_sessions(&mut self, created_before: Timestamp, seen_before: Timestamp) -> StoreResult<u64> {
                let n = sqlx::query("DELETE FROM sessions WHERE created_at < $1 OR last_seen_at < $2")
                    .bind(created_before.0)
                    .bind(seen_before.0)
                    .execute(&mut *self.tx)
                    .await
                    .map_err(db_err("delete sessions"))?
                    .rows_affected();
                Ok(n)
            }

            async fn list_messages(
                &mut self,
                filter: &hushdesk_domain::store::MessageFilter,
            ) -> StoreResult<Vec<(MessageRow, Vec<MessageTokenRow>)>> {
                let mut qb = QueryBuilder::<$db>::new(
                    "SELECT id, conversation_id, subject_id, author, at, ingested_at, redacted_sealed FROM messages WHERE 1 = 1",
                );
                if let Some(s) = &filter.subject {
                    qb.push(" AND subject_id = ").push_bind(s.as_str().to_owned());
                }
                if let Some(t) = filter.from {
                    qb.push(" AND at >= ").push_bind(t.0);
                }
                if let Some(t) = filter.to {
                    qb.push(" AND at < ").push_bind(t.0);
                }
                if let Some((t, id)) = &filter.after {
                    qb.push(" AND (at > ").push_bind(t.0);
                    qb.push(" OR (at = ").push_bind(t.0);
                    qb.push(" AND id > ").push_bind(id.as_str().to_owned());
                    qb.push("))");
                }
                qb.push(" ORDER BY at, id LIMIT ").push_bind(i64::from(filter.limit));
                let rows = qb.build().fetch_all(&mut *self.tx).await.map_err(db_err("list messages"))?;
                let mut out = Vec::with_capacity(rows.len());
                for r in rows {
                    let e = || db_err("list messages");
                    let author: String = r.try_get(3).map_err(e())?;
                    let m = MessageRow {
                        id: MessageId::from_stored(r.try_get(0).map_err(e())?),
                        conversation_id: ConversationId::from_stored(r.try_get(1).map_err(e())?),
                        subject_id: SubjectId::from_stored(r.try_get(2).map_err(e())?),
                        author: Author::parse(&author).map_err(|_| StoreError::Corrupt("message author"))?,
                        at: Timestamp(r.try_get(4).map_err(e())?),
                        ingested_at: Timestamp(r.try_get(5).map_err(e())?),
                        redacted_sealed: r.try_get(6).map_err(e())?,
                    };
                    out.push(m);
                }
                let mut result = Vec::with_capacity(out.len());
                for m in out {
                    let tokens = match self.get_message(&m.id).await? {
                        Some((_, t)) => t,
                        None => Vec::new(),
                    };
                    result.push((m, tokens));
                }
                Ok(result)
            }

            async fn audit_query(&mut self, filter: &hushdesk_domain::store::AuditFilter) -> StoreResult<Vec<AuditRecord>> {
                let mut qb = QueryBuilder::<$db>::new(
                    concat!("SELECT ", audit_columns!(), " FROM audit_events WHERE seq > "),
                );
                qb.push_bind(to_i64(filter.after_seq)?);
                if let Some(a) = &filter.actor {
                    qb.push(" AND actor = ").push_bind(a.clone());
                }
                if let Some(a) = &filter.action {
                    qb.push(" AND action = ").push_bind(a.clone());
                }
                if let Some(t) = filter.from {
                    qb.push(" AND at >= ").push_bind(t.0);
                }
                if let Some(t) = filter.to {
                    qb.push(" AND at < ").push_bind(t.0);
                }
                qb.push(" ORDER BY seq LIMIT ").push_bind(i64::from(filter.limit));
                let rows = qb.build().fetch_all(&mut *self.tx).await.map_err(db_err("query audit log"))?;
                rows.iter().map(|r| audit_record(r, "query audit log")).collect()
            }
        }

        /// An audit entry from `SELECT audit_columns!()`.
        fn audit_record(r: &<$db as sqlx::Database>::Row, op: &'static str) -> StoreResult<AuditRecord> {
            Ok(audit_entry(r, op)?.to_record())
        }

        /// [`crate::audit_scan::entry_ref`] over a row of this backend.
        pub(super) fn audit_entry<'r>(
            r: &'r <$db as sqlx::Database>::Row,
            op: &'static str,
        ) -> StoreResult<hushdesk_domain::EntryRef<'r>> {
            let e = || db_err(op);
            crate::audit_scan::entry_ref(
                |i| r.try_get(i).map_err(e()),
                |i| r.try_get(i).map_err(e()),
                |i| r.try_get(i).map_err(e()),
            )
        }

        /// The API key with this hash, in a transaction or straight on a pool (the
        /// look-up every authenticated request makes).
        pub(super) async fn find_api_key<'e>(
            on: impl sqlx::Executor<'e, Database = $db>,
            hash: &[u8; 32],
        ) -> StoreResult<Option<hushdesk_domain::store::ApiKeyRow>> {
            let r = sqlx::query(API_KEY_BY_HASH)
                .bind(hash.as_slice())
                .fetch_optional(on)
                .await
                .map_err(db_err("find API key"))?;
            r.map(|r| api_key_row(&r)).transpose()
        }

        /// How an audit scan after `after` is cut up, from the highest position stored.
        pub(super) async fn audit_scan_plan(
            pool: &sqlx::Pool<$db>,
            after: u64,
            page: u32,
        ) -> StoreResult<crate::audit_scan::Plan> {
            let max_seq: i64 = sqlx::query_scalar(crate::audit_scan::MAX_SEQ_SQL)
                .fetch_one(pool)
                .await
                .map_err(db_err("read audit log"))?;
            Ok(crate::audit_scan::Plan::new(after, u64::try_from(max_seq).unwrap_or(0), page))
        }

        fn api_key_row(r: &<$db as sqlx::Database>::Row) -> StoreResult<hushdesk_domain::store::ApiKeyRow> {
            let e = || db_err("read API key");
            let exp: Option<i64> = r.try_get(5).map_err(e())?;
            let rev: Option<i64> = r.try_get(6).map_err(e())?;
            Ok(hushdesk_domain::store::ApiKeyRow {
                id: r.try_get(0).map_err(e())?,
                name: r.try_get(1).map_err(e())?,
                role: r.try_get(2).map_err(e())?,
                key_hash: hash32(r.try_get(3).map_err(e())?, "API key hash")?,
                created_at: Timestamp(r.try_get(4).map_err(e())?),
                expires_at: exp.map(Timestamp),
                revoked_at: rev.map(Timestamp),
            })
        }

        fn user_row(r: &<$db as sqlx::Database>::Row) -> StoreResult<hushdesk_domain::store::UserRow> {
            let e = || db_err("read user");
            let locked: Option<i64> = r.try_get(6).map_err(e())?;
            Ok(hushdesk_domain::store::UserRow {
                id: r.try_get(0).map_err(e())?,
                email: r.try_get(1).map_err(e())?,
                role: r.try_get(2).map_err(e())?,
                password_hash: r.try_get(3).map_err(e())?,
                created_at: Timestamp(r.try_get(4).map_err(e())?),
                failed_logins: to_u32(r.try_get(5).map_err(e())?, "failed log-ins")?,
                locked_until: locked.map(Timestamp),
            })
        }

        impl StoreTx for $tx {
            async fn commit(self) -> StoreResult<()> {
                self.tx.commit().await.map_err(db_err("commit"))
            }

            async fn rollback(self) -> StoreResult<()> {
                self.tx.rollback().await.map_err(db_err("rollback"))
            }
        }

        #[allow(dead_code)]
        fn _kind_is_used(k: IdentifierKind) -> &'static str {
            k.as_str()
        }
    };
}

/// Implements `KeyStore` for `$ks` (fields `pool: sqlx::Pool<$db>`), with `$scrub`
/// an async block run after a key was destroyed (given `self`).
macro_rules! impl_key_store {
    ($ks:ident, $db:ty, |$this:ident| $scrub:block) => {
        /// A data key from `SELECT subject_id, kek_version, wrapped`.
        fn wrapped_dek_row(
            r: &<$db as sqlx::Database>::Row,
        ) -> hushdesk_domain::store::StoreResult<(hushdesk_domain::SubjectId, hushdesk_crypto::WrappedDek)> {
            use sqlx::Row;
            let e = || crate::sql::db_err("read data keys");
            Ok((
                hushdesk_domain::SubjectId::from_stored(r.try_get(0).map_err(e())?),
                hushdesk_crypto::WrappedDek {
                    kek_version: crate::sql::to_u32(r.try_get(1).map_err(e())?, "KEK version")?,
                    bytes: r.try_get(2).map_err(e())?,
                },
            ))
        }

        impl hushdesk_domain::store::KeyStore for $ks {
            async fn get_deks(
                &self,
                subjects: &[hushdesk_domain::SubjectId],
            ) -> hushdesk_domain::store::StoreResult<Vec<(hushdesk_domain::SubjectId, hushdesk_crypto::WrappedDek)>>
            {
                let mut out = Vec::with_capacity(subjects.len());
                for chunk in subjects.chunks(crate::sql::MAX_PARAMS) {
                    let mut qb = sqlx::QueryBuilder::<$db>::new(
                        "SELECT subject_id, kek_version, wrapped FROM wrapped_deks WHERE subject_id IN (",
                    );
                    let mut sep = qb.separated(", ");
                    for s in chunk {
                        sep.push_bind(s.as_str());
                    }
                    qb.push(")");
                    let rows = qb.build().fetch_all(&self.pool).await.map_err(crate::sql::db_err("read data keys"))?;
                    for r in &rows {
                        out.push(wrapped_dek_row(r)?);
                    }
                }
                Ok(out)
            }

            async fn put_deks(
                &self,
                deks: &[(hushdesk_domain::SubjectId, hushdesk_crypto::WrappedDek)],
            ) -> hushdesk_domain::store::StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(crate::sql::db_err("store data keys"))?;
                for chunk in deks.chunks(crate::sql::MAX_PARAMS / 3) {
                    let mut qb =
                        sqlx::QueryBuilder::<$db>::new("INSERT INTO wrapped_deks (subject_id, kek_version, wrapped) ");
                    qb.push_values(chunk, |mut b, (s, w)| {
                        b.push_bind(s.as_str()).push_bind(i64::from(w.kek_version)).push_bind(w.bytes.as_slice());
                    });
                    qb.build().execute(&mut *tx).await.map_err(crate::sql::db_err("store data keys"))?;
                }
                tx.commit().await.map_err(crate::sql::db_err("store data keys"))
            }

            async fn destroy_dek(
                &self,
                subject: &hushdesk_domain::SubjectId,
            ) -> hushdesk_domain::store::StoreResult<bool> {
                let n = sqlx::query("DELETE FROM wrapped_deks WHERE subject_id = $1")
                    .bind(subject.as_str())
                    .execute(&self.pool)
                    .await
                    .map_err(crate::sql::db_err("destroy data key"))?
                    .rows_affected();
                let $this = self;
                $scrub;
                Ok(n > 0)
            }

            async fn deks_below(
                &self,
                version: u32,
                after: Option<&hushdesk_domain::SubjectId>,
                limit: u32,
            ) -> hushdesk_domain::store::StoreResult<Vec<(hushdesk_domain::SubjectId, hushdesk_crypto::WrappedDek)>>
            {
                let rows = sqlx::query(
                    "SELECT subject_id, kek_version, wrapped FROM wrapped_deks \
                     WHERE kek_version < $1 AND subject_id > $2 ORDER BY subject_id LIMIT $3",
                )
                .bind(i64::from(version))
                .bind(after.map_or("", |s| s.as_str()))
                .bind(i64::from(limit))
                .fetch_all(&self.pool)
                .await
                .map_err(crate::sql::db_err("read data keys"))?;
                rows.iter().map(wrapped_dek_row).collect()
            }

            async fn rewrap_deks(
                &self,
                deks: &[(hushdesk_domain::SubjectId, u32, hushdesk_crypto::WrappedDek)],
            ) -> hushdesk_domain::store::StoreResult<u64> {
                let mut tx = self.pool.begin().await.map_err(crate::sql::db_err("rewrap data keys"))?;
                let mut n = 0;
                for (s, old, w) in deks {
                    n += sqlx::query(
                        "UPDATE wrapped_deks SET kek_version = $1, wrapped = $2 \
                         WHERE subject_id = $3 AND kek_version = $4",
                    )
                    .bind(i64::from(w.kek_version))
                    .bind(w.bytes.as_slice())
                    .bind(s.as_str())
                    .bind(i64::from(*old))
                    .execute(&mut *tx)
                    .await
                    .map_err(crate::sql::db_err("rewrap data keys"))?
                    .rows_affected();
                }
                tx.commit().await.map_err(crate::sql::db_err("rewrap data keys"))?;
                Ok(n)
            }

            async fn dek_counts(&self) -> hushdesk_domain::store::StoreResult<Vec<(u32, u64)>> {
                let rows: Vec<(i64, i64)> = sqlx::query_as(
                    "SELECT kek_version, COUNT(*) FROM wrapped_deks GROUP BY kek_version ORDER BY kek_version",
                )
                .fetch_all(&self.pool)
                .await
                .map_err(crate::sql::db_err("count data keys"))?;
                rows.into_iter()
                    .map(|(v, n)| Ok((crate::sql::to_u32(v, "KEK version")?, crate::sql::to_u64(n, "count")?)))
                    .collect()
            }
        }
    };
}

pub(crate) use impl_key_store;
pub(crate) use impl_main_repos;
