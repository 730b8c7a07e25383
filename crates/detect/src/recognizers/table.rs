//! Tables pasted into a message, their cells parted by commas, semicolons, pipes or tabs
//! (an export, a log of rentals, a password manager's CSV): a header row names each
//! column, so a cell under `dl_number`, `password` or `full_name` is that kind of data
//! whatever it looks like, where free-text rules would need a hotword beside every value.
//! An XML element is a cell that carries its column's name (`<cognome>Rossi</cognome>`).

use super::government::{license_shape, passport_shape};
use super::{DetectionExt, Recognizer, candidate, is_one_of};
use crate::analyzer::Document;
use crate::cues::{AGE_LABELS, ORG_ENDINGS};
use crate::detection::Detection;
use crate::entity::{EntityType, Subtype};
use crate::gazetteer::{COUNTRY, REGION};
use crate::validate::national;

pub(crate) struct Columns;

/// What a header cell says its column holds.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Column {
    License,
    Passport,
    Password,
    Person,
    Nhs,
    /// An Australian tax number: an ABN or, put in its place, a TFN (each by its checksum).
    AuTax,
    Expiry,
    Url,
    /// Nationality, ethnicity or religion: a special category of data (NRP).
    Nrp,
    /// A person's age in years.
    Age,
    Place(Subtype),
}

