import Foundation
import Testing

@testable import PageParsing

/// The DOM arena's accessors and byte ranges, on documents the tree builder makes.
@Suite struct HTMLDocumentTests {
    func parse(_ html: String) -> HTMLDocument { HTMLTreeBuilder.parse(Array(html.utf8)) }

    /// The bytes of `html` that node `index` covers.
    func source(_ html: String, _ document: HTMLDocument, _ index: Int32) -> String {
        String(decoding: Array(html.utf8)[document[index].range], as: UTF8.self)
    }

    @Test func accessorsReadElementsAttributesAndText() {
        let document = parse(#"<!DOCTYPE html><div id=post class="a b">Hi <b>there</b><!-- c --></div>"#)
        let div = document.firstElement(.div)
        #expect(document.name(of: div) == "div")
        #expect(document.attribute("id", of: div) == "post")
        #expect(document.attribute("class", of: div) == "a b")
        #expect(document.attribute("title", of: div) == nil)
        #expect(document.children(of: div).map { document[$0].kind } == [.text, .element, .comment])
        #expect(document.textContent(of: div) == "Hi there")
        #expect(document.quirksMode == .noQuirks)
        #expect(document.warnings.isEmpty)
        let body = document[div].parent
        #expect(document[body].isHTML(.body))
        #expect(document.depth(of: div) == 3)
    }

    @Test func unknownNamesKeepTheirBytes() {
        let document = parse("<x-reaction kind=like>+1</x-reaction>")
        let body = document.firstElement(.body)
        let custom = document[body].firstChild
        #expect(document[custom].name == .unknown)
        #expect(document.name(of: custom) == "x-reaction")
        #expect(HTMLElementName(Array("blockquote".utf8)) == .blockquote)
        #expect(HTMLElementName.blockquote.bytes == Array("blockquote".utf8))
    }

    @Test func everyNameSpellsItsCase() {
        for name in HTMLElementName.allCases where name != .unknown {
            #expect(HTMLElementName(name.bytes) == name)
        }
    }

    @Test func rangesCoverStartTagToEndTagOrLastDescendant() {
        let html = "<p>one <i>two</i> three<p>four"
        let document = parse(html)
        let paragraphs = document.children(of: document.firstElement(.body))
        #expect(source(html, document, paragraphs[0]) == "<p>one <i>two</i> three")
        #expect(source(html, document, paragraphs[1]) == "<p>four")
        let italic = document.children(of: paragraphs[0])[1]
        #expect(source(html, document, italic) == "<i>two</i>")
        let text = document.children(of: paragraphs[0])[2]
        #expect(source(html, document, text) == " three")
    }

    @Test func mergedTextCoversEveryRun() {
        let html = "<table>a<tr>b</table>"
        let document = parse(html)
        let body = document.firstElement(.body)
        let text = document[body].firstChild
        #expect(document[text].kind == .text)
        #expect(document.textContent(of: text) == "ab")
        #expect(source(html, document, text) == "a<tr>b")
    }

    @Test func templateContentsAreTheTemplatesChild() throws {
        let document = parse("<template><p>inside</p></template>")
        let template = document.firstElement(.template)
        let contents = try #require(document.templateContents(of: template))
        #expect(document[contents].kind == .templateContents)
        #expect(document.textContent(of: contents) == "inside")
        #expect(document.html5libDump().contains("|       content\n|         <p>\n"))
    }

    @Test func doctypeSetsTheQuirksMode() {
        #expect(parse("<p>x").quirksMode == .quirks)
        #expect(parse("<!DOCTYPE html>").quirksMode == .noQuirks)
        #expect(
            parse(#"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "x">"#).quirksMode
                == .limitedQuirks)
        #expect(parse(#"<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">"#).quirksMode == .quirks)
    }

    @Test func quirksModeDecidesWhetherATableClosesAParagraph() {
        let standards = parse("<!DOCTYPE html><p><table></table>")
        #expect(standards[standards.firstElement(.table)].parent == standards.firstElement(.body))
        let quirks = parse("<p><table></table>")
        #expect(quirks[quirks.firstElement(.table)].parent == quirks.firstElement(.p))
    }

    @Test func foreignAttributesGetNamespaces() {
        let document = parse(##"<svg viewbox="0 0 1 1"><use xlink:href="#e"/></svg><math definitionurl=u></math>"##)
        let svg = document.firstElement(.body)
        let svgElement = document[svg].firstChild
        #expect(document[svgElement].namespace == .svg)
        #expect(document.attributes(of: svgElement).map { String(decoding: $0.name, as: UTF8.self) } == ["viewBox"])
        let use = document[svgElement].firstChild
        #expect(document.attributes(of: use).first?.namespace == .xlink)
        #expect(
            document.attributes(of: use).first.map { String(decoding: $0.qualifiedName, as: UTF8.self) } == "xlink:href"
        )
        let math = document[svgElement].nextSibling
        #expect(document.attributes(of: math).first.map { String(decoding: $0.name, as: UTF8.self) } == "definitionURL")
    }
}
