//! Human passwords (console users): Argon2id, stored as a PHC string.
//!
//! Parameters: m = 19 MiB, t = 2, p = 1 (OWASP Password Storage Cheat
//! Sheet minimum for Argon2id), 16-byte random salt, 32-byte output.
//!
//! Verification takes the parameters from the stored string but refuses
//! anything outside sane bounds (m ≤ 256 MiB, t ≤ 16, p ≤ 8) or any other
//! algorithm, so a planted hash cannot make a login request allocate
//! gigabytes. To avoid revealing which user names exist, callers should run
//! a verification against a dummy hash when the user is unknown.

use argon2::password_hash::PasswordHasher;
use argon2::{Algorithm, Argon2, Params, PasswordHash, PasswordVerifier, Version};

use crate::error::{CryptoError, Result};
use crate::secret::SecretString;

/// Memory cost in KiB.
pub const M_COST_KIB: u32 = 19 * 1024;
/// Iterations.
pub const T_COST: u32 = 2;
/// Lanes.
pub const P_COST: u32 = 1;
/// Longest password accepted, in bytes.
pub const MAX_PASSWORD_BYTES: usize = 4096;

const MAX_VERIFY_M_KIB: u32 = 256 * 1024;
const MAX_VERIFY_T: u32 = 16;
const MAX_VERIFY_P: u32 = 8;

fn hasher() -> Result<Argon2<'static>> {
    let params = Params::new(M_COST_KIB, T_COST, P_COST, None)
        .map_err(|_| CryptoError::InvalidKdfParams("password parameters"))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashes `password` with Argon2id and a fresh random salt; returns the PHC
/// string (`$argon2id$v=19$m=19456,t=2,p=1$…`).
///
/// # Errors
/// [`CryptoError::InvalidArgument`] for an empty password or one longer
/// than [`MAX_PASSWORD_BYTES`]; [`CryptoError::PasswordHash`] if hashing
/// fails (e.g. the RNG).
pub fn hash_password(password: &SecretString) -> Result<String> {
    if password.is_empty() {
        return Err(CryptoError::InvalidArgument("password is empty"));
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(CryptoError::InvalidArgument("password is too long"));
    }
    let phc = hasher()?.hash_password(password.expose_secret().as_bytes()).map_err(|_| CryptoError::PasswordHash)?;
    Ok(phc.to_string())
}

fn parse_bounded(phc: &str) -> Option<(PasswordHash, Params)> {
    let parsed = PasswordHash::new(phc).ok()?;
    if parsed.algorithm.as_str() != argon2::ARGON2ID_IDENT.as_str() {
        return None;
    }
    let params = Params::try_from(&parsed).ok()?;
    if params.m_cost() > MAX_VERIFY_M_KIB || params.t_cost() > MAX_VERIFY_T || params.p_cost() > MAX_VERIFY_P {
        return None;
    }
    Some((parsed, params))
}

/// Whether `password` matches the stored PHC string. `false` for any
/// mismatch, malformed string, other algorithm or out-of-bounds parameters.
/// The final comparison is constant-time (done by `password-hash`).
pub fn verify_password(phc: &str, password: &SecretString) -> bool {
    if password.len() > MAX_PASSWORD_BYTES {
        return false;
    }
    match parse_bounded(phc) {
        Some((parsed, _)) => Argon2::default().verify_password(password.expose_secret().as_bytes(), &parsed).is_ok(),
        None => false,
    }
}

/// Whether a stored hash uses other parameters than the current ones (or
/// cannot be parsed): rehash after the next successful login.
pub fn password_needs_rehash(phc: &str) -> bool {
    match parse_bounded(phc) {
        Some((parsed, params)) => {
            parsed.version != Some(u32::from(Version::V0x13))
                || params.m_cost() != M_COST_KIB
                || params.t_cost() != T_COST
                || params.p_cost() != P_COST
        }
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_and_verify() {
        let pw = SecretString::from("correct horse battery staple");
        let phc = hash_password(&pw).unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(!phc.contains("correct horse"));
        assert!(verify_password(&phc, &pw));
        assert!(!verify_password(&phc, &SecretString::from("correct horse battery stapler")));
        assert!(!password_needs_rehash(&phc));
        // Fresh salt each time.
        assert_ne!(phc, hash_password(&pw).unwrap());
    }

    #[test]
    fn rejects_bad_inputs() {
        assert!(hash_password(&SecretString::from("")).is_err());
        let long = SecretString::new("x".repeat(MAX_PASSWORD_BYTES + 1));
        assert!(hash_password(&long).is_err());
        let pw = SecretString::from("pw");
        for phc in ["", "garbage", "$argon2id$", "$2b$12$abcdefghijklmnopqrstuv"] {
            assert!(!verify_password(phc, &pw), "{phc}");
            assert!(password_needs_rehash(phc));
        }
    }

    #[test]
    fn rejects_out_of_bounds_parameters_without_running_them() {
        // A planted hash with m = 4 GiB must be refused, not computed.
        let planted =
            "$argon2id$v=19$m=4194304,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXphYmNkZWY";
        assert!(!verify_password(planted, &SecretString::from("pw")));
        // argon2i is not accepted either.
        let argon2i = "$argon2i$v=19$m=16,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXphYmNkZWY";
        assert!(!verify_password(argon2i, &SecretString::from("pw")));
    }

    #[test]
    fn weaker_hash_verifies_but_needs_rehash() {
        let pw = SecretString::from("pw");
        let salt = [7u8; 16];
        let weak = Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(64, 1, 1, None).unwrap())
            .hash_password_with_salt(pw.expose_secret().as_bytes(), &salt)
            .unwrap()
            .to_string();
        assert!(verify_password(&weak, &pw));
        assert!(password_needs_rehash(&weak));
    }
}