/// Header names (lower-cased, letters and digits only: `dl_number`, `DL Number` and
/// `dlNumber` are all `dlnumber`) and their columns. Only kinds the other recognisers
/// cannot tell from the value alone; e-mails, phones and dates are found anyway. `name`
/// alone is not here: a password export's `name` is a site's.
const HEADERS: &[(&str, Column)] = &[
    ("dl", Column::License),
    ("dlno", Column::License),
    ("dlnum", Column::License),
    ("dlnumber", Column::License),
    ("dlid", Column::License),
    ("license", Column::License),
    ("licence", Column::License),
    ("licenseno", Column::License),
    ("licenceno", Column::License),
    ("licensenumber", Column::License),
    ("licencenumber", Column::License),
    ("driverlicense", Column::License),
    ("driverslicense", Column::License),
    ("driverlicence", Column::License),
    ("drivinglicence", Column::License),
    ("passport", Column::Passport),
    ("passportno", Column::Passport),
    ("passportnumber", Column::Passport),
    ("password", Column::Password),
    ("passwd", Column::Password),
    ("pwd", Column::Password),
    ("temppassword", Column::Password),
    ("fullname", Column::Person),
    ("customer", Column::Person),
    ("customername", Column::Person),
    ("driver", Column::Person),
    ("drivername", Column::Person),
    ("employee", Column::Person),
    ("employeename", Column::Person),
    ("contactname", Column::Person),
    ("firstname", Column::Person),
    ("lastname", Column::Person),
    ("surname", Column::Person),
    ("forename", Column::Person),
    ("forenames", Column::Person),
    ("givenname", Column::Person),
    ("givennames", Column::Person),
    ("middlename", Column::Person),
    ("preferredname", Column::Person),
    ("contractorname", Column::Person),
    ("salesperson", Column::Person),
    ("agentname", Column::Person),
    ("cardholder", Column::Person),
    ("accountholder", Column::Person),
    ("insured", Column::Person),
    ("claimant", Column::Person),
    ("membername", Column::Person),
    ("patient", Column::Person),
    ("patientname", Column::Person),
    ("passenger", Column::Person),
    ("tenant", Column::Person),
    ("legalname", Column::Person),
    ("leadpax", Column::Person),
    ("leadname", Column::Person),
    ("leadguest", Column::Person),
    ("guest", Column::Person),
    ("guestname", Column::Person),
    ("travellername", Column::Person),
    ("travelername", Column::Person),
    ("passengername", Column::Person),
    ("paxname", Column::Person),
    ("holdername", Column::Person),
    ("clientname", Column::Person),
    ("recipient", Column::Person),
    ("recipientname", Column::Person),
    ("payee", Column::Person),
    ("payeename", Column::Person),
    ("candidate", Column::Person),
    ("candidatename", Column::Person),
    ("student", Column::Person),
    ("studentname", Column::Person),
    ("applicant", Column::Person),
    ("applicantname", Column::Person),
    ("resident", Column::Person),
    ("residentname", Column::Person),
    ("policyholder", Column::Person),
    ("policyholdername", Column::Person),
    ("beneficiary", Column::Person),
    ("beneficiaryname", Column::Person),
    ("insuredname", Column::Person),
    ("claimantname", Column::Person),
    ("tenantname", Column::Person),
    ("ownername", Column::Person),
    ("exp", Column::Expiry),
    ("expiry", Column::Expiry),
    ("expdate", Column::Expiry),
    ("expiration", Column::Expiry),
    ("expirationdate", Column::Expiry),
    ("cardexpiry", Column::Expiry),
    ("abn", Column::AuTax),
    ("tfn", Column::AuTax),
    ("taxfilenumber", Column::AuTax),
    ("nhs", Column::Nhs),
    ("nhsno", Column::Nhs),
    ("nhsnumber", Column::Nhs),
    ("url", Column::Url),
    ("loginurl", Column::Url),
    ("loginuri", Column::Url),
    ("website", Column::Url),
    ("state", Column::Place(Subtype::State)),
    ("dlstate", Column::Place(Subtype::State)),
    ("province", Column::Place(Subtype::State)),
    ("prov", Column::Place(Subtype::State)),
    ("nationality", Column::Nrp),
    ("citizenship", Column::Nrp),
    ("ethnicity", Column::Nrp),
    ("ethnic", Column::Nrp),
    ("race", Column::Nrp),
    ("religion", Column::Nrp),
    ("city", Column::Place(Subtype::City)),
    ("suburb", Column::Place(Subtype::City)),
    ("postcode", Column::Place(Subtype::Postcode)),
    ("postalcode", Column::Place(Subtype::Postcode)),
    ("postal", Column::Place(Subtype::Postcode)),
    ("eircode", Column::Place(Subtype::Postcode)),
    ("address", Column::Place(Subtype::Address)),
    ("addressline", Column::Place(Subtype::Address)),
    ("addressline1", Column::Place(Subtype::Address)),
    ("address1", Column::Place(Subtype::Address)),
    ("street", Column::Place(Subtype::Address)),
    ("streetaddress", Column::Place(Subtype::Address)),
    ("adresse", Column::Place(Subtype::Address)),
    ("anschrift", Column::Place(Subtype::Address)),
    ("strasse", Column::Place(Subtype::Address)),
    ("straße", Column::Place(Subtype::Address)),
    ("direccion", Column::Place(Subtype::Address)),
    ("dirección", Column::Place(Subtype::Address)),
    ("indirizzo", Column::Place(Subtype::Address)),
    ("endereco", Column::Place(Subtype::Address)),
    ("endereço", Column::Place(Subtype::Address)),
    ("adres", Column::Place(Subtype::Address)),
    ("zip", Column::Place(Subtype::Postcode)),
    ("zipcode", Column::Place(Subtype::Postcode)),
    ("plz", Column::Place(Subtype::Postcode)),
    ("town", Column::Place(Subtype::City)),
    ("country", Column::Place(Subtype::Country)),
    // The same columns in the languages support text comes in.
    ("vorname", Column::Person),
    ("nachname", Column::Person),
    ("nome", Column::Person),
    ("cognome", Column::Person),
    ("nombre", Column::Person),
    ("apellido", Column::Person),
    ("apellidos", Column::Person),
    ("prénom", Column::Person),
    ("voornaam", Column::Person),
    ("achternaam", Column::Person),
    ("stadt", Column::Place(Subtype::City)),
    ("ort", Column::Place(Subtype::City)),
    ("wohnort", Column::Place(Subtype::City)),
    ("città", Column::Place(Subtype::City)),
    ("citta", Column::Place(Subtype::City)),
    ("ciudad", Column::Place(Subtype::City)),
    ("ville", Column::Place(Subtype::City)),
    ("woonplaats", Column::Place(Subtype::City)),
    ("plaats", Column::Place(Subtype::City)),
    ("provincia", Column::Place(Subtype::State)),
    ("luogonascita", Column::Place(Subtype::City)),
    ("cidade", Column::Place(Subtype::City)),
    ("municipio", Column::Place(Subtype::City)),
    ("município", Column::Place(Subtype::City)),
    ("localidade", Column::Place(Subtype::City)),
    ("uf", Column::Place(Subtype::State)),
    ("estado", Column::Place(Subtype::State)),
    ("cep", Column::Place(Subtype::Postcode)),
    ("nomecompleto", Column::Person),
    ("comune", Column::Place(Subtype::City)),
    ("cap", Column::Place(Subtype::Postcode)),
    ("gemeente", Column::Place(Subtype::City)),
    ("localidad", Column::Place(Subtype::City)),
    ("codigopostal", Column::Place(Subtype::Postcode)),
    ("codepostal", Column::Place(Subtype::Postcode)),
    ("bundesland", Column::Place(Subtype::State)),
    // (`età` without its accent, as exports write it; not a label in prose, where `ETA:` is
    // an arrival time. The other age headers are `AGE_LABELS`.)
    ("eta", Column::Age),
];

