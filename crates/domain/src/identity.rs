//! Finding a data subject without storing who they are: identifiers are normalised,
//! then replaced by blind indexes (HMAC-SHA256 under the keyring's blind-index key).
//!
//! | kind | normalisation | blind-index kind |
//! |---|---|---|
//! | e-mail | trim, Unicode lower-case; must contain `@`, no whitespace, ≤ 254 bytes | `email/v1` |
//! | phone | E.164 via libphonenumber (`phonenumber`), national numbers read in the configured default region; if it does not parse as a valid number: its digits (a leading `+` kept), at least 5 | `phone/v1` |
//! | external id | trim; 1–256 bytes, no control characters | `external_id/v1` |
//!
//! A change of these rules changes every index: bump the `/vN` of the kind and
//! re-index (the identifiers themselves are not stored, so re-indexing needs them again).

use std::fmt;

use hushdesk_crypto::{BlindIndex, BlindIndexKey};
use phonenumber::country;
use zeroize::Zeroizing;

use crate::error::VaultError;
use crate::types::SubjectId;

/// The kinds of subject identifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IdentifierKind {
    /// An e-mail address.
    Email,
    /// A phone number.
    Phone,
    /// The caller's own customer id.
    ExternalId,
}

impl IdentifierKind {
    /// The blind-index kind (namespace and normalisation version).
    pub fn index_kind(self) -> &'static str {
        match self {
            IdentifierKind::Email => "email/v1",
            IdentifierKind::Phone => "phone/v1",
            IdentifierKind::ExternalId => "external_id/v1",
        }
    }

    /// `email`, `phone` or `external_id` (as stored next to the index).
    pub fn as_str(self) -> &'static str {
        match self {
            IdentifierKind::Email => "email",
            IdentifierKind::Phone => "phone",
            IdentifierKind::ExternalId => "external_id",
        }
    }

    /// Parses [`IdentifierKind::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "email" => Some(IdentifierKind::Email),
            "phone" => Some(IdentifierKind::Phone),
            "external_id" => Some(IdentifierKind::ExternalId),
            _ => None,
        }
    }
}

/// The identifiers a message names its subject by (at least one). Personal data:
/// `Debug` shows which are present, never their values; wiped on drop.
#[derive(Clone, Default)]
pub struct SubjectIdentifiers {
    /// E-mail address.
    pub email: Option<Zeroizing<String>>,
    /// Phone number.
    pub phone: Option<Zeroizing<String>>,
    /// External (caller's) customer id.
    pub external_id: Option<Zeroizing<String>>,
}

impl fmt::Debug for SubjectIdentifiers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SubjectIdentifiers")
            .field("email", &self.email.as_ref().map(|_| "[REDACTED]"))
            .field("phone", &self.phone.as_ref().map(|_| "[REDACTED]"))
            .field("external_id", &self.external_id.as_ref().map(|_| "[REDACTED]"))
            .finish()
    }
}

impl SubjectIdentifiers {
    /// Builder-style constructor from optional strings.
    pub fn new(email: Option<String>, phone: Option<String>, external_id: Option<String>) -> Self {
        SubjectIdentifiers {
            email: email.map(Zeroizing::new),
            phone: phone.map(Zeroizing::new),
            external_id: external_id.map(Zeroizing::new),
        }
    }

    /// Normalises every identifier and computes its blind index.
    ///
    /// # Errors
    /// [`VaultError::InvalidInput`] if there is none or one is malformed (the message
    /// names the kind, never the value).
    pub fn blind_indexes(
        &self,
        key: &BlindIndexKey,
        normalizer: &Normalizer,
    ) -> Result<Vec<(IdentifierKind, BlindIndex)>, VaultError> {
        let mut out = Vec::with_capacity(3);
        if let Some(e) = &self.email {
            out.push((IdentifierKind::Email, normalizer.index(key, IdentifierKind::Email, e)?));
        }
        if let Some(p) = &self.phone {
            out.push((IdentifierKind::Phone, normalizer.index(key, IdentifierKind::Phone, p)?));
        }
        if let Some(x) = &self.external_id {
            out.push((IdentifierKind::ExternalId, normalizer.index(key, IdentifierKind::ExternalId, x)?));
        }
        if out.is_empty() {
            return Err(VaultError::InvalidInput(
                "at least one subject identifier (email, phone, external_id) is required",
            ));
        }
        Ok(out)
    }
}

/// How to pick the subject for `erase` and other requests.
#[derive(Clone)]
pub enum SubjectSelector {
    /// By e-mail address.
    Email(Zeroizing<String>),
    /// By phone number.
    Phone(Zeroizing<String>),
    /// By external id.
    ExternalId(Zeroizing<String>),
    /// By subject id.
    Id(SubjectId),
}

impl fmt::Debug for SubjectSelector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SubjectSelector::Email(_) => f.write_str("Email([REDACTED])"),
            SubjectSelector::Phone(_) => f.write_str("Phone([REDACTED])"),
            SubjectSelector::ExternalId(_) => f.write_str("ExternalId([REDACTED])"),
            SubjectSelector::Id(id) => write!(f, "Id({id})"),
        }
    }
}

/// Identifier normalisation, with the default phone region.
#[derive(Clone, Debug)]
pub struct Normalizer {
    region: country::Id,
}

