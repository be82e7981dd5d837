/// Character references in HTML text: numeric (`&#8217;`, `&#x2019;`) and the named ones that
/// pages use in practice.
enum HTMLEntities {
    /// Named references, without `&` and `;`.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{B7}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "sbquo": "\u{201A}",
        "bdquo": "\u{201E}", "laquo": "\u{AB}", "raquo": "\u{BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
        "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "deg": "\u{B0}", "times": "\u{D7}",
        "divide": "\u{F7}", "euro": "\u{20AC}", "pound": "\u{A3}", "yen": "\u{A5}", "cent": "\u{A2}",
        "sect": "\u{A7}", "para": "\u{B6}", "shy": "\u{AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "larr": "\u{2190}", "rarr": "\u{2192}",
        "uarr": "\u{2191}", "darr": "\u{2193}", "hearts": "\u{2665}", "star": "\u{2606}", "check": "\u{2713}",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "aacute": "á", "agrave": "à", "acirc": "â",
        "auml": "ä", "aring": "å", "atilde": "ã", "aelig": "æ", "ccedil": "ç", "iacute": "í", "igrave": "ì",
        "icirc": "î", "iuml": "ï", "ntilde": "ñ", "oacute": "ó", "ograve": "ò", "ocirc": "ô", "ouml": "ö",
        "otilde": "õ", "oslash": "ø", "uacute": "ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü", "yacute": "ý",
        "yuml": "ÿ", "szlig": "ß", "Eacute": "É", "Agrave": "À", "Ccedil": "Ç", "Ouml": "Ö", "Uuml": "Ü",
        "Auml": "Ä", "Ntilde": "Ñ", "iexcl": "¡", "iquest": "¿", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "plusmn": "±", "micro": "µ", "prime": "\u{2032}", "Prime": "\u{2033}",
    ]

    /// Decodes the character reference starting at `bytes[index]` (an `&`).
    /// - Returns: the decoded text and the index after the reference, or `nil` when it is not one
    ///   (the `&` is then literal text).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (String, Int)? {
        var cursor = index + 1
        guard cursor < end else { return nil }
        if bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
            var hex = false
            if cursor < end, bytes[cursor] | 0x20 == UInt8(ascii: "x") {
                hex = true
                cursor += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while cursor < end, digits < 8 {
                let byte = bytes[cursor]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x61...0x66 where hex: digit = UInt32(byte - 0x61 + 10)
                case 0x41...0x46 where hex: digit = UInt32(byte - 0x41 + 10)
                default: digit = UInt32.max
                }
                if digit == UInt32.max { break }
                value = value * (hex ? 16 : 10) + digit
                digits += 1
                cursor += 1
            }
            guard digits > 0 else { return nil }
            if cursor < end, bytes[cursor] == UInt8(ascii: ";") { cursor += 1 }
            if (0x80...0x9F).contains(value) {
                return (String(Character(Windows1252.highControls[Int(value - 0x80)])), cursor)
            }
            let scalar = Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
            return (String(Character(scalar)), cursor)
        }
        var nameEnd = cursor
        while nameEnd < end, nameEnd - cursor < 32 {
            let byte = bytes[nameEnd]
            guard (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39) else { break }
            nameEnd += 1
        }
        guard nameEnd > cursor else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[cursor..<nameEnd]), as: UTF8.self)
        guard let text = named[name] else { return nil }
        let after = nameEnd < end && bytes[nameEnd] == UInt8(ascii: ";") ? nameEnd + 1 : nameEnd
        return (text, after)
    }
}