/// Words a header puts before a column's name (`billing_city`, `shipping_state`,
/// `customer_firstname`): the column is what follows them.
const HEADER_PREFIXES: &[&str] = &["billing", "shipping", "delivery", "home", "mailing", "customer", "cust", "patient"];

/// At most this many columns and header bytes: a table, not a paragraph with commas.
const MAX_COLUMNS: usize = 24;
const MAX_HEADER_CELL: usize = 32;
/// The longest XML element value read (a name, a place, a number).
const MAX_VALUE: usize = 200;
/// A header names its cells more surely than a shape does: a cell's value beats a URL
/// that a free-text rule ran on through the commas (`https://…/login,rdelgado77,…`).
const CELL_SCORE: f32 = 0.96;

impl Recognizer for Columns {
    fn entities(&self) -> &'static [EntityType] {
        &[
            EntityType::UsDriverLicense,
            EntityType::UsPassport,
            EntityType::Password,
            EntityType::Person,
            EntityType::UkNhs,
            EntityType::AuAbn,
            EntityType::AuTfn,
            EntityType::CardExpiry,
            EntityType::Url,
            EntityType::Nrp,
            EntityType::Age,
            EntityType::Location,
        ]
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        let text = doc.text;
        let b = text.as_bytes();
        // Prose puts a space or a line break after its commas; a header has the next
        // field's name right after. Each line with such a comma (or semicolon, as
        // European spreadsheets export, or pipe) is tried once.
        let try_line = |comma: usize, done: &mut usize, out: &mut Vec<Detection>| {
            // (A pipe may have spaces around it: `employee_no | full_name | race`.)
            let next = if b[comma] == b'|' && b.get(comma + 1) == Some(&b' ') { comma + 2 } else { comma + 1 };
            if comma < *done || !b.get(next).is_some_and(u8::is_ascii_alphabetic) {
                return;
            }
            let sep = b[comma];
            let line_start = memchr::memrchr(b'\n', &b[..comma]).map_or(0, |p| p + 1);
            let line_end = memchr::memchr(b'\n', &b[comma..]).map_or(text.len(), |p| comma + p);
            *done = match header(&text[line_start..line_end], sep) {
                Some(columns) => rows(doc, &columns, line_end, sep, out),
                None => line_end,
            };
        };
        if doc.punctuation.has_any(b",;|") {
            let mut done = 0;
            for comma in memchr::memchr3_iter(b',', b';', b'|', b) {
                try_line(comma, &mut done, out);
            }
        }
        // Tab-separated exports, in a second walk (the first has no room for a fourth byte).
        if doc.punctuation.has(b'\t') {
            let mut done = 0;
            for tab in memchr::memchr_iter(b'\t', b) {
                try_line(tab, &mut done, out);
            }
        }
        if doc.punctuation.has(b'<') {
            xml_fields(doc, out);
        }
    }
}

/// Values of XML elements named as a column is (`<cognome>Rossi</cognome>`,
/// `<city>Leeds</city>`, `<cap>00156</cap>`): an element on one line, its value without
/// markup.
fn xml_fields(doc: &Document<'_>, out: &mut Vec<Detection>) {
    let text = doc.text;
    let b = text.as_bytes();
    // (`<` then `/` by hand: a substring searcher costs more to set up than most texts take.)
    for close in memchr::memchr_iter(b'<', b).filter(|&k| b.get(k + 1) == Some(&b'/')) {
        // (Bounded looks either side: a 10 MB line of markup stays linear.)
        let head = &b[close + 2..(close + 3 + MAX_HEADER_CELL).min(b.len())];
        let Some(name_len) = memchr::memchr(b'>', head).filter(|&n| n >= 1) else { continue };
        let Some(name) = text.get(close + 2..close + 2 + name_len) else { continue };
        // (The element's name first: most elements name no column, and need no more look.)
        let Some(column) = column_named(name) else { continue };
        let open = format!("<{name}>");
        let Some(line) = crate::text::line_before(text, close, MAX_VALUE + open.len()) else { continue };
        let line_start = close - line.len();
        let Some(at) = line.rfind(open.as_str()) else { continue };
        let value_start = line_start + at + open.len();
        let value = &text[value_start..close];
        if value.contains('<') {
            continue;
        }
        let trimmed = value.trim();
        let s = value_start + (value.len() - value.trim_start().len());
        if let Some(det) = cell_value(doc, s, s + trimmed.len(), column) {
            out.push(det);
        }
    }
}

