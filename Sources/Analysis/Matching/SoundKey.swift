/// A word's sound-alike key, for finding long lexicon words misspelt by ear (`imbosile` and
/// `imbecile`, `incompetant` and `incompetent`, `pedofile` and `paedophile`): the first letter as
/// written, then every run of vowels (and `y`) as one `a`, `c` as `s` before e, i, y and else `k`,
/// `q` as `k`, `z` as `s`, `ph` as `f`, and doubled letters once. Consonants other than these keep
/// their identity, so `retarded` and `regarded` stay apart.
enum SoundKey {
    /// The shortest word, in letters, matched by its sound-alike key.
    static let shortestWord = 8

    /// The key of `word` (lowercase ASCII letters), or `nil` when it is shorter than `shortestWord`
    /// or not all letters.
    /// - Complexity: O(n) in the length of the word.
    static func key(of letters: [UInt8]) -> [UInt8]? {
        let key = letters.withUnsafeBufferPointer { letters in
            [UInt8](unsafeUninitializedCapacity: letters.count) { key, count in
                count = Self.key(of: letters, into: key) ?? 0
            }
        }
        return key.isEmpty ? nil : key
    }

    /// Writes the key of `letters` (see `key(of:)`) into `key`, which has room for as many bytes as
    /// `letters` (a key is never longer than its word), and returns its length; `nil` when there is none.
    /// - Complexity: O(n) in the length of the word; no allocation.
    static func key(of letters: UnsafeBufferPointer<UInt8>, into key: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        guard letters.count >= shortestWord, key.count >= letters.count, letters.allSatisfy(ASCII.isLower) else {
            return nil
        }
        key[0] = letters[0]
        var count = 1
        var index = 1
        while index < letters.count {
            let letter = letters[index]
            let next = index + 1 < letters.count ? letters[index + 1] : 0
            var sound: UInt8
            switch letter {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
                UInt8(ascii: "y"):
                sound = UInt8(ascii: "a")
            case UInt8(ascii: "c"):
                sound =
                    next == UInt8(ascii: "e") || next == UInt8(ascii: "i") || next == UInt8(ascii: "y")
                    ? UInt8(ascii: "s") : UInt8(ascii: "k")
            case UInt8(ascii: "q"): sound = UInt8(ascii: "k")
            case UInt8(ascii: "z"): sound = UInt8(ascii: "s")
            case UInt8(ascii: "p") where next == UInt8(ascii: "h"):
                sound = UInt8(ascii: "f")
                index += 1
            default: sound = letter
            }
            if sound != key[count - 1] {
                key[count] = sound
                count += 1
            }
            index += 1
        }
        return count
    }
}
