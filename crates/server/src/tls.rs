//! TLS with rustls (the `ring` provider only: one crypto provider in the whole binary).
//!
//! * Certificate and key from PEM files, reloaded on SIGHUP and when either file's
//!   modification time or size changes (polled every two seconds: no inotify
//!   dependency, works on every file system). A reload that fails keeps the old
//!   certificate and logs why.
//! * `--dev-tls`: a self-signed certificate for `localhost`, `127.0.0.1` and `::1`,
//!   generated once into `<data>/dev-tls/{cert,key}.pem` (key mode 0600) and reused, so
//!   clients can trust `cert.pem` (`curl --cacert`).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use axum_server::tls_rustls::RustlsConfig;
use rustls::ServerConfig;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

/// A TLS setup error (names files and reasons, never key material).
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    /// A file could not be read or written.
    #[error("{what} {path}: {source}")]
    Io {
        /// Which file.
        what: &'static str,
        /// Where.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The PEM content is not usable.
    #[error("{0}")]
    Invalid(String),
}

/// The crypto provider used everywhere.
pub fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// Installs the ring provider as the process default (harmless if already done).
pub fn install_default_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// Builds a server configuration (TLS 1.2 and 1.3, ALPN h2 and http/1.1) from PEM.
///
/// # Errors
/// [`TlsError::Invalid`] for a missing certificate, a missing or unsupported key, or a
/// key that does not match the certificate.
pub fn server_config_from_pem(cert_pem: &[u8], key_pem: &[u8]) -> Result<ServerConfig, TlsError> {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(cert_pem)
        .collect::<Result<_, _>>()
        .map_err(|_| TlsError::Invalid("the certificate file is not valid PEM".into()))?;
    if certs.is_empty() {
        return Err(TlsError::Invalid("the certificate file holds no CERTIFICATE block".into()));
    }
    let key = PrivateKeyDer::from_pem_slice(key_pem)
        .map_err(|_| TlsError::Invalid("the key file holds no PKCS#8, PKCS#1 or SEC1 private key".into()))?;
    let mut config = ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Invalid(format!("TLS versions: {e}")))?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| TlsError::Invalid(format!("certificate and key do not fit together: {e}")))?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

fn read(what: &'static str, path: &Path) -> Result<Vec<u8>, TlsError> {
    std::fs::read(path).map_err(|source| TlsError::Io { what, path: path.to_owned(), source })
}

/// Loads a server configuration from files.
///
/// # Errors
/// As [`server_config_from_pem`], plus I/O errors.
pub fn load_files(cert: &Path, key: &Path) -> Result<ServerConfig, TlsError> {
    server_config_from_pem(&read("certificate", cert)?, &read("private key", key)?)
}

/// The dev certificate's files in `dir`, created on first use. Returns (cert, key).
///
/// # Errors
/// I/O errors; certificate generation errors.
pub fn ensure_dev_cert(dir: &Path) -> Result<(PathBuf, PathBuf), TlsError> {
    let cert = dir.join("cert.pem");
    let key = dir.join("key.pem");
    if cert.is_file() && key.is_file() {
        return Ok((cert, key));
    }
    let io = |what, path: &Path| {
        let path = path.to_owned();
        move |source| TlsError::Io { what, path, source }
    };
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir).map_err(io("dev TLS directory", dir))?;
    let names = vec!["localhost".to_owned(), "127.0.0.1".to_owned(), "::1".to_owned()];
    let generated = rcgen::generate_simple_self_signed(names)
        .map_err(|e| TlsError::Invalid(format!("generating the dev certificate: {e}")))?;
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    {
        use std::io::Write;
        let mut f = o.open(&key).map_err(io("dev TLS key", &key))?;
        f.write_all(generated.signing_key.serialize_pem().as_bytes()).map_err(io("dev TLS key", &key))?;
    }
    std::fs::write(&cert, generated.cert.pem()).map_err(io("dev TLS certificate", &cert))?;
    Ok((cert, key))
}

fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

/// Reloads `config` from the files on SIGHUP and when they change, until the returned
/// task is aborted.
pub fn spawn_reloader(config: RustlsConfig, cert: PathBuf, key: PathBuf) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut last = (stamp(&cert), stamp(&key));
        #[cfg(unix)]
        let mut hup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()).ok();
        loop {
            #[cfg(unix)]
            let by_signal = {
                let sig = async {
                    match hup.as_mut() {
                        Some(s) => s.recv().await,
                        None => std::future::pending().await,
                    }
                };
                tokio::select! {
                    _ = sig => true,
                    _ = tokio::time::sleep(Duration::from_secs(2)) => false,
                }
            };
            #[cfg(not(unix))]
            let by_signal = {
                tokio::time::sleep(Duration::from_secs(2)).await;
                false
            };
            let now = (stamp(&cert), stamp(&key));
            if !by_signal && now == last {
                continue;
            }
            last = now;
            let (c, k) = (cert.clone(), key.clone());
            match tokio::task::spawn_blocking(move || load_files(&c, &k)).await {
                Ok(Ok(sc)) => {
                    config.reload_from_config(Arc::new(sc));
                    tracing::info!(
                        trigger = if by_signal { "SIGHUP" } else { "file change" },
                        "TLS certificate reloaded"
                    );
                }
                Ok(Err(e)) => tracing::error!(error = %e, "TLS certificate reload failed; keeping the previous one"),
                Err(_) => tracing::error!("TLS certificate reload task failed"),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dev_cert_is_created_once_and_loads() {
        let dir = tempfile::tempdir().unwrap();
        let (c, k) = ensure_dev_cert(&dir.path().join("dev-tls")).unwrap();
        let first = std::fs::read(&c).unwrap();
        let (c2, _) = ensure_dev_cert(&dir.path().join("dev-tls")).unwrap();
        assert_eq!(first, std::fs::read(c2).unwrap());
        let sc = load_files(&c, &k).unwrap();
        assert_eq!(sc.alpn_protocols, vec![b"h2".to_vec(), b"http/1.1".to_vec()]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&k).unwrap().permissions().mode() & 0o077, 0);
        }
    }

    #[test]
    fn mismatched_or_garbage_pem_is_refused() {
        let a = rcgen::generate_simple_self_signed(vec!["a".to_owned()]).unwrap();
        let b = rcgen::generate_simple_self_signed(vec!["b".to_owned()]).unwrap();
        let e = server_config_from_pem(a.cert.pem().as_bytes(), b.signing_key.serialize_pem().as_bytes()).unwrap_err();
        assert!(e.to_string().contains("do not fit"), "{e}");
        assert!(server_config_from_pem(b"nothing", b"nothing").is_err());
        assert!(server_config_from_pem(a.cert.pem().as_bytes(), b"").is_err());
    }
}