/// The columns a header line names, or `None` when the line is no header (fewer than
/// three cells, a cell that is no field name, or no column worth a rule).
fn header(line: &str, sep: u8) -> Option<Vec<Option<Column>>> {
    let mut columns = Vec::new();
    let mut plain_name = Vec::new();
    let (s, e) = inside_outer_pipes(line, 0, line.len(), sep);
    for cell in line[s..e].split(char::from(sep)) {
        let cell = cell.trim();
        let field_name = !cell.is_empty()
            && cell.len() <= MAX_HEADER_CELL
            && cell.starts_with(char::is_alphabetic)
            && cell.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | ' ' | '-' | '.' | '#'));
        if !field_name || columns.len() == MAX_COLUMNS {
            return None;
        }
        columns.push(column_named(cell));
        plain_name.push(cell.eq_ignore_ascii_case("name"));
    }
    // `name` alone is a person's beside an address or an identifier, but a site's in a
    // password manager's export (beside its URL and password).
    let exported_logins = columns.iter().any(|c| matches!(c, Some(Column::Password | Column::Url)));
    let named_things = columns.iter().any(|c| matches!(c, Some(Column::Place(_) | Column::AuTax | Column::Nhs)));
    if named_things && !exported_logins {
        for (column, _) in columns.iter_mut().zip(&plain_name).filter(|(_, plain)| **plain) {
            *column = Some(Column::Person);
        }
    }
    (columns.len() >= 3 && columns.iter().any(Option::is_some)).then_some(columns)
}

/// The column a field's name says it is (`dl_number`, `DL Number`, `billing_city`).
fn column_named(field: &str) -> Option<Column> {
    let key: String = field.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    let column = |key: &str| HEADERS.iter().find(|(name, _)| *name == key).map(|&(_, column)| column);
    let unprefixed = || HEADER_PREFIXES.iter().find_map(|p| key.strip_prefix(p).filter(|rest| !rest.is_empty()));
    // `Age`, `Age at travel`, `age_years`: an age column, named alone or at more length.
    let age = || {
        let first = field.split([' ', '_', '(']).next().unwrap_or_default();
        is_one_of(&first.to_lowercase(), AGE_LABELS).then_some(Column::Age)
    };
    column(&key).or_else(|| unprefixed().and_then(column)).or_else(age)
}

/// Reads the rows under a header ending at `header_end` while each has the header's
/// number of cells, adding a candidate for every cell of a named column whose value fits
/// it. Returns where the table ends.
fn rows(doc: &Document<'_>, columns: &[Option<Column>], header_end: usize, sep: u8, out: &mut Vec<Detection>) -> usize {
    let text = doc.text;
    let mut end = header_end;
    let mut cells = Vec::with_capacity(columns.len());
    while end < text.len() {
        let start = end + 1;
        let line_end = memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |p| start + p);
        cells.clear();
        let (row_start, row_end) = inside_outer_pipes(text, start, line_end, sep);
        if !split_row(text, row_start, row_end, sep, &mut cells) || cells.len() < columns.len() {
            break;
        }
        // (A row with more cells has a separator inside a value no one quoted, `455
        // Willamette Ave, Apt 12`: its cells are not where the header says, but the rows
        // after it still are.)
        if cells.len() > columns.len() {
            end = line_end;
            continue;
        }
        // (`|---|:---:|`: the rule under a Markdown table's header.)
        let rule = cells.iter().all(|&(s, e)| s < e && text[s..e].bytes().all(|c| matches!(c, b'-' | b':')));
        for (&(s, e), column) in cells.iter().zip(columns).filter(|_| !rule) {
            if let Some(det) = column.and_then(|c| cell_value(doc, s, e, c)) {
                out.push(det);
            }
        }
        end = line_end;
    }
    end
}

