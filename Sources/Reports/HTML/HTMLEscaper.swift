/// Escapes text for the two places the HTML report puts page content: element text and
/// double-quoted attribute values.
///
/// Everything from a page goes through here; the report never builds markup from page content
/// any other way. Both contexts escape `& < > " '`, so that a value is safe wherever it lands
/// (text that ends up in an attribute, an attribute that loses its quotes). NUL and the other
/// C0 and C1 control characters except tab, newline and carriage return become U+FFFD: a parser
/// treats them inconsistently and a moderator cannot see them.
package enum HTMLEscaper {
    /// `text` escaped for element content.
    ///
    /// - Complexity: O(n) in the UTF-8 length; returns `text` unchanged when nothing needs escaping.
    package static func text(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// `text` escaped for element content inside `<bdi>`, so that its bidirectional controls
    /// (an unclosed right-to-left override) cannot reorder the text around it.
    package static func isolated(_ text: String) -> String {
        "<bdi>" + escape(text, inAttribute: false) + "</bdi>"
    }

    /// `value` escaped for a double-quoted attribute value. Line feeds and carriage returns become
    /// `&#10;` and `&#13;`, so that a tooltip keeps its lines and the attribute stays on one source line.
    package static func attribute(_ value: String) -> String {
        escape(value, inAttribute: true)
    }

    private static func escape(_ input: String, inAttribute: Bool) -> String {
        let utf8 = input.utf8
        guard utf8.contains(where: { needsWork($0, inAttribute: inAttribute) }) else { return input }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + utf8.count / 8)
        var pendingC2 = false
        for byte in utf8 {
            if pendingC2 {
                pendingC2 = false
                if (0x80...0x9F).contains(byte) {
                    out.append(contentsOf: replacement)
                    continue
                }
                out.append(0xC2)
            }
            switch byte {
            case ASCII.ampersand: out.append(contentsOf: Entity.ampersand)
            case ASCII.lessThan: out.append(contentsOf: Entity.lessThan)
            case ASCII.greaterThan: out.append(contentsOf: Entity.greaterThan)
            case ASCII.quote: out.append(contentsOf: Entity.quote)
            case ASCII.apostrophe: out.append(contentsOf: Entity.apostrophe)
            case ASCII.newline where inAttribute: out.append(contentsOf: Entity.newline)
            case ASCII.carriageReturn where inAttribute: out.append(contentsOf: Entity.carriageReturn)
            case ASCII.tab, ASCII.newline, ASCII.carriageReturn: out.append(byte)
            case 0x00..<0x20, ASCII.delete: out.append(contentsOf: replacement)
            case 0xC2: pendingC2 = true
            default: out.append(byte)
            }
        }
        if pendingC2 { out.append(0xC2) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `byte` may need escaping: an ASCII special or control, or the lead byte of a C1 control.
    private static func needsWork(_ byte: UInt8, inAttribute: Bool) -> Bool {
        switch byte {
        case ASCII.ampersand, ASCII.lessThan, ASCII.greaterThan, ASCII.quote, ASCII.apostrophe, 0xC2, ASCII.delete:
            true
        case ASCII.tab: false
        case ASCII.newline, ASCII.carriageReturn: inAttribute
        case 0x00..<0x20: true
        default: false
        }
    }

    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    private enum Entity {
        static let ampersand = Array("&amp;".utf8)
        static let lessThan = Array("&lt;".utf8)
        static let greaterThan = Array("&gt;".utf8)
        static let quote = Array("&quot;".utf8)
        static let apostrophe = Array("&#39;".utf8)
        static let newline = Array("&#10;".utf8)
        static let carriageReturn = Array("&#13;".utf8)
    }

    private enum ASCII {
        static let tab: UInt8 = 0x09
        static let newline: UInt8 = 0x0A
        static let carriageReturn: UInt8 = 0x0D
        static let quote: UInt8 = 0x22
        static let ampersand: UInt8 = 0x26
        static let apostrophe: UInt8 = 0x27
        static let lessThan: UInt8 = 0x3C
        static let greaterThan: UInt8 = 0x3E
        static let delete: UInt8 = 0x7F
    }
}
