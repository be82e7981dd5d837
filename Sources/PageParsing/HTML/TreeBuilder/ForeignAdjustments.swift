/// The spec's name adjustments for foreign content: SVG tag and attribute names regain their
/// camel case (`foreignobject` → `foreignObject`, `viewbox` → `viewBox`), MathML's
/// `definitionurl` becomes `definitionURL`, and `xlink:`, `xml:`, `xmlns` attributes get their
/// namespaces.
enum ForeignAdjustments {
    /// Lowercase to camel case, for names that differ only in case.
    private static func caseTable(_ names: [String]) -> HTMLNameMap<[UInt8]> {
        HTMLNameMap(names.map { name in (name.utf8.map(HTMLByte.lowercased), Array(name.utf8)) })
    }

    /// The SVG element names the tokenizer's lowercasing changed.
    private static let svgTagNames = caseTable([
        "altGlyph", "altGlyphDef", "altGlyphItem", "animateColor", "animateMotion", "animateTransform", "clipPath",
        "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
        "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
        "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
        "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "foreignObject", "glyphRef", "linearGradient",
        "radialGradient", "textPath",
    ])

    /// The SVG attribute names the tokenizer's lowercasing changed.
    private static let svgAttributeNames = caseTable([
        "attributeName", "attributeType", "baseFrequency", "baseProfile", "calcMode", "clipPathUnits",
        "diffuseConstant", "edgeMode", "filterUnits", "glyphRef", "gradientTransform", "gradientUnits",
        "kernelMatrix", "kernelUnitLength", "keyPoints", "keySplines", "keyTimes", "lengthAdjust",
        "limitingConeAngle", "markerHeight", "markerUnits", "markerWidth", "maskContentUnits", "maskUnits",
        "numOctaves", "pathLength", "patternContentUnits", "patternTransform", "patternUnits", "pointsAtX",
        "pointsAtY", "pointsAtZ", "preserveAlpha", "preserveAspectRatio", "primitiveUnits", "refX", "refY",
        "repeatCount", "repeatDur", "requiredExtensions", "requiredFeatures", "specularConstant", "specularExponent",
        "spreadMethod", "startOffset", "stdDeviation", "stitchTiles", "surfaceScale", "systemLanguage", "tableValues",
        "targetX", "targetY", "textLength", "viewBox", "viewTarget", "xChannelSelector", "yChannelSelector",
        "zoomAndPan",
    ])

    /// The namespaced attributes: qualified lowercase name to namespace and local name.
    private static let foreignAttributes = HTMLNameMap<(HTMLAttributeNamespace, [UInt8])>(
        ["actuate", "arcrole", "href", "role", "show", "title", "type"].map { local in
            (Array("xlink:\(local)".utf8), (.xlink, Array(local.utf8)))
        } + [
            (Array("xml:lang".utf8), (.xml, Array("lang".utf8))),
            (Array("xml:space".utf8), (.xml, Array("space".utf8))),
            (Array("xmlns".utf8), (.xmlns, Array("xmlns".utf8))),
            (Array("xmlns:xlink".utf8), (.xmlns, Array("xlink".utf8))),
        ])

    /// The SVG element name for the lowercased `name`.
    static func svgTagName(_ name: [UInt8]) -> [UInt8] { svgTagNames[name] ?? name }

    /// `attribute` of a foreign element in `namespace`, adjusted.
    static func adjusted(_ attribute: HTMLElementAttribute, namespace: HTMLNamespace) -> HTMLElementAttribute {
        if let (attributeNamespace, local) = foreignAttributes[attribute.name] {
            return HTMLElementAttribute(
                namespace: attributeNamespace, name: local, value: attribute.value, range: attribute.range)
        }
        var attribute = attribute
        switch namespace {
        case .svg: if let name = svgAttributeNames[attribute.name] { attribute.name = name }
        case .mathml: if attribute.name == definitionURLLowercase { attribute.name = Array("definitionURL".utf8) }
        case .html: break
        }
        return attribute
    }

    /// `definitionurl`.
    private static let definitionURLLowercase = Array("definitionurl".utf8)
}