/// The bytes of the line `text[start..end]` inside a Markdown table's outer pipes
/// (`| name | age |`), without the line's trailing spaces and `\r`.
fn inside_outer_pipes(text: &str, start: usize, end: usize, sep: u8) -> (usize, usize) {
    let line = text[start..end].trim_end_matches([' ', '\r']);
    let end = start + line.len();
    let lead = line.len() - line.trim_start_matches(' ').len();
    if sep == b'|' && line.len() - lead >= 2 && line[lead..].starts_with('|') && line.ends_with('|') {
        return (start + lead + 1, end - 1);
    }
    (start, end)
}

/// The byte ranges of the cells of the CSV row `text[start..end]` (without quotes and
/// surrounding spaces); false for a row that is no CSV (an unclosed quote).
fn split_row(text: &str, start: usize, end: usize, sep: u8, cells: &mut Vec<(usize, usize)>) -> bool {
    let b = text.as_bytes();
    let end = if end > start && b[end - 1] == b'\r' { end - 1 } else { end };
    let mut i = start;
    loop {
        while i < end && b[i] == b' ' {
            i += 1;
        }
        if i < end && b[i] == b'"' {
            // A quoted cell: `""` is a quote inside it.
            let open = i + 1;
            let mut k = open;
            loop {
                match memchr::memchr(b'"', &b[k..end]) {
                    Some(p) if b.get(k + p + 1) == Some(&b'"') && k + p + 1 < end => k += p + 2,
                    Some(p) => {
                        k += p;
                        break;
                    }
                    None => return false,
                }
            }
            cells.push((open, k));
            i = k + 1;
            while i < end && b[i] == b' ' {
                i += 1;
            }
            if i < end && b[i] != sep {
                return false;
            }
        } else {
            let stop = memchr::memchr(sep, &b[i..end]).map_or(end, |p| i + p);
            let trimmed = text[i..stop].trim_end();
            cells.push((i, i + trimmed.len()));
            i = stop;
        }
        if i >= end {
            return true;
        }
        i += 1;
    }
}

/// A candidate for the cell `text[s..e]` of `column`, when its value fits the column.
fn cell_value(doc: &Document<'_>, s: usize, e: usize, column: Column) -> Option<Detection> {
    let value = &doc.text[s..e];
    if value.is_empty() || value.contains('\n') {
        return None;
    }
    let (entity, recognizer) = match column {
        Column::License if license_shape(value) => (EntityType::UsDriverLicense, "us_driver_license"),
        Column::Passport if passport_shape(value) => (EntityType::UsPassport, "us_passport"),
        Column::Password if secret_like(value) => (EntityType::Password, "password"),
        Column::Person if name_like(value) => (EntityType::Person, "person"),
        Column::Nhs if national::uk_nhs(value.replace(' ', "").as_bytes()) => (EntityType::UkNhs, "national_id"),
        Column::AuTax => {
            let digits = value.replace(' ', "");
            match digits.len() {
                11 if national::au_abn(digits.as_bytes()) => (EntityType::AuAbn, "national_id"),
                8 | 9 if national::au_tfn(digits.as_bytes()) => (EntityType::AuTfn, "national_id"),
                _ => return None,
            }
        }
        Column::Expiry if expiry_like(value) => (EntityType::CardExpiry, "card_expiry"),
        Column::Url if value.contains('.') && !value.contains(' ') => (EntityType::Url, "url"),
        Column::Nrp if group_like(value) => (EntityType::Nrp, "nrp"),
        Column::Age if age_like(value) => (EntityType::Age, "age"),
        Column::Place(kind) if place_like(doc, value, kind) => {
            let det = candidate(s, e, EntityType::Location, CELL_SCORE, "location", "table column");
            return Some(det.subtype(kind).validated("column header"));
        }
        _ => return None,
    };
    Some(candidate(s, e, entity, CELL_SCORE, recognizer, "table column").validated("column header"))
}

/// A nationality, ethnicity or religion cell: one to three capitalised words, no placeholder
/// (`Malay`, `Sri Lankan`, not `Other` or `Prefer not to say`).
fn group_like(value: &str) -> bool {
    const PLACEHOLDERS: &[&str] = &["other", "none", "n/a", "na", "unknown", "prefer not to say", "not stated"];
    let words = value.split(' ').filter(|w| !w.is_empty());
    (1..=3).contains(&words.clone().count())
        && words.clone().all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        && !PLACEHOLDERS.iter().any(|p| value.eq_ignore_ascii_case(p))
}

