//! Payment card numbers (ISO/IEC 7812 PANs): network from the IIN prefix and length, plus Luhn.
//!
//! Ranges and lengths are the ones the networks publish (as collected on Wikipedia's "Payment
//! card number" page and in Braintree's `credit-card-type` tables). Where ranges overlap the
//! most specific (longest) prefix wins; if the number's length is not allowed there, the next
//! broader match is tried (e.g. a 13-digit number in an Elo BIN is still a Visa).
//!
//! Decisions:
//! - Luhn is required for every network, UnionPay included. Some domestic UnionPay cards do
//!   not carry a Luhn check digit; accepting any 16-19 digit number starting with 62 would flag
//!   far too many order numbers and references, so those rare cards are missed on purpose.
//! - 622126-622925 is reported as Discover (the co-branded range Discover publishes) rather
//!   than UnionPay.
//! - RuPay and Troy are left out: their published prefixes (60, 65, 81, 82, 508, 353, 356 /
//!   65, 9792) overlap other networks and no authoritative range list was available.

use super::checksum::luhn;

/// Card network identified from the IIN range and the number's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CardNetwork {
    Visa,
    Mastercard,
    Amex,
    Discover,
    Jcb,
    DinersClub,
    UnionPay,
    Maestro,
    Mir,
    Elo,
    Hipercard,
    Verve,
}

impl CardNetwork {
    /// Bit set of allowed PAN lengths (bit n = length n).
    const fn lengths(self) -> u32 {
        const fn span(lo: u32, hi: u32) -> u32 {
            ((1u32 << (hi + 1)) - 1) & !((1u32 << lo) - 1)
        }
        match self {
            Self::Visa => 1 << 13 | 1 << 16 | 1 << 19,
            Self::Mastercard | Self::Elo | Self::Hipercard => 1 << 16,
            Self::Amex => 1 << 15,
            Self::Discover | Self::Jcb | Self::UnionPay | Self::Mir => span(16, 19),
            Self::DinersClub => span(14, 19),
            Self::Maestro => span(12, 19),
            Self::Verve => 1 << 16 | 1 << 18 | 1 << 19,
        }
    }
}

/// One IIN range: the first `width` digits, read as a number, fall in `lo..=hi`.
struct Iin {
    width: usize,
    lo: u32,
    hi: u32,
    net: CardNetwork,
}

const fn r(width: usize, lo: u32, hi: u32, net: CardNetwork) -> Iin {
    Iin { width, lo, hi, net }
}

use CardNetwork::*;

/// Ordered longest prefix first, so the first usable match is the most specific one.
const IINS: &[Iin] = &[
    // 6 digits
    r(6, 401178, 401179, Elo),
    r(6, 431274, 431274, Elo),
    r(6, 438935, 438935, Elo),
    r(6, 451416, 451416, Elo),
    r(6, 457393, 457393, Elo),
    r(6, 457631, 457632, Elo),
    r(6, 504175, 504175, Elo),
    r(6, 506699, 506778, Elo),
    r(6, 509000, 509999, Elo),
    r(6, 627780, 627780, Elo),
    r(6, 636297, 636297, Elo),
    r(6, 636368, 636368, Elo),
    r(6, 650031, 650033, Elo),
    r(6, 650035, 650051, Elo),
    r(6, 650405, 650439, Elo),
    r(6, 650485, 650538, Elo),
    r(6, 650541, 650598, Elo),
    r(6, 650700, 650718, Elo),
    r(6, 650720, 650727, Elo),
    r(6, 650901, 650978, Elo),
    r(6, 651652, 651679, Elo),
    r(6, 655000, 655019, Elo),
    r(6, 655021, 655058, Elo),
    r(6, 606282, 606282, Hipercard),
    r(6, 506099, 506198, Verve),
    r(6, 507865, 507964, Verve),
    r(6, 650002, 650027, Verve),
    r(6, 622126, 622925, Discover),
    // 4 digits
    r(4, 2200, 2204, Mir),
    r(4, 2221, 2720, Mastercard),
    r(4, 3095, 3095, DinersClub),
    r(4, 3528, 3589, Jcb),
    r(4, 5018, 5018, Maestro),
    r(4, 5020, 5020, Maestro),
    r(4, 5038, 5038, Maestro),
    r(4, 5893, 5893, Maestro),
    r(4, 6304, 6304, Maestro),
    r(4, 6759, 6759, Maestro),
    r(4, 6761, 6763, Maestro),
    r(4, 6011, 6011, Discover),
    // 3 digits
    r(3, 300, 305, DinersClub),
    r(3, 644, 649, Discover),
    // 2 digits
    r(2, 34, 34, Amex),
    r(2, 37, 37, Amex),
    r(2, 36, 36, DinersClub),
    r(2, 38, 39, DinersClub),
    r(2, 51, 55, Mastercard),
    r(2, 62, 62, UnionPay),
    r(2, 65, 65, Discover),
    // 1 digit
    r(1, 4, 4, Visa),
];

