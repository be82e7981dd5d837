/// The element sets the tree-construction rules name, as tables indexed by
/// ``HTMLElementName`` raw value (one array read per question).
enum HTMLElementCategories {
    /// The scopes of "has an element in … scope".
    enum Scope {
        /// The default scope.
        case normal
        /// List item scope: the default plus `ol`, `ul`.
        case listItem
        /// Button scope: the default plus `button`.
        case button
        /// Table scope: `html`, `table`, `template` only.
        case table
    }

    /// Builds a table that is true for `names`.
    private static func table(_ names: [HTMLElementName]) -> [Bool] {
        var table = [Bool](repeating: false, count: HTMLElementName.allCases.count)
        for name in names { table[Int(name.rawValue)] = true }
        return table
    }

    /// The HTML elements of the spec's "special" category. `select` is not among them since the
    /// customizable-`<select>` change: html5lib-tests expects `<font><select><option>a</font>` to
    /// leave the select inside the font.
    private static let specialHTML = table([
        .address, .applet, .area, .article, .aside, .base, .basefont, .bgsound, .blockquote, .body, .br, .button,
        .caption, .center, .col, .colgroup, .dd, .details, .dir, .div, .dl, .dt, .embed, .fieldset, .figcaption,
        .figure, .footer, .form, .frame, .frameset, .h1, .h2, .h3, .h4, .h5, .h6, .head, .header, .hgroup, .hr,
        .html, .iframe, .img, .input, .keygen, .li, .link, .listing, .main, .marquee, .menu, .meta, .nav,
        .noembed, .noframes, .noscript, .object, .ol, .p, .param, .plaintext, .pre, .script, .search, .section,
        .source, .style, .summary, .table, .tbody, .td, .template, .textarea, .tfoot, .th, .thead,
        .title, .tr, .track, .ul, .wbr, .xmp,
    ])
    /// The HTML elements that bound the default scope.
    private static let scopeHTML = table([.applet, .caption, .html, .table, .td, .th, .marquee, .object, .template])
    /// The elements "generate implied end tags" closes.
    private static let impliedEnd = table([.dd, .dt, .li, .optgroup, .option, .p, .rb, .rp, .rt, .rtc])
    /// The elements "generate all implied end tags thoroughly" closes.
    private static let impliedEndThoroughly = table([
        .caption, .colgroup, .dd, .dt, .li, .optgroup, .option, .p, .rb, .rp, .rt, .rtc, .tbody, .td, .tfoot,
        .th, .thead, .tr,
    ])
    /// The formatting elements.
    private static let formattingHTML = table([
        .a, .b, .big, .code, .em, .font, .i, .nobr, .s, .small, .strike, .strong, .tt, .u,
    ])

    /// Whether an element of `name` in `namespace` is special.
    static func isSpecial(_ name: HTMLElementName, _ namespace: HTMLNamespace) -> Bool {
        switch namespace {
        case .html: return specialHTML[Int(name.rawValue)]
        case .mathml: return isMathMLTextIntegration(name) || name == .annotationXML
        case .svg: return name == .foreignObject || name == .desc || name == .title
        }
    }

    /// Whether an HTML element of `name` is a formatting element.
    static func isFormatting(_ name: HTMLElementName) -> Bool { formattingHTML[Int(name.rawValue)] }

    /// Whether "generate implied end tags" closes an HTML element of `name`.
    static func closesImplicitly(_ name: HTMLElementName) -> Bool { impliedEnd[Int(name.rawValue)] }

    /// Whether "generate all implied end tags thoroughly" closes an HTML element of `name`.
    static func closesImplicitlyThoroughly(_ name: HTMLElementName) -> Bool {
        impliedEndThoroughly[Int(name.rawValue)]
    }

    /// Whether `mi`, `mo`, `mn`, `ms`, `mtext` (the MathML text integration points).
    static func isMathMLTextIntegration(_ name: HTMLElementName) -> Bool {
        name == .mi || name == .mo || name == .mn || name == .ms || name == .mtext
    }

    /// Whether an element of `name` in `namespace` bounds `scope`.
    static func bounds(_ scope: Scope, _ name: HTMLElementName, _ namespace: HTMLNamespace) -> Bool {
        switch scope {
        case .table:
            return namespace == .html && (name == .html || name == .table || name == .template)
        case .normal, .listItem, .button:
            switch namespace {
            case .html:
                if scopeHTML[Int(name.rawValue)] { return true }
                if scope == .listItem { return name == .ol || name == .ul }
                if scope == .button { return name == .button }
                return false
            case .mathml: return isMathMLTextIntegration(name) || name == .annotationXML
            case .svg: return name == .foreignObject || name == .desc || name == .title
            }
        }
    }
}
