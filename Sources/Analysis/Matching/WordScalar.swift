/// Which non-ASCII characters are part of a word (letters, digits and other numbers, non-spacing
/// marks) and which are capitals, answered from tables for the blocks forum text is full of
/// (Latin-1 letters, general punctuation, currency signs, emoji) and from the Unicode properties
/// for the rest.
enum WordScalar {
    /// Whether `scalar` is alphabetic, numeric or a non-spacing mark.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xC0...0xFF: return scalar.value != 0xD7 && scalar.value != 0xF7
        case 0x2000...0x206F, 0x20A0...0x20CF, 0x1F300...0x1FAFF: return false
        default:
            let properties = scalar.properties
            return properties.isAlphabetic || properties.numericType != nil
                || properties.generalCategory == .nonspacingMark
        }
    }

    /// Whether `scalar` is a capital letter (Unicode's `Uppercase` property).
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xC0...0xDE: return scalar.value != 0xD7
        case 0xDF...0xFF: return false
        default: return scalar.properties.isUppercase
        }
    }
}
