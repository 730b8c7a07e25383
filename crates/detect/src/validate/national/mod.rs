//! National identifiers: tax, social-security and health numbers, one file per country.
//!
//! All functions take compact ASCII (separators removed by the caller); letters may be in
//! either case.

mod au;
mod ca;
mod de;
mod es;
mod fr;
mod india;
mod it;
mod uk;
mod us;

pub use au::{au_abn, au_tfn};
pub use ca::ca_sin;
pub use de::de_tax_id;
pub use es::{es_nie, es_nif};
pub use fr::fr_nir;
pub use india::{in_aadhaar, in_pan};
pub use it::it_fiscal_code;
pub use uk::{uk_nhs, uk_nino};
pub use us::{us_itin, us_ssn};
