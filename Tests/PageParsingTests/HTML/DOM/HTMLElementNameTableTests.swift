import TestSupport
import Testing

@testable import PageParsing

/// The name tables' packed-key look-ups against a plain search of their lists.
@Suite struct HTMLElementNameTableTests {
    /// Names near the real ones: every spelling, its prefixes, and each with a byte changed or added,
    /// so that equal keys of different long names and near misses are all tried.
    func nearNames(of spellings: [[UInt8]]) -> [[UInt8]] {
        var names: [[UInt8]] = [[]]
        var random = SplitMix64(seed: 7)
        for spelling in spellings {
            names.append(spelling)
            for end in 0..<spelling.count { names.append(Array(spelling[..<end])) }
            names.append(spelling + [UInt8(ascii: "x")])
            names.append(spelling + [0])
            if !spelling.isEmpty {
                var changed = spelling
                let index = Int(random.next() % UInt64(spelling.count))
                changed[index] = changed[index] &+ 1
                names.append(changed)
            }
        }
        return names
    }

    @Test func everyElementNameAndNoOtherIsInterned() {
        let spellings = HTMLElementName.allCases.filter { $0 != .unknown }.map(\.bytes)
        for name in nearNames(of: spellings) {
            let expected = HTMLElementName.allCases.first { $0 != .unknown && $0.bytes == name } ?? .unknown
            #expect(HTMLElementName(name) == expected, "\(String(decoding: name, as: UTF8.self))")
        }
    }

    @Test func commonAttributeNamesAndNoOthersAreShared() {
        let list = ["class", "href", "data-xf-click", "data-timestamp", "aria-describedby", "x", "d"]
        let table = HTMLNameTable(list.joined(separator: " "))
        let spellings = list.map { Array($0.utf8) }
        for name in nearNames(of: spellings) {
            let found = name.withUnsafeBufferPointer { table.id($0, 0..<name.count) }.map(table.name)
            #expect(found == (spellings.contains(name) ? name : nil), "\(String(decoding: name, as: UTF8.self))")
        }
    }
}
