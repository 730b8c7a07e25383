//! Cryptocurrency addresses: Bitcoin (base58check, segwit bech32/bech32m) and Ethereum.
//!
//! Only Bitcoin mainnet is accepted. Testnet/signet/regtest addresses (versions 0x6f/0xc4,
//! HRPs `tb`/`bcrt`) hold no value, appear mostly in developer material and would add noise,
//! so they are rejected.

use bech32::primitives::decode::SegwitHrpstring;
use sha3::{Digest, Keccak256};

/// Bitcoin base58check address (Bitcoin Core): 25 bytes, version 0x00 (P2PKH) or 0x05 (P2SH).
pub fn btc_base58(s: &[u8]) -> bool {
    if !(25..=35).contains(&s.len()) {
        return false;
    }
    let mut buf = [0u8; 25];
    match bs58::decode(s).with_check(None).onto(&mut buf) {
        Ok(21) => matches!(buf[0], 0x00 | 0x05),
        _ => false,
    }
}

/// Bitcoin segwit address (BIP-173 bech32 for v0, BIP-350 bech32m for v1+), mainnet `bc` only.
///
/// Witness program rules come from the `bech32` crate: versions 0-16, program 2-40 bytes,
/// 20 or 32 bytes for v0, valid padding, no mixed case, at most 90 characters.
pub fn btc_bech32(s: &[u8]) -> bool {
    let Ok(s) = core::str::from_utf8(s) else {
        return false;
    };
    match SegwitHrpstring::new(s) {
        Ok(addr) => addr.hrp().is_valid_on_mainnet(),
        Err(_) => false,
    }
}

/// Ethereum address: `0x` + 40 hex digits; mixed case must match the EIP-55 checksum.
///
/// All-lower-case and all-upper-case hex carry no checksum and are accepted as they are.
pub fn eth_address(s: &[u8]) -> bool {
    let [b'0', b'x' | b'X', hex @ ..] = s else {
        return false;
    };
    if hex.len() != 40 || !hex.iter().all(u8::is_ascii_hexdigit) {
        return false;
    }
    let has_lower = hex.iter().any(u8::is_ascii_lowercase);
    let has_upper = hex.iter().any(u8::is_ascii_uppercase);
    if !(has_lower && has_upper) {
        return true;
    }
    let mut lower = [0u8; 40];
    for (l, &b) in lower.iter_mut().zip(hex) {
        *l = b.to_ascii_lowercase();
    }
    let hash = Keccak256::digest(lower);
    hex.iter().enumerate().all(|(i, &b)| {
        let nibble = (hash[i / 2] >> if i % 2 == 0 { 4 } else { 0 }) & 0x0f;
        !b.is_ascii_alphabetic() || b.is_ascii_uppercase() == (nibble >= 8)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base58() {
        // Bitcoin wiki examples, the genesis address and python-stdnum's example.
        for ok in [
            "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
            "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
            "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
            "1NEDqZPvTWRaoho48qXuLLsrYomMXPABfD",
        ] {
            assert!(btc_base58(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "1NEDqZPvTWRaoho48qXuLLsrYomMXPABfX", // checksum
            "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3",
            "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNV2N",  // transposed
            "mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn",  // testnet P2PKH (0x6f)
            "2MzQwSSnBHWHqSAqtTVQ6v47XtaisrJa1Vc", // testnet P2SH (0xc4)
            "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN0",  // '0' is not base58
            "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN",
            "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ", // WIF private key, 0x80
            "",
            "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN２",
        ] {
            assert!(!btc_base58(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn bech32_valid() {
        // BIP-173 and BIP-350 mainnet test vectors.
        for ok in [
            "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
            "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
            "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
            "BC1SW50QGDZ25J",
            "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs",
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
        ] {
            assert!(btc_bech32(ok.as_bytes()), "{ok}");
        }
    }

    #[test]
    fn bech32_invalid() {
        for bad in [
            // BIP-350 invalid vectors.
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd", // v1 with bech32
            "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL", // v16 with bech32
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",                     // v0 with bech32m
            "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P",                           // v0 program of 16 bytes
            "bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du",                          // bad padding
            "bc1gmk9yu",                                                      // empty data
            "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R", // version 17
            // Our own rules and mutations.
            "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", // testnet
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",                     // checksum
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f34t",                     // transposed
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kV8F3T4",                     // mixed case
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3b4",                     // 'b' is not bech32
            "",
            "bc1",
        ] {
            assert!(!btc_bech32(bad.as_bytes()), "{bad}");
        }
        assert!(!btc_bech32(&[0xff, 0xfe, b'b', b'c', b'1']));
    }

    #[test]
    fn eth() {
        // EIP-55 specification test vectors.
        for ok in [
            "0x52908400098527886E0F7030069857D2E4169EE7",
            "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
            "0xde709f2102306220921060314715629080e2fb77",
            "0x27b1fdb04752bbc536007a920d24acb045561c26",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
            "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
            "0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        ] {
            assert!(eth_address(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", // one letter's case flipped
            "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "0xfb6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe", // 39 hex digits
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd",
            "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed00", // no prefix
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg",
            "",
            "0x",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAｅ",
        ] {
            assert!(!eth_address(bad.as_bytes()), "{bad}");
        }
    }
}