impl Normalizer {
    /// `default_region`: ISO 3166 alpha-2 code used to read national phone numbers.
    ///
    /// # Errors
    /// [`VaultError::InvalidInput`] for an unknown region.
    pub fn new(default_region: &str) -> Result<Self, VaultError> {
        let region = default_region
            .trim()
            .to_ascii_uppercase()
            .parse::<country::Id>()
            .map_err(|_| VaultError::InvalidInput("unknown default phone region (expected e.g. \"US\")"))?;
        Ok(Normalizer { region })
    }

    /// The normalised form of an identifier.
    ///
    /// # Errors
    /// [`VaultError::InvalidInput`] naming the kind.
    pub fn normalize(&self, kind: IdentifierKind, raw: &str) -> Result<Zeroizing<String>, VaultError> {
        let raw = raw.trim();
        match kind {
            IdentifierKind::Email => {
                let e = Zeroizing::new(raw.to_lowercase());
                let at = e.find('@');
                let ok = e.len() <= 254
                    && at.is_some_and(|i| i > 0 && i + 1 < e.len())
                    && !e.chars().any(|c| c.is_whitespace() || c.is_control());
                if ok { Ok(e) } else { Err(VaultError::InvalidInput("email is not an e-mail address")) }
            }
            IdentifierKind::Phone => {
                if raw.len() > 64 {
                    return Err(VaultError::InvalidInput("phone is too long"));
                }
                if let Ok(n) = phonenumber::parse(Some(self.region), raw)
                    && phonenumber::is_valid(&n)
                {
                    return Ok(Zeroizing::new(n.format().mode(phonenumber::Mode::E164).to_string()));
                }
                let mut digits = Zeroizing::new(String::with_capacity(raw.len()));
                if raw.starts_with('+') {
                    digits.push('+');
                }
                digits.extend(raw.chars().filter(char::is_ascii_digit));
                if digits.trim_start_matches('+').len() >= 5 {
                    Ok(digits)
                } else {
                    Err(VaultError::InvalidInput("phone has fewer than 5 digits"))
                }
            }
            IdentifierKind::ExternalId => {
                if (1..=256).contains(&raw.len()) && !raw.chars().any(char::is_control) {
                    Ok(Zeroizing::new(raw.to_owned()))
                } else {
                    Err(VaultError::InvalidInput("external_id must be 1-256 characters without control characters"))
                }
            }
        }
    }

    /// Normalises and indexes one identifier.
    ///
    /// # Errors
    /// As [`Normalizer::normalize`].
    pub fn index(&self, key: &BlindIndexKey, kind: IdentifierKind, raw: &str) -> Result<BlindIndex, VaultError> {
        let n = self.normalize(kind, raw)?;
        Ok(key.index(kind.index_kind(), &n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hushdesk_crypto::Secret32;

    fn n() -> Normalizer {
        Normalizer::new("GB").unwrap()
    }

    #[test]
    fn email_normalisation() {
        assert_eq!(
            &*n().normalize(IdentifierKind::Email, "  Anna.Smith@Example.COM \n").unwrap(),
            "anna.smith@example.com"
        );
        for bad in ["", "anna", "@x.com", "anna@", "an na@x.com"] {
            assert!(n().normalize(IdentifierKind::Email, bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn phone_normalisation_uses_region_and_e164() {
        let a = n().normalize(IdentifierKind::Phone, "020 7946 0958").unwrap();
        let b = n().normalize(IdentifierKind::Phone, "+44 (20) 7946-0958").unwrap();
        assert_eq!(&*a, "+442079460958");
        assert_eq!(a, b);
        let us = Normalizer::new("us").unwrap();
        assert_eq!(&*us.normalize(IdentifierKind::Phone, "(415) 555-2671").unwrap(), "+14155552671");
        // Not a valid number anywhere: digits only.
        assert_eq!(&*n().normalize(IdentifierKind::Phone, "ext. 12-34-56").unwrap(), "123456");
        assert!(n().normalize(IdentifierKind::Phone, "12").is_err());
        assert!(Normalizer::new("XX").is_err());
    }

    #[test]
    fn indexes_are_kind_separated_and_stable() {
        let key = BlindIndexKey::from_secret(Secret32::generate().unwrap());
        let ids = SubjectIdentifiers::new(Some("A@b.co".into()), None, Some("a@b.co".into()));
        let idx = ids.blind_indexes(&key, &n()).unwrap();
        assert_eq!(idx.len(), 2);
        assert_ne!(idx[0].1, idx[1].1);
        let again = SubjectIdentifiers::new(Some(" a@B.co".into()), None, None).blind_indexes(&key, &n()).unwrap();
        assert_eq!(again[0], idx[0]);
        assert!(SubjectIdentifiers::default().blind_indexes(&key, &n()).is_err());
    }

    #[test]
    fn debug_hides_values() {
        let ids = SubjectIdentifiers::new(Some("anna@example.com".into()), Some("+44 20 7946 0958".into()), None);
        let d = format!("{ids:?} {:?}", SubjectSelector::Email(Zeroizing::new("anna@example.com".into())));
        assert!(!d.contains("anna") && !d.contains("7946"), "{d}");
    }
}
