//! The kinds of personal data the engine reports. Names follow Presidio's where Presidio
//! has one, so configurations and downstream consumers migrate unchanged.

use std::fmt;
use std::str::FromStr;

macro_rules! entity_types {
    ($($variant:ident => $name:literal, $category:ident;)*) => {
        /// A kind of personal data.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum EntityType { $($variant),* }

        impl EntityType {
            /// Every entity type, in declaration order.
            pub const ALL: &'static [EntityType] = &[$(EntityType::$variant),*];

            /// The Presidio-style name, e.g. `EMAIL_ADDRESS`.
            pub const fn as_str(self) -> &'static str {
                match self { $(EntityType::$variant => $name),* }
            }

            /// The broad category used in reports and policies.
            pub const fn category(self) -> Category {
                match self { $(EntityType::$variant => Category::$category),* }
            }
        }

        impl FromStr for EntityType {
            type Err = UnknownEntityType;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s { $($name => Ok(EntityType::$variant),)* _ => Err(UnknownEntityType(s.chars().take(64).collect())) }
            }
        }
    };
}

entity_types! {
    EmailAddress => "EMAIL_ADDRESS", Contact;
    Url => "URL", Contact;
    IpAddress => "IP_ADDRESS", Online;
    MacAddress => "MAC_ADDRESS", Online;
    PhoneNumber => "PHONE_NUMBER", Contact;
    CreditCard => "CREDIT_CARD", Financial;
    Cvv => "CVV", Financial;
    CardExpiry => "CARD_EXPIRY", Financial;
    IbanCode => "IBAN_CODE", Financial;
    SwiftCode => "SWIFT_CODE", Financial;
    UsBankNumber => "US_BANK_NUMBER", Financial;
    AbaRoutingNumber => "ABA_ROUTING_NUMBER", Financial;
    UsSsn => "US_SSN", GovernmentId;
    UsItin => "US_ITIN", GovernmentId;
    UsPassport => "US_PASSPORT", GovernmentId;
    UsDriverLicense => "US_DRIVER_LICENSE", GovernmentId;
    UkNhs => "UK_NHS", GovernmentId;
    UkNino => "UK_NINO", GovernmentId;
    CaSin => "CA_SIN", GovernmentId;
    EsNif => "ES_NIF", GovernmentId;
    EsNie => "ES_NIE", GovernmentId;
    ItFiscalCode => "IT_FISCAL_CODE", GovernmentId;
    FrNir => "FR_NIR", GovernmentId;
    DeTaxId => "DE_TAX_ID", GovernmentId;
    InPan => "IN_PAN", GovernmentId;
    InAadhaar => "IN_AADHAAR", GovernmentId;
    AuTfn => "AU_TFN", GovernmentId;
    AuAbn => "AU_ABN", GovernmentId;
    Crypto => "CRYPTO", Financial;
    DateTime => "DATE_TIME", Identity;
    Password => "PASSWORD", Secret;
    OneTimeCode => "ONE_TIME_CODE", Secret;
    ApiKey => "API_KEY", Secret;
    Person => "PERSON", Identity;
    Nrp => "NRP", SpecialCategory;
    Age => "AGE", Identity;
    Location => "LOCATION", Contact;
}

/// Broad families of entity types, for policies and reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    Contact,
    Online,
    Financial,
    GovernmentId,
    Identity,
    Secret,
    /// GDPR Art. 9 special categories.
    SpecialCategory,
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An entity type name that the engine does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown entity type {0:?}")]
pub struct UnknownEntityType(pub String);

/// A finer kind within an entity type, reported as `"subtype"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subtype {
    DateOfBirth,
    Address,
    City,
    State,
    Country,
    Postcode,
    AwsAccessKey,
    AwsSecretKey,
    GithubToken,
    StripeKey,
    SlackToken,
    Jwt,
    PrivateKey,
    Generic,
}

impl Subtype {
    pub const fn as_str(self) -> &'static str {
        match self {
            Subtype::DateOfBirth => "DATE_OF_BIRTH",
            Subtype::Address => "ADDRESS",
            Subtype::City => "CITY",
            Subtype::State => "STATE",
            Subtype::Country => "COUNTRY",
            Subtype::Postcode => "POSTCODE",
            Subtype::AwsAccessKey => "AWS_ACCESS_KEY",
            Subtype::AwsSecretKey => "AWS_SECRET_KEY",
            Subtype::GithubToken => "GITHUB_TOKEN",
            Subtype::StripeKey => "STRIPE_KEY",
            Subtype::SlackToken => "SLACK_TOKEN",
            Subtype::Jwt => "JWT",
            Subtype::PrivateKey => "PRIVATE_KEY",
            Subtype::Generic => "GENERIC",
        }
    }
}

impl fmt::Display for Subtype {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for &e in EntityType::ALL {
            assert_eq!(e.as_str().parse::<EntityType>(), Ok(e));
        }
        assert!("NOT_A_TYPE".parse::<EntityType>().is_err());
    }

    #[test]
    fn presidio_names_are_kept() {
        for name in ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "PERSON", "LOCATION", "NRP"]
        {
            assert!(name.parse::<EntityType>().is_ok(), "{name}");
        }
    }
}