/// An age cell: a whole number of years a person can be (`7`, `33`, `104`).
fn age_like(value: &str) -> bool {
    (1..=3).contains(&value.len())
        && value.bytes().all(|c| c.is_ascii_digit())
        && value.parse::<u8>().is_ok_and(|a| a <= 120)
}

/// An expiry cell: a month and a two- or four-digit year (`11/26`, `4/2027`, `08-27`).
fn expiry_like(value: &str) -> bool {
    let Some((m, y)) = value.split_once(['/', '-']) else { return false };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    digits(m)
        && digits(y)
        && m.len() <= 2
        && matches!(y.len(), 2 | 4)
        && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
}

/// A password cell: one word of printable characters, not a placeholder.
fn secret_like(value: &str) -> bool {
    const PLACEHOLDERS: &[&str] = &["none", "null", "n/a", "na", "-", "***", "******", "redacted", "hidden"];
    (4..=128).contains(&value.len())
        && !value.contains(char::is_whitespace)
        && !PLACEHOLDERS.iter().any(|p| value.eq_ignore_ascii_case(p))
        && !value.bytes().all(|c| c == b'*' || c == b'x' || c == b'X')
}

/// A name cell: one to four words of letters (`Ashby, Kenneth`, `O'BRIEN, Kathleen`,
/// `Tasha B`), each starting with a capital, or all in lower case (`arthur mellor`).
fn name_like(value: &str) -> bool {
    let words: Vec<&str> = value.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let letters = |w: &str| w.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '-' | '.'));
    // `Koala Lane Pty Ltd` in a `legal_name` column is a company.
    let company = words.iter().any(|w| is_one_of(w, ORG_ENDINGS.words));
    (1..=4).contains(&words.len())
        && !company
        && (words.iter().all(|w| w.starts_with(char::is_uppercase) && letters(w))
            || words.iter().all(|w| letters(w) && !w.contains(char::is_uppercase)))
}

