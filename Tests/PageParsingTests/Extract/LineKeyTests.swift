@testable import PageParsing
import TestSupport
import Testing

/// A line's key is a slice of the page when the line is already folded and of the folded keys'
/// buffer otherwise: either way it is the line trimmed with its white space folded, checked
/// against folding each line on its own, on random lines of spaces, tabs, no-break and
/// zero-width spaces.
@Suite struct LineKeyTests {
    static let pieces = ["ab", "c", " ", "  ", "\t", "\u{A0}", "\u{200B}", "é", "x y", "\u{FEFF}"]

    @Test func everyKeyIsItsLineFolded() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<300 {
            let lines = (0..<Int(1 + random.next() % 12)).map { _ in random.text(of: Self.pieces, lengths: 0...9) }
            let bytes = Array(lines.map { $0 + "\n" }.joined().utf8)
            let split = LineSplitter.split(bytes)
            #expect(split.count == lines.count)
            for (index, line) in lines.enumerated() {
                let own = Array(line.utf8)
                let expected = own.withUnsafeBufferPointer { buffer in
                    let (lower, upper) = WhiteSpace.trimmedBounds(buffer, start: 0, end: buffer.count)
                    return lower < upper ? WhiteSpace.folded(buffer, start: lower, end: upper) : nil
                }
                #expect(split.key(index).map(Array.init) == expected, "\(line.debugDescription)")
                #expect(split[index].number == index + 1)
                #expect(split[index].isBlank == (expected == nil))
            }
        }
    }

    @Test func aLineTooLongHasNoKey() {
        let long = String(repeating: "word ", count: 100)
        let split = LineSplitter.split(Array("short  line\n\(long)\n".utf8))
        #expect(split.key(0).map(Array.init) == Array("short line".utf8))
        #expect(split.key(1) == nil)
        #expect(!split[1].isBlank)
    }
}
