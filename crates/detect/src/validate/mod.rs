//! Checksums and structural validators. Pure functions over compact ASCII input
//! (separators already removed); each returns `true` only for a value that could be real.