/// A place cell: a state's abbreviation or a known region or country, or capitalised words
/// for a city.
fn place_like(doc: &Document<'_>, value: &str, kind: Subtype) -> bool {
    if kind == Subtype::Postcode {
        // `2166`, `SW1A 1AA`, `D07 K2P3`: letters and digits, a digit among them.
        return (3..=10).contains(&value.len())
            && value.bytes().any(|c| c.is_ascii_digit())
            && value.bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b' ' | b'-'));
    }
    if kind == Subtype::Address {
        // `455 Willamette Ave`, `Unit 9, 120 Princes Hwy`: a number and a word, spaced (no
        // e-mail or wallet address, which an `address` column may hold as well).
        return value.len() <= 100
            && !value.contains('@')
            && value.bytes().any(|c| c.is_ascii_digit())
            && value.split([' ', ',']).any(|w| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic));
    }
    let words = value.split(' ').filter(|w| !w.is_empty());
    let capitalised = words.clone().count() <= 4
        && words.into_iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
    if !capitalised {
        return false;
    }
    let known = |flag: u32| doc.gaz.phrase(&value.to_lowercase()).is_some_and(|info| info.any(flag));
    match kind {
        // (A state's code under its column's name, in any country: `CE`, `RS`, `NSW`.)
        Subtype::State => {
            (2..=3).contains(&value.len()) && value.bytes().all(|c| c.is_ascii_uppercase())
                || doc.gaz.is_region_abbreviation(value)
                || known(REGION)
        }
        Subtype::Country => value.len() <= 3 || known(COUNTRY),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use crate::test_support::found;

    const RENTALS: &str = "date,customer,dl_state,dl_number,phone\n\
        2025-05-03,\"Ashby, Kenneth\",OH,SR418276,614-555-0112\n\
        2025-05-03,\"Osei, Kwabena\",MI,O 214 556 881 203,313-555-0171\n\
        \n\
        x,NV,B6672180,y\n";

    #[test]
    fn a_header_names_its_columns() {
        assert_eq!(found(RENTALS, "US_DRIVER_LICENSE"), vec!["SR418276", "O 214 556 881 203"]);
        assert_eq!(found(RENTALS, "PERSON"), vec!["Ashby, Kenneth", "Osei, Kwabena"]);
        assert_eq!(found(RENTALS, "LOCATION"), vec!["OH", "MI"]);
    }

    #[test]
    fn address_and_plain_name_columns() {
        let payees = "abn,name,address,suburb,state,postcode\n\
            76040052344,Liam Pereira,14 Banksia Crescent,Wollongong,NSW,2500\n\
            15772234339,Penny Lane Painting Pty Ltd,\"Unit 9, 120 Princes Hwy\",Kogarah,NSW,2217\n\
            95509113251,ned kowalski,31 Jarrah St, rear,Dapto,NSW,2530\n\
            12345678901,Ana Silva,0x52908400098527886E0F7030069857D2E4169EE7,Perth,WA,6000\n";
        // `name` beside an address is a person's (a company is not); the row with an
        // unquoted comma is skipped, not the end of the table.
        assert_eq!(found(payees, "PERSON"), vec!["Liam Pereira", "Ana Silva"]);
        let places = found(payees, "LOCATION");
        for want in ["14 Banksia Crescent", "Wollongong", "Unit 9, 120 Princes Hwy", "Kogarah", "Perth", "6000"] {
            assert!(places.contains(&want), "{want} in {places:?}");
        }
        // A wallet's address under `address` is no place.
        assert!(!places.iter().any(|p| p.starts_with("0x")), "{places:?}");
        let staff = "emp_id\tsurname\tforename\tprov\tpostal\n1001\tLeblanc\tdawn\tNB\tE1C 4M3\n";
        assert_eq!(found(staff, "PERSON"), vec!["Leblanc", "dawn"]);
        let places = found(staff, "LOCATION");
        assert!(places.contains(&"NB") && places.contains(&"E1C 4M3"), "{places:?}");
    }

    #[test]
    fn a_password_export_keeps_its_cells_apart() {
        let export = "name,url,username,password\n\
            Etsy,https://www.etsy.com/signin,rosa@example.com,Clay&Glaze2023\n\
            Router,http://routerlogin.net,admin,\"pa,ssw0rd\"\n";
        assert_eq!(found(export, "PASSWORD"), vec!["Clay&Glaze2023", "pa,ssw0rd"]);
        assert_eq!(found(export, "URL"), vec!["https://www.etsy.com/signin", "http://routerlogin.net"]);
        // `name` is the site's, not a person's.
        assert_eq!(found(export, "PERSON"), Vec::<&str>::new());
    }

    #[test]
    fn nationality_ethnicity_and_religion_columns() {
        let rows = "employee_no | full_name | race | religion | nationality\n\
            SE-1 | Lee Chun Kit | Chinese | Buddhist | Malaysian\n\
            SE-2 | Siti Aminah | Malay | Islam | Other\n";
        assert_eq!(found(rows, "NRP"), vec!["Chinese", "Buddhist", "Malaysian", "Malay", "Islam"]);
    }

    #[test]
    fn columns_of_candidates_students_and_residents() {
        let rows =
            "roll_no,candidate_name,dob\nEDC1,Meenakshi Sundaram,12-06-2001\nEDC2,kavitha shanmugam,07-01-2002\n";
        assert_eq!(found(rows, "PERSON"), vec!["Meenakshi Sundaram", "kavitha shanmugam"]);
        let rent = "payment_id,resident,room\nPAY-1,Wiremu Parata,B-214\n";
        assert_eq!(found(rent, "PERSON"), vec!["Wiremu Parata"]);
    }

    #[test]
    fn an_age_column() {
        let claims = "claim_id,patient_name,dob,age,zip\nCLM-1,Hoang Minh Chau,1990-11-03,33,95112\nCLM-2,Ana Ruiz,1957-04-30,166,30318\n";
        assert_eq!(found(claims, "AGE"), vec!["33"]);
        let visite = "id;cognome;nome;data_nascita;eta;citta\nOTT-1;Ferrari;Chiara;21/06/1983;40;Bologna\n";
        assert_eq!(found(visite, "AGE"), vec!["40"]);
        let group =
            "| Name | DOB | Age at travel | Meal |\n|---|---|---|---|\n| Zofia Kowalczyk | 02/05/1949 | 74 | DBML |";
        assert_eq!(found(group, "AGE"), vec!["74"]);
        assert_eq!(found("Nom;Prénom;Âge;Ville\nMartin;Léa;29;Lyon\n", "AGE"), vec!["29"]);
    }

    #[test]
    fn a_markdown_table() {
        let export = "| patient_ref | patient_name | nhs_no | age | postcode |\n|---|:---|---|---|---|\n\
            | OPT-20391 | Ifeoma Nwachukwu | 722 550 3138 | 63 | M14 5RN |\n\
            | OPT-20392 | Tomás Ó Briain | 574 298 4286 | 73 | - |\nexported by the clinic";
        assert_eq!(found(export, "AGE"), vec!["63", "73"]);
        assert_eq!(found(export, "PERSON"), vec!["Ifeoma Nwachukwu", "Tomás Ó Briain"]);
        assert_eq!(found(export, "UK_NHS"), vec!["722 550 3138", "574 298 4286"]);
    }

    #[test]
    fn no_header_no_table() {
        // A sentence with commas, and a row whose cells do not match the header's count.
        assert_eq!(found("password, pin, and code are all wrong\nabc,def", "PASSWORD"), Vec::<&str>::new());
        assert_eq!(found("id,state,note\n1,OH\n", "LOCATION"), Vec::<&str>::new());
    }

    #[test]
    fn semicolons_other_languages_and_prefixed_columns() {
        let export = "cust_id;vorname;nachname;stadt;telefon\nC-1;Chiara;Colombo;Torino;+39 339 571 2084\n";
        assert_eq!(found(export, "PERSON"), vec!["Chiara", "Colombo"]);
        assert_eq!(found(export, "LOCATION"), vec!["Torino"]);
        let orders =
            "order_id,customer_name,billing_city,billing_state,product\n114-22,Kayla Brandt,Austin,TX,Jordan 1\n";
        assert_eq!(found(orders, "LOCATION"), vec!["Austin", "TX"]);
        assert_eq!(found(orders, "PERSON"), vec!["Kayla Brandt"]);
        // A checksummed number under its name: an NHS number, not a phone.
        let rounds = "run,stop,patient,nhs_no,postcode\nLDS-R07,2,arthur mellor,4459546841,LS4 2AA\n";
        assert_eq!(found(rounds, "UK_NHS"), vec!["4459546841"]);
        assert_eq!(found(rounds, "PERSON"), vec!["arthur mellor"]);
        let claims = "claim_id|insured|suburb|state|postcode|peril\nCL-1|Paddy Mahon|Ballarat|VIC|3350|Storm\n";
        assert_eq!(found(claims, "LOCATION"), vec!["Ballarat", "VIC", "3350"]);
        let disputes =
            "dispute_id,cardholder,card_number,exp,amount_usd\nDSP-1,Kevin O'Malley,4266597100424858,11/26,89.99\n";
        assert_eq!(found(disputes, "CARD_EXPIRY"), vec!["11/26"]);
    }

    #[test]
    fn tabs_and_xml_elements() {
        let tsv = "seller_id\tlegal_name\tsuburb\tstate\tpostcode\n\
            S-1\tBronwyn Tait\tFremantle\tWA\t6160\n\
            S-2\tKoala Lane Pty Ltd\tMarrickville\tNSW\t2204\n";
        assert_eq!(found(tsv, "LOCATION"), vec!["Fremantle", "WA", "6160", "Marrickville", "NSW", "2204"]);
        // A company in a name column is no person.
        assert_eq!(found(tsv, "PERSON"), vec!["Bronwyn Tait"]);
        // A TFN put in an ABN column is known by its checksum.
        let payouts = "seller_id\tlegal_name\tabn\nS-1\tBronwyn Tait\t15 772 234 339\nS-2\tMele Fifita\t860814319\n";
        assert_eq!(found(payouts, "AU_TFN"), vec!["860814319"]);
        assert_eq!(found(payouts, "AU_ABN"), vec!["15 772 234 339"]);
        let xml = "<contraente>\n  <nome>Giulia</nome>\n  <cognome>Rossi</cognome>\n  <cap>00156</cap>\n  \
            <comune>Roma</comune>\n  <note>Roma</note>\n</contraente>";
        assert_eq!(found(xml, "PERSON"), vec!["Giulia", "Rossi"]);
        assert_eq!(found(xml, "LOCATION"), vec!["00156", "Roma"]);
        let clientes = "id_cliente;nome;cidade;uf;cep\nC-1;carlos eduardo lima;Porto Alegre;RS;90035-190\n";
        assert_eq!(found(clientes, "LOCATION"), vec!["Porto Alegre", "RS", "90035-190"]);
        assert_eq!(found(clientes, "PERSON"), vec!["carlos eduardo lima"]);
    }

    #[test]
    fn placeholders_are_no_passwords() {
        assert!(super::secret_like("Tickets123"));
        assert!(!super::secret_like("none") && !super::secret_like("******") && !super::secret_like("two words"));
    }
}
