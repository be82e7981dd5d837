/// One tag, comment or declaration read from HTML bytes.
struct HTMLTag {
    /// The lowercased element name; `nil` for comments, doctypes and processing instructions.
    var name: String?
    /// Whether it is an end tag (`</p>`).
    var isEnd = false
    /// Whether it ends with `/>`.
    var selfClosing = false
    /// Whether the element is hidden (`hidden` attribute, or `display:none` in its style).
    var isHidden = false
    /// The index after the tag.
    var end: Int

    /// Reads the tag at `bytes[index]` (a `<`), or returns `nil` when the `<` is literal text.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> HTMLTag? {
        var cursor = index + 1
        guard cursor < end else { return nil }
        let first = bytes[cursor]
        if first == UInt8(ascii: "!") {
            if cursor + 2 < end, bytes[cursor + 1] == UInt8(ascii: "-"), bytes[cursor + 2] == UInt8(ascii: "-") {
                let close = find(
                    [UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: ">")], bytes, from: cursor + 3, end: end)
                return HTMLTag(name: nil, end: close.map { $0 + 3 } ?? end)
            }
            let close = find([UInt8(ascii: ">")], bytes, from: cursor, end: end)
            return HTMLTag(name: nil, end: close.map { $0 + 1 } ?? end)
        }
        if first == UInt8(ascii: "?") {
            let close = find([UInt8(ascii: ">")], bytes, from: cursor, end: end)
            return HTMLTag(name: nil, end: close.map { $0 + 1 } ?? end)
        }
        var tag = HTMLTag(name: nil, end: end)
        if first == UInt8(ascii: "/") {
            tag.isEnd = true
            cursor += 1
        }
        let nameStart = cursor
        while cursor < end, isNameByte(bytes[cursor]) { cursor += 1 }
        guard cursor > nameStart, isLetter(bytes[nameStart]) else { return nil }
        tag.name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<cursor]), as: UTF8.self)
            .lowercased()
        var attributeName: [UInt8] = []
        while cursor < end {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: ">") {
                tag.end = cursor + 1
                if cursor > index + 1, bytes[cursor - 1] == UInt8(ascii: "/") { tag.selfClosing = true }
                checkHidden(&tag, attributeName, value: nil)
                return tag
            }
            if byte == UInt8(ascii: "=") {
                cursor += 1
                while cursor < end, bytes[cursor] == 0x20 || bytes[cursor] == 0x0A || bytes[cursor] == 0x09 {
                    cursor += 1
                }
                guard cursor < end else { break }
                let quote = bytes[cursor]
                let valueStart: Int
                let valueEnd: Int
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    valueStart = cursor + 1
                    valueEnd = find([quote], bytes, from: valueStart, end: end) ?? end
                    cursor = min(end, valueEnd + 1)
                } else {
                    valueStart = cursor
                    while cursor < end, bytes[cursor] != 0x20, bytes[cursor] != UInt8(ascii: ">"), bytes[cursor] != 0x0A
                    {
                        cursor += 1
                    }
                    valueEnd = cursor
                }
                checkHidden(&tag, attributeName, value: Array(bytes[valueStart..<valueEnd]))
                attributeName = []
                continue
            }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == UInt8(ascii: "/") {
                checkHidden(&tag, attributeName, value: nil)
                attributeName = []
            } else {
                attributeName.append(byte | (isLetter(byte) ? 0x20 : 0))
            }
            cursor += 1
        }
        tag.end = end
        return tag
    }

    /// The index after the end tag that closes the element `name` opened just before `index`,
    /// counting nested elements of the same name; the end of the input when it is never closed.
    static func skipElement(named name: String, _ bytes: UnsafeBufferPointer<UInt8>, from index: Int, end: Int) -> Int {
        let rawText = ["script", "style", "title", "textarea", "template"].contains(name)
        var depth = 1
        var cursor = index
        while cursor < end {
            guard let open = find([UInt8(ascii: "<")], bytes, from: cursor, end: end) else { return end }
            guard let tag = read(bytes, at: open, end: end) else {
                cursor = open + 1
                continue
            }
            if tag.name == name {
                if tag.isEnd {
                    depth -= 1
                    if depth == 0 { return tag.end }
                } else if !rawText, !tag.selfClosing {
                    depth += 1
                }
            }
            cursor = rawText && tag.name != name ? open + 1 : tag.end
        }
        return end
    }

    private static func checkHidden(_ tag: inout HTMLTag, _ attribute: [UInt8], value: [UInt8]?) {
        if attribute == Array("hidden".utf8) {
            tag.isHidden = true
        } else if attribute == Array("style".utf8), let value {
            let folded = value.filter { $0 != 0x20 }.map { $0 | (isLetter($0) ? 0x20 : 0) }
            if containsSequence(folded, Array("display:none".utf8)) { tag.isHidden = true }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }

    private static func containsSequence(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains {
            haystack[$0..<($0 + needle.count)].elementsEqual(needle)
        }
    }

    static func find(_ needle: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var cursor = start
        while cursor + needle.count <= end {
            if bytes[cursor] == first {
                var matched = true
                for offset in 1..<needle.count where bytes[cursor + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return cursor }
            }
            cursor += 1
        }
        return nil
    }
}
