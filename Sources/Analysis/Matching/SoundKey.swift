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
        guard letters.count >= shortestWord, letters.allSatisfy(ASCII.isLower) else { return nil }
        var key: [UInt8] = [letters[0]]
        key.reserveCapacity(letters.count)
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
            if sound != key[key.count - 1] { key.append(sound) }
            index += 1
        }
        return key
    }
}
