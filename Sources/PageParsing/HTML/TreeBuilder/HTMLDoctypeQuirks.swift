/// The spec's DOCTYPE tables: which public and system identifiers put a document in quirks or
/// limited-quirks mode.
enum HTMLDoctypeQuirks {
    /// The mode a document with `doctype` is in.
    static func mode(of doctype: HTMLDoctypeToken) -> HTMLQuirksMode {
        let publicIdentifier = doctype.publicIdentifier.map(lowercased)
        let systemIdentifier = doctype.systemIdentifier.map(lowercased)
        if doctype.forceQuirks || doctype.name != Array("html".utf8) { return .quirks }
        if let publicIdentifier {
            if quirksPublicIdentifiers.contains(publicIdentifier) { return .quirks }
            if quirksPublicPrefixes.contains(where: { publicIdentifier.starts(with: $0) }) { return .quirks }
            if systemIdentifier == nil, html401Prefixes.contains(where: { publicIdentifier.starts(with: $0) }) {
                return .quirks
            }
        }
        if systemIdentifier == quirksSystemIdentifier { return .quirks }
        if let publicIdentifier {
            if limitedQuirksPrefixes.contains(where: { publicIdentifier.starts(with: $0) }) { return .limitedQuirks }
            if systemIdentifier != nil, html401Prefixes.contains(where: { publicIdentifier.starts(with: $0) }) {
                return .limitedQuirks
            }
        }
        return .noQuirks
    }

    /// `bytes` with ASCII letters lowercased.
    private static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// Lowercased UTF-8 of each string.
    private static func table(_ strings: [String]) -> [[UInt8]] { strings.map { lowercased(Array($0.utf8)) } }

    /// Public identifiers that are quirks exactly.
    private static let quirksPublicIdentifiers = table([
        "-//W3O//DTD W3 HTML Strict 3.0//EN//", "-/W3C/DTD HTML 4.0 Transitional/EN", "HTML",
    ])
    /// The system identifier that is quirks.
    private static let quirksSystemIdentifier = lowercased(
        Array("http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd".utf8))
    /// HTML 4.01 Frameset and Transitional: quirks without a system identifier, else limited quirks.
    private static let html401Prefixes = table([
        "-//W3C//DTD HTML 4.01 Frameset//", "-//W3C//DTD HTML 4.01 Transitional//",
    ])
    /// XHTML 1.0 Frameset and Transitional: limited quirks.
    private static let limitedQuirksPrefixes = table([
        "-//W3C//DTD XHTML 1.0 Frameset//", "-//W3C//DTD XHTML 1.0 Transitional//",
    ])
    /// Public identifier prefixes that are quirks.
    private static let quirksPublicPrefixes = table([
        "+//Silmaril//dtd html Pro v0r11 19970101//", "-//AS//DTD HTML 3.0 asWedit + extensions//",
        "-//AdvaSoft Ltd//DTD HTML 3.0 asWedit + extensions//", "-//IETF//DTD HTML 2.0 Level 1//",
        "-//IETF//DTD HTML 2.0 Level 2//", "-//IETF//DTD HTML 2.0 Strict Level 1//",
        "-//IETF//DTD HTML 2.0 Strict Level 2//", "-//IETF//DTD HTML 2.0 Strict//", "-//IETF//DTD HTML 2.0//",
        "-//IETF//DTD HTML 2.1E//", "-//IETF//DTD HTML 3.0//", "-//IETF//DTD HTML 3.2 Final//",
        "-//IETF//DTD HTML 3.2//", "-//IETF//DTD HTML 3//", "-//IETF//DTD HTML Level 0//",
        "-//IETF//DTD HTML Level 1//", "-//IETF//DTD HTML Level 2//", "-//IETF//DTD HTML Level 3//",
        "-//IETF//DTD HTML Strict Level 0//", "-//IETF//DTD HTML Strict Level 1//",
        "-//IETF//DTD HTML Strict Level 2//", "-//IETF//DTD HTML Strict Level 3//", "-//IETF//DTD HTML Strict//",
        "-//IETF//DTD HTML//", "-//Metrius//DTD Metrius Presentational//",
        "-//Microsoft//DTD Internet Explorer 2.0 HTML Strict//", "-//Microsoft//DTD Internet Explorer 2.0 HTML//",
        "-//Microsoft//DTD Internet Explorer 2.0 Tables//", "-//Microsoft//DTD Internet Explorer 3.0 HTML Strict//",
        "-//Microsoft//DTD Internet Explorer 3.0 HTML//", "-//Microsoft//DTD Internet Explorer 3.0 Tables//",
        "-//Netscape Comm. Corp.//DTD HTML//", "-//Netscape Comm. Corp.//DTD Strict HTML//",
        "-//O'Reilly and Associates//DTD HTML 2.0//", "-//O'Reilly and Associates//DTD HTML Extended 1.0//",
        "-//O'Reilly and Associates//DTD HTML Extended Relaxed 1.0//",
        "-//SQ//DTD HTML 2.0 HoTMetaL + extensions//",
        "-//SoftQuad Software//DTD HoTMetaL PRO 6.0::19990601::extensions to HTML 4.0//",
        "-//SoftQuad//DTD HoTMetaL PRO 4.0::19971010::extensions to HTML 4.0//",
        "-//Spyglass//DTD HTML 2.0 Extended//", "-//Sun Microsystems Corp.//DTD HotJava HTML//",
        "-//Sun Microsystems Corp.//DTD HotJava Strict HTML//", "-//W3C//DTD HTML 3 1995-03-24//",
        "-//W3C//DTD HTML 3.2 Draft//", "-//W3C//DTD HTML 3.2 Final//", "-//W3C//DTD HTML 3.2//",
        "-//W3C//DTD HTML 3.2S Draft//", "-//W3C//DTD HTML 4.0 Frameset//", "-//W3C//DTD HTML 4.0 Transitional//",
        "-//W3C//DTD HTML Experimental 19960712//", "-//W3C//DTD HTML Experimental 970421//",
        "-//W3C//DTD W3 HTML//", "-//W3O//DTD W3 HTML 3.0//", "-//WebTechs//DTD Mozilla HTML 2.0//",
        "-//WebTechs//DTD Mozilla HTML//",
    ])
}
