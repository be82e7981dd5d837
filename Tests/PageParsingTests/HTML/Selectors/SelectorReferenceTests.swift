import TestSupport
import Testing

@testable import PageParsing

/// The right-to-left matcher with its restart rules against an obviously right, exponential
/// backtracking reference, on random pages and random selectors.
@Suite struct SelectorReferenceTests {
    static let names = ["div", "p", "span"]
    static let compounds = ["div", "p", "span", "*", ".a", ".b", "div.a", "p.b", "span.a.b"]
    static let combinators = [" ", " > ", " + ", " ~ "]

    static func randomPage(_ random: inout SplitMix64) -> String {
        var html = "<body>"
        var open: [String] = []
        for _ in 0..<40 {
            if !open.isEmpty && (open.count >= 6 || Int.random(in: 0..<3, using: &random) == 0) {
                html += "</\(open.removeLast())>"
                continue
            }
            let name = names.randomElement(using: &random)!
            let classes = ["", "a", "b", "a b"].randomElement(using: &random)!
            html += "<\(name) class='\(classes)'>"
            open.append(name)
        }
        return html + open.reversed().map { "</\($0)>" }.joined()
    }

    /// The compounds of a selector, left to right, and the combinators between them.
    static func randomSelector(_ random: inout SplitMix64) -> (text: String, compounds: [String], combinators: [String])
    {
        let count = Int.random(in: 1...5, using: &random)
        let compounds = (0..<count).map { _ in Self.compounds.randomElement(using: &random)! }
        let combinators = (0..<(count - 1)).map { _ in Self.combinators.randomElement(using: &random)! }
        var text = compounds[0]
        for index in 1..<count { text += combinators[index - 1] + compounds[index] }
        return (text, compounds, combinators)
    }

    static func compoundMatches(_ compound: String, _ element: Int32, _ document: HTMLDocument) -> Bool {
        var parts = compound.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let type = parts.removeFirst()
        if !type.isEmpty && type != "*" && document.name(of: element) != type { return false }
        let classes = (document.attribute("class", of: element) ?? "").split(separator: " ").map(String.init)
        return parts.allSatisfy(classes.contains)
    }

    static func elementParent(_ element: Int32, _ document: HTMLDocument) -> Int32 {
        let parent = document[element].parent
        return parent >= 0 && document[parent].kind == .element ? parent : -1
    }

    static func previousElements(_ element: Int32, _ document: HTMLDocument) -> [Int32] {
        var result: [Int32] = []
        var sibling = document[element].previousSibling
        while sibling >= 0 {
            if document[sibling].kind == .element { result.append(sibling) }
            sibling = document[sibling].previousSibling
        }
        return result
    }

    /// Does `element` match compounds[0...index] (right to left from `index`)?
    static func reference(
        _ element: Int32, _ index: Int, _ selector: (compounds: [String], combinators: [String]),
        _ document: HTMLDocument
    ) -> Bool {
        guard compoundMatches(selector.compounds[index], element, document) else { return false }
        if index == 0 { return true }
        switch selector.combinators[index - 1] {
        case " ":
            var ancestor = elementParent(element, document)
            while ancestor >= 0 {
                if reference(ancestor, index - 1, selector, document) { return true }
                ancestor = elementParent(ancestor, document)
            }
            return false
        case " > ":
            let parent = elementParent(element, document)
            return parent >= 0 && reference(parent, index - 1, selector, document)
        case " + ":
            guard let previous = previousElements(element, document).first else { return false }
            return reference(previous, index - 1, selector, document)
        default:
            return previousElements(element, document).contains { reference($0, index - 1, selector, document) }
        }
    }

    @Test func matcherAgreesWithTheReference() throws {
        var random = SplitMix64(seed: 0x5E1EC7)
        for _ in 0..<60 {
            let document = HTMLDocument.parse(Array(Self.randomPage(&random).utf8))
            var all: [Int32] = []
            var current = document.following(0, within: 0)
            while current >= 0 {
                if document[current].kind == .element { all.append(current) }
                current = document.following(current, within: 0)
            }
            for _ in 0..<20 {
                let selector = Self.randomSelector(&random)
                let expected = all.filter {
                    Self.reference(
                        $0, selector.compounds.count - 1, (selector.compounds, selector.combinators), document)
                }
                #expect(try CSSSelector(selector.text).select(in: document) == expected, "\(selector.text)")
            }
        }
    }
}
