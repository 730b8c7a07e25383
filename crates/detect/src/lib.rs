//! Personal-data detection and anonymisation for Hushdesk.
#![forbid(unsafe_code)]

pub mod validate;
