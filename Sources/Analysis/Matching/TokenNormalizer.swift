import Foundation

/// Turns one written word into the forms it is matched under: case-folded and NFKC (the base form),
/// then, where the spelling calls for it, leetspeak read as letters (`1d10t` → idiot), masking as
/// wildcards (`f*ck`), elongation collapsed (`idiooot` → idiot, `sooo` → so), dotted or hyphenated
/// single letters joined (`s.t.u.p.i.d`), and a possessive dropped (`idiot's`).
struct TokenNormalizer {
    private var base: [UInt8] = []
    private var variant: [UInt8] = []
    private var collapsed: [UInt8] = []
    /// The forms of the last word given to `makeForms(of:)`, back to back.
    private(set) var buffer: [UInt8] = []
    /// Where each form lies in `buffer`, and what it is.
    private(set) var forms: [(Range<Int>, FormKind)] = []

    /// Fills `buffer` and `forms` with the forms of `word`, as `forEachForm(of:_:)` gives them.
    mutating func makeForms(of word: UnsafeBufferPointer<UInt8>) {
        var buffer = self.buffer
        var forms = self.forms
        self.buffer = []
        self.forms = []
        buffer.removeAll(keepingCapacity: true)
        forms.removeAll(keepingCapacity: true)
        forEachForm(of: word) { form, kind in
            let start = buffer.count
            buffer.append(contentsOf: form)
            forms.append((start..<buffer.count, kind))
        }
        self.buffer = buffer
        self.forms = forms
    }

