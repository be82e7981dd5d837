/// The spec's name adjustments for foreign content: SVG tag and attribute names regain their
/// camel case (`foreignobject` → `foreignObject`, `viewbox` → `viewBox`), MathML's
/// `definitionurl` becomes `definitionURL`, and `xlink:`, `xml:`, `xmlns` attributes get their
/// namespaces.
enum ForeignAdjustments {
    /// Lowercase to camel case, for names that differ only in case.
    private static func caseTable(_ names: [String]) -> [[UInt8]: [UInt8]] {
        var table: [[UInt8]: [UInt8]] = [:]
        for name in names {
            let bytes = Array(name.utf8)
            table[bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }] = bytes
        }
        return table
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
    private static let foreignAttributes: [[UInt8]: (HTMLAttributeNamespace, [UInt8])] = {
        var table: [[UInt8]: (HTMLAttributeNamespace, [UInt8])] = [:]
        for local in ["actuate", "arcrole", "href", "role", "show", "title", "type"] {
            table[Array("xlink:\(local)".utf8)] = (.xlink, Array(local.utf8))
        }
        table[Array("xml:lang".utf8)] = (.xml, Array("lang".utf8))
        table[Array("xml:space".utf8)] = (.xml, Array("space".utf8))
        table[Array("xmlns".utf8)] = (.xmlns, Array("xmlns".utf8))
        table[Array("xmlns:xlink".utf8)] = (.xmlns, Array("xlink".utf8))
        return table
    }()

    /// The SVG element name for the lowercased `name`.
    static func svgTagName(_ name: [UInt8]) -> [UInt8] { svgTagNames[name] ?? name }

    /// The attributes of a foreign element in `namespace`, adjusted.
    static func attributes(
        _ attributes: [HTMLElementAttribute], namespace: HTMLNamespace
    ) -> [HTMLElementAttribute] {
        attributes.map { attribute in
            if let (attributeNamespace, local) = foreignAttributes[attribute.name] {
                return HTMLElementAttribute(
                    namespace: attributeNamespace, name: local, value: attribute.value, range: attribute.range)
            }
            var name = attribute.name
            switch namespace {
            case .svg: name = svgAttributeNames[name] ?? name
            case .mathml: if name == definitionURLLowercase { name = Array("definitionURL".utf8) }
            case .html: break
            }
            return HTMLElementAttribute(name: name, value: attribute.value, range: attribute.range)
        }
    }

    /// `definitionurl`.
    private static let definitionURLLowercase = Array("definitionurl".utf8)
}
