//! A small HTTP/1.1 client, plain or TLS (rustls, trusting one given certificate), with
//! keep-alive connections. Used by the integration tests, the end-to-end tests and
//! `hushdesk bench http`; not a general-purpose client.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::http::{HeaderMap, HeaderValue, Method, Request, header};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

/// Client errors.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// Connecting, TLS, or the exchange failed.
    #[error("{0}")]
    Io(String),
}

fn io(e: impl std::fmt::Display) -> ClientError {
    ClientError::Io(e.to_string())
}

/// Where and how to connect.
#[derive(Clone)]
pub struct Client {
    addr: SocketAddr,
    tls: Option<(TlsConnector, ServerName<'static>)>,
    host: String,
}

/// One response.
#[derive(Debug, Clone)]
pub struct Response {
    /// Status code.
    pub status: u16,
    /// Headers.
    pub headers: HeaderMap,
    /// Body.
    pub body: Bytes,
}

impl Response {
    /// The body as JSON (`Null` if it is not JSON).
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or(serde_json::Value::Null)
    }

    /// A header as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

impl Client {
    /// Plain HTTP to `addr`.
    pub fn plain(addr: SocketAddr) -> Self {
        Client { addr, tls: None, host: addr.to_string() }
    }

    /// HTTPS to `addr`, trusting only the certificate(s) in `ca_pem`, checking the
    /// server's name against `server_name` (e.g. `localhost`).
    ///
    /// # Errors
    /// Unusable PEM or name.
    pub fn tls(addr: SocketAddr, ca_pem: &[u8], server_name: &str) -> Result<Self, ClientError> {
        crate::tls::install_default_provider();
        let mut roots = rustls::RootCertStore::empty();
        for c in CertificateDer::pem_slice_iter(ca_pem) {
            roots.add(c.map_err(io)?).map_err(io)?;
        }
        let config = rustls::ClientConfig::builder_with_provider(crate::tls::provider())
            .with_safe_default_protocol_versions()
            .map_err(io)?
            .with_root_certificates(roots)
            .with_no_client_auth();
        let name = ServerName::try_from(server_name.to_owned()).map_err(io)?;
        Ok(Client {
            addr,
            tls: Some((TlsConnector::from(Arc::new(config)), name)),
            host: format!("{server_name}:{}", addr.port()),
        })
    }

    /// Opens a keep-alive connection.
    ///
    /// # Errors
    /// Connection or handshake failure.
    pub async fn connect(&self) -> Result<Conn, ClientError> {
        let tcp = TcpStream::connect(self.addr).await.map_err(io)?;
        tcp.set_nodelay(true).map_err(io)?;
        let sender = match &self.tls {
            Some((connector, name)) => {
                let stream = connector.connect(name.clone(), tcp).await.map_err(io)?;
                let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await.map_err(io)?;
                tokio::spawn(conn);
                sender
            }
            None => {
                let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(tcp)).await.map_err(io)?;
                tokio::spawn(conn);
                sender
            }
        };
        Ok(Conn { sender, host: self.host.clone() })
    }

    /// One request on a fresh connection.
    ///
    /// # Errors
    /// As [`Conn::send`].
    pub async fn send(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<Vec<u8>>,
    ) -> Result<Response, ClientError> {
        self.connect().await?.send(method, path, headers, body).await
    }
}

/// An open connection.
pub struct Conn {
    sender: SendRequest<Full<Bytes>>,
    host: String,
}

impl Conn {
    /// Sends a request and reads the whole response. A body gets
    /// `Content-Type: application/json` unless `headers` sets one.
    ///
    /// # Errors
    /// Connection failure.
    pub async fn send(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<Vec<u8>>,
    ) -> Result<Response, ClientError> {
        let method = Method::from_bytes(method.as_bytes()).map_err(io)?;
        let mut req = Request::builder().method(method).uri(path).header(header::HOST, &self.host);
        let has_ct = headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("content-type"));
        if body.is_some() && !has_ct {
            req = req.header(header::CONTENT_TYPE, "application/json");
        }
        for (k, v) in headers {
            req = req.header(*k, HeaderValue::from_str(v).map_err(io)?);
        }
        let req = req.body(Full::new(Bytes::from(body.unwrap_or_default()))).map_err(io)?;
        self.sender.ready().await.map_err(io)?;
        let res = self.sender.send_request(req).await.map_err(io)?;
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let body = res.into_body().collect().await.map_err(io)?.to_bytes();
        Ok(Response { status, headers, body })
    }
}
