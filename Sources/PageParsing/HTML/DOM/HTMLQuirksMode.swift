/// The document's mode, set from its DOCTYPE (or its absence) by the initial insertion mode.
package enum HTMLQuirksMode: Sendable {
    /// Standards mode.
    case noQuirks
    /// Limited-quirks ("almost standards") mode.
    case limitedQuirks
    /// Quirks mode: for example a `<table>` no longer closes an open `<p>`.
    case quirks
}
