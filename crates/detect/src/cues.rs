//! The words recognisers listen for: hotwords that raise a score, cues that introduce a
//! name or a place, words that rule a candidate out. Lists are lower-case; an entry with
//! spaces is a phrase of consecutive tokens. Every list is compiled into the gazetteer
//! map at load time, so checking whether a token belongs to a list is one bit test on
//! the lookup every word already gets (see [`crate::analyzer::Document::cue_at`]).

/// A named word list.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cue {
    pub id: u8,
    pub words: &'static [&'static str],
}

impl Cue {
    #[inline]
    pub const fn bit(self) -> u128 {
        1u128 << self.id
    }
}

macro_rules! cues {
    ($($(#[$doc:meta])* $name:ident = [$($w:literal),* $(,)?];)*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u8)]
        enum Id { $($name),* }
        $($(#[$doc])* pub(crate) const $name: Cue = Cue { id: Id::$name as u8, words: &[$($w),*] };)*
        /// Every list, for loading into the gazetteer.
        pub(crate) const ALL: &[Cue] = &[$($name),*];
    };
}

cues! {

    // ---- contact
    VERSION_WORDS = [
        "version", "ver", "v", "release", "build", "firmware", "fw", "driver", "update", "sdk", "app", "os", "ios",
        "versione", "versión", "versão", "versie",
        "latest",
        "android", "windows", "macos", "patch", "upgrade", "upgraded", "downgrade", "installed", "chrome",
        "firefox",
        "software", "plugin", "extension", "package", "library", "cli", "installer",
        "kernel", "runtime", "engine", "edition",
    ];

    /// Words read out for the dots of an e-mail address in a call (`gmail dot com`).
    READ_OUT_DOTS = ["dot", "punto", "point", "ponto", "punkt"];

    // ---- datetime
    /// Weekdays abbreviated to two or three letters as German, Dutch, Portuguese, Italian,
    /// French and Spanish dates and mail headers write them before the date (`Di., 3.
    /// Sept.`, `za 7 sep. 2024`, `qua., 4 de set.`, `mar 3 set 2024`). Many are words as
    /// well, so they count only right before a date (see `weekday_before`).
    WEEKDAY_ABBREVIATIONS = [
        "mo", "di", "mi", "do", "fr", "sa", "so", "ma", "wo", "vr", "za", "zo", "seg", "ter", "qua", "qui", "sex",
        "sáb", "sab", "dom", "lun", "mar", "mer", "gio", "ven", "jeu", "sam", "dim", "mié", "mie", "jue", "vie",
        "mån", "tis", "ons", "tors", "fre", "lör", "sön", "tir", "lør", "søn",
    ];
    BIRTH_WORDS = [
        "dob", "d o b", "date of birth", "born", "birthday", "birth date", "birthdate", "birth", "geburtsdatum",
        "geboren", "geb", "né", "née", "naissance", "nacimiento", "nascita", "nato", "nata", "nascido", "nacido",
        "nacida", "bday",
    ];
    WEEKDAYS = [
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
        "friday", "fri", "saturday", "sat", "sunday", "sun", "montag", "dienstag", "mittwoch", "donnerstag",
        "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì",
        "giovedì", "venerdì", "sabato", "domenica",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "segunda", "terça",
        "quarta", "quinta", "sexta", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "weds", "thurs", "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar", "senin",
        "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "pondělí", "úterý", "středa", "čtvrtek",
        "pátek", "sobota", "neděle", "luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică",
        "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mandag", "tirsdag", "lørdag",
        "søndag",
        "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή",
    ];

    // ---- finance
    CARD_WORDS = [
        "card", "credit", "debit", "visa", "mastercard", "amex", "american express", "discover", "jcb", "diners",
        "maestro", "unionpay", "cc", "pan", "kreditkarte", "carte", "tarjeta", "carta", "cartão", "payment",
        "paid", "charged", "billing",
    ];
    CVV_WORDS = [
        "cvv", "cvc", "cvv2", "cvc2", "csc", "cid", "security code", "card verification", "card code",
        "digits on the back", "three digits", "3 digits", "four digits on the front", "prüfnummer", "cryptogramme",
        "ccv", "security number", "signature strip", "back of the card", "cvn", "card security code",
        "código de seguridad", "codice di sicurezza", "three on the back", "3 on the back", "numbers on the back",
        "code on the back", "numbers at the back", "digits at the back",
    ];
    EXPIRY_WORDS = [
        "exp", "expiry", "expires", "expiring", "expiration", "valid thru", "valid through", "good thru",
        "valid until", "exp date", "expiry date", "gültig bis", "ablaufdatum", "date d'expiration", "caducidad",
        "scadenza", "mm/yy",
    ];
    IBAN_WORDS = [
        "iban", "bank", "account", "transfer", "sepa", "konto", "compte", "cuenta", "conto",
    ];
    SWIFT_WORDS = [
        "swift", "bic", "swift code", "bic code", "swift/bic", "bank identifier",
    ];
    ACCOUNT_WORDS = [
        "account", "acct", "acc", "a/c", "checking", "savings", "account number", "account no", "bank account",
        "direct deposit", "deposit", "cuenta de cheques", "cuenta",
    ];
    ROUTING_WORDS = [
        "routing", "aba", "rtn", "routing number", "transit", "aba number", "routing no",
        "check", "cheque", "ach", "wire", "direct deposit", "bank code",
    ];

    // ---- government
    PASSPORT_WORDS = [
        "passport", "pp", "reisepass", "passeport", "pasaporte", "passaporto", "paspoort", "passaporte",
        "pasport", "passprt", "passort", "travel document",
    ];
    LICENSE_WORDS = [
        "driver's license", "drivers license", "driver license", "driving licence", "driving license",
        "driver's licence", "drivers licence", "dl", "dl#", "license number", "licence number", "license no",
        "license #", "lic",
        "license", "licence", "licensed", "permis", "führerschein", "patente", "carnet", "cdl",
        "learner's permit", "learners permit", "learner permit", "instruction permit", "driving permit",
        "state id", "licencia", "licencia de conducir", "licencia de manejo", "prawo jazdy", "rijbewijs",
        "körkort", "carta de condução", "carteira de motorista", "cnh",
    ];

    // ---- location
    /// Airports named alone, as travellers write them (`landing Heathrow T3`, `stuck at
    /// Schiphol`): names that no person, town or word shares. (`Logan`, `Pearson` and
    /// `Dulles` are names too: only with their `Airport`.) `charles` and `gaulle` are the
    /// ends of `Charles de Gaulle`.
    AIRPORTS = [
        "heathrow", "gatwick", "stansted", "schiphol", "o'hare", "laguardia", "orly", "roissy", "fiumicino",
        "malpensa", "linate", "ciampino", "barajas", "changi", "narita", "haneda", "incheon", "zaventem", "kastrup",
        "arlanda", "gardermoen", "schwechat", "guarulhos", "galeão", "congonhas", "ezeiza", "charles", "gaulle",
    ];
    DIRECTIONS = [
        "n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "n.", "s.", "e.", "w.",
    ];
    NAME_PARTICLES = [
        "de", "la", "le", "les", "del", "des", "du", "di", "della", "delle", "dei", "dos", "das", "da", "do",
        "van", "von", "der", "den", "het", "of", "the", "st", "saint", "san", "santa", "sainte", "el", "los",
        "las", "y", "e", "am", "an", "im", "auf", "d'", "l'",
        // Italian's other articled `of` (`Via degli Albizi`, `Via dello Statuto`).
        "degli", "dello", "dell'",
    ];
    PLACE_CUES = [
        "in", "from", "to", "at", "near", "around", "outside", "inside", "into", "across", "throughout", "via",
        "visiting", "visit", "live", "lives", "living", "based", "located", "moved", "moving", "relocated", "born",
        "ship", "shipped", "shipping", "deliver", "delivered", "delivery", "sent", "send", "office", "branch",
        "store", "city", "town", "village", "flight", "fly", "flew", "travel", "travelling", "traveling", "trip",
        "stay", "staying", "stayed", "hometown", "resident", "residing", "of", "towards", "between", "back", "past",
        // Romanian `from` and `in` (`easybox-ul din Iași`).
        "din", "în",
        // The same prepositions in the other languages support text comes in (not `de`, `a`:
        // they start names and are English words).
        "en", "para", "em", "nach", "aus", "naar", "vers", "desde", "hacia", "nel", "nella", "vivo", "vivimos",
        "wohne", "woon", "habite", "bei", "uit", "bij", "på", "till", "från", "fra", "til",
        // Verbs of travel: `I left Paris`, `we landed in`, `heading to`.
        "left", "leaving", "arrived", "arriving", "landed", "reached", "visited", "heading", "headed", "returned",
        "returning", "commute", "commuting", "relocating", "arrive", "arrives", "depart", "departs", "departing",
        "departed", "departure",
        // Where a parcel is: `hub Madrid`, `depot Coslada`, `Lager Kassel`, `filiale di`.
        "hub", "depot", "lager", "filiale", "agence", "sucursal", "magazzino",
        // Incoterms name the place where the goods change hands: `DAP Leeds`, `FCA Lyon`.
        "exw", "fca", "fas", "fob", "cfr", "cif", "cpt", "dap", "dpu", "ddp",
    ];
    /// Verbs before `in` / `to` / `from` that say where someone lives or moves
    /// (`lives in`, `moved from`, `relocated to`, `here from`).
    RESIDENCE_VERBS = [
        "live", "lives", "living", "lived", "move", "moved", "moving", "relocate", "relocated", "relocating",
        "based", "reside", "resides", "residing", "resided", "raised", "grew up", "settled", "here", "house",
        "home", "born", "bor", "wohne", "wohnt", "woon", "woont", "vivo", "vive", "moro", "mora", "abito", "habite",
    ];
    /// Words of a question a place answers (`Which state issued it?` … `ok its NY`).
    PLACE_QUESTIONS = [
        "where", "located", "state", "city", "town", "country", "province", "county", "suburb", "which state",
        "what state", "which city", "what city", "which country", "what country",
    ];
    LABEL_CITY = [
        "city", "town", "ort", "ville", "ciudad", "città", "stad", "cidade", "suburb", "locality",
        "place of birth", "birthplace",
        "luogo di nascita", "lieu", "lieu de naissance", "wohnort", "arbeitsort", "geburtsort", "ville",
        "localidad", "località", "comune", "municipio", "residence", "lugar de nacimiento", "place of residence",
        "city of birth", "town/city", "woonplaats", "plaats", "cidade", "naturalidade", "standort", "luogo",
        // A signature's place and date (`Luogo e data: Milano, 18/03/2024`).
        "luogo e data", "place and date", "ort und datum", "lieu et date", "lugar y fecha", "local e data",
    ];
    LABEL_REGION = [
        "state", "province", "county", "region", "prov", "bundesland", "estado", "provincia", "territory",
        "province of employment", "state of residence", "estado", "región", "regione", "bundesland", "county",
        "departement", "département", "provincia",
    ];
    LABEL_COUNTRY = [
        "country", "land", "pays", "país", "paese", "nationality",
        "country of residence", "country of birth", "pays de naissance", "land", "país de nacimiento", "nation",
    ];
    LABEL_POSTCODE = [
        "zip", "zip code", "zipcode", "postcode", "post code", "postal code", "postalcode", "plz", "postleitzahl",
        "code postal", "cp", "cap", "código postal", "codigo postal", "postcode:", "pin code", "pincode", "cep",
        "postal_code", "zip_code", "postalcode", "post_code", "plz/ort", "code postal", "cod postal", "cap",
        "pincode", "postcode",
    ];
    LABEL_ADDRESS = [
        "address", "addr", "street", "shipping address", "billing address", "home address", "delivery address",
        "mailing address", "adresse", "dirección", "direccion", "indirizzo", "adres", "endereço", "anschrift",
        "street address", "address line 1", "address line 2", "ship to", "deliver to", "bill to",
        "line1", "line 1", "address1", "addr1", "street1", "address_line1", "address_line_1", "straße", "strasse",
        "domicilio", "vivienda", "residencia", "morada", "adresse postale", "lieferadresse", "rechnungsadresse",
        "shipping", "billing", "ship-to", "delivery", "deliver to", "send to", "mail to", "postal address",
        "residential address", "registered address", "correspondence address", "new address", "old address",
        "current address", "address on file",
        // Hungarian, Czech, Slovak, Polish and Slovenian labels (`Lakcím: 1052 Budapest, …`).
        "lakcím", "lakcim", "lakcíme", "cím", "adresa", "bydliště", "bydlisko", "adres zamieszkania",
        "adres do korespondencji", "naslov",
    ];

    // ---- mod
    /// Words that mark a number as a business reference rather than personal data.
    REFERENCE_WORDS = [
        "order", "invoice", "inv", "ticket", "case", "tracking", "shipment", "parcel", "sku", "ref", "reference",
        "confirmation", "booking", "reservation", "item", "product", "part", "model", "serial", "sn",
        "transaction", "txn", "receipt", "po", "rma", "awb", "waybill", "batch", "lot", "build", "version",
        "error", "incident", "request", "req", "job", "ups", "usps", "fedex", "dhl", "hermes", "dpd", "article",
        "catalog", "isbn", "rcs", "siren", "siret", "kvk", "hrb", "registered in england",
        "registered in england and wales", "company no", "company number", "company reg",
        "kundennummer", "vertragsnummer", "rechnungsnummer", "auftragsnummer", "bestellnummer", "contrat",
        "contract", "utr", "membership", "référence", "pedido", "ordine", "bestelling", "factura", "fattura",
        "rechnung", "facture", "commande", "policy", "claim", "pratica", "protocolo", "expediente", "dossier",
        "voucher", "coupon", "promo", "gift", "meter", "mprn", "mpan", "iccid", "imei", "vin", "loyalty",
        "depotnummer", "referentienummer", "trace",
        // A money transfer's control number (`número de control 4471…`, `MTCN`).
        "control number", "número de control", "numero de control", "mtcn",
        // Fines, tolls and travel documents (`infringement notice 1947…`, `boletín n.º 0284…`,
        // `transponder 0410-…`, `EMD numbers 047-…`).
        "infringement notice", "penalty notice", "violation notice", "notice number", "pcn", "boletín", "boletin",
        "denuncia", "transponder", "emd",
        // A parcel's number in Central Europe (`packet number Z 442 1938 075`, `zásilka Z …`).
        "packet", "zásilka", "zásilku", "zásilky", "przesyłka", "przesyłki", "csomag", "colet", "coletul",
        // French and Belgian health professionals' and facilities' register numbers
        // (`FINESS 690780358`, `n° INAMI 1-23456-78-901`).
        "finess", "rpps", "adeli", "inami", "inpe",
        // A classified ad's number (`ogłoszenia nr 874 551 203`, `hirdetés: 1 422 907 118`).
        "ad", "advert", "listing", "ogłoszenie", "ogłoszenia", "ogłoszeniu", "oferta", "oferty", "inzerát",
        "inzerátu", "hirdetés", "hirdetésem", "anunț", "anunțul", "anunt", "anuntul",
        // Swedish payment references and giro numbers, a Turkish serial or shipment code,
        // a member's number (`OCR 7506814891`, `seri no`, `gönderi kodu`, `medlem 31-08821`).
        "ocr", "bankgiro", "plusgiro", "seri", "gönderi", "medlem", "medlemsnummer", "kontonr", "apostolis",
        // An Italian contract's or shipment's number (`contratto n. 3100482217`).
        "contratto", "spedizione",
    ];

    // ---- people
    /// Given names that are mostly ordinary words in support text ("Mark as read", "Will you").
    WORDLIKE_GIVEN = [
        "will", "may", "dev", "mark", "bill", "grace", "hope", "joy", "faith", "guy", "art", "rose", "june", "april",
        "august", "summer", "pat", "sue", "rob", "chase", "chance", "hunter", "cash", "price", "rich", "sterling",
        "golden", "royal", "king", "major", "miles", "page", "lane", "reed", "dean", "earl", "else", "son", "an",
        "star", "sky", "rain", "storm", "dawn", "eve", "ivy", "amber", "ruby", "crystal", "jade", "pearl", "coral",
        "autumn", "honey", "precious", "merry", "love", "young", "sunny", "happy", "lucky", "christian", "ray",
        "gay", "buck", "bud", "les", "van", "wade", "drew", "gene", "sage", "max", "case", "holly", "ginger",
        "iris", "lily", "daisy", "violet", "olive", "misty", "dusty", "rusty", "candy", "sandy", "brandy",
        "destiny", "trinity", "harmony", "melody", "liberty", "justice", "nova", "luna", "angel", "sonny", "cliff",
        "dale", "glen", "forest", "river", "jack", "tiny", "doc",
    ];
    TITLES = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "dra", "doutor", "doutora", "dottore", "dottoressa",
        "docteur", "prof", "professor", "sir", "dame", "herr", "frau", "monsieur",
        "madame", "mme", "mlle", "señor", "señora", "senor", "senora", "sr", "sra", "srta", "doña", "signor",
        "signora", "sig", "dott", "dhr", "mevr", "meneer", "mevrouw", "shri", "smt", "mister", "missus", "rev",
        "capt", "captain", "officer", "director", "inspector", "sergeant", "sgt", "detective", "constable",
        "coach", "colonel", "chief", "engr", "herrn", "pani", "pastor", "deacon", "deaconess", "imam", "rabbi",
        "mama", "heer", "mijnheer", "juffrouw", "dona", "senhor", "senhora", "signore", "mademoiselle", "dre",
        // Forms of address before a name in Filipino, Zulu and Polish (`Kuya Jun`, `Gogo
        // Thembisile`, `Panie Krzysztofie`) and an English one (`Ma'am Cristina`).
        "kuya", "gogo", "panie", "ma'am", "maam", "madam",
        // Czech and Polish `Mr`/`Mrs` (`paní Hrušovská`, `pane Novotný`, `pan Kowalski`), and
        // the Polish cases (`z Panem Nowakiem`, `o Pana Wiśniewskiego`, `z Panią Nowak`).
        "pan", "pane", "paní", "pana", "panu", "panem", "panią",
        // Romanian ones, with their cases (`doamna Ionescu`, `domnule Ionescu`).
        "doamna", "doamnă", "doamnei", "domnul", "domnule", "domnului", "domnișoara",
        // Thai and Indonesian ones (`Khun Somchai`, `Pak Agus`, `Mbak Dewi`, `Ibu Sari`).
        "khun", "pak", "bapak", "ibu", "bu", "mbak",
        // Brazilian Portuguese before a man's given name (`Seu Raimundo`).
        "seu",
        // A judge's title, Swahili for an elder, Yoruba for one who made the hajj (`Judge
        // Moody`, `Mzee Kamau`, `Alhaja Sikirat`).
        "judge", "mzee", "alhaji", "alhaja",
        // Plural forms of address before a couple's surnames (`Gentili signori Montanari e
        // Ferraresi`, `Señores García`).
        "signori", "sigg", "señores", "sres",
    ];
    GREETINGS = [
        "hi", "hello", "hey", "dear", "hiya", "heya", "greetings", "morning", "evening", "afternoon", "bonjour",
        "hola", "hallo", "ciao", "salut", "hej", "thanks", "thank you", "thx", "ty", "cheers", "bye", "welcome",
        "congrats", "sorry", "ok", "okay", "yes", "no", "sure", "guten tag", "buongiorno", "buenos días",
        "goedemiddag", "olá", "ola", "thankyou", "tnx", "howdy", "yo", "hiii", "hii", "heyy",
        "merci", "gracias", "namaste", "hej", "ta", "grazie", "danke", "obrigado", "obrigada", "bedankt", "hoi",
        "moin", "servus", "salve", "buenas", "bonsoir", "slt", "bjr", "coucou", "cheers mate", "hallo", "oi",
        "hello again", "dag", "goedemorgen", "buenos dias", "buongiorno", "guten morgen", "good morning",
        "good afternoon", "good evening", "thanks so much", "thank u", "thnx", "many thanks", "sorry about that",
        "no worries", "sure thing", "of course", "great", "perfect", "lovely", "brilliant", "noted", "understood",
        "regards", "kind regards", "best regards", "warm regards", "rgds", "best wishes", "helo", "heloo", "hellooo",
        "whats up", "what's up", "wassup", "sup", "got it", "all set",
        // Greetings of letters and chats in other languages (`Kia ora Wiremu`, `Beste Bram`).
        "kia ora", "beste", "goedenavond", "bom dia", "boa tarde", "boa noite", "buonasera", "caro", "cara",
        "querido", "querida", "estimado", "estimada", "prezado", "prezada", "liebe", "lieber", "sehr geehrte",
        "sehr geehrter", "cher", "chère", "howzit", "sawubona", "g'day", "gday", "gentile", "gentili",
        "merhaba", "salam", "xin chào", "sawasdee", "sawasdee ka", "sawasdee krub", "sawasdee kha",
        "bula", "talofa", "talofa lava", "malo e lelei", "vinaka", "marhaba", "ahlan", "habibi",
        "salam alaikum", "assalamu alaikum", "hei", "hallå", "tjena", "goddag", "god morgen",
        "teşekkürler", "teşekkür ederim", "sağolun", "iyi günler", "selam",
    ];
    INTRODUCTIONS = [
        "my name is", "my name's", "name is", "this is", "i am", "i'm", "im", "it's", "its", "call me", "named",
        "called", "me llamo", "je m'appelle", "je suis", "mi chiamo", "ich heiße", "ich bin", "mijn naam is",
        "meu nome é", "me chamo", "soy", "sono", "am",
        "intestato a", "intestata a", "a nome di", "au nom de", "a nombre de", "in the name of", "under the name",
        "under",
        "name's", "here is", "this is", "it is", "c'est", "aqui es", "aquí", "sou", "je suis", "mi nombre es",
        "mein name ist", "ik ben", "mijn naam is", "hier ist", "hier spricht", "sprechen mit", "nazywam się",
        "mam na imię", "mówi", "jmenuji se", "u telefonu",
        // A chat's opening line: `you're chatting with Kirra`, `aqui é a Fernanda`.
        "chatting with", "speaking with", "talking to", "talking with", "you've reached", "aqui é", "aqui é a",
        "aqui é o", "speaking to", "le atiende", "te atiende", "fala a", "fala o",
        // Portuguese and Tagalog put an article before a name: `Sou a Bruna`, `Ako po si Joy`.
        "sou a", "sou o", "ako si", "ako po si", "ito si", "ito po si",
        // A nickname: `Nkosinathi Mahlangu (goes by Nathi)`.
        "goes by", "go by", "chamo-me",
    ];
    LABELS = [
        "name", "full name", "customer", "client", "agent", "from", "to", "cc", "bcc", "contact", "attn",
        "attention", "signed", "by", "holder", "cardholder", "recipient", "sender", "requester", "caller",
        "co-signer", "cosigner", "guarantor", "co-applicant",
        "patient", "passenger", "guest", "user", "owner", "beneficiary", "assignee", "reporter", "first name",
        "last name", "surname", "given name", "nome", "nom", "nombre", "vorname", "nachname", "naam", "member",
        "employee", "rep", "author", "submitted by", "requested by", "assigned to", "created by", "updated by",
        "resolved by", "handled by", "escalated by", "approved by", "ship to", "bill to", "deliver to",
        "addressee", "account name", "applicant", "student", "tenant", "insured", "policyholder", "subscriber",
        "visitor", "speaker", "operator", "technician",
        "cognome", "apellido", "apellidos", "prénom", "prenom", "achternaam", "voornaam", "sobrenome", "contractor",
        "kundin", "kunde", "cliente", "klant", "titular", "inhaber", "kontoinhaber", "assuré", "assure",
        "destinataire", "empfänger", "destinatario", "account holder", "name on card", "card holder name",
        "nominativo", "ansprechpartner", "contact person", "customer name", "nom complet", "nombre completo",
        "full legal name", "legal name", "spouse", "partner", "emergency contact", "next of kin", "doctor", "gp",
        "consultant", "technician", "engineer", "driver", "courier", "agent name", "rep name", "taxpayer",
        "signer", "cosigner", "co-signer", "borrower", "payee", "payer", "claimant", "traveller", "traveler",
        "buyer", "seller", "witness", "landlord", "proprietor", "trustee", "guarantor",
        "host", "resident", "counsellor", "counselor", "kund", "kunden", "notitie", "notat", "anteckning",
    ];
    RELATIONS = [
        "husband", "wife", "son", "daughter", "mother", "father", "mom", "mum", "dad", "brother", "sister",
        "partner", "colleague", "friend", "manager", "boss", "boyfriend", "girlfriend", "fiancé", "fiance",
        "fiancée", "grandmother", "grandfather", "grandma", "grandpa", "aunt", "uncle", "cousin", "nephew",
        "niece", "neighbour", "neighbor", "landlord", "tenant", "assistant", "spouse", "child", "kid", "baby",
        "coworker", "co-worker", "teammate", "supervisor", "agent", "rep", "representative", "technician",
        "engineer", "driver", "courier", "advisor", "adviser", "consultant", "doctor", "nurse", "lawyer",
        "accountant", "specialist", "colleagues", "mate", "roommate", "flatmate", "housemate", "stepson",
        "stepdaughter", "granddaughter", "grandson", "bf", "gf", "twin", "tech", "installer", "plumber",
        "electrician", "handyman", "carer", "caregiver", "assembler", "cleaner", "locksmith", "mechanic", "gardener",
        "decorator", "surveyor", "rider", "tasker", "coach",
        "ma fille", "mon fils", "ma femme", "mon mari", "meine frau", "mein mann", "meine tochter", "mein sohn",
        "mia figlia", "mio figlio", "mi hija", "mi hijo", "mi esposa", "mi marido", "fille", "fils", "tochter",
        "sohn", "figlia", "figlio", "hija", "hijo", "madre", "padre", "mère", "père", "mutter", "vater", "mamma",
        "papà", "enkel", "enkelin", "bruder", "schwester", "nipote", "fratello", "sorella", "hermano", "hermana",
        "nieto", "nieta", "esposo", "frère", "sœur", "filha", "filho", "marido", "esposa", "irmão", "irmã", "neto",
        "neta", "zoon", "dochter", "mijn zoon", "mijn dochter", "mother-in-law", "father-in-law", "sister-in-law",
        "brother-in-law", "son-in-law", "daughter-in-law", "meinen mann", "meinem mann", "ihr mann", "ihren mann",
        "mijn man", "mijn vrouw", "mijn vriend", "kollege", "kollegin",
        // German and Dutch write these nouns capitalised before the name (`Mieter Yusuf
        // Demir`, `Meine Ehefrau Gisela`).
        "ehefrau", "ehemann", "partnerin", "lebensgefährtin", "lebensgefährte", "mieter", "mieterin", "vermieter",
        "vermieterin", "nachbar", "nachbarin", "freundin", "eigentümer", "eigentümerin", "huurder", "verhuurder",
        "buurman", "buurvrouw", "echtgenote", "echtgenoot", "vriendin", "makler", "maklerin", "notar", "notarin",
        "techniker", "tekniker", "teknikern", "monteur", "collega",
        "collègue", "compañero", "compañera", "portero", "portiere",
        "søn", "sønnen", "datter", "datteren", "sonen", "dottern", "dotter", "sønn", "kone", "hustru",
        "mand", "manden", "mannen", "kona",
    ];
    /// Animals named after them (`my cat Oliver`, `our dog Bella`): pets are no persons.
    PETS = [
        "cat", "cats", "dog", "dogs", "puppy", "pup", "kitten", "kitty", "pet", "horse", "pony", "parrot",
        "rabbit", "bunny", "hamster", "tortoise", "budgie", "gato", "gata", "perro", "perra", "chien", "chienne",
        "chat", "chatte", "hund", "katze", "kater", "cane", "gatto", "gatta", "hond", "kat", "poes", "cachorro",
        "cachorra", "kot", "pies", "katt",
    ];
    AGENCY_VERBS = [
        "spoke", "speak", "talked", "talk", "ask", "asked", "asking", "contact", "contacted", "email", "emailed",
        "call", "called", "ping", "pinged", "tell", "told", "thank", "per", "message", "messaged", "transfer",
        "transferred", "assigned", "escalated", "forward", "forwarded", "helped", "with", "by", "cc'd", "cc", "loop",
        "looped", "meet", "met", "named", "name", "sent", "text", "texted",
    ];
    /// Verbs of contact that introduce a lower-case given name (`spoke to kevin`, `tell
    /// priya`): [`AGENCY_VERBS`] without the prepositions (`per mia madre`, `by`, `with`).
    CONTACT_VERBS = [
        "spoke", "speak", "talked", "talk", "ask", "asked", "asking", "contact", "contacted", "email", "emailed",
        "call", "called", "ping", "pinged", "tell", "told", "thank", "thanked", "message", "messaged", "text",
        "texted", "meet", "met",
    ];
    AFTER_VERBS = [
        "said", "says", "wrote", "writes", "mentioned", "told", "asked", "called", "emailed", "replied",
        "confirmed", "promised", "here", "explained", "has", "had", "was", "will", "would", "could", "did", "can",
        "is", "and", "agreed", "approved", "refused", "tried", "sent", "checked", "needs", "wants", "says",
        "thinks", "helped", "from", "at", "(agent)", "(customer)",
    ];
    /// Establishments whose name follows them (`Hotel Santa Croce`, `Autohaus Krämer`).
    ESTABLISHMENTS = [
        "hotel", "hôtel", "hostal", "motel", "hospital", "hôpital", "ospedale", "clinic", "clínica", "clinica",
        "klinik", "klinikum", "pharmacy", "farmacia", "apotheke", "pharmacie", "autohaus", "garage", "werkstatt",
        "restaurant", "ristorante", "restaurante", "bank", "banco", "banca", "banque", "university", "universidad",
        "università", "université", "universität", "college", "school", "escuela", "colegio", "museum", "museo",
        "musée", "church", "iglesia", "chiesa", "église", "kirche", "agenzia", "agencia", "agence", "agentur",
        "inmobiliaria", "immobilien", "service", "servicio", "kundenservice", "suporte", "supporto", "soporte",
        "atendimento", "assistenza", "atención",
        // Salons and spas are named like people (`Spa Alma Lusa`, `Studio Bella Cabelos`).
        "spa", "salon", "salón", "salão", "studio", "estúdio", "estudio",
        // German firms named by their trade and owner (`Steuerbüro Hagedorn`, `Kanzlei Roth`).
        "steuerbüro", "steuerberatung", "kanzlei", "steuerkanzlei", "praxis", "büro", "ingenieurbüro",
        "bäckerei", "metzgerei", "schreinerei", "tischlerei", "malerbetrieb", "zahnarztpraxis",
        // Places to eat and stay, named by their kind and a name (`Chez Marcel`, `Casa
        // Lucía`, `Agriturismo Poggio alle Ginestre`, `Ryokan Hanamizuki`).
        "chez", "maison", "casa", "villa", "trattoria", "osteria", "taverna", "pizzeria", "agriturismo",
        "albergo", "pensione", "locanda", "masseria", "pousada", "posada", "auberge", "brasserie", "bistro",
        "bistrot", "gasthof", "gasthaus", "ryokan", "servizio", "thermes", "landgoed",
    ];
    /// Words after a capitalised word that make it part of a place's or organisation's
    /// name, not a person's (`Acme Labs`, `Riverside Park`); with [`ORG_ENDINGS`].
    ORG_WORDS = [
        "corporation", "ag", "co", "company", "group", "college", "school", "air", "hotels", "labs", "technologies",
        "systems", "solutions", "services", "support", "team", "store", "shop", "center", "centre", "sa", "srl", "bv",
        "nv", "pty", "limited", "associates", "partners", "international", "enterprises", "industries", "media",
        "studios", "records", "publishing", "press", "network", "cloud", "app", "pro", "plus", "premium", "edition",
        "series", "express", "financial", "capital", "logistics", "energy", "telecom", "mobile", "airport", "station",
        "park", "mall", "market", "supermarket", "restaurant", "cafe", "café", "bakery", "gym", "fitness", "academy",
        "institute", "museum", "library", "church", "street", "avenue", "road", "lane", "drive", "boulevard", "way",
        "square", "bridge", "county", "city", "state", "province", "river", "lake", "mountain", "island", "beach",
        "valley",
    ];
    /// Words that end only organisations' names (`Chase Bank`, `Mercy Hospital`, `Orion
    /// Freight`); like [`ORG_WORDS`] after a name. Kept apart because `ORG_WORDS` also holds
    /// words that end real names (`park`, `team`, `group`: `Elaine Park`).
    ORG_ENDINGS = [
        "bank", "inc", "ltd", "llc", "corp", "gmbh", "plc", "university", "hospital", "airlines", "airways",
        "insurance", "foundation", "pharmacy", "clinic", "hotel", "motors", "holdings", "freight", "joinery",
        "sweets", "roasters", "builders", "plumbing", "roofing", "consulting", "construction", "constructions",
        "trading", "imports", "foods", "supplies", "dental", "home", "mail", "express", "logistics", "llp", "pty",
        "srl", "bv", "accountants", "solicitors", "partners", "associates", "restoration", "assurance", "ticketing",
        "tours", "travel", "crafts", "landscaping", "landscapes", "assicurazioni", "versicherung",
        "seguros", "dac", "sas", "sarl", "electrical", "heating", "locksmiths", "cleaning", "removals",
        "appliances", "services", "suites", "resort", "inn", "telecom", "télécom", "telekom", "reisen",
        // Public bodies (`Leeds City Council`, `Transport Authority`).
        "council", "authority", "municipality", "ministry", "agency", "commission",
    ];
    DETERMINERS = [
        "the", "a", "an", "our", "your", "their", "this", "that", "these", "those", "its", "every", "any", "some",
        "no",
    ];
    PARTICLES = [
        "van", "de", "der", "den", "von", "da", "di", "del", "della", "dos", "das", "do", "du", "le", "la", "bin",
        "binti", "ibn", "al", "el", "ben", "ter", "ten", "zu", "af", "y", "mac", "st", "los", "las", "ní", "nic",
        "ó", "thị", "văn",
    ];
    MONTHS_AND_DAYS = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed",
        "thu", "fri", "sat", "sun",
    ];
    /// Words before an NRP term that make it describe a person.
    NRP_BEFORE = [
        "i'm", "im", "i am", "as a", "as an", "he's", "she's", "he is", "she is", "we're", "we are", "they're",
        "they are", "is", "are", "being", "was", "were", "my", "our", "a", "an", "born", "practising",
        "practicing", "devout", "proud", "fellow", "identify as", "registered", "lifelong", "raised", "both",
        "half", "am", "vote", "voted", "voting", "always vote",
        "est", "suis", "sono", "è", "soy", "es", "bin", "ist", "sou", "ben",
    ];
    /// Words after an NRP term that make it describe a person.
    NRP_AFTER = [
        "citizen", "citizens", "citizenship", "national", "nationals", "passport", "descent", "origin", "heritage", "background",
        "family", "roots", "woman", "man", "guy", "lady", "girl", "boy", "immigrant", "expat", "resident", "voter",
        "voters", "party", "member", "community", "faith", "household", "husband", "wife", "parents", "mother",
        "father", "grandmother", "grandfather", "ancestry", "customer", "person", "people", "kid", "kids",
        "friend", "and", "so", "too", "myself", "here", "student", "students", "couple", "worker", "workers",
        "nurse", "doctor", "neighbour", "neighbor", "tourist", "tourists", "visitor", "partner", "son", "daughter",
        "boyfriend", "girlfriend", "men", "women", "origins", "ancestors", "born", "native", "by birth", "elder",
        "elders", "minister", "priest", "pastor", "convert", "pensioner", "retiree", "veteran", "lad", "gentleman",
    ];
    /// Words around a nationality adjective that make it a language or a thing, not a person.
    NRP_NOT_PERSON_BEFORE = [
        "speak", "speaks", "speaking", "in", "learn", "learning", "translate", "translated", "into", "the",
        "hablo", "habla", "hablas", "hablamos", "hablan", "en", "parlo", "parla", "parli", "parle", "parles",
        "parlez", "parlons", "spreche", "sprichst", "spricht", "sprechen", "auf", "falo", "fala", "falam", "em",
        "spreek", "spreekt",
    ];
    AGE_BEFORE = [
        "aged", "age", "ages", "age:", "turned", "turning", "turns", "turn", "at the age of", "age of",
        // A form's `Age` field in other languages.
        "âge", "edad", "idade", "età", "leeftijd", "ålder", "wiek",
    ];
    /// Subjects whose `is` / `am` before a number states an age (`he is 81`, `cx is 45`).
    AGE_SUBJECTS = [
        "i", "he", "she", "who", "cx", "customer", "caller", "patient", "client", "pt", "applicant", "member",
        "policyholder", "resident", "tenant", "passenger", "student", "pupil", "insured", "driver", "claimant",
        "victim", "employee", "volunteer", "donor", "kids", "children", "sons", "daughters", "twins", "grandkids",
        "grandchildren", "ze", "zij", "hij", "eldest", "oldest", "youngest", "lad", "boy", "girl", "toddler",
    ];
    AGE_BEFORE_WEAK = [
        "i'm", "im", "i am", "he's", "she's", "he is", "she is", "they're", "is", "am", "was", "who's", "who is", "are",
        "ich bin", "bin", "je suis", "tengo", "ho", "ik ben", "tenho", "she is", "he is", "shes", "hes", "turns",
        "you're", "youre", "you are", "jeg er", "jag är", "looked", "tem", "tiene", "we're", "we are",
        "hun er", "han er", "hon är", "han är", "hän on", "olen",
    ];
    AGE_UNITS_NOT = [
        "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "days", "day", "weeks", "week", "months",
        "month", "percent", "dollars", "euros", "pounds", "miles", "km", "kg", "lbs", "feet", "ft", "inches", "cm",
        "times", "points", "items", "orders", "people", "of", "in", "on", "out", "x", "pm", "am", "seconds", "sec",
        "steps", "away", "late", "short", "behind", "over", "under", "off", "tickets", "units", "pieces", "boxes",
        "degrees",
    ];
    /// Words before a number of years that make it a duration, not an age (`hace 3 años`,
    /// `depuis 3 ans`, `seit 5 Jahre`, `da 3 anni`, `al 4 jaar`).
    DURATION_BEFORE = [
        "hace", "desde", "durante", "por", "cada", "unos", "unas", "más de", "menos de", "en", "depuis", "pendant",
        "dans", "il y a", "tous les", "plus de", "moins de", "seit", "vor", "für", "nach", "alle", "über", "bei", "in", "da",
        "per", "tra", "fra", "ogni", "sinds", "voor", "over", "na", "al", "for", "since", "há", "faz", "i", "för",
        "om", "od", "przez", "po",
    ];

    // ---- phone
    PHONE_WORDS = [
        "phone", "tel", "telephone", "mobile", "cell", "cellphone", "call", "called", "calling", "ring", "text", "sms",
        "whatsapp", "fax", "contact", "reach", "dial", "landline", "mob", "ph", "handy", "telefon", "téléphone",
        "portable", "teléfono", "móvil", "telefono", "cellulare", "hotline", "voicemail", "callback",
        "my number", "mon numéro", "mi número", "meine nummer", "il mio numero", "direct line", "telefónico",
        "telefone", "telemóvel", "telemovel", "celular", "contacto", "contatto", "recapito", "nummer", "mobiel",
        "mobil", "gsm", "telefoonnummer", "telefonnummer", "handynummer", "rufnummer", "ligne", "línea", "linea",
        // Nordic, Baltic, Turkish and Greek labels (`Tlf.`, `Mobiilinumber:`, `Κινητό`); not
        // Turkish `cep` alone, which is also Brazil's postcode.
        "tlf", "mobilnummer", "mobiltelefon", "puhelin", "puh", "puhelinnumero", "matkapuhelin", "telefoninumber",
        "mobiilinumber", "mobiil", "tālrunis", "tālr", "telefonas", "mob tel", "sími", "farsími", "símanúmer",
        "telefonnummeret", "telefonnumret", "mobilnummeret", "mobilnumret", "nummeret", "numret",
        "cep telefonu", "cep tel", "telefonu", "κινητό", "κινητο", "τηλέφωνο", "τηλ", "σταθερό", "kinito",
    ];
    /// English number words a date or a time is read out with (see [`crate::spoken`]).
    NUMBER_WORDS = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "first", "second", "third", "fourth", "fifth",
        "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
        "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
        "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
        "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirty-first", "quarter",
    ];
    /// Digits read out as words (see [`crate::spoken`]), and `double`/`triple` before one.
    DIGIT_WORDS = [
        "zero", "oh", "o", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "double", "triple",
        "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
        "zéro", "un", "une", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf",
        "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
        "um", "dois", "três", "quatro", "sete", "oito",
        "nul", "een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
        "null", "eins", "zwei", "zwo", "drei", "fünf", "sechs", "sieben", "neun",
        // Swedish, Danish and Norwegian digits that are no word of another language (not
        // `to`, `en`, `fire`, `ni`, `sex`), and Finnish ones, spoken forms too (`kaks`).
        "noll", "ett", "två", "fyra", "fem", "seks", "sju", "syv", "åtta", "åtte", "otte", "nio",
        "nolla", "yksi", "yks", "kaksi", "kaks", "kolme", "neljä", "viisi", "viis", "kuusi", "kuus", "seitsemän",
        "seittemän", "kahdeksan", "kaheksan", "yhdeksän", "yheksän",
    ];
    /// Danish and Norwegian digits that are other languages' words as well (`to`, `en`,
    /// `fire`, `ni`): digits only in a text that reads out one of [`NORDIC_OWN_DIGITS`].
    NORDIC_SHARED_DIGITS = ["en", "et", "to", "fire", "ni"];
    /// Digits only Danish, Norwegian and Swedish read out so.
    NORDIC_OWN_DIGITS = ["fem", "seks", "sju", "syv", "åtte", "otte"];
    /// Hotwords of identifiers that share phone-number shapes.
    OTHER_ID_WORDS = [
        "nhs", "ssn", "sin", "tfn", "abn", "aadhaar", "aadhar", "passport", "account", "acct", "routing", "iban",
        "card", "amex", "mastercard", "tax", "steuer", "idnr", "insurance", "nino", "nir", "licence", "license", "member", "membership",
        "policy", "customer", "client", "patient", "id", "pan", "uid", "adhérent", "adherent",
        // Companies' tax and trade numbers (`P.IVA 07214830962`, `EIN 84-2917365`, `IEC …`).
        "iva", "ein", "iec", "hts", "vat", "eori", "siret", "siren", "duns",
        // National identity and tax numbers of the Nordic and Baltic countries, Turkey,
        // Greece and Israel (`personnummer 891204-3315`, `CPR 230488-1427`, `VKN 7310558824`).
        "personnummer", "personnumret", "personnummeret", "fødselsnummer", "fodselsnummer", "cpr", "cpr-nr",
        "kennitala", "henkilötunnus", "hetu", "isikukood", "personas kods", "asmens kodas", "kimlik", "tckn",
        "vkn", "vergi", "afm", "αφμ", "amka", "osek", "עוסק", "kt", "policenummer", "policenr", "org.nr", "orgnr",
        "org nr", "organisationsnummer", "cvr", "pbs-nr", "national no", "national number",
        // A US health care provider's number (`NPI 1457392018`).
        "npi",
        // A Canadian business's numbers (`Business number is 741852963 RC0001`, `NEQ 1174829301`).
        "business number", "bn", "neq",
        // Polish, Czech and Slovak companies' tax and register numbers (`REGON 012345678`;
        // not `NIP`, which is also Mexico's word for a PIN).
        "regon", "krs", "ičo", "ico", "dič", "dic",
    ];
    /// A customer number's label in the languages support text comes in: right before a
    /// number it names that number, which is then no phone (`klantnummer 30092841`).
    CUSTOMER_NUMBER_LABELS = [
        "klantnummer", "kundennummer", "kundennr", "codice cliente", "numero cliente", "número de cliente",
        "numéro client", "numéro de client", "customer number", "customer no", "seller", "seller id", "merchant id",
        "mid", "zákaznické číslo", "zákaznícke číslo", "numer klienta", "ügyfélszám", "cod client",
    ];

    // ---- secrets
    PASSWORD_WORDS = [
        "password", "passwd", "pwd", "pw", "pass", "passcode", "passphrase", "pin", "passwort", "kennwort",
        "contraseña", "contrasena", "mdp", "wachtwoord", "senha", "clave",
        "mot de passe", "senha", "wachtwoord", "parola d'ordine", "password123",
        // Typed in a hurry.
        "pasword", "passwrd", "passowrd", "pword",
        // The word a school or a bank agrees with a family for collection or calls.
        "code word", "codeword", "safe word", "safeword", "secret word",
        // Polish, Czech, Slovak, Hungarian and Slovenian.
        "hasło", "haslo", "heslo", "jelszó", "jelszo", "geslo",
        // The PINs of mobile wallets and phone banking (`MPIN`, `TPIN`).
        "mpin", "tpin",
        // Nordic, Baltic, Turkish and Greek (`lösenordet är …`, `parool oli …`, `şifrem …`).
        "lösenord", "lösenordet", "passord", "passordet", "adgangskode", "adgangskoden", "kodeord", "kodeordet",
        "salasana", "salasanani", "salasanan", "parool", "parooli", "slaptažodis", "lykilorð", "şifre", "şifrem",
        "şifremi", "şifreniz", "κωδικός", "kodikos",
    ];
    /// Words for a login's user name and password given together (`his xero login,
    /// shane@example.com / Spanner#4217`).
    LOGIN_WORDS = [
        "login", "logins", "log-in", "login details", "credentials", "creds", "sign-in details", "log in details",
        "zugangsdaten", "identifiants", "credenciales",
    ];
    /// Commands and settings that take a password (`mysql -pX`, `requirepass X`), and
    /// the option names' words: without one of them, or a [`PASSWORD_WORDS`] entry, no text
    /// hands a password to a command.
    COMMAND_PASSWORD_WORDS = [
        "mysql", "mariadb", "redis-cli", "sshpass", "requirepass", "pgpassword", "db-password", "db-pass",
    ];
    CODE_WORDS = [
        "code", "otp", "2fa", "mfa", "tan", "verification", "one-time", "passcode", "token",
        "bestätigungscode", "verifizierungscode", "sicherheitscode", "código", "codigo", "codice", "verificación", "verifica",
        "vérification", "codes", "2fa", "sms", "totp", "authenticator", "verificatiecode", "inlogcode",
        "beveiligingscode", "kod", "koden", "koder", "kode", "kodu", "engångskod", "reservkod", "reservkoder",
        "verifieringskod", "säkerhetskod", "engangskode", "bekræftelseskode", "sikkerhedskode",
        "cod", "codul", "verificare", "doğrulama", "verifikasi",
    ];
    /// Words before "code" that make it something other than a one-time code.
    OTHER_CODES = [
        "zip", "postal", "post", "area", "promo", "promotional", "reason", "discount", "error", "status", "country", "dial",
        "dialing", "short", "source", "tracking", "product", "order", "reference", "booking", "confirmation", "voucher",
        "gift", "coupon", "qr", "bar", "sort", "swift", "bic", "iban", "security", "cvv", "card", "tax", "zone",
        "time", "response", "exit", "return", "dress", "morse", "region", "branch", "bank", "airport", "iata",
        "hs", "customs", "referral", "access", "activation", "license", "licence", "invite", "invitation", "share",
        "sharing", "offer",
        // Codes of doors, devices and accounts, not one-time codes (`gate code 4321`).
        "gate", "door", "entry", "building", "lock", "locker", "alarm", "garage", "buzzer", "intercom", "keypad",
        "wifi", "customer", "client", "member", "employee", "course", "class", "fault", "diagnostic", "trouble",
        "item", "style", "shipping", "event", "parking", "pin",
    ];
    KEY_WORDS = [
        "key", "apikey", "api_key", "token", "secret", "bearer", "x-api-key", "access_token", "auth",
        "authorization",
    ];

    /// Roles that name the speaker beside them (`Support (Devon):`, `Atendente Rafael:`),
    /// though after their own colon the next word is what the speaker says
    /// (`Atendente: Combinado`): not [`LABELS`].
    SPEAKER_ROLES = [
        "support", "advisor", "adviser", "associate", "specialist", "moderator", "atendente", "agente", "operatore",
        "temsilci", "dispo", "disponent", "disponentin", "polier",
        "operador", "opérateur", "conseiller", "conseillère", "medewerker", "konsultant", "berater", "beraterin",
        "mitarbeiter", "mitarbeiterin", "assistente", "assistent", "assistentin", "asesor", "asesora", "beller",
        "konsultantka", "agentin", "consulente", "sachbearbeiter", "sachbearbeiterin", "service", "kundenservice",
        "kundendienst", "klantenservice",
    ];
    /// Introductions strong enough for a lower-case name after them.
    STRONG_INTRODUCTIONS = [
        "my name is", "name is", "this is", "my name's", "name's", "call me", "i am", "i'm", "im", "me llamo", "mi chiamo",
        "je m'appelle", "ich bin",
        "its", "it's", "sono", "soy", "hier", "c", "c'est", "aqui", "aquí", "here", "this is", "name", "my name",
        // (No entry may end in a word as common as `to` or `a`: every lower-case word after
        // one would pass the name rules' first gate.)
        "naam", "mi chiamo", "me chamo", "sou", "je suis", "ik ben", "le atiende", "te atiende",
        // Answering the phone: `you're speaking with kayla`, `hier ist brigitte`, `sie sprechen
        // mit jonas`, `mówi karolina`, and introductions in Polish and Czech.
        "speaking with", "hier ist", "hier spricht", "sprechen mit", "nazywam się", "mam na imię", "mówi",
        "jmenuji se", "u telefonu",
    ];
    /// Form labels strong enough for a lower-case name after them.
    NAME_LABELS = [
        "name", "full name", "customer", "from", "signed", "first name", "last name", "applicant", "tenant",
        "guarantor", "cosigner", "co-signer", "occupant", "lead tenant", "account holder", "cardholder", "guest",
        "passenger", "passageiro", "pasajero", "passeggero", "member", "patient",
    ];
    /// Words of a question for someone's name (`What name is the booking under?`, `Mag ik je
    /// naam?`, `nome completo?`): the reply on the next line starts with the name.
    NAME_QUESTIONS = ["name", "naam", "nome", "nombre", "nom", "cognome", "apellido", "surname"];

    /// Words that are never part of a name, whatever their case or position: pronouns,
    /// auxiliaries, contractions, function words, interjections and role labels in the
    /// languages support traffic arrives in. (Many are also rare surnames in the Census
    /// list: "My", "Can", "So".)
    NOT_NAME = [
        "mvh", "mfg", "lg", "vg", "hilsen", "groetjes", "pozdrawiam",
        // Pacific and Gulf greetings that the name lists hold as names (`Bula Hamish!`).
        "bula", "talofa", "vinaka", "habibi",
        // Function words of other languages that start sentences, currency codes, and a
        // clinician's credentials after the name (`Amos Tran PA-C`).
        "che", "ora", "geen", "fala", "eth", "btc", "usdt", "usdc", "pa-c", "aprn", "lpn", "dds", "pharmd",
        "bienvenue", "bienvenido", "bienvenida", "benvenuto", "willkommen",
        // Thai polite particles and Turkish forms of address written after the name
        // (`thank you krub`, `Elif Hanım`, `Ahmet Bey`); a laugh. (Not `ka`: `Chan Ka Wai`.)
        "krub", "khrap", "hanım", "hanim", "bey", "ha", "haha", "reactie",
        // French `born`, a form's label (`Né le : 6 avril 1979`) and before a maiden name.
        "né", "née",
        // The parts of a law or a contract before their number (`UNDER SECTION 268`).
        "section", "clause", "chapter", "paragraph",
        "i", "i'm", "i've", "i'll", "i'd", "im", "ive", "ill", "me", "my", "mine", "myself", "you", "you're", "you've",
        "you'll", "your", "yours", "he", "he's", "him", "his", "she", "she's", "her", "hers", "it", "it's", "its",
        "we", "we're", "we've", "our", "ours", "they", "they're", "their", "them", "this", "that", "these", "those",
        "a", "an", "the", "and", "or", "but", "so", "if", "then", "than", "as", "at", "by", "for", "from", "in",
        "into", "of", "on", "onto", "to", "with", "without", "about", "after", "before", "per", "via", "is", "am",
        "are", "was", "were", "be", "been", "being", "do", "does", "did", "done", "don't", "doesn't", "didn't",
        "can", "can't", "cannot", "could", "couldn't", "won't", "would", "wouldn't", "shall", "should",
        "shouldn't", "might", "must", "have", "has", "had", "haven't", "hasn't", "not", "no", "yes", "yeah",
        "yep", "yup", "nope", "ok", "okay", "oh", "ah", "hmm", "um", "uh", "hi", "hello", "hey", "dear", "thanks",
        "helo", "heloo", "thx", "thnx", "thanx", "tnx", "billing", "sales", "co-signer", "cosigner", "guarantor",
        "co-applicant",
        "thank", "please", "pls", "plz", "sorry", "right", "sure", "well", "just", "also", "still", "now", "here",
        "there", "what", "when", "where", "who", "why", "how", "which", "all", "any", "some", "every", "each",
        "both", "either", "neither", "other", "another", "more", "most", "much", "many", "very", "too", "again",
        "perfect", "great", "done", "cool", "nice", "good", "fine", "lol", "omg", "btw", "fyi", "asap", "re", "fw",
        "fwd", "subject", "date", "sent", "cc", "bcc", "attn", "ich", "du", "er", "sie", "es", "wir", "ihr", "mein",
        "ihnen", "ihre", "ihren", "ihrem", "ihrer", "uns", "euch", "dich", "dir", "mich", "mir",
        "meine", "dein", "ist", "bin", "sind", "war", "und", "oder", "aber", "nicht", "kein", "keine", "ja", "nein",
        "danke", "bitte", "hallo", "guten", "tag", "der", "die", "das", "den", "dem", "ein", "eine", "mit", "für",
        "von", "zu", "auf", "je", "tu", "il", "elle", "nous", "vous", "ils", "elles", "mon", "mes", "ton",
        "ta", "sa", "ses", "est", "suis", "sont", "et", "ou", "mais", "pas", "oui", "non", "merci", "bonjour", "bonsoir", "damen", "herren", "vou", "vamos", "posso", "estou", "tudo", "gostaria", "comprei",
        "gentile", "gentili", "anreise", "abreise", "goedemorgen", "goedemiddag", "goedenavond", "buongiorno", "buonasera",
        "servus", "moin", "hoi", "coucou", "namaste", "howzit", "sawubona", "beste", "prezado", "prezada",
        // Romanised Hindi of Hinglish chats that no function-word list has (`main sunita
        // deshpande bol rahi hoon`).
        "bol", "rahi", "raha", "rahe", "hoon", "aur", "baat", "unki", "unka", "humne", "maine", "nahi", "nahin",
        "haan", "bataiye", "bhai", "bhaiya", "didi", "sahab", "saab",
        "estimado", "estimada", "querido", "querida",
        "bonsoir", "salut", "le", "la", "les", "un", "une", "des", "du", "de", "pour", "avec", "dans", "sur", "voici",
        "voilà", "yo", "tú", "él", "nosotros", "mi", "mis", "tu", "es", "soy", "estoy", "y", "vivo", "tengo",
        "quiero", "necesito", "vorrei", "tenho", "preciso", "quero",
        "o", "pero", "sí", "si", "gracias", "hola", "buenos", "el", "los", "las", "una", "con", "por", "para",
        "io", "lui", "lei", "noi", "voi", "loro", "è", "sono", "ciao", "grazie", "buongiorno", "il", "lo", "gli",
        "della", "ik", "jij", "hij", "zij", "wij", "mijn", "is", "en", "niet", "ja", "dank", "hoi", "het",
        "een", "eu", "você", "ele", "ela", "meu", "minha", "sou", "obrigado", "obrigada", "olá", "os", "uma", "com",
        "customer", "client", "agent", "caller", "rep", "operator", "support", "system", "bot", "user", "admin",
        "medewerker", "konsultant", "dia", "ponto", "morada", "raum", "konsultantka", "morning", "evening", "afternoon",
        "g'day", "gday",
        "kunde", "kundin", "cliente", "klant", "agente", "agentin", "utente", "usuario", "usuário", "técnico", "techniker",
        "operatore", "operatrice", "operador", "operadora", "opérateur", "opératrice", "atendente", "conseiller",
        "conseillère", "berater", "beraterin", "mitarbeiter", "mitarbeiterin", "reclamante", "subentrante",
        "betreff", "oggetto", "asunto", "objet", "anliegen", "nome", "nombre", "kimden", "kime", "konu", "tarih",
        "cognome", "apellido", "name", "telefon", "telefono", "teléfono", "telefone", "telefoon", "cellulare",
        "handy", "mobile", "email", "e-mail", "adresse", "address", "indirizzo", "dirección", "endereço", "wohnort",
        "geburtsdatum", "staatsangehörigkeit", "vivienda", "domicilio", "pedido", "atendimento", "kundennummer",
        "steuerklasse", "merci", "voici", "para", "ok", "aadhaar", "pan", "nino", "nie", "nif", "tin", "ssn", "sin",
        "tfn", "abn", "nhs", "dob",
        "otp", "pin", "iban", "bic", "swift", "vat", "gst", "kyc", "faq", "url", "api", "sdk", "id", "ids",
        // Replies and first-person verbs that open a turn in other languages (`Agent: Erledigt.`,
        // `Necesito factura…`, `Graag het bedrag…`), and greetings' companions (`hallo hier anja`,
        // `grazie mille`, `namaste, mera aadhaar`).
        "erledigt", "genau", "prima", "klar", "gerne", "gern", "natürlich", "selbstverständlich", "leider", "hier",
        "parfait", "d'accord", "c'est", "fait", "entendu", "désolé", "désolée", "volontiers", "perfecto", "claro",
        "vale", "listo", "hecho", "entendido", "necesito", "quiero", "tengo", "quisiera", "puedo", "bueno", "bien",
        "perfetto", "certo", "fatto", "vorrei", "posso", "ho", "bene", "prego", "certamente", "ecco", "mille",
        "graag", "bedankt", "dankjewel", "dankuwel", "natuurlijk", "klopt", "helaas", "perfeito", "preciso", "quero", "tenho", "namaste",
        "mera", "meri", "mere", "mujhe", "hai", "hain", "aap", "aapka",
        // Co-workers and replies in other languages, before a name (`Ihr Kollege Marek`,
        // `Teknikern Mikael Lindqvist`, `Assistente Rui:`, `Antwort Aylin Demir`).
        "kollege", "kollegin", "kollegen", "technikerin", "tekniker", "teknikern", "assistente", "assistentin",
        "monteur", "monteurin", "collega", "collègue", "compañero", "compañera", "portero", "portiere", "och",
        "asesor", "asesora", "beller", "soutien", "assistenza", "salaam", "salam", "antwort", "respuesta", "réponse",
        "risposta", "resposta", "antwoord", "svar",
    ];

    /// Words that announce a date or a time (`on 3/12`, `at noon`, `until 21/03`).
    DATE_CUES = [
        "on", "by", "until", "till", "til", "through", "thru", "before", "after", "from", "since", "due", "dated",
        "note", "at", "date",
        "around", "between", "am", "vom", "bis", "le", "el", "il", "op", "des", "ab", "seit", "dès", "depuis",
        "hasta", "desde", "entro", "dal", "tot", "vanaf", "expires", "expired", "expiry", "delivered", "shipped",
        "scheduled", "booked", "appointment", "deadline", "dia", "día", "al", "zum", "del", "du", "au", "em",
        // What starts, ends or arrives on a day (`coverage starts 7/1`, `rcvd 10/01`, `retro to 9/1`).
        "start", "starts", "started", "starting", "effective", "eff", "received", "rcvd", "completed", "ending",
        "ended", "retro", "renewed", "renews", "cancelled", "canceled", "terminated", "admitted", "discharged",
    ];
    /// Hotwords that mean a one-time code even several tokens away (not `code` alone).
    /// Words after which a number is the value stated (`got 7731`, `Der erste war 190733`).
    CODE_VALUE_WORDS = [
        "got", "typed", "entered", "tried", "says", "said", "is", "was", "it's", "its", "one", "war", "ist",
        "confirmed", "gave", "read",
        // A code received, in the languages support text comes in (`recebi 33 81 27`).
        "received", "recebi", "reçu", "recibí", "recibi", "ricevuto",
        "lautet", "es", "era", "otro", "est", "c'est", "était", "è", "é",
    ];
    STRONG_CODE_WORDS = [
        "otp", "2fa", "mfa", "verification code", "one-time", "one time code", "passcode", "security code",
        "login code", "sms code", "backup code", "authentication code", "auth code", "bestätigungscode",
        "verifizierungscode", "code de vérification", "código de verificación", "codice di verifica", "verificatiecode",
        "verification", "texted", "sms", "digit code", "six-digit code", "four-digit code", "eight-digit code",
        // A code that was sent: `the code we sent you?` … `Customer: 187120`.
        "code we sent", "code we just sent", "code we texted", "code we emailed", "sent you a code", "sent a code",
        "code you received", "code i received", "code i got", "code you got", "sign-in code", "sign in code",
        "number we sent", "number we just sent", "number we texted", "number we just texted",
        "one-time pin", "one time pin", "one-time password", "one time password", "digits we sent",
        "digits we just sent", "code that was sent", "code that we sent", "code sent to", "backup codes",
        "recovery code", "recovery codes", "engångskod", "reservkod", "reservkoder", "verifieringskod",
        "engangskode", "kod weryfikacyjny",
        // Romanian, Turkish, Indonesian (`Codul tau de verificare este 882731`).
        "cod de verificare", "codul de verificare", "codul tau de verificare", "doğrulama kodu", "kode verifikasi",
        "kode otp",
    ];
    /// Form labels whose value is a nationality, religion or ethnicity.
    NRP_LABELS = [
        "nationality", "nationalities", "citizenship", "staatsangehörigkeit", "nationalität", "nationalité",
        "nacionalidad", "nazionalità", "nationaliteit", "nacionalidade", "religion", "religión", "religione",
        "religião", "konfession", "confession", "ethnicity", "ethnic origin", "faith", "denomination",
        "cittadino", "cittadina", "cittadini", "cittadine", "cittadinanza",
    ];
    /// Licences that are not driving licences (`contractor license #`, `software license`).
    OTHER_LICENSES = [
        "business", "contractor", "contractors", "software", "product", "liquor", "medical", "nursing",
        "professional", "marriage", "fishing", "hunting", "pilot", "pilot's", "firearm", "firearms", "gun", "dog",
        "pet", "music", "trade", "vendor", "seller's", "resale", "wholesale", "broker", "broker's", "real estate",
        "pharmacy", "teaching", "operating", "enterprise", "volume", "site", "server", "seat", "user", "app",
        "commercial use", "radio", "amateur", "ham", "food", "alcohol", "tv", "television",
    ];
    /// Vehicle identifiers that look like licence numbers.
    VEHICLE_WORDS = ["vin", "plate", "registration", "reg", "chassis", "kennzeichen"];
    /// UK bank details: an account number next to these is not a US one.
    SORT_CODE_WORDS = ["sort code", "sort", "bsb", "transit number", "ifsc"];
    /// Nouns after a city that make it a place of business (`our Reno warehouse`).
    FACILITY_WORDS = [
        "office", "warehouse", "branch", "store", "shop", "hub", "depot", "site", "location", "facility", "team",
        "centre", "center", "plant", "factory", "clinic", "hospital", "airport", "station", "campus", "showroom",
        "outlet", "studio", "lab", "headquarters", "hq", "fulfilment", "fulfillment", "distribution",
    ];
    /// Words in a building's name (`Sai Krupa Apartments`, `Kingsley Court`, `The Old Rectory`).
    BUILDING_WORDS = [
        "apartments", "apartment", "apts", "court", "house", "tower", "towers", "block", "residency", "residence",
        "residences", "villa", "villas", "rectory", "cottage", "farm", "lodge", "manor", "hall", "mansions",
        "heights", "gardens", "plaza", "complex", "building", "bldg", "centre", "center", "estate", "park", "mews",
        "wharf", "chambers", "enclave", "society", "nagar", "niketan", "bhavan", "sadan", "kunj", "vihar",
        "colony", "layout", "enclave", "breeze", "view", "vista",
    ];
    /// Words that introduce a house number (`No. 14`, `Nr. 3`, `Nº 5`).
    HOUSE_NUMBER_WORDS = ["no", "nr", "nº", "n°", "num", "número", "numero"];

    // ---- national ids (context for each numeric and alphanumeric identifier)
    SSN_WORDS = ["ssn", "s s n", "social security", "social security number", "ss", "social", "ssa", "soc sec"];
    ITIN_WORDS = ["itin", "taxpayer", "tax id", "taxpayer identification", "individual taxpayer", "tin"];
    NHS_WORDS = ["nhs", "nhs number", "nhs no", "health service", "patient", "gp", "hospital", "chi"];
    SIN_WORDS = [
        "sin", "social insurance", "social insurance number", "nas", "insurance number", "assurance sociale",
        "canada", "canadian",
    ];
    TFN_WORDS = ["tfn", "t f n", "tax file", "tax file number", "ato"];
    ABN_WORDS = ["abn", "a b n", "australian business number", "business number", "acn"];
    AADHAAR_WORDS = ["aadhaar", "aadhar", "adhaar", "uid", "uidai", "enrolment"];
    DE_TAX_WORDS = [
        "steuer-id", "steuerid", "steuer", "idnr", "steuer-idnr", "identifikationsnummer",
        "steueridentifikationsnummer", "steuer id", "tax id", "tax identification", "steuernummer", "tin", "german tax",
    ];
    NIR_WORDS = [
        "nir", "sécurité sociale", "securite sociale", "sécu", "secu", "insee", "carte vitale", "vitale",
        "social security", "numéro de sécurité sociale",
    ];
    FISCAL_CODE_WORDS = ["codice fiscale", "fiscal code", "cf", "tax code"];
    PAN_WORDS = ["pan", "permanent account", "pan card", "income tax"];
    NIF_WORDS = ["nif", "dni", "cif", "documento"];
    NIE_WORDS = ["nie", "extranjero", "tie"];
    NINO_WORDS = ["nino", "national insurance", "ni number", "ni"];
    CARD_CODE_WORDS = ["code", "security", "cvv", "cvc", "back", "código", "codigo", "codice", "sicherheitscode"];
    POSTCODE_WORDS = ["zip", "postcode", "postal", "plz", "pincode", "cep"];
    BANK_WORDS = ["bank", "transfer", "wire"];
    IP_WORDS = ["ip", "ipv4", "ipv6", "address", "host", "server"];
}

const _: () = assert!(ALL.len() <= 128, "cue ids are bits of a u128");

/// Labels and table headers naming a person's age, in the languages support text comes in.
pub(crate) const AGE_LABELS: &[&str] = &["age", "alter", "edad", "età", "âge", "leeftijd", "idade"];

/// Month names in the languages support traffic arrives in, with their number.
pub(crate) const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("set", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    ("januar", 1),
    ("februar", 2),
    ("märz", 3),
    ("maerz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    // French, German, Dutch and Spanish abbreviations (`1 déc. 2024`, `3 Okt. 2024`, `6 mrt
    // 2024`, `5 ene 2025`).
    ("janv", 1),
    ("févr", 2),
    ("fevr", 2),
    ("avr", 4),
    ("juil", 7),
    ("déc", 12),
    ("mrz", 3),
    ("mrt", 3),
    ("okt", 10),
    ("dez", 12),
    ("ene", 1),
    ("dic", 12),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    // Nordic (the rest are written as in German or Dutch).
    ("marts", 3),
    ("maj", 5),
    ("augusti", 8),
    // Polish, in the genitive a date takes (`7 listopada`).
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("wrzesnia", 9),
    ("października", 10),
    ("pazdziernika", 10),
    ("listopada", 11),
    ("grudnia", 12),
    // Indonesian (the rest are written as in Dutch or English: `6 Maret 2024`, `17 Agustus`).
    ("maret", 3),
    ("agustus", 8),
    ("desember", 12),
    // Turkish (`5 Mart 2024`, `21 Mart`).
    ("ocak", 1),
    ("şubat", 2),
    ("mart", 3),
    ("nisan", 4),
    ("mayıs", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("ağustos", 8),
    ("eylül", 9),
    ("ekim", 10),
    ("kasım", 11),
    ("aralık", 12),
    // Czech, in the genitive a date takes (`18. března`).
    ("ledna", 1),
    ("února", 2),
    ("března", 3),
    ("dubna", 4),
    ("května", 5),
    ("června", 6),
    ("července", 7),
    ("srpna", 8),
    ("září", 9),
    ("října", 10),
    ("listopadu", 11),
    ("prosince", 12),
    // Romanian (`3 martie 2024`).
    ("ianuarie", 1),
    ("februarie", 2),
    ("martie", 3),
    ("aprilie", 4),
    ("iunie", 6),
    ("iulie", 7),
    ("septembrie", 9),
    ("octombrie", 10),
    ("noiembrie", 11),
    ("decembrie", 12),
    // Finnish, in the partitive a date takes (`5. joulukuuta`), and the month alone.
    ("tammikuuta", 1),
    ("helmikuuta", 2),
    ("maaliskuuta", 3),
    ("huhtikuuta", 4),
    ("toukokuuta", 5),
    ("kesäkuuta", 6),
    ("heinäkuuta", 7),
    ("elokuuta", 8),
    ("syyskuuta", 9),
    ("lokakuuta", 10),
    ("marraskuuta", 11),
    ("joulukuuta", 12),
    ("tammikuu", 1),
    ("helmikuu", 2),
    ("maaliskuu", 3),
    ("huhtikuu", 4),
    ("toukokuu", 5),
    ("kesäkuu", 6),
    ("heinäkuu", 7),
    ("elokuu", 8),
    ("syyskuu", 9),
    ("lokakuu", 10),
    ("marraskuu", 11),
    ("joulukuu", 12),
    // Estonian, alone and in the cases a date takes (`3. detsembril`, `alates 3. detsembrist`).
    ("jaanuar", 1),
    ("veebruar", 2),
    ("märts", 3),
    ("aprill", 4),
    ("juuni", 6),
    ("juuli", 7),
    ("oktoober", 10),
    ("detsember", 12),
    ("jaanuaril", 1),
    ("veebruaril", 2),
    ("märtsil", 3),
    ("aprillil", 4),
    ("juunil", 6),
    ("juulil", 7),
    ("augustil", 8),
    ("septembril", 9),
    ("oktoobril", 10),
    ("novembril", 11),
    ("detsembril", 12),
    ("jaanuarist", 1),
    ("veebruarist", 2),
    ("märtsist", 3),
    ("aprillist", 4),
    ("juunist", 6),
    ("juulist", 7),
    ("augustist", 8),
    ("septembrist", 9),
    ("oktoobrist", 10),
    ("novembrist", 11),
    ("detsembrist", 12),
    // Latvian, alone and in the locative a date takes (`1. oktobrī`).
    ("janvāris", 1),
    ("februāris", 2),
    ("aprīlis", 4),
    ("maijs", 5),
    ("jūnijs", 6),
    ("jūlijs", 7),
    ("augusts", 8),
    ("septembris", 9),
    ("oktobris", 10),
    ("novembris", 11),
    ("decembris", 12),
    ("janvārī", 1),
    ("februārī", 2),
    ("martā", 3),
    ("aprīlī", 4),
    ("maijā", 5),
    ("jūnijā", 6),
    ("jūlijā", 7),
    ("augustā", 8),
    ("septembrī", 9),
    ("oktobrī", 10),
    ("novembrī", 11),
    ("decembrī", 12),
    // Lithuanian, in the genitive a date takes (`lapkričio 23 d.`).
    ("sausio", 1),
    ("vasario", 2),
    ("kovo", 3),
    ("balandžio", 4),
    ("gegužės", 5),
    ("birželio", 6),
    ("liepos", 7),
    ("rugpjūčio", 8),
    ("rugsėjo", 9),
    ("spalio", 10),
    ("lapkričio", 11),
    ("gruodžio", 12),
    // Greek, in the genitive a date takes (`14 Μαρτίου`), and the month alone.
    ("ιανουαρίου", 1),
    ("φεβρουαρίου", 2),
    ("μαρτίου", 3),
    ("απριλίου", 4),
    ("μαΐου", 5),
    ("ιουνίου", 6),
    ("ιουλίου", 7),
    ("αυγούστου", 8),
    ("σεπτεμβρίου", 9),
    ("οκτωβρίου", 10),
    ("νοεμβρίου", 11),
    ("δεκεμβρίου", 12),
    ("ιανουάριος", 1),
    ("φεβρουάριος", 2),
    ("μάρτιος", 3),
    ("απρίλιος", 4),
    ("μάιος", 5),
    ("ιούνιος", 6),
    ("ιούλιος", 7),
    ("αύγουστος", 8),
    ("σεπτέμβριος", 9),
    ("οκτώβριος", 10),
    ("νοέμβριος", 11),
    ("δεκέμβριος", 12),
    // Icelandic (`1. janúar`).
    ("janúar", 1),
    ("febrúar", 2),
    ("apríl", 4),
    ("maí", 5),
    ("júní", 6),
    ("júlí", 7),
    ("ágúst", 8),
    ("október", 10),
    ("nóvember", 11),
];