    /// Calls `body` with each form of `word`: the base form first, then the de-obfuscated forms,
    /// flagged `masked` when wildcard bytes (`*`) stand for unknown letters.
    /// - Complexity: O(n) in the length of the word; the Unicode path runs only for non-ASCII words.
    mutating func forEachForm(
        of word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, _ kind: FormKind) -> Void
    ) {
        var letters = 0
        var digits = 0
        var leetSymbols = 0
        var wildcards = 0
        var separators = 0
        var longestRun = 0
        var run = 0
        var previous: UInt8 = 0
        base.removeAll(keepingCapacity: true)
        if word.contains(where: { $0 >= 0x80 }) {
            Self.foldUnicode(word, into: &base)
        } else {
            for byte in word { base.append(ASCII.lowercased(byte)) }
        }
        for byte in base {
            if ASCII.isLetter(byte) {
                letters += 1
                run = byte == previous ? run + 1 : 1
                longestRun = max(longestRun, run)
            } else {
                run = 0
                if ASCII.isDigit(byte) {
                    digits += 1
                } else if ASCII.isWildcard(byte) {
                    wildcards += 1
                } else if ASCII.isMask(byte) {
                    leetSymbols += 1
                } else if byte == ASCII.period || byte == ASCII.hyphen {
                    separators += 1
                } else if byte >= 0x80 {
                    letters += 1
                }
            }
            previous = byte
        }
        base.withUnsafeBufferPointer { body($0, .base) }
        var spelled = false
        if letters > 0, digits + leetSymbols > 0 {
            Self.readLeet(base, oneAs: UInt8(ascii: "i"), into: &variant)
            emit(variant, wildcards: wildcards, letters: letters, body)
            if base.contains(ASCII.one) {
                Self.readLeet(base, oneAs: UInt8(ascii: "l"), into: &variant)
                emit(variant, wildcards: wildcards, letters: letters, body)
            }
            spelled = true
        } else if wildcards > 0 {
            emit(base, wildcards: wildcards, letters: letters, body)
        }
        if longestRun >= 3 {
            let source = spelled ? variant : base
            for keep in [1, 2] {
                Self.collapseRuns(source, keep: keep, into: &collapsed)
                emit(collapsed, wildcards: wildcards, letters: letters, body)
            }
        }
        if separators >= 2, Self.isSpelledOut(base) {
            variant = base.filter { $0 != ASCII.period && $0 != ASCII.hyphen }
            variant.withUnsafeBufferPointer { body($0, .deobfuscated) }
        }
        if base.count > 2, base.last == UInt8(ascii: "s"), base[base.count - 2] == ASCII.apostrophe {
            base.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0.dropLast(2)), .inflected) }
        } else if base.count > 1, base.last == ASCII.apostrophe {
            base.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0.dropLast()), .inflected) }
        }
    }

    /// What a form is, relative to the word as written.
    enum FormKind: Equatable {
        /// Case-folded and NFKC only.
        case base
        /// Read through leetspeak, masking, elongation or spelled-out letters.
        case deobfuscated
        /// With wildcard bytes that stand for unknown letters.
        case masked
        /// With a possessive ending dropped.
        case inflected
    }

    private func emit(
        _ form: [UInt8], wildcards: Int, letters: Int, _ body: (UnsafeBufferPointer<UInt8>, FormKind) -> Void
    ) {
        if wildcards == 0 {
            form.withUnsafeBufferPointer { body($0, .deobfuscated) }
        } else if letters >= wildcards, let first = form.first, ASCII.isLetter(first) {
            form.withUnsafeBufferPointer { body($0, .masked) }
        }
    }

    /// The base form of a non-ASCII word: NFKC (NFC plus compatibility folding, so that full-width
    /// and styled letters read as plain ones), lower case, typographic apostrophes as `'`.
    ///
    /// A word whose only non-ASCII characters are U+00C0–U+00FF (the Latin-1 letters, `×`, `÷`) and
    /// typographic apostrophes is folded byte by byte: those characters have no compatibility
    /// mapping, nothing composes with them, and their lower case is at most one code point away (the same bytes as the
    /// general path gives, see `foldUnicodeByStrings`); any other word takes the general path.
    static func foldUnicode(_ word: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let start = out.count
        var index = 0
        while index < word.count {
            let byte = word[index]
            if byte < 0x80 {
                out.append(ASCII.lowercased(byte))
                index += 1
                continue
            }
            let next = index + 1 < word.count ? word[index + 1] : 0
            if byte == 0xC3, next >= 0x80, next <= 0xBF {
                out.append(0xC3)
                out.append(ASCII.lowercasedLatin1(next))
                index += 2
            } else if byte == 0xE2, next == 0x80, index + 2 < word.count,
                word[index + 2] == 0x98 || word[index + 2] == 0x99
            {
                out.append(ASCII.apostrophe)
                index += 3
            } else if byte == 0xCA, next == 0xBC {
                out.append(ASCII.apostrophe)
                index += 2
            } else {
                out.removeSubrange(start...)
                foldUnicodeByStrings(word, into: &out)
                return
            }
        }
    }

    /// `foldUnicode` by Foundation's NFKC and the standard library's lower case, for any word.
    static func foldUnicodeByStrings(_ word: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let folded = String(decoding: word, as: UTF8.self).precomposedStringWithCompatibilityMapping.lowercased()
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}": out.append(ASCII.apostrophe)
            default: out.append(contentsOf: String(scalar).utf8)
            }
        }
    }

    /// `form` with digits and symbols read as the letters they stand for (`1d10t` → idiot).
    static func readLeet(_ form: [UInt8], oneAs one: UInt8, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        for byte in form {
            switch byte {
            case ASCII.zero: out.append(UInt8(ascii: "o"))
            case ASCII.one: out.append(one)
            case ASCII.three: out.append(UInt8(ascii: "e"))
            case ASCII.four, ASCII.at: out.append(UInt8(ascii: "a"))
            case ASCII.five, ASCII.dollar: out.append(UInt8(ascii: "s"))
            case ASCII.seven: out.append(UInt8(ascii: "t"))
            case ASCII.exclamation: out.append(UInt8(ascii: "i"))
            default: out.append(byte)
            }
        }
    }

    /// `form` with every run of three or more equal letters cut to `keep` letters.
    static func collapseRuns(_ form: [UInt8], keep: Int, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        var index = 0
        while index < form.count {
            var end = index + 1
            while end < form.count, form[end] == form[index] { end += 1 }
            let length = end - index
            let kept = length >= 3 && ASCII.isLetter(form[index]) ? keep : length
            for _ in 0..<kept { out.append(form[index]) }
            index = end
        }
    }

    /// Whether `form` is single letters joined by `.` or `-` (`s.t.u.p.i.d`).
    static func isSpelledOut(_ form: [UInt8]) -> Bool {
        for (offset, byte) in form.enumerated() {
            let isSeparator = byte == ASCII.period || byte == ASCII.hyphen
            if offset.isMultiple(of: 2) == isSeparator { return false }
        }
        return true
    }
}
