import Foundation
import Lexicon
import TestSupport
import Testing

@testable import PageParsing

/// Selectors matched together in one walk (``SelectorSet``) against each matched alone
/// (``CSSSelector/select(in:)``): on every platform's example pages with every adapter's rows, and
/// on random pages with random selectors keyed by id, class, attribute, type and none.
@Suite struct SelectorSetTests {
    static func agree(_ selectors: [CSSSelector], _ document: HTMLDocument, _ context: String) {
        let alone = selectors.map { $0.select(in: document) }
        let together = SelectorSet(selectors)
        #expect(together.select(in: document) == alone, "\(context)")
        #expect(together.select(in: document, firstOnly: true) == alone.map { Array($0.prefix(1)) }, "\(context)")
    }

    @Test func everyAdapterRowOnEveryCasePage() throws {
        let bundle = try PlatformAdapterCaseTests.bundle()
        let adapters = try PlatformAdapters(bundle: bundle)
        let selectors = adapters.adapters.flatMap { $0.rules.map(\.selector) }
        let cases = PlatformCase.cases(in: bundle).cases
        #expect(cases.count >= 6)
        for platformCase in cases {
            Self.agree(selectors, HTMLDocument.parse(platformCase.page), platformCase.origin)
        }
    }

    static let compounds = [
        "div", "p", "span", "*", ".a", ".b", "div.a", "#x", "p#y", "[data-k]", "[data-k=v]", "span[title^=t]",
        ":not(.a)", "[id=x]", "li:nth-child(2n+1)", ".b:has(> p)", "svg", "rect",
    ]
    static let combinators = [" ", " > ", " + ", " ~ "]

    static func randomPage(_ random: inout SplitMix64) -> String {
        var html = "<body>"
        var open: [String] = []
        for _ in 0..<60 {
            if !open.isEmpty && (open.count >= 6 || Int.random(in: 0..<3, using: &random) == 0) {
                html += "</\(open.removeLast())>"
                continue
            }
            let name = ["div", "p", "span", "li", "ul"].randomElement(using: &random)!
            let classes = ["", "a", "b", "a b", "b  a a"].randomElement(using: &random)!
            let extra = ["", " id=x", " id=y", " data-k=v", " data-k=w title=tt", " ID=x"].randomElement(
                using: &random)!
            html += "<\(name) class='\(classes)'\(extra)>"
            open.append(name)
        }
        return html + open.reversed().map { "</\($0)>" }.joined()
            + "<svg><rect class=a /></svg><template><p class=a></p></template>"
    }

    @Test func randomSelectorsOnRandomPages() throws {
        var random = SplitMix64(seed: 0x5E75)
        for _ in 0..<40 {
            let document = HTMLDocument.parse(Array(Self.randomPage(&random).utf8))
            var selectors: [CSSSelector] = []
            var texts: [String] = []
            for _ in 0..<30 {
                let count = Int.random(in: 1...3, using: &random)
                var text = Self.compounds.randomElement(using: &random)!
                for _ in 1..<count {
                    text +=
                        Self.combinators.randomElement(using: &random)! + Self.compounds.randomElement(using: &random)!
                }
                if Int.random(in: 0..<4, using: &random) == 0 {
                    text += ", " + Self.compounds.randomElement(using: &random)!
                }
                texts.append(text)
                selectors.append(try CSSSelector(text))
            }
            Self.agree(selectors, document, texts.joined(separator: " | "))
        }
    }
}
