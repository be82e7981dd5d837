/// What a member name on a forum looks like.
enum AuthorName {
    /// Whether `value` could be a member name: 1 to 60 bytes, at most `maxWords` words, with a
    /// letter or digit, and not ending like a sentence or a label (`.`, `!`, `?`, `:`, `,`, `;`).
    static func isPlausible(_ value: ArraySlice<UInt8>, maxWords: Int) -> Bool {
        guard !value.isEmpty, value.count <= 60, let last = value.last else { return false }
        if [
            UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","),
            UInt8(ascii: ";"),
        ]
        .contains(last) {
            return false
        }
        var words = 1
        var hasWordCharacter = false
        for byte in value {
            if byte == 0x20 { words += 1 }
            if byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) {
                hasWordCharacter = true
            }
        }
        return hasWordCharacter && words <= maxWords
    }
}
