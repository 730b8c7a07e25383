//! `hushdesk apikey create|list|revoke` and `hushdesk user create`: access
//! management straight on the database (the same one `serve` uses; a running server
//! sees the change on the next request). Secrets are printed once, alone on the last
//! line of standard output, so scripts can capture them with `tail -n 1`.

use anyhow::{Result, bail};
use clap::{Args, Subcommand};
use hushdesk_domain::{Actor, Timestamp};
use hushdesk_server::authz::Role;
use hushdesk_server::config::HumanDuration;

use crate::serve_cmd::{ServerFlags, open, runtime};

/// `hushdesk apikey`.
#[derive(Debug, Args)]
pub struct ApiKeyArgs {
    #[command(subcommand)]
    command: ApiKeyCommand,
    #[command(flatten)]
    flags: ServerFlags,
}

#[derive(Debug, Subcommand)]
enum ApiKeyCommand {
    /// Create a key; it is printed once, alone on the last line.
    Create {
        /// agent, supervisor, dpo, auditor, admin or integration.
        #[arg(long)]
        role: String,
        /// What the key is for (e.g. the integration's name).
        #[arg(long)]
        name: String,
        /// Lifetime, e.g. 90d, 12h (default: no expiry).
        #[arg(long)]
        expires: Option<String>,
    },
    /// List keys (never the keys themselves).
    List,
    /// Revoke a key by id (key_…).
    Revoke {
        /// The key id.
        id: String,
    },
}

/// `hushdesk user`.
#[derive(Debug, Args)]
pub struct UserArgs {
    #[command(subcommand)]
    command: UserCommand,
    #[command(flatten)]
    flags: ServerFlags,
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Create a console user; prints a one-time sign-in link, alone on the last line.
    Create {
        /// E-mail address (the log-in name).
        #[arg(long)]
        email: String,
        /// agent, supervisor, dpo, auditor, admin or integration.
        #[arg(long)]
        role: String,
    },
}

fn cli_actor() -> Result<Actor> {
    Ok(Actor::new("cli")?)
}

fn ts(t: Option<Timestamp>) -> String {
    t.map_or_else(|| "-".to_owned(), hushdesk_server::api::rfc3339)
}

/// `hushdesk apikey …`.
pub fn apikey(args: ApiKeyArgs) -> Result<bool> {
    let config = args.flags.load()?;
    let unlock = args.flags.unlock()?;
    let rt = runtime()?;
    rt.block_on(async move {
        let opened = open(&config, unlock).await?;
        let be = opened.backend;
        match args.command {
            ApiKeyCommand::Create { role, name, expires } => {
                let role: Role = role.parse().map_err(|e: String| anyhow::anyhow!(e))?;
                let expires_at = match expires {
                    None => None,
                    Some(e) => {
                        let d = HumanDuration::parse(&e).map_err(|e| anyhow::anyhow!(e))?;
                        if d.0.is_zero() {
                            bail!("--expires must be positive");
                        }
                        Some(Timestamp(
                            Timestamp::now().0.saturating_add(i64::try_from(d.0.as_micros()).unwrap_or(i64::MAX)),
                        ))
                    }
                };
                let (row, key) = be.create_api_key(&cli_actor()?, &name, role.as_str(), expires_at).await?;
                println!(
                    "created API key {} (role {}, name {:?}, expires {})",
                    row.id,
                    row.role,
                    row.name,
                    ts(row.expires_at)
                );
                println!("the key is shown once, on the next line; send it as Authorization: Bearer <key>");
                println!("{}", key.expose_secret());
            }
            ApiKeyCommand::List => {
                println!("{:<32} {:<12} {:<26} {:<26} {:<26} name", "id", "role", "created", "expires", "revoked");
                for r in be.list_api_keys().await? {
                    println!(
                        "{:<32} {:<12} {:<26} {:<26} {:<26} {}",
                        r.id,
                        r.role,
                        ts(Some(r.created_at)),
                        ts(r.expires_at),
                        ts(r.revoked_at),
                        r.name
                    );
                }
            }
            ApiKeyCommand::Revoke { id } => {
                if be.revoke_api_key(&cli_actor()?, &id).await? {
                    println!("revoked {id}");
                } else {
                    bail!("no active API key with id {id}");
                }
            }
        }
        Ok(true)
    })
}

/// `hushdesk user …`.
pub fn user(args: UserArgs) -> Result<bool> {
    let config = args.flags.load()?;
    let unlock = args.flags.unlock()?;
    let rt = runtime()?;
    rt.block_on(async move {
        let opened = open(&config, unlock).await?;
        match args.command {
            UserCommand::Create { email, role } => {
                let role: Role = role.parse().map_err(|e: String| anyhow::anyhow!(e))?;
                let ttl = config.session.signin_link_ttl;
                let (u, token) = opened.backend.create_user(&cli_actor()?, &email, role.as_str(), ttl.0).await?;
                println!(
                    "created user {} ({}, role {}); the sign-in link works once, for {ttl}:",
                    u.id, u.email, u.role
                );
                let base = config.base_url(config.listen);
                println!("{}", hushdesk_server::access::signin_link(&base, token.expose_secret()));
            }
        }
        Ok(true)
    })
}
