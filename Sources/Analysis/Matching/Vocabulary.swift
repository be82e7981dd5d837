import Foundation

/// Every word of every analysis lexicon, normalised, with an id: exact words and prefix words
/// (the last word of a `*` term) in two open-addressing tables keyed by an FNV-1a hash of the bytes.
///
/// Prefix ids carry `Vocabulary.prefixBit`, so one id says both which word and which table.
struct Vocabulary: Sendable {
    /// Set on the ids of prefix words.
    static let prefixBit: Int32 = 1 << 30
    /// A vocabulary without words, for tokenizing without matching.
    static let empty = Vocabulary()

    private var exact = ByteStringTable()
    private var prefix = ByteStringTable()
    /// Exact word ids by length, for matching masked words (`f*ck`).
    private var exactByLength: [[Int32]] = []
    /// Per bucket of first two bytes (the second 0 for one-byte words): bit 0 when an exact word
    /// starts so, bit `n` when a prefix word of `n` bytes does; most words of a text are turned away
    /// here, and the others probe only the prefix lengths their first bytes allow.
    private var pairMasks = [UInt64](repeating: 0, count: 4096)
    /// The first bytes of one-byte prefix words (`i*`), which every word starting with them matches.
    private var onePrefixBytes = [Bool](repeating: false, count: 256)
    /// For exact word ids that are text-speak spellings (`u`), the ids of the words they read as (`you`).
    private var readings: [Int32: [Int32]] = [:]
    /// Whether the exact word id has readings: a flag read before the dictionary on the hot path.
    private var hasReadings: [Bool] = []
    /// The sound-alike keys (`SoundKey`) of long exact words, for misspellings no lexicon lists.
    private var soundKeys = ByteStringTable()
    /// The exact word id of each sound-alike key (the first word with that key).
    private var soundAlikeIDs: [Int32] = []
    /// The exact word ids an inflected word may be read as (`retardation` as retard).
    private var stems: Set<Int32> = []

    /// The number of exact words.
    var exactCount: Int { exact.count }
    /// The number of prefix words.
    var prefixCount: Int { prefix.count }

    /// The id of `word`, adding it when new.
    mutating func insert(_ word: [UInt8], isPrefix: Bool) -> Int32 {
        if let first = word.first {
            let bucket = Self.bucket(first, word.count > 1 ? word[1] : 0)
            if !isPrefix {
                pairMasks[bucket] |= 1
            } else if word.count < 64 {
                pairMasks[bucket] |= 1 << UInt64(word.count)
            }
            if isPrefix, word.count == 1 { onePrefixBytes[Int(first)] = true }
        }
        if isPrefix {
            let id = prefix.insert(word)
            return id | Self.prefixBit
        }
        let count = exact.count
        let id = exact.insert(word)
        if id == count {
            while exactByLength.count <= word.count { exactByLength.append([]) }
            exactByLength[word.count].append(id)
        }
        return id
    }

    /// Makes the exact word `spelling` read also as the exact word `word` (`u` as you) wherever it is looked up.
    mutating func addReading(of spelling: [UInt8], as word: [UInt8]) {
        let from = insert(spelling, isPrefix: false)
        let to = insert(word, isPrefix: false)
        if from != to, !readings[from, default: []].contains(to) { readings[from, default: []].append(to) }
        while hasReadings.count <= Int(from) { hasReadings.append(false) }
        hasReadings[Int(from)] = from != to
    }

    /// Makes the exact word `word` found also by its sound-alike key (the first word of a key keeps
    /// it) and by its inflections.
    mutating func addVariants(of word: [UInt8]) {
        let id = insert(word, isPrefix: false)
        stems.insert(id)
        guard let key = SoundKey.key(of: word) else { return }
        let count = soundKeys.count
        if soundKeys.insert(key) == count { soundAlikeIDs.append(id) }
    }

    /// The id of `stem` if an inflection of it may be read as it (see `addVariants(of:)`).
    func stemID(of stem: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let id = exactID(of: stem), stems.contains(id) else { return nil }
        return id
    }

