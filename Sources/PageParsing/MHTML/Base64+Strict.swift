extension Base64 {
    /// Why text is not base64: the offset of the character where it stopped being base64, and why.
    package struct Failure: Error, CustomStringConvertible, Equatable, Sendable {
        /// The 0-based offset of the offending byte in the text.
        package var offset: Int
        /// What was wrong there.
        package var message: String

        /// `at character N: what was wrong`.
        package var description: String { "at character \(offset): \(message)" }
    }

    /// The messages, named so that tests and docs quote the same text.
    package enum Message {
        /// A byte outside the alphabet.
        package static func notInAlphabet(_ byte: UInt8) -> String {
            let shown = byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte \(byte)"
            return "\(shown) is not a base64 character (A-Z a-z 0-9 + / or - _, '=' only at the end)"
        }
        /// Data after the `=` padding.
        package static let afterPadding = "data after the '=' padding"
        /// A last group of one character, which stands for no whole byte.
        package static let danglingCharacter =
            "the text ends in a group of one character, which stands for no whole byte"
    }

    /// The bytes `encoded` stands for, read strictly: the standard or the URL-safe alphabet,
    /// ASCII white space (line breaks of wrapped base64) skipped, `=` padding optional but only at
    /// the end, and no last group of a single character.
    /// - Throws: `Failure` at the first byte that breaks those rules.
    /// - Complexity: O(n).
    package static func decodeStrictly(_ encoded: [UInt8]) throws(Failure) -> [UInt8] {
        var decoder = GroupDecoder(capacity: encoded.count)
        var padding = 0
        for (offset, byte) in encoded.enumerated() {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                continue
            case UInt8(ascii: "="):
                guard decoder.filled >= 2, decoder.filled + padding < 4 else {
                    throw Failure(offset: offset, message: Message.notInAlphabet(byte))
                }
                padding += 1
                continue
            default:
                break
            }
            guard padding == 0 else { throw Failure(offset: offset, message: Message.afterPadding) }
            let value = sextet(byte)
            guard value >= 0 else { throw Failure(offset: offset, message: Message.notInAlphabet(byte)) }
            decoder.add(value)
        }
        if decoder.filled == 1 { throw Failure(offset: encoded.count, message: Message.danglingCharacter) }
        return decoder.finish()
    }
}
