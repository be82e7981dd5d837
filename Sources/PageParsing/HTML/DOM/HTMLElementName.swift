/// An element's tag name interned to a small integer, so the tree builder and the renderers compare
/// names as integers and never as bytes (lexbor's tag ids).
///
/// Every tag the tree builder's insertion modes name has a case, and so do the ones a visible-text
/// renderer needs; SVG names are in their adjusted spelling (`foreignObject`, `clipPath`). Any other
/// name is `.unknown`, and its node keeps the bytes (``HTMLDocument/unknownName(of:)``). A name says nothing
/// of the namespace: `title` is the HTML and the SVG `title` both, told apart by the node's
/// ``HTMLNamespace``.
package enum HTMLElementName: UInt16, CaseIterable, Sendable {
    /// A name not in this list; the node keeps its bytes.
    case unknown
    /// `a`.
    case a
    /// `abbr`.
    case abbr
    /// `address`.
    case address
    /// `applet`.
    case applet
    /// `area`.
    case area
    /// `article`.
    case article
    /// `aside`.
    case aside
    /// `audio`.
    case audio
    /// `b`.
    case b
    /// `base`.
    case base
    /// `basefont`.
    case basefont
    /// `bdi`.
    case bdi
    /// `bdo`.
    case bdo
    /// `bgsound`.
    case bgsound
    /// `big`.
    case big
    /// `blink`.
    case blink
    /// `blockquote`.
    case blockquote
    /// `body`.
    case body
    /// `br`.
    case br
    /// `button`.
    case button
    /// `canvas`.
    case canvas
    /// `caption`.
    case caption
    /// `center`.
    case center
    /// `cite`.
    case cite
    /// `code`.
    case code
    /// `col`.
    case col
    /// `colgroup`.
    case colgroup
    /// `data`.
    case data
    /// `datalist`.
    case datalist
    /// `dd`.
    case dd
    /// `del`.
    case del
    /// `details`.
    case details
    /// `dfn`.
    case dfn
    /// `dialog`.
    case dialog
    /// `dir`.
    case dir
    /// `div`.
    case div
    /// `dl`.
    case dl
    /// `dt`.
    case dt
    /// `em`.
    case em
    /// `embed`.
    case embed
    /// `fieldset`.
    case fieldset
    /// `figcaption`.
    case figcaption
    /// `figure`.
    case figure
    /// `font`.
    case font
    /// `footer`.
    case footer
    /// `form`.
    case form
    /// `frame`.
    case frame
    /// `frameset`.
    case frameset
    /// `h1`.
    case h1
    /// `h2`.
    case h2
    /// `h3`.
    case h3
    /// `h4`.
    case h4
    /// `h5`.
    case h5
    /// `h6`.
    case h6
    /// `head`.
    case head
    /// `header`.
    case header
    /// `hgroup`.
    case hgroup
    /// `hr`.
    case hr
    /// `html`.
    case html
    /// `i`.
    case i
    /// `iframe`.
    case iframe
    /// `image`.
    case image
    /// `img`.
    case img
    /// `input`.
    case input
    /// `ins`.
    case ins
    /// `kbd`.
    case kbd
    /// `keygen`.
    case keygen
    /// `label`.
    case label
    /// `legend`.
    case legend
    /// `li`.
    case li
    /// `link`.
    case link
    /// `listing`.
    case listing
    /// `main`.
    case main
    /// `map`.
    case map
    /// `mark`.
    case mark
    /// `marquee`.
    case marquee
    /// `menu`.
    case menu
    /// `menuitem`.
    case menuitem
    /// `meta`.
    case meta
    /// `meter`.
    case meter
    /// `nav`.
    case nav
    /// `nobr`.
    case nobr
    /// `noembed`.
    case noembed
    /// `noframes`.
    case noframes
    /// `noscript`.
    case noscript
    /// `object`.
    case object
    /// `ol`.
    case ol
    /// `optgroup`.
    case optgroup
    /// `option`.
    case option
    /// `output`.
    case output
    /// `p`.
    case p
    /// `param`.
    case param
    /// `picture`.
    case picture
    /// `plaintext`.
    case plaintext
    /// `pre`.
    case pre
    /// `progress`.
    case progress
    /// `q`.
    case q
    /// `rb`.
    case rb
    /// `rp`.
    case rp
    /// `rt`.
    case rt
    /// `rtc`.
    case rtc
    /// `ruby`.
    case ruby
    /// `s`.
    case s
    /// `samp`.
    case samp
    /// `script`.
    case script
    /// `search`.
    case search
    /// `section`.
    case section
    /// `select`.
    case select
    /// `slot`.
    case slot
    /// `small`.
    case small
    /// `source`.
    case source
    /// `span`.
    case span
    /// `strike`.
    case strike
    /// `strong`.
    case strong
    /// `style`.
    case style
    /// `sub`.
    case sub
    /// `summary`.
    case summary
    /// `sup`.
    case sup
    /// `table`.
    case table
    /// `tbody`.
    case tbody
    /// `td`.
    case td
    /// `template`.
    case template
    /// `textarea`.
    case textarea
    /// `tfoot`.
    case tfoot
    /// `th`.
    case th
    /// `thead`.
    case thead
    /// `time`.
    case time
    /// `title`.
    case title
    /// `tr`.
    case tr
    /// `track`.
    case track
    /// `tt`.
    case tt
    /// `u`.
    case u
    /// `ul`.
    case ul
    /// `var`.
    case `var`
    /// `video`.
    case video
    /// `wbr`.
    case wbr
    /// `xmp`.
    case xmp
    /// `math`.
    case math
    /// `mi`.
    case mi
    /// `mo`.
    case mo
    /// `mn`.
    case mn
    /// `ms`.
    case ms
    /// `mtext`.
    case mtext
    /// `mglyph`.
    case mglyph
    /// `malignmark`.
    case malignmark
    /// `annotation-xml`.
    case annotationXML
    /// `svg`.
    case svg
    /// `foreignObject`.
    case foreignObject
    /// `desc`.
    case desc
    /// `g`.
    case g
    /// `path`.
    case path
    /// `circle`.
    case circle
    /// `rect`.
    case rect
    /// `line`.
    case line
    /// `polyline`.
    case polyline
    /// `polygon`.
    case polygon
    /// `ellipse`.
    case ellipse
    /// `text`.
    case text
    /// `tspan`.
    case tspan
    /// `use`.
    case use
    /// `defs`.
    case defs
    /// `symbol`.
    case symbol
    /// `clipPath`.
    case clipPath
    /// `linearGradient`.
    case linearGradient
    /// `radialGradient`.
    case radialGradient
    /// `stop`.
    case stop
    /// `mask`.
    case mask
    /// `pattern`.
    case pattern
    /// `filter`.
    case filter

    /// Each case's spelling, indexed by raw value (`unknown` is empty).
    package static let spellings: [[UInt8]] = [[]] + spellingList.map { Array($0.utf8) }

    /// The spellings in case order, after `unknown`.
    private static let spellingList: [String] = [
        "a", "abbr", "address", "applet", "area", "article", "aside", "audio", "b", "base", "basefont", "bdi", "bdo",
        "bgsound", "big", "blink", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite",
        "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl",
        "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1",
        "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "image", "img",
        "input", "ins", "kbd", "keygen", "label", "legend", "li", "link", "listing", "main", "map", "mark", "marquee",
        "menu", "menuitem", "meta", "meter", "nav", "nobr", "noembed", "noframes", "noscript", "object", "ol",
        "optgroup", "option", "output", "p", "param", "picture", "plaintext", "pre", "progress", "q", "rb", "rp",
        "rt", "rtc", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small", "source", "span",
        "strike", "strong", "style", "sub", "summary", "sup", "table", "tbody", "td", "template", "textarea", "tfoot",
        "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp", "math", "mi",
        "mo", "mn", "ms", "mtext", "mglyph", "malignmark", "annotation-xml", "svg", "foreignObject", "desc", "g",
        "path", "circle", "rect", "line", "polyline", "polygon", "ellipse", "text", "tspan", "use", "defs", "symbol",
        "clipPath", "linearGradient", "radialGradient", "stop", "mask", "pattern", "filter",
    ]

    /// The case spelled exactly `bytes` (case-sensitive: the tokenizer has already lowercased HTML
    /// names), or `.unknown`.
    /// - Complexity: O(k) in the name's length (one look-up in ``HTMLElementNameTable``).
    package init(_ bytes: [UInt8]) {
        self = HTMLElementNameTable.shared.name(in: bytes, 0..<bytes.count)
    }

    /// The name's spelling as UTF-8 (empty for `.unknown`).
    package var bytes: [UInt8] { Self.spellings[Int(rawValue)] }
}