    /// The exact word that sounds like `word` (`imbosile` → imbecile), if there is one.
    /// - Complexity: O(n) in the length of the word; the key is made on the stack.
    func soundAlike(of word: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard soundKeys.count > 0, word.count >= SoundKey.shortestWord else { return nil }
        let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { buffer -> Int32? in
            guard let count = SoundKey.key(of: word, into: buffer) else { return nil }
            let key = UnsafeBufferPointer(rebasing: buffer[..<count])
            return soundKeys.find(key, hash: ByteStringTable.hash(key))
        }
        return found.map { soundAlikeIDs[Int($0)] }
    }

    /// The bytes of the word with `id`.
    func word(_ id: Int32) -> ArraySlice<UInt8> {
        id & Self.prefixBit != 0 ? prefix.word(id & ~Self.prefixBit) : exact.word(id)
    }

    /// Appends to `ids` the id of `form` as an exact word and the ids of every prefix word it
    /// starts with, skipping ids already there.
    /// - Complexity: O(n) in the length of `form`, one probe per prefix length in use.
    func lookUp(_ form: UnsafeBufferPointer<UInt8>, into ids: inout [Int32], from first: Int) {
        guard let head = form.first else { return }
        let mask = pairMasks[Self.bucket(head, form.count > 1 ? form[1] : 0)] | (onePrefixBytes[Int(head)] ? 2 : 0)
        guard mask != 0 else { return }
        var hash = ByteStringTable.offsetBasis
        for index in 0..<form.count {
            hash = (hash ^ UInt64(form[index])) &* ByteStringTable.prime
            let length = index + 1
            if length < 64, mask & (1 << UInt64(length)) != 0,
                let id = prefix.find(UnsafeBufferPointer(rebasing: form[0..<length]), hash: hash)
            {
                Self.append(id | Self.prefixBit, to: &ids, from: first)
            }
        }
        if mask & 1 != 0, let id = exact.find(form, hash: hash) {
            Self.append(id, to: &ids, from: first)
            if Int(id) < hasReadings.count, hasReadings[Int(id)], let words = readings[id] {
                for word in words { Self.append(word, to: &ids, from: first) }
            }
        }
    }

    /// The id of `form` as an exact word, if it is one.
    /// - Complexity: O(n) in the length of `form`.
    func exactID(of form: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let head = form.first,
            pairMasks[Self.bucket(head, form.count > 1 ? form[1] : 0)] & 1 != 0
        else { return nil }
        return exact.find(form, hash: ByteStringTable.hash(form))
    }

    @inline(__always) private static func bucket(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first) << 5 ^ Int(second)) & 4095
    }

    /// Appends to `ids` the exact words that `pattern` matches and the prefix words it starts with,
    /// where a wildcard byte (`*`) in the pattern stands for any one letter.
    /// - Complexity: O(w) in the number of words; only masked words take this path.
    func lookUpMasked(_ pattern: UnsafeBufferPointer<UInt8>, into ids: inout [Int32], from first: Int) {
        guard pattern.count < exactByLength.count else { return }
        for id in exactByLength[pattern.count] {
            let word = exact.word(id)
            var matches = true
            for (offset, byte) in zip(word.indices, pattern) where byte != word[offset] {
                if !(ASCII.isWildcard(byte) && ASCII.isLetter(word[offset])) {
                    matches = false
                    break
                }
            }
            if matches { Self.append(id, to: &ids, from: first) }
        }
        for id in 0..<Int32(prefix.count) {
            let word = prefix.word(id)
            guard word.count <= pattern.count else { continue }
            let matches = zip(word, pattern).allSatisfy { letter, byte in
                byte == letter || (ASCII.isWildcard(byte) && ASCII.isLetter(letter))
            }
            if matches { Self.append(id | Self.prefixBit, to: &ids, from: first) }
        }
    }

    @inline(__always) private static func append(_ id: Int32, to ids: inout [Int32], from first: Int) {
        for index in first..<ids.count where ids[index] == id { return }
        ids.append(id)
    }
}