/// Card network of a PAN (ISO/IEC 7812): published IIN range and length, and a valid Luhn digit.
pub fn card_network(digits: &[u8]) -> Option<CardNetwork> {
    let len = digits.len();
    if !(12..=19).contains(&len) || !luhn(digits) {
        return None;
    }
    let mut prefix = [0u32; 7];
    for w in 1..=6 {
        prefix[w] = prefix[w - 1] * 10 + u32::from(digits[w - 1] - b'0');
    }
    IINS.iter()
        .filter(|i| (i.lo..=i.hi).contains(&prefix[i.width]))
        .map(|i| i.net)
        .find(|net| net.lengths() & (1 << len) != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Appends the Luhn check digit (cross-checked with python-stdnum's `luhn`).
    fn luhnify(payload: &str) -> String {
        (0..10).map(|c| format!("{payload}{c}")).find(|s| luhn(s.as_bytes())).unwrap()
    }

    fn net(s: &str) -> Option<CardNetwork> {
        card_network(s.as_bytes())
    }

    #[test]
    fn published_test_numbers() {
        // Test PANs published by card networks and processors (Stripe, Adyen, Braintree).
        let cases = [
            ("4111111111111111", Visa),
            ("4012888888881881", Visa),
            ("4222222222222", Visa),
            ("5555555555554444", Mastercard),
            ("5105105105105100", Mastercard),
            ("2223003122003222", Mastercard),
            ("378282246310005", Amex),
            ("371449635398431", Amex),
            ("6011111111111117", Discover),
            ("6011000990139424", Discover),
            ("30569309025904", DinersClub),
            ("38520000023237", DinersClub),
            ("36227206271667", DinersClub),
            ("3530111333300000", Jcb),
            ("3566002020360505", Jcb),
            ("6200000000000005", UnionPay),
            ("6205500000000000004", UnionPay),
            ("6759649826438453", Maestro),
            ("5066991111111118", Elo),
            ("6362970000457013", Elo),
            ("6062826786276634", Hipercard),
        ];
        for (pan, want) in cases {
            assert_eq!(net(pan), Some(want), "{pan}");
        }
    }

    #[test]
    fn ranges_and_lengths() {
        let cases: &[(&str, Option<CardNetwork>)] = &[
            ("220000000000000", Some(Mir)),        // 16
            ("22040000000000000", Some(Mir)),      // 18
            ("272099999999999", Some(Mastercard)), // 2720 upper bound
            ("272100000000000", None),             // 2721 unassigned
            ("222099999999999", None),             // 2220 unassigned
            ("309500000000000", Some(DinersClub)), // 16-digit Diners
            ("3000000000000", Some(DinersClub)),   // 14
            ("306000000000000", None),             // 306 not Diners
            ("35280000000000000", Some(Jcb)),      // 18
            ("352700000000000", None),             // below JCB range
            ("50180000000", Some(Maestro)),        // 12, shortest
            ("676300000000000000", Some(Maestro)), // 19
            ("644000000000000", Some(Discover)),
            ("65000000000000000", Some(Discover)), // 18
            ("62212600000000000", Some(Discover)), // co-branded range
            ("62292600000000000", Some(UnionPay)), // just above it
            ("50609900000000000", Some(Verve)),    // 18
            ("650002000000000", Some(Verve)),
            ("650028000000000", Some(Discover)),
            ("401178000000000", Some(Elo)), // Elo BIN, 16 digits
            ("401178000000", Some(Visa)),   // same BIN, 13 digits: Visa
            ("41111111111111", None),       // Visa, 15 digits
            ("41111111111111111", None),    // Visa, 18 digits
            ("3782822463100", None),        // Amex, 14 digits
            ("55555555555544", None),       // Mastercard, 15 digits
            ("700000000000000", None),      // no network
            ("100000000000000", None),
        ];
        for (payload, want) in cases {
            let pan = luhnify(payload);
            assert_eq!(net(&pan), *want, "{pan}");
        }
    }

    #[test]
    fn invalid_inputs() {
        for bad in [
            "4111111111111112",     // one digit changed
            "4111111111111121",     // transposed
            "1411111111111111",     // transposed prefix
            "41111111111",          // too short
            "41111111111111111111", // too long
            "",
            "4111-1111-1111-1111",
            "411111111111111１",
            "4111111111111111\0",
        ] {
            assert_eq!(net(bad), None, "{bad:?}");
        }
        assert_eq!(card_network(&[0xff; 16]), None);
    }
}
